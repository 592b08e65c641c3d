import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

const TAGS = Object.fromEntries(HEADING_LEVELS.map((level) => [level, unsafeStatic(`h${level}`)]));

/** Clamps any attribute value to a heading level the host page's outline can use (2–6). */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return (HEADING_LEVELS as readonly number[]).includes(level) ? (level as HeadingLevel) : fallback;
}

/** A real `<h2>`–`<h6>`; the level comes from the fixed list above, never from data. */
export function heading(
  level: HeadingLevel,
  content: unknown,
  options: { part?: string; className?: string; lang?: string; id?: string } = {},
): TemplateResult {
  const tag = TAGS[level];
  return html`<${tag}
    class=${ifDefined(options.className)}
    part=${ifDefined(options.part)}
    lang=${options.lang || nothing}
    id=${ifDefined(options.id)}
    >${content}</${tag}>`;
}
