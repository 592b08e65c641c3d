import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { safeHref } from '../../data/url.js';
import { formatDate } from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { arrowIcon } from '../../internal/icons.js';
import { sourceLine } from '../../internal/source.js';
import { stringOr } from '../../data/plain.js';
import type { NewsItem, VillageProfile } from '../../data/schema.js';
import { LIMITS } from '../../data/rules.js';
import type { PickedText } from '../../data/text.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-news.styles.js';

/** How many items show when `limit` is unset or unusable. */
const DEFAULT_LIMIT = 3;

/** A news item as shown: its link checked, its texts picked. */
interface ShownItem {
  href: string;
  title: PickedText;
  summary?: PickedText;
  date?: string;
}

/** Dated items newest first, then undated ones in the order given. A sorted copy: the profile is frozen. */
function newestFirst(news: readonly NewsItem[]): NewsItem[] {
  const time = (item: NewsItem) => (item.date === undefined ? NaN : Date.parse(item.date));
  return [...news].sort((a, b) => {
    const [ta, tb] = [time(a), time(b)];
    if (Number.isNaN(ta) || Number.isNaN(tb)) return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
    return tb - ta;
  });
}

/**
 * The village's latest news: the newest items first, each a link to the full story with its date
 * and summary, under a heading that names the village ("News from SOS Children's Village Almaty";
 * `heading-text` replaces it) and over the source line. News is extra to a page: while it loads, when it
 * fails and when the village has none, the element shows nothing and takes no space, or shows its
 * fallback content, if it has any, at the same height throughout (so nothing moves when the news
 * turns out empty). `sos-load` and `sos-error` still tell the page what happened.
 *
 * @summary The village's latest news, newest first.
 * @tag sos-village-news
 *
 * @slot - Fallback content shown while loading, on error, and in place of an empty news list.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart list - The list of news items.
 * @csspart item - One news item.
 * @csspart link - An item's title, linking to the full story.
 * @csspart date - An item's date.
 * @csspart summary - An item's summary.
 * @csspart attribution - The source line under the news.
 * @csspart attribution-link - The charity's name in the source line, linking to the village page.
 * @csspart stale-note - The note shown when a kept copy is shown because newer data could not be loaded.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 *
 * @cssprop [--sos-village-news-padding=var(--sos-space-m, 1em)] - Padding inside the box (1.5em once the element is 420px wide).
 *
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again). Fires also when the village has no news.
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageNews extends SosDataElement {
  static override styles = [...SosDataElement.styles, styles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    headingText: { attribute: 'heading-text' },
    hideSummaries: { type: Boolean, attribute: 'hide-summaries' },
    empty: { type: Boolean, reflect: true },
    fallback: { type: Boolean, reflect: true },
  };

  /** How many items to show, newest first: 1 to 50; anything else shows 3. */
  limit = DEFAULT_LIMIT;

  /** Level of the heading (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** The heading's text, in place of "News from" and the village's name (plain text; the charity's own site may write "Latest news"). */
  headingText?: string;

  /** Leaves out the summaries: titles and dates only. */
  hideSummaries = false;

  /**
   * Set by the element when it has no news to show (still loading, failed, or none) and no fallback
   * content: it is then hidden and takes no space. Reflected, so page CSS can rearrange around it.
   */
  empty = false;

  /**
   * Set by the element while it shows its fallback content in place of news (loading, failed, or
   * none): the content then stands as the page wrote it, with no margins of the element's own, as
   * the page's stylesheet holds it while loading. Reflected; read-only.
   */
  fallback = false;

  /** `limit`, made usable. */
  private get shownLimit(): number {
    const limit = Math.floor(Number(this.limit));
    return limit >= 1 ? Math.min(limit, LIMITS.news) : DEFAULT_LIMIT;
  }

  /** The items to show: valid ones, newest first, at most `limit`. */
  private items(profile: VillageProfile): ShownItem[] {
    const shown: ShownItem[] = [];
    for (const item of newestFirst(profile.news ?? [])) {
      const href = safeHref(item.url);
      const title = this.text(item.title, profile);
      if (!href || !title?.text) continue;
      shown.push({ href, title, summary: this.text(item.summary, profile), date: item.date });
      if (shown.length === this.shownLimit) break;
    }
    return shown;
  }

  /** The items this update shows: sorted, checked and picked once, for `empty` and the render. */
  private shown: ShownItem[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const profile = this.view.profile;
    this.shown = profile ? this.items(profile) : [];
    // Light-DOM children are unknown on the server: there the fallback slot stays in place.
    const nothingToShow = this.state !== 'ready' || !this.shown.length;
    const fallback = !isServer && this.hasFallbackChildren();
    this.empty = nothingToShow && !isServer && !fallback;
    this.fallback = nothingToShow && fallback;
  }

  private handleFallbackChange = () => this.requestUpdate();

  private renderItem(item: ShownItem): TemplateResult {
    const { title, summary, date } = item;
    const formatted = date === undefined ? '' : formatDate(date, this.language);
    return html`<li class="item" part="item">
      <a class="link" part="link" href=${item.href} lang=${title.lang || nothing} dir="auto"
        ><span class="title">${title.text}</span>${arrowIcon}</a
      >
      ${formatted ? html`<time class="date" part="date" datetime=${date!}>${formatted}</time>` : nothing}
      ${
        summary && !this.hideSummaries
          ? html`<p class="summary" part="summary" lang=${summary.lang || nothing} dir="auto">${summary.text}</p>`
          : nothing
      }
    </li>`;
  }

  /**
   * Loading or failed: the fallback content, or nothing. No placeholder: the sample the page's
   * stylesheet is measured on has no news, so any shape drawn here would only vanish.
   */
  protected override renderState(): TemplateResult {
    if (this.state !== 'ready') return html`<slot @slotchange=${this.handleFallbackChange}></slot>`;
    return super.renderState();
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const items = this.shown;
    // Nothing to tell: no box, no heading; the page's fallback content, if any, stands in.
    if (!items.length) return html`<slot @slotchange=${this.handleFallbackChange}></slot>`;
    const name = this.text(profile.name, profile);
    const own = stringOr(this.headingText)?.trim();
    const title =
      own ||
      (name
        ? msg(str`News from ${isolate(name.text)}`, { id: 'news.heading-from' })
        : msg('Latest news', { id: 'news.heading' }));
    return this.renderFrame(html`
      ${heading(headingLevel(this.headingLevel), title, { className: 'heading', part: 'heading' })}
      <ul class="list" part="list" role="list">
        ${items.map((item) => this.renderItem(item))}
      </ul>
      ${sourceLine(profile, this.language, 'text')} ${this.renderStaleNote(profile, view)}
    `);
  }
}
