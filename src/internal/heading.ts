import { html, nothing, type TemplateResult } from 'lit';
import { own } from '../data/plain.js';

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Clamps any attribute value to a heading level the host page's outline can use (2–6). */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return (HEADING_LEVELS as readonly number[]).includes(level) ? (level as HeadingLevel) : fallback;
}

/**
 * A real `<h2>`–`<h6>`, isolated for direction (`dir="auto"`) since it may hold profile text. One literal template per level: cheaper in the bundle than Lit's static
 * templates, and the tag never comes from data.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  options: { part: string; className: string; lang?: string },
): TemplateResult {
  const { part, className } = options;
  const lang = own(options, 'lang') || nothing;
  switch (level) {
    case 3:
      return html`<h3 class=${className} part=${part} lang=${lang} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part} lang=${lang} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} lang=${lang} dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part} lang=${lang} dir="auto">${content}</h6>`;
    default:
      return html`<h2 class=${className} part=${part} lang=${lang} dir="auto">${content}</h2>`;
  }
}
