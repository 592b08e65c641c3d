import { html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { chevronIcon } from '../../internal/icons.js';
import { disclosureStyles } from '../../internal/disclosure.styles.js';
import { sourceLine, sourcePlaceholder } from '../../internal/source.js';
import type { StorySection, VillageProfile } from '../../data/schema.js';
import { LIMITS } from '../../data/rules.js';
import { safeHref } from '../../data/url.js';
import { stringOr, words } from '../../data/plain.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-story.styles.js';

/** `source="all"`: every telling, each named by its source. */
const ALL_TELLINGS = 'all';

/** Placeholder lines: a heading, then paragraphs of bars with short last lines (more than the clip shows). */
const SKELETON_LINES = ['heading', ...Array.from({ length: 8 }, () => ['full', 'full', 'full', 'full', 'end']).flat()];

/**
 * The village's story, in the charity's own words: presented as quoted material, ruled off from
 * the article and ending with its source line. By default it tells one telling (the sections
 * written for one source's page) and shows its first lines, faded, with a "Read more" button that
 * opens the rest in place; the rest is in the page all along, for screen readers and search
 * engines. `expanded` shows the whole story at once; `source` picks a telling (or `all`) and
 * `sections` picks sections by id. An editor's note shows under the heading it corrects.
 *
 * @summary The narrative of a village, quoted from the charity, section by section.
 * @tag sos-village-story
 *
 * @slot - Fallback content shown while loading and on error.
 *
 * @csspart base - The outer box: the quotation, its button and its source line.
 * @csspart quote - The quoted story (a `blockquote`), clipped while collapsed.
 * @csspart section - One section.
 * @csspart telling - The line naming the source a telling comes from (when several tellings show).
 * @csspart heading - A section heading.
 * @csspart section-note - An editor's note on a section.
 * @csspart paragraph - A paragraph.
 * @csspart toggle - The "Read more" / "Show less" button.
 * @csspart attribution - The source line under the story.
 * @csspart attribution-link - The charity's name in the source line, linking to the village page.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
 *
 * @cssprop [--sos-village-story-max-width=70ch] - Longest line length.
 * @cssprop [--sos-village-story-lines=14] - How many lines of the story show while collapsed.
 * @cssprop [--sos-village-story-rule=var(--sos-color-button, var(--sos-color-primary, light-dark(#005aa7, #1a6fc2)))] - The rule beside the quoted story.
 *
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageStory extends SosDataElement {
  static override styles = [...SosDataElement.styles, disclosureStyles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { type: Boolean, reflect: true },
    source: {},
    sections: {},
    open: { state: true, attribute: false },
    overflows: { state: true, attribute: false },
  };

  /** Level of the section headings (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Shows the whole story at once, with no "Read more" (the charity's own pages, a page about the village). */
  expanded = false;

  /** The telling to show: a `sources` id in the data (such as `sos-uk`), or `all` for every telling; unset, the first. */
  source?: string;

  /** Ids of the sections to show, in that order, separated by spaces or commas (`"uk-intro ca-authorities"`). Unset, every section of the telling shows. */
  sections?: string;

  /** Whether the reader opened the story in place. */
  private open = false;

  /** Whether the story is longer than the collapsed view, so it needs its button (assumed until measured). */
  private overflows = true;

  private resizes?: ResizeObserver;

  /** The story's text element the observer watches. */
  private watched?: Element;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.watched = undefined;
  }

  /**
   * The sections to tell: those named by `sections`, in that order; then only `source`'s telling
   * (unset, and no sections named, the first telling's).
   */
  private chosen(profile: VillageProfile): StorySection[] {
    const story = profile.story ?? [];
    const ids = words(this.sections, LIMITS.story);
    const picked = ids.length ? ids.flatMap((id) => story.filter((section) => section.id === id)) : story;
    const source = stringOr(this.source)?.trim() || (ids.length ? ALL_TELLINGS : picked[0]?.source);
    if (source === ALL_TELLINGS) return picked;
    return picked.filter((section) => section.source === source);
  }

  private renderTelling(id: string | undefined, profile: VillageProfile): TemplateResult | typeof nothing {
    const source = id === undefined ? undefined : profile.sources?.find((candidate) => candidate.id === id);
    const name = source && this.text(source.name, profile);
    if (!name) return nothing;
    return html`<p class="telling" part="telling">${msg(str`As told by ${isolate(name.text)}`, { id: 'story.told-by' })}</p>`;
  }

  private renderSection(section: StorySection, profile: VillageProfile, telling: string | undefined): TemplateResult {
    const title = this.text(section.heading, profile);
    const note = this.text(section.note, profile);
    return html`${this.renderTelling(telling, profile)}<section class="section" part="section">
      ${title ? heading(headingLevel(this.headingLevel), title.text, { className: 'heading', part: 'heading', lang: title.lang }) : nothing}
      ${
        note
          ? html`<p class="section-note" part="section-note">
            <span class="section-note-label">${msg('Editor’s note:', { id: 'note.editor' })}</span>
            <span lang=${note.lang || nothing} dir="auto">${note.text}</span>
          </p>`
          : nothing
      }
      ${section.paragraphs.map((paragraph) => {
        const picked = this.text(paragraph, profile);
        return html`<p class="paragraph" part="paragraph" lang=${picked?.lang || nothing} dir="auto">${picked?.text}</p>`;
      })}
    </section>`;
  }

  /** Whether the story shows collapsed now: not `expanded`, and not opened by the reader. */
  private get collapsed(): boolean {
    return !this.expanded && !this.open;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const text = this.renderRoot.querySelector('.text') ?? undefined;
    if (text === this.watched || typeof ResizeObserver === 'undefined') return;
    this.resizes ??= new ResizeObserver(() => this.measure());
    this.resizes.disconnect();
    this.watched = text;
    if (text) this.resizes.observe(text);
  }

  /** Whether the story is taller than the collapsed view; measured while it is collapsed. */
  private measure(): void {
    const quote = this.renderRoot.querySelector<HTMLElement>('.quote');
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    if (!quote || !text || !this.collapsed) return;
    this.overflows = text.offsetHeight > quote.clientHeight + 1;
  }

  private handleToggle(): void {
    this.open = !this.open;
  }

  protected override renderFrame(content: unknown): TemplateResult {
    return html`<div class="base" part="base">${content}</div>`;
  }

  /** The collapsed view's shape: a heading and lines of text, the button's words and the source line, drawn at once. */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="quote quote--collapsed quote--held" aria-hidden="true">
        <div class="skeleton-text">${SKELETON_LINES.map((kind) => html`<span class="skeleton-line skeleton-line--${kind}"><span class="skeleton"></span></span>`)}</div>
      </div>
      ${
        this.expanded
          ? nothing
          : html`<span class="toggle" aria-hidden="true">${msg('Read more', { id: 'story.read-more' })} ${chevronIcon}</span>`
      }
      ${sourcePlaceholder('text')}`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const sections = this.chosen(profile);
    if (!sections.length) {
      return this
        .renderFrame(html`<p class="empty">${msg('This village has no story to tell yet.', { id: 'story.empty' })}</p>
        ${sourceLine(profile, this.language, 'text')}`);
    }
    // Each telling is named by its source only where the story shows more than one.
    const several = new Set(sections.map((section) => section.source)).size > 1;
    let telling: string | undefined;
    const body = sections.map((section) => {
      const starts = several && section.source !== telling ? section.source : undefined;
      telling = section.source;
      return this.renderSection(section, profile, starts);
    });
    const toggle = !this.expanded && this.overflows;
    return this.renderFrame(html`
      <blockquote class=${this.collapsed ? (this.overflows ? 'quote quote--collapsed quote--faded' : 'quote quote--collapsed') : 'quote'} part="quote" id="story" cite=${safeHref(profile.url) || nothing}>
        <div class="text">${body}</div>
      </blockquote>
      ${
        toggle
          ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="story" @click=${this.handleToggle}>
            ${this.open ? msg('Show less', { id: 'story.show-less' }) : msg('Read more', { id: 'story.read-more' })} ${chevronIcon}
          </button>`
          : nothing
      }
      ${sourceLine(profile, this.language, 'text')} ${this.renderStaleNote(profile, view)}
    `);
  }
}
