/**
 * One original line icon per programme type, drawn on a 24 × 24 grid with the current colour.
 * Decorative: the text next to each says the same, so they are hidden from assistive technology.
 */
import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { icon } from '../../internal/icons.js';
import type { ProgrammeType } from '../../data/profile.types.js';

const PATHS: Record<ProgrammeType, SVGTemplateResult> = {
  // Toy blocks: two cubes and a roof-shaped block on top.
  kindergarten: svg`<rect x="3" y="13" width="8" height="8" rx="1"/><rect x="13" y="13" width="8" height="8" rx="1"/><path d="M7 11l5-7 5 7z"/><path d="M6 17h2M16 15.5v3"/>`,
  // A house holding a heart: help for families in their own community.
  'social-centre': svg`<path d="M3 11l9-7 9 7"/><path d="M5 9.5V20h14V9.5"/><path d="M12 17.5s-3.5-2.1-3.5-4.3a1.9 1.9 0 0 1 3.5-1 1.9 1.9 0 0 1 3.5 1c0 2.2-3.5 4.3-3.5 4.3z"/>`,
  // Three family houses side by side.
  'childrens-village': svg`<path d="M2 20V13l4-3.5 4 3.5v7"/><path d="M14 20v-7l4-3.5 4 3.5v7"/><path d="M8 11V8l4-4 4 4v3"/><path d="M1.5 20h21"/>`,
  // A young person stepping up: a figure beside rising steps.
  'youth-facility': svg`<circle cx="7" cy="5" r="2"/><path d="M7 8v6M4 11h6M7 14l-2.5 6M7 14l2.5 6"/><path d="M13 20h3v-4h3v-4h3"/>`,
  // An open book.
  school: svg`<path d="M12 6.5C10 5 7 4.5 3 5v13c4-.5 7 0 9 1.5 2-1.5 5-2 9-1.5V5c-4-.5-7 0-9 1.5z"/><path d="M12 6.5v13"/>`,
  // A spanner across a gear.
  'vocational-training': svg`<circle cx="12" cy="12" r="3"/><path d="M12 3v2.5M12 18.5V21M3 12h2.5M18.5 12H21M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8"/>`,
  // A cross in a rounded square.
  'medical-centre': svg`<rect x="3" y="3" width="18" height="18" rx="4"/><path d="M12 7.5v9M7.5 12h9"/>`,
  // A lifebuoy.
  'emergency-relief': svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="4"/><path d="M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6"/>`,
};

export function programmeIcon(type: ProgrammeType): TemplateResult {
  return icon(PATHS[type], { className: 'icon', part: 'icon', viewBox: '0 0 24 24', strokeWidth: 1.6 });
}
