import type { VillageImage } from '../data/schema.js';

/** A focus coordinate as a CSS percentage: the middle unless the data gives a number from 0 to 100. */
const percent = (value: unknown) => (typeof value === 'number' && value >= 0 && value <= 100 ? `${value}%` : '50%');

/**
 * The CSS `object-position` that keeps an image's focus point in view when it is cropped
 * ("30% 60%"); the centre when the data names none. Bind it as a property (`.style=${…}`), which
 * goes through the CSSOM that a strict `style-src` allows; a `style` attribute (and Lit's
 * `styleMap`, on its first render) would be blocked.
 */
export function objectPosition(image: VillageImage): string {
  const focus = image.focus;
  return focus ? `${percent(focus.x)} ${percent(focus.y)}` : '50% 50%';
}
