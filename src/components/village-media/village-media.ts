import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { pictureTemplate } from '../../internal/focus.js';
import { safeHref } from '../../data/url.js';
import { formatNumber } from '../../internal/format.js';
import { icon } from '../../internal/icons.js';
import { sourceLine, sourcePlaceholder } from '../../internal/source.js';
import type { VillageImage, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-media.styles.js';

/** A picture the page may show: its data and its checked address. */
interface Picture {
  image: VillageImage;
  src: string;
}

/** The frame's shape when neither `aspect` nor the data says otherwise (the sample's 1200 × 800). */
const DEFAULT_RATIO = 3 / 2;
/** Narrower or wider frames than these crop away most of any picture. */
const MIN_RATIO = 1 / 4;
const MAX_RATIO = 4;

const inRange = (ratio: number) =>
  Number.isFinite(ratio) && ratio >= MIN_RATIO && ratio <= MAX_RATIO ? ratio : undefined;

/** `3/2`, `16:9` or `1.5` as a number; anything else (or an extreme shape) as undefined. */
function parseAspect(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?)\s*)?$/.exec(value);
  if (!match) return undefined;
  return inRange(Number(match[1]) / (match[2] === undefined ? 1 : Number(match[2])));
}

const previousIcon = icon(svg`<path d="M10 3.5 5.5 8l4.5 4.5" />`, {
  className: 'nav-icon',
  viewBox: '0 0 16 16',
  strokeWidth: 2,
});
const nextIcon = icon(svg`<path d="M6 3.5 10.5 8 6 12.5" />`, {
  className: 'nav-icon',
  viewBox: '0 0 16 16',
  strokeWidth: 2,
});

/**
 * The village's pictures: one as a captioned figure, several as a gallery that shows one at a
 * time in a frame of fixed shape, with Previous and Next buttons (and the arrow keys), the
 * position, and a polite announcement of each change. It never turns by itself. Pictures are
 * cropped to the frame around the point the data marks as their focus, with square corners as
 * in an article (`--sos-village-media-radius` rounds them); captions and credits sit under the
 * picture in a small muted line, never on it, and the source line under them names the charity.
 * A village without pictures takes no space.
 *
 * @summary The village's pictures: a figure, or a gallery of several.
 * @tag sos-village-media
 *
 * @slot - Fallback content shown while loading, on error, and instead of nothing when the village has no pictures.
 *
 * @csspart base - The outer box (the gallery region when there are several pictures).
 * @csspart figure - One picture with its caption.
 * @csspart frame - The fixed-shape box the picture is cropped to.
 * @csspart image - The picture.
 * @csspart figcaption - The caption line under the picture: caption, then credit.
 * @csspart caption - The caption text.
 * @csspart credit - Who made the picture.
 * @csspart controls - The position and the buttons.
 * @csspart attribution - The source line under the pictures.
 * @csspart attribution-link - The charity's name in the source line, linking to the village page.
 * @csspart position - The "2 of 3" text.
 * @csspart button - Both buttons.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart stale-note - The note shown when older data is shown because newer data could not load.
 *
 * @cssprop [--sos-village-media-radius=0] - Corner radius of the picture frame: square, as photographs sit in an article.
 *
 * @fires {SosLoadEvent} sos-load - A profile is shown (also one without pictures): once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageMedia extends SosDataElement {
  static override styles = [...SosDataElement.styles, styles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    aspect: {},
    hideCaptions: { type: Boolean, attribute: 'hide-captions' },
    empty: { type: Boolean, reflect: true },
    current: { state: true, attribute: false },
  };

  /** How many of the village's pictures to show, from the first; unset (or not a whole number from 1) shows them all. */
  limit?: number;

  /** Shape of the picture frame, width to height (`3/2`, `16:9`, `1`); unset, the first picture's own shape. */
  aspect?: string;

  /** Leaves out the captions (credits stay: picture rights usually require them). */
  hideCaptions = false;

  /** Set by the element when the village has no pictures and no fallback content: it then takes no space. Reflected; read-only. */
  empty = false;

  /** Index of the picture shown, among those shown. */
  private current = 0;

  /** Set once the reader has moved through the gallery: only then is the change announced. */
  private moved = false;

  /** The pictures this update shows, checked once for `empty`, the render and the buttons. */
  private shown: Picture[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const profile = this.view.profile;
    this.shown = profile ? this.pictures(profile) : [];
    // Light-DOM children are unknown on the server: there the fallback slot stays in place.
    this.empty =
      this.state === 'ready' && profile !== undefined && !this.shown.length && !isServer && !this.hasFallbackChildren();
  }

  /** The pictures to show: those with a safe address, up to `limit`. */
  private pictures(profile: VillageProfile): Picture[] {
    const media: unknown = profile.media;
    const pictures: Picture[] = [];
    if (!Array.isArray(media)) return pictures;
    const limit = Math.floor(Number(this.limit));
    const most = limit >= 1 ? limit : Infinity;
    for (const image of media as VillageImage[]) {
      if (pictures.length >= most) break;
      const src = safeHref(image?.src);
      if (src) pictures.push({ image, src });
    }
    return pictures;
  }

  /** The frame's shape: `aspect`, else the first picture's, else 3:2. */
  private ratio(first?: VillageImage): number {
    return (
      parseAspect(this.aspect) ??
      (first ? inRange(Number(first.width) / Number(first.height)) : undefined) ??
      DEFAULT_RATIO
    );
  }

  private position(index: number, total: number): string {
    const n = formatNumber(index + 1, this.language);
    const all = formatNumber(total, this.language);
    return msg(str`${n} of ${all}`, { id: 'media.position' });
  }

  private go(to: (index: number, total: number) => number): void {
    const total = this.shown.length;
    if (total < 2) return;
    const next = ((to(Math.min(this.current, total - 1), total) % total) + total) % total;
    if (!Number.isInteger(next)) return;
    this.moved = true;
    this.current = next;
  }

  private handlePrevious(): void {
    this.go((index) => index - 1);
  }

  private handleNext(): void {
    this.go((index) => index + 1);
  }

  /** Left and Right follow the screen: in right-to-left text, Left is the next picture. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = event.key === 'ArrowLeft' ? (rtl ? 1 : -1) : event.key === 'ArrowRight' ? (rtl ? -1 : 1) : 0;
    if (step) this.go((index) => index + step);
    else if (event.key === 'Home') this.go(() => 0);
    else if (event.key === 'End') this.go((_, total) => total - 1);
    else return;
    event.preventDefault();
  }

  /**
   * One picture with its caption and credit. `withImage` false keeps the frame (and so the
   * gallery's height) but leaves the image out until the reader comes near it.
   */
  private renderFigure(picture: Picture, profile: VillageProfile, withImage = true): TemplateResult {
    const { image, src } = picture;
    const alt = this.text(image.alt, profile);
    const caption = this.hideCaptions ? undefined : this.text(image.caption, profile);
    const credit = this.text(image.credit, profile);
    return html`<figure class="figure" part="figure">
      <div class="frame" part="frame">
        ${withImage ? pictureTemplate(image, src, alt) : nothing}
      </div>
      ${
        caption || credit
          ? html`<figcaption class="figcaption" part="figcaption">
            ${caption ? html`<span class="caption" part="caption" lang=${caption.lang || nothing} dir="auto">${caption.text}</span>` : nothing}
            ${credit ? html`<span class="credit" part="credit" lang=${credit.lang || nothing} dir="auto">${credit.text}</span>` : nothing}
          </figcaption>`
          : nothing
      }
    </figure>`;
  }

  private renderGallery(pictures: Picture[], profile: VillageProfile, view: VillageData): TemplateResult {
    const total = pictures.length;
    const current = Math.min(this.current, total - 1);
    const near = (index: number) =>
      index === current || index === (current + 1) % total || index === (current - 1 + total) % total;
    const name = this.text(profile.name, profile);
    const alt = this.text(pictures[current].image.alt, profile);
    return html`<section
      class="base base--open gallery"
      part="base"
      aria-roledescription=${msg('gallery', { id: 'media.gallery' })}
      aria-label=${name ? msg(str`Pictures of ${isolate(name.text)}`, { id: 'media.label' }) : msg('Pictures', { id: 'media.label-plain' })}
      .style=${`--_aspect: ${this.ratio(pictures[0].image)}`}
    >
      <div class="slides" id="slides">
        ${pictures.map(
          (picture, index) =>
            html`<div
              class=${index === current ? 'slide slide--current' : 'slide'}
              role="group"
              aria-roledescription=${msg('picture', { id: 'media.slide' })}
              aria-label=${this.position(index, total)}
            >
              ${this.renderFigure(picture, profile, near(index))}
            </div>`,
        )}
      </div>
      <div class="bar">
        ${sourceLine(profile, this.language, 'text')}
        <div class="controls" part="controls" @keydown=${this.handleKeydown}>
          <p class="position" part="position">${this.position(current, total)}</p>
          <button class="nav" part="button previous" type="button" aria-controls="slides" @click=${this.handlePrevious}>
            ${previousIcon}<span class="visually-hidden">${msg('Previous picture', { id: 'media.previous' })}</span>
          </button>
          <button class="nav" part="button next" type="button" aria-controls="slides" @click=${this.handleNext}>
            ${nextIcon}<span class="visually-hidden">${msg('Next picture', { id: 'media.next' })}</span>
          </button>
        </div>
      </div>
      <p class="visually-hidden live" aria-live="polite" aria-atomic="true">
        ${
          this.moved
            ? html`${msg(str`Picture ${formatNumber(current + 1, this.language)} of ${formatNumber(total, this.language)}:`, { id: 'media.announce' })}
              <span lang=${alt?.lang || nothing} dir="auto">${alt?.text}</span>`
            : nothing
        }
      </p>
      ${this.renderStaleNote(profile, view)}
    </section>`;
  }

  protected override renderFrame(content: unknown): TemplateResult {
    return html`<div class="base base--open" part="base" .style=${`--_aspect: ${this.ratio()}`}>${content}</div>`;
  }

  /**
   * The frame at the shape it will have (3:2 unless `aspect` says), two caption lines, and the
   * source line with the gallery's buttons (none where `limit` is 1), drawn at once.
   */
  protected override renderSkeleton(): TemplateResult {
    const single = Math.floor(Number(this.limit)) === 1;
    return html`<div class="skeleton-figure" aria-hidden="true">
      <span class="skeleton skeleton-frame"></span>
      ${
        this.hideCaptions
          ? nothing
          : html`<span class="figcaption skeleton-lines"
            ><span class="skeleton-line"><span class="skeleton"></span></span><span class="skeleton-line skeleton-line--end"><span class="skeleton"></span></span
          ></span>`
      }
      <div class="bar">
        ${sourcePlaceholder('text')}
        ${
          single
            ? nothing
            : html`<div class="controls">
              <span class="position"><span class="skeleton skeleton-position"></span></span>
              <span class="nav">${previousIcon}</span><span class="nav">${nextIcon}</span>
            </div>`
        }
      </div>
    </div>`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const pictures = this.shown;
    if (!pictures.length) return html`<slot></slot>`;
    if (pictures.length > 1) return this.renderGallery(pictures, profile, view);
    return html`<div class="base base--open" part="base" .style=${`--_aspect: ${this.ratio(pictures[0].image)}`}>
      ${this.renderFigure(pictures[0], profile)} ${sourceLine(profile, this.language, 'text')} ${this.renderStaleNote(profile, view)}
    </div>`;
  }
}
