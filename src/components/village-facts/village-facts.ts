import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { safeHref } from '../../data/url.js';
import {
  formatCompact,
  formatCompactRange,
  formatList,
  formatNumber,
  formatNumberRange,
  formatPercent,
} from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { chevronIcon } from '../../internal/icons.js';
import { disclosureStyles } from '../../internal/disclosure.styles.js';
import { sourceLine, sourcePlaceholder } from '../../internal/source.js';
import { stringOr } from '../../data/plain.js';
import type { Approximation } from '../../data/profile.types.js';
import type { Fact, Source, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-facts.styles.js';

/** Facts shown under one term: one kind, or statements on one topic. */
interface FactGroup {
  key: string;
  facts: Fact[];
}

/** The kinds a reader takes in at a glance: shown first, the rest on demand. */
const KEY_KINDS: readonly string[] = ['population', 'former-capital', 'unemployment-rate'];

/** The placeholder's rows: as many as the sample's key figures. */
const SKELETON_ROWS = KEY_KINDS.length;

/**
 * `text` with `refs` joined to its last word, so a footnote number never wraps onto a line of its
 * own: the last word and the number break (or not) together.
 */
function withRefs(text: string, refs: unknown): TemplateResult {
  if (refs === nothing) return html`${text}`;
  const last = text.search(/\S+\s*$/);
  const cut = last < 0 ? text.length : last;
  return html`${text.slice(0, cut)}<span class="nowrap">${text.slice(cut)}${refs}</span>`;
}

/** The ids of the sources a fact names. */
const sourcesOf = (fact: Fact): readonly string[] =>
  fact.source === undefined ? [] : typeof fact.source === 'string' ? [fact.source] : fact.source;

/**
 * Facts about the village's place, as an editor publishes them: population, standing, economy,
 * where it lies, which children are most at risk… It leads with the key figures (population,
 * former capital, unemployment) and shows the rest in place with "Show all facts"; `expanded`
 * shows everything at once. Figures the sources disagree on read as one range ("1.4–1.5 million");
 * sources are numbered once, in one list under the facts; an editor's note shows with the fact it
 * corrects; the source line names the charity and the date the figures were updated. The heading
 * reads on a newspaper's page ("Almaty at a glance"); `heading-text` replaces it.
 *
 * @summary Facts about the village's place, with their sources.
 * @tag sos-village-facts
 *
 * @slot - Fallback content shown while loading and on error.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart facts - The description list.
 * @csspart fact - One fact (term and values).
 * @csspart term - A fact's term.
 * @csspart value - A fact's figure or text.
 * @csspart detail - What a figure is compared with (shown with all facts).
 * @csspart toggle - The "Show all facts" / "Show fewer facts" button.
 * @csspart fact-note - An editor's note on a fact.
 * @csspart refs - The numbers after a fact that point to its sources.
 * @csspart sources - The numbered list of sources under the facts.
 * @csspart source-item - One source in that list.
 * @csspart attribution - The source line: the charity, and the date the figures were updated.
 * @csspart attribution-link - The charity's name in the source line, linking to the village page.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
 *
 * @cssprop [--sos-village-facts-padding=var(--sos-space-m, 1em)] - Padding inside the box (1.5em once the element is 480px wide).
 *
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageFacts extends SosDataElement {
  static override styles = [...SosDataElement.styles, disclosureStyles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    headingText: { attribute: 'heading-text' },
    hideSources: { type: Boolean, attribute: 'hide-sources' },
    expanded: { type: Boolean, reflect: true },
    open: { state: true, attribute: false },
  };

  /** Level of the heading (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** The heading's text, in place of "Almaty at a glance" (plain text; the charity's own site may write "Our city"). */
  headingText?: string;

  /** Leaves out the source numbers and the list of sources. */
  hideSources = false;

  /** Shows every fact at once, with no "Show all facts" button. */
  expanded = false;

  /** Whether the reader asked for all facts. */
  private open = false;

  private handleToggle(): void {
    this.open = !this.open;
  }

  private term(key: string): string {
    switch (key) {
      case 'population':
        return msg('Population', { id: 'facts.population' });
      case 'former-capital':
        return msg('Former capital', { id: 'facts.former-capital' });
      case 'unemployment-rate':
        return msg('Unemployment rate', { id: 'facts.unemployment-rate' });
      case 'location':
        return msg('Where it lies', { id: 'facts.location' });
      case 'standing':
        return msg('Standing', { id: 'facts.standing' });
      case 'economy':
        return msg('Economy', { id: 'facts.economy' });
      case 'living-standards':
        return msg('Standard of living', { id: 'facts.living-standards' });
      case 'children-at-risk':
        return msg('Children most at risk', { id: 'facts.children-at-risk' });
      case 'history':
        return msg('History', { id: 'facts.history' });
      default:
        return msg('Also', { id: 'facts.other' });
    }
  }

  private approximately(approximation: Approximation, figure: string): string {
    switch (approximation) {
      case 'about':
        return msg(str`about ${figure}`, { id: 'facts.about' });
      case 'close-to':
        return msg(str`close to ${figure}`, { id: 'facts.close-to' });
      case 'more-than':
        return msg(str`more than ${figure}`, { id: 'facts.more-than' });
      default:
        return figure;
    }
  }

  /** Facts grouped under their terms, in the order the profile first names each term. */
  private groups(facts: readonly Fact[]): FactGroup[] {
    const groups = new Map<string, FactGroup>();
    for (const fact of facts) {
      const key = fact.kind === 'statement' ? fact.topic : fact.kind;
      const group = groups.get(key) ?? { key, facts: [] };
      group.facts.push(fact);
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  /**
   * The values of one group as they read: populations as one figure or one range, the same
   * former-capital year once, anything else one by one. Each value keeps every fact behind it, for
   * its sources and notes.
   */
  private values(group: FactGroup): Fact[][] {
    const { facts } = group;
    if (group.key === 'population' || group.key === 'former-capital') return [facts];
    return facts.map((fact) => [fact]);
  }

  /** The value of `facts` as one line or a few, with `refs` (their source numbers) joined to its last word. */
  private renderValue(facts: Fact[], profile: VillageProfile, refs: unknown): TemplateResult {
    const lang = this.language;
    const fact = facts[0];
    switch (fact.kind) {
      case 'population': {
        const figures = facts.flatMap((f) => (f.kind === 'population' ? [f] : []));
        const low = Math.min(...figures.map((f) => f.value));
        const high = Math.max(...figures.map((f) => f.value));
        const figure =
          low === high
            ? this.approximately(
                figures.every((f) => f.approximation === fact.approximation) ? fact.approximation : 'about',
                high >= 100_000 ? formatCompact(high, lang) : formatNumber(high, lang),
              )
            : high >= 100_000
              ? formatCompactRange(low, high, lang)
              : formatNumberRange(low, high, lang);
        return html`<dd class="value figure" part="value">${withRefs(figure, refs)}</dd>`;
      }
      case 'former-capital': {
        const years = [...new Set(facts.flatMap((f) => (f.kind === 'former-capital' ? [f.until] : [])))].sort();
        return html`${years.map(
          (until, i) =>
            html`<dd class="value figure" part="value">${withRefs(msg(str`Until ${until}`, { id: 'facts.until' }), i === years.length - 1 ? refs : nothing)}</dd>`,
        )}`;
      }
      case 'unemployment-rate': {
        const comparison = this.text(fact.comparison, profile);
        return html`<dd class="value figure" part="value">${withRefs(formatPercent(fact.percent, lang), refs)}</dd>
          ${
            comparison
              ? html`<dd class="extra detail" part="detail"><span lang=${comparison.lang || nothing} dir="auto">${comparison.text}</span></dd>`
              : nothing
          }`;
      }
      case 'location':
      case 'statement': {
        const said = this.text(fact.text, profile);
        return html`<dd class="value statement" part="value"><span lang=${said?.lang || nothing} dir="auto">${withRefs(said?.text ?? '', refs)}</span></dd>`;
      }
    }
  }

  private renderNotes(facts: Fact[], profile: VillageProfile, figure: boolean): TemplateResult[] {
    return facts.flatMap((fact) => {
      const note = this.text(fact.note, profile);
      return note
        ? [
            html`<dd class=${figure ? 'extra fact-note' : 'fact-note'} part="fact-note">
              <span class="fact-note-label">${msg('Editor’s note:', { id: 'note.editor' })}</span>
              <span lang=${note.lang || nothing} dir="auto">${note.text}</span>
            </dd>`,
          ]
        : [];
    });
  }

  /** The numbers of the sources behind `facts`, as superscripts a screen reader announces as sources. */
  private renderRefs(facts: Fact[], numbers: Map<string, number>): TemplateResult | typeof nothing {
    const cited = [
      ...new Set(facts.flatMap((fact) => sourcesOf(fact).flatMap((id) => (numbers.has(id) ? [numbers.get(id)!] : [])))),
    ].sort((a, b) => a - b);
    if (!cited.length) return nothing;
    return html`<sup class="refs" part="refs"
      ><span class="visually-hidden"> ${msg('Sources', { id: 'facts.sources' })} </span>${formatList(cited.map(String), this.language)}</sup
    >`;
  }

  private renderSources(sources: Source[], profile: VillageProfile): TemplateResult | typeof nothing {
    if (!sources.length) return nothing;
    return html`<div class="sources" part="sources">
      <span class="sources-label">${msg('Sources', { id: 'facts.sources' })}</span>
      <ol class="source-list">
        ${sources.map((source) => {
          const name = this.text(source.name, profile);
          const label = name?.text ?? source.id;
          const href = safeHref(source.url);
          return html`<li class="source-item" part="source-item">
            ${
              href
                ? html`<a href=${href} lang=${name?.lang || nothing} dir="auto"><cite>${label}</cite></a>`
                : html`<cite lang=${name?.lang || nothing} dir="auto">${label}</cite>`
            }
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderHeading(content: unknown): TemplateResult {
    return heading(headingLevel(this.headingLevel), content, { className: 'heading', part: 'heading' });
  }

  /** The key figures' shape: the heading, rows of term and figure, the button, the sources and the source line. */
  protected override renderSkeleton(): TemplateResult {
    const own = stringOr(this.headingText)?.trim();
    const bar = (kind: string) => html`<span class="skeleton skeleton-text skeleton-text--${kind}"></span>`;
    return html`<div aria-hidden="true">
      ${own ? html`<p class="heading">${own}</p>` : html`<p class="heading">${bar('heading')}</p>`}
      <div class="facts">
        ${Array.from(
          { length: SKELETON_ROWS },
          () =>
            html`<div class="fact fact--figure"><span class="term">${bar('term')}</span><span class="value figure">${bar('figure')}</span></div>`,
        )}
      </div>
      ${this.expanded ? nothing : html`<span class="toggle">${msg('Show all facts', { id: 'facts.show-all' })} ${chevronIcon}</span>`}
      ${
        this.hideSources
          ? nothing
          : html`<div class="sources">
            <span class="sources-label">${msg('Sources', { id: 'facts.sources' })}</span>
            <ol class="source-list">
              <li class="source-item">${bar('source')}</li>
              <li class="source-item">${bar('source')}</li>
            </ol>
          </div>`
      }
      ${sourcePlaceholder('figures')}
    </div>`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const facts = profile.facts ?? [];
    const place = this.text(profile.city, profile) ?? this.text(profile.name, profile);
    const groups = this.groups(facts);
    // Sources numbered in the order the facts first cite them; only sources the profile describes.
    const cited: Source[] = [];
    const numbers = new Map<string, number>();
    if (!this.hideSources) {
      for (const id of facts.flatMap(sourcesOf)) {
        const source = numbers.has(id) ? undefined : profile.sources?.find((candidate) => candidate.id === id);
        if (source) numbers.set(id, cited.push(source));
      }
    }
    // The key figures first, in the profile's order; without any, the first fact leads.
    const key = groups.filter((group) => KEY_KINDS.includes(group.key));
    const lead = key.length ? key : groups.slice(0, 1);
    const rest = groups.filter((group) => !lead.includes(group));
    const collapsed = !this.expanded && !this.open;
    const hasMore =
      rest.length > 0 ||
      lead.some((group) =>
        group.facts.some(
          (fact) => fact.note !== undefined || (fact.kind === 'unemployment-rate' && fact.comparison !== undefined),
        ),
      );
    const own = stringOr(this.headingText)?.trim();
    const renderGroup = (group: FactGroup, more: boolean) => {
      const figure = KEY_KINDS.includes(group.key);
      return html`<div class=${`fact ${figure ? 'fact--figure' : 'fact--text'}${more ? ' fact--more' : ''}`} part="fact" data-kind=${group.key}>
        <dt class="term" part="term">${this.term(group.key)}</dt>
        ${this.values(group).map((value) => html`${this.renderValue(value, profile, this.renderRefs(value, numbers))}${this.renderNotes(value, profile, figure)}`)}
      </div>`;
    };
    return this.renderFrame(html`
      ${this.renderHeading(own || msg(str`${isolate(place?.text ?? '')} at a glance`, { id: 'facts.heading' }))}
      ${
        groups.length
          ? html`<dl class=${collapsed ? 'facts facts--collapsed' : 'facts'} part="facts" id="facts">
            ${lead.map((group) => renderGroup(group, false))} ${rest.map((group) => renderGroup(group, true))}
          </dl>`
          : html`<p class="empty">${msg('No facts about this place yet.', { id: 'facts.empty' })}</p>`
      }
      ${
        hasMore && !this.expanded
          ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="facts" @click=${this.handleToggle}>
            ${this.open ? msg('Show fewer facts', { id: 'facts.show-fewer' }) : msg('Show all facts', { id: 'facts.show-all' })} ${chevronIcon}
          </button>`
          : nothing
      }
      ${this.renderSources(cited, profile)} ${sourceLine(profile, this.language, 'figures')} ${this.renderStaleNote(profile, view)}
    `);
  }
}
