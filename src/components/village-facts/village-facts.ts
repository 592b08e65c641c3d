import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { safeHref } from '../../internal/url.js';
import { formatCompact, formatCompactRange, formatList, formatNumber, formatNumberRange, formatPercent } from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import type { Approximation } from '../../data/profile.types.js';
import type { Fact, Source, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-facts.styles.js';

/** Facts shown under one term: one kind, or statements on one topic. */
interface FactGroup {
  key: string;
  facts: Fact[];
}

/** The ids of the sources a fact names. */
const sourcesOf = (fact: Fact): readonly string[] => (fact.source === undefined ? [] : typeof fact.source === 'string' ? [fact.source] : fact.source);

/**
 * Facts about the village's place, as an editor publishes them: population, standing, economy,
 * where it lies, which children are most at risk… Figures the sources disagree on read as one range
 * ("1.4–1.5 million"); sources are numbered once, in one list under the facts; an editor's note
 * shows with the fact it corrects.
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
 * @csspart value - A fact's figure or text.
 * @csspart fact-note - An editor's note on a fact.
 * @csspart refs - The numbers after a fact that point to its sources.
 * @csspart sources - The numbered list of sources under the facts.
 * @csspart source - One source in that list.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
 *
 * @cssprop [--sos-village-facts-padding=1.5em] - Padding inside the box.
 * @cssprop [--sos-color-accent=#009ee0] - The rule above each fact.
 * @cssprop [--sos-color-surface=#ffffff] - Box background.
 *
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageFacts extends SosDataElement {
  static override styles = [...SosDataElement.styles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideSources: { type: Boolean, attribute: 'hide-sources' },
  };

  /** Level of the heading (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Leaves out the source numbers and the list of sources. */
  hideSources = false;

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

  /** The value of `facts`, with `refs` (their source numbers) at the end of its last line. */
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
        return html`<span class="value" part="value">${figure}${refs}</span>`;
      }
      case 'former-capital': {
        const years = [...new Set(facts.flatMap((f) => (f.kind === 'former-capital' ? [f.until] : [])))].sort();
        return html`${years.map(
          (until, i) => html`<span class="value" part="value">${msg(str`Until ${until}`, { id: 'facts.until' })}${i === years.length - 1 ? refs : nothing}</span>`,
        )}`;
      }
      case 'unemployment-rate': {
        const comparison = this.text(fact.comparison, profile);
        return comparison
          ? html`<span class="value" part="value">${formatPercent(fact.percent, lang)}</span>
              <span class="detail"><span lang=${comparison.lang || nothing} dir="auto">${comparison.text}</span>${refs}</span>`
          : html`<span class="value" part="value">${formatPercent(fact.percent, lang)}${refs}</span>`;
      }
      case 'location':
      case 'statement': {
        const said = this.text(fact.text, profile);
        return html`<span class="detail" part="value"><span lang=${said?.lang || nothing} dir="auto">${said?.text}</span>${refs}</span>`;
      }
    }
  }

  private renderNotes(facts: Fact[], profile: VillageProfile): TemplateResult[] {
    return facts.flatMap((fact) => {
      const note = this.text(fact.note, profile);
      return note
        ? [
            html`<span class="fact-note" part="fact-note"
              ><span class="fact-note-label">${msg('Editor’s note:', { id: 'note.editor' })}</span>
              <span lang=${note.lang || nothing} dir="auto">${note.text}</span></span
            >`,
          ]
        : [];
    });
  }

  /** The numbers of the sources behind `facts`, as superscripts a screen reader announces as sources. */
  private renderRefs(facts: Fact[], numbers: Map<string, number>): TemplateResult | typeof nothing {
    const cited = [...new Set(facts.flatMap((fact) => sourcesOf(fact).flatMap((id) => (numbers.has(id) ? [numbers.get(id)!] : []))))].sort(
      (a, b) => a - b,
    );
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
          return html`<li class="source" part="source">
            ${href
              ? html`<a href=${href} lang=${name?.lang || nothing} dir="auto"><cite>${label}</cite></a>`
              : html`<cite lang=${name?.lang || nothing} dir="auto">${label}</cite>`}
          </li>`;
        })}
      </ol>
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
    return this.renderFrame(html`
      ${heading(headingLevel(this.headingLevel), msg(str`${isolate(place?.text ?? '')} at a glance`, { id: 'facts.heading' }), { className: 'heading', part: 'heading' })}
      ${groups.length
        ? html`<dl class="facts" part="facts">
            ${groups.map(
              (group) => html`<div class="fact" part="fact" data-kind=${group.key}>
                <dt>${this.term(group.key)}</dt>
                ${this.values(group).map(
                  (value) => html`<dd>${this.renderValue(value, profile, this.renderRefs(value, numbers))} ${this.renderNotes(value, profile)}</dd>`,
                )}
              </div>`,
            )}
          </dl>`
        : html`<p class="empty">${msg('No facts about this place yet.', { id: 'facts.empty' })}</p>`}
      ${this.renderSources(cited, profile)} ${this.renderStaleNote(profile, view)}
    `);
  }
}
