import { html, nothing, type TemplateResult } from 'lit';
import type { VillageImage } from '../data/schema.js';
import type { PickedText } from '../data/text.js';

/** A focus coordinate as a CSS percentage: the middle unless the data gives a number from 0 to 100. */
const percent = (value: unknown) => (typeof value === 'number' && value >= 0 && value <= 100 ? `${value}%` : '50%');

/**
 * The CSS `object-position` that keeps an image's focus point in view when it is cropped
 * ("30% 60%"); the centre when the data names none.
 */
export function objectPosition(image: VillageImage): string {
  const focus = image.focus;
  return focus ? `${percent(focus.x)} ${percent(focus.y)}` : '50% 50%';
}

/**
 * A profile picture as the card and the gallery draw it: `src` already checked (`safeHref`), its
 * intrinsic size reserved, loaded lazily, cropped around its focus point. The position is bound as
 * a property (`.style`), which goes through the CSSOM that a strict `style-src` allows; a `style`
 * attribute (and Lit's `styleMap`, on its first render) would be blocked.
 */
export function pictureTemplate(image: VillageImage, src: string, alt: PickedText | undefined): TemplateResult {
  return html`<img
    class="image"
    part="image"
    src=${src}
    alt=${alt?.text ?? ''}
    lang=${alt?.lang || nothing}
    width=${image.width}
    height=${image.height}
    loading="lazy"
    decoding="async"
    .style=${`object-position: ${objectPosition(image)}`}
  />`;
}
