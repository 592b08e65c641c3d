import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { chevronIcon } from '../../internal/icons.js';
import type { StorySection, VillageProfile } from '../../data/schema.js';
import { LIMITS } from '../../data/rules.js';
import { stringOr, words } from '../../internal/plain.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-story.styles.js';

/** One section cut to the paragraphs shown in one part (always visible, or behind "read more"). */
interface Piece {
  section: StorySection;
  paragraphs: StorySection['paragraphs'];
  /** False when this piece continues a section whose heading was shown already. */
  withHeading: boolean;
  /** Set on the first piece of each source's telling: that source's id. */
  telling?: string;
}

/**
 * The village's story: its narrative sections, each a heading and paragraphs, as the sources tell
 * it. Where the profile holds more than one telling (the sections written for each source's page),
 * each telling starts with the source it comes from; `source` shows one telling and `sections` picks
 * sections by id. An editor's note shows under the heading it corrects. Long stories can collapse
 * behind a "Read more" button.
 *
 * @summary The narrative of a village, section by section.
 * @tag sos-village-story
 *
 * @slot - Fallback content shown while loading and on error.
 *
 * @csspart base - The outer box.
 * @csspart section - One section.
 * @csspart telling - The line naming the source a telling comes from.
 * @csspart heading - A section heading.
 * @csspart section-note - An editor's note on a section.
 * @csspart paragraph - A paragraph.
 * @csspart toggle - The "Read more" / "Show less" button.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
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
    sections: {},
    expanded: { state: true, attribute: false },
  };

  /** Level of the section headings (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Shows only the first paragraphs, with a "Read more" button for the rest. */
  collapsible = false;

  /** How many paragraphs stay visible while collapsed. */
  preview = 2;

  /** Shows only the sections written for this source (a `sources` id in the data, such as `sos-uk`): one telling. */
  source?: string;

  /** Ids of the sections to show, in that order, separated by spaces or commas (`"uk-intro ca-authorities"`). Unset, every section shows. */
  sections?: string;

  private expanded = false;

  private split(sections: StorySection[]): { shown: Piece[]; more: Piece[] } {
    const limit = this.collapsible ? Math.max(1, Math.floor(this.preview) || 1) : Infinity;
    const shown: Piece[] = [];
    const more: Piece[] = [];
    let count = 0;
    let telling: string | undefined;
    for (const section of sections) {
      const room = Math.max(0, limit - count);
      const visible = section.paragraphs.slice(0, room);
      const hidden = section.paragraphs.slice(room);
      count += section.paragraphs.length;
      const starts = section.source !== telling ? section.source : undefined;
      telling = section.source;
      if (visible.length) shown.push({ section, paragraphs: visible, withHeading: true, telling: starts });
      if (hidden.length) more.push({ section, paragraphs: hidden, withHeading: !visible.length, telling: visible.length ? undefined : starts });
    }
    return { shown, more };
  }

  /** The sections to tell: those named by `sections`, in that order, then only `source`'s. */
  private chosen(profile: VillageProfile): StorySection[] {
    const story = profile.story ?? [];
    const ids = words(this.sections, LIMITS.story);
    const picked = ids.length ? ids.flatMap((id) => story.filter((section) => section.id === id)) : story;
    const source = stringOr(this.source);
    return picked.filter((section) => !source || section.source === source);
  }

  private renderTelling(id: string | undefined, profile: VillageProfile): TemplateResult | typeof nothing {
    const source = id === undefined ? undefined : profile.sources?.find((candidate) => candidate.id === id);
    const name = source && this.text(source.name, profile);
    if (!name) return nothing;
    return html`<p class="telling" part="telling">${msg(str`As told by ${isolate(name.text)}`, { id: 'story.told-by' })}</p>`;
  }

  private renderPiece(piece: Piece, profile: VillageProfile): TemplateResult {
    const title = this.text(piece.section.heading, profile);
    const note = piece.withHeading ? this.text(piece.section.note, profile) : undefined;
    return html`${this.renderTelling(piece.telling, profile)}<section class="section" part="section">
      ${piece.withHeading && title
        ? heading(headingLevel(this.headingLevel), title.text, { className: 'heading', part: 'heading', lang: title.lang })
        : nothing}
      ${note
        ? html`<p class="section-note" part="section-note">
            <span class="section-note-label">${msg('Editor’s note:', { id: 'note.editor' })}</span>
            <span lang=${note.lang || nothing} dir="auto">${note.text}</span>
          </p>`
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
    const sections = this.chosen(profile);
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
