/**
 * Country flags drawn as inline SVG, so they show on every system (Windows has no emoji flags).
 * Simplified for small sizes. A country without a drawing here gets its ISO code in a badge.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { own } from '../../data/plain.js';

const FLAGS: Record<string, SVGTemplateResult> = {
  // Kazakhstan: a golden sun with rays and a steppe eagle on sky blue, ornament at the hoist.
  KZ: svg`<rect width="60" height="30" fill="#00afca"/>
    <path d="M3 2v26" stroke="#fec50c" stroke-width="2" stroke-dasharray="2 1.4"/>
    <circle cx="30" cy="13" r="9.5" fill="none" stroke="#fec50c" stroke-width="2.6" stroke-dasharray="1.2 1.3"/>
    <circle cx="30" cy="13" r="5.6" fill="#fec50c"/>
    <path d="M19 22c4-2 7.5-2.2 11-1 3.5-1.2 7-1 11 1-3.5-.4-7 .3-11 2.2-4-1.9-7.5-2.6-11-2.2z" fill="#fec50c"/>`,
};

/** The flag for an ISO 3166-1 alpha-2 code, or undefined when there is no drawing. */
export function flagArt(code: string): SVGTemplateResult | undefined {
  return own(FLAGS, code);
}
