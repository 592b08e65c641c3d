// What the partner stylesheet (dist/sos-widgets.css) holds space for: each element's variants that
// change its height, in each shipped language, across bands of the element's own width.
// Shared by the measuring page (scripts/hold/measure-in-page.js), the stylesheet generator
// (scripts/hold/css.mjs) and the tests. Plain JavaScript, so a browser can load it as it is.

/** Lower edges of the width bands, in CSS pixels of the element's own width. Edges sit on the
 *  elements' own container-query breakpoints (28em = 448px, 30em, 37em, 38em, 40em, 43em, 84em). */
export const BANDS = [0, 340, 380, 420, 448, 480, 530, 592, 608, 640, 688, 760, 840, 960, 1100, 1344];

/** The widest width measured, for the last band. */
export const WIDEST = 1440;

/** Languages with their own texts; any other language takes English's heights. */
export const LANGUAGES = ['en', 'fr', 'ru', 'kk'];

/** Per element: attribute sets (as a CSS attribute selector and as attributes) whose height differs. */
export const VARIANTS = {
  'sos-impact-stats': ['', '[layout=list]', '[layout=compact]', '[hide-descriptions]'],
  'sos-village-card': ['', '[appeal]'],
  'sos-sponsor-button': ['', '[size=small]', '[size=large]', '[hide-note]', '[appeal]'],
  'sos-village-story': ['', '[expanded]'],
  'sos-village-facts': ['', '[expanded]'],
  'sos-village-media': [''],
  'sos-village-news': [''],
};

/** `[layout=list][hide-note]` → { layout: 'list', 'hide-note': '' } */
export function variantAttributes(variant) {
  return Object.fromEntries(
    [...variant.matchAll(/\[([a-z-]+)(?:=([a-z-]+))?\]/g)].map(([, name, value]) => [name, value ?? '']),
  );
}

/** The widths a band is measured at: its two edges and its middle. */
export function bandSamples(i) {
  const low = BANDS[i];
  const high = (BANDS[i + 1] ?? WIDEST + 1) - 1;
  return [Math.max(low, 280), Math.round((Math.max(low, 280) + high) / 2), high];
}
