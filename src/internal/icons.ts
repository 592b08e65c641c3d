import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { own } from '../data/plain.js';

/** A decorative line icon: drawn with the current colour, hidden from assistive technology. */
export function icon(
  paths: SVGTemplateResult,
  options: { className: string; part?: string; viewBox: string; strokeWidth: number },
): TemplateResult {
  return html`<svg
    class=${options.className}
    part=${own(options, 'part') ?? nothing}
    viewBox=${options.viewBox}
    fill="none"
    stroke="currentColor"
    stroke-width=${options.strokeWidth}
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths}
  </svg>`;
}

/** A forward arrow for links that lead away; mirrored in right-to-left text. */
export const arrowIcon = icon(svg`<path d="M3 8h10M9 4l4 4-4 4" />`, {
  className: 'arrow',
  viewBox: '0 0 16 16',
  strokeWidth: 2,
});

/** A chevron for disclosure buttons; it turns with the button's `aria-expanded`. */
export const chevronIcon = icon(svg`<path d="M4 6l4 4 4-4" />`, {
  className: 'chevron',
  viewBox: '0 0 16 16',
  strokeWidth: 2,
});
