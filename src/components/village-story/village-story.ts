import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { SosDataElement } from '../../internal/data-element.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { chevronIcon } from '../../internal/icons.js';
import type { StorySection, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-story.styles.js';

/** One section cut to the paragraphs shown in one part (always visible, or behind "read more"). */
interface Piece {
  section: StorySection;
  paragraphs: StorySection['paragraphs'];
  /** False when this piece continues a section whose heading was shown already. */
  withHeading: boolean;
}

/**
 * The village's story: its narrative sections, each a heading and paragraphs. Long stories can
 * collapse behind a "Read more" button.
 *
 * @summary The narrative of a village, section by section.
 * @tag sos-village-story
 *
 * @slot - Fallback content shown while loading and on error.
 *
 * @csspart base - The outer box.
 * @csspart section - One section.
 * @csspart heading - A section heading.
 * @csspart paragraph - A paragraph.
 * @csspart toggle - The "Read more" / "Show less" button.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 *
 * @cssprop [--sos-village-story-max-width=70ch] - Longest line length.
 * @cssprop [--sos-font-family-heading=inherit] - Font of the section headings.
 * @cssprop [--sos-color-primary=#005aa7] - The toggle button.
 *
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageStory extends SosDataElement {
  static override styles = [...SosDataElement.styles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    collapsible: { type: Boolean, reflect: true },
    preview: { type: Number },
    source: {},
    expanded: { state: true, attribute: false },
  };

  /** Level of the section headings (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Shows only the first paragraphs, with a "Read more" button for the rest. */
  collapsible = false;

  /** How many paragraphs stay visible while collapsed. */
  preview = 2;

  /** Shows only the sections written for this source (a `sources` id in the data, such as `sos-uk`). */
  source?: string;

  private expanded = false;

  private split(sections: StorySection[]): { shown: Piece[]; more: Piece[] } {
    const limit = this.collapsible ? Math.max(1, Math.floor(this.preview) || 1) : Infinity;
    const shown: Piece[] = [];
    const more: Piece[] = [];
    let count = 0;
    for (const section of sections) {
      const room = Math.max(0, limit - count);
      const visible = section.paragraphs.slice(0, room);
      const hidden = section.paragraphs.slice(room);
      count += section.paragraphs.length;
      if (visible.length) shown.push({ section, paragraphs: visible, withHeading: true });
      if (hidden.length) more.push({ section, paragraphs: hidden, withHeading: !visible.length });
    }
    return { shown, more };
  }

  private renderPiece(piece: Piece, profile: VillageProfile): TemplateResult {
    const title = this.text(piece.section.heading, profile);
    return html`<section class="section" part="section">
      ${piece.withHeading
        ? heading(headingLevel(this.headingLevel), title?.text, { className: 'heading', part: 'heading', lang: title?.lang })
        : nothing}
      ${piece.paragraphs.map((paragraph) => {
        const picked = this.text(paragraph, profile);
        return html`<p class="paragraph" part="paragraph" lang=${picked?.lang || nothing} dir="auto">${picked?.text}</p>`;
      })}
    </section>`;
  }

  private handleToggle(): void {
    this.expanded = !this.expanded;
  }

  protected override renderFrame(content: unknown): TemplateResult {
    return html`<div class="base base--open" part="base">${content}</div>`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const sections = (profile.story ?? []).filter((section) => !this.source || section.source === this.source);
    if (!sections.length) {
      return this.renderFrame(html`<p class="empty">${msg('This village has no story to tell yet.', { id: 'story.empty' })}</p>`);
    }
    const { shown, more } = this.split(sections);
    return this.renderFrame(html`
      ${shown.map((piece) => this.renderPiece(piece, profile))}
      ${more.length
        ? html`<div class="more" id="more" ?hidden=${!this.expanded}>${more.map((piece) => this.renderPiece(piece, profile))}</div>
            <button
              class="toggle"
              part="toggle"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="more"
              @click=${this.handleToggle}
            >
              ${this.expanded ? msg('Show less', { id: 'story.show-less' }) : msg('Read more', { id: 'story.read-more' })}
              ${chevronIcon}
            </button>`
        : nothing}
      ${this.renderStaleNote(profile, view)}
    `);
  }

}
