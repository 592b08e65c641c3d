/**
 * Picks the best translation of a profile text for a reader's language.
 */
import type { LocalizedText } from './schema.js';

export interface PickedText {
  text: string;
  /** The language the text is actually in; differs from the reader's when it fell back. */
  lang: string;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The text for `lang`: an exact match, then the same language without region (`fr-CA` → `fr`),
 * then the profile's default language, then the first one given.
 */
export function pickText(
  value: LocalizedText | undefined,
  lang: string,
  defaultLanguage: string,
): PickedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: defaultLanguage };
  const entries = Object.entries(value);
  const wanted = lang.toLowerCase();
  const match =
    entries.find(([tag]) => tag.toLowerCase() === wanted) ??
    entries.find(([tag]) => primary(tag) === primary(wanted)) ??
    entries.find(([tag]) => tag.toLowerCase() === defaultLanguage.toLowerCase()) ??
    entries.find(([tag]) => primary(tag) === primary(defaultLanguage)) ??
    entries[0];
  return match ? { text: match[1], lang: match[0] } : undefined;
}
