import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { safeHref } from '../../internal/url.js';
import { formatCompact, formatNumber, formatPercent } from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { FACT_KINDS, type Approximation, type FactKind } from '../../data/profile.types.js';
import type { Fact, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { styles } from './village-facts.styles.js';

/**
 * Facts about the village's location: population, former capital, unemployment rate and where it
 * lies, each with the source it came from. Where sources disagree, each figure is shown with its own.
 *
 * @summary Location facts, each with its source.
 * @tag sos-village-facts
 *
 * @slot - Fallback content shown while loading and on error.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart facts - The description list.
 * @csspart fact - One fact (term and values).
 * @csspart value - A fact's figure or text.
 * @csspart source - A fact's source.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
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

  /** Leaves out the sources. */
  hideSources = false;

  private term(kind: FactKind): string {
    switch (kind) {
      case 'population':
        return msg('Population', { id: 'facts.population' });
      case 'former-capital':
        return msg('Former capital', { id: 'facts.former-capital' });
      case 'unemployment-rate':
        return msg('Unemployment rate', { id: 'facts.unemployment-rate' });
      case 'location':
        return msg('Where it lies', { id: 'facts.location' });
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
      case 'exact':
        return figure;
    }
  }

  private renderValue(fact: Fact, profile: VillageProfile): TemplateResult {
    const lang = this.language;
    switch (fact.kind) {
      case 'population': {
        const figure = fact.value >= 100_000 ? formatCompact(fact.value, lang) : formatNumber(fact.value, lang);
        return html`<span class="value" part="value">${this.approximately(fact.approximation, figure)}</span>`;
      }
      case 'former-capital':
        return html`<span class="value" part="value">${msg(str`Until ${fact.until}`, { id: 'facts.until' })}</span>`;
      case 'unemployment-rate': {
        const comparison = this.text(fact.comparison, profile);
        return html`<span class="value" part="value">${formatPercent(fact.percent, lang)}</span>
          ${comparison ? html`<span class="detail" lang=${comparison.lang || nothing} dir="auto">${comparison.text}</span>` : nothing}`;
      }
      case 'location': {
        const where = this.text(fact.text, profile);
        return html`<span class="detail" part="value" lang=${where?.lang || nothing} dir="auto">${where?.text}</span>`;
      }
    }
  }

  private renderSource(fact: Fact, profile: VillageProfile): TemplateResult | typeof nothing {
    if (this.hideSources || !fact.source) return nothing;
    const source = profile.sources?.find((candidate) => candidate.id === fact.source);
    if (!source) return nothing;
    const name = this.text(source.name, profile);
    const label = name?.text ?? source.id;
    const href = safeHref(source.url);
    return html`<span class="source" part="source"
      >${msg('Source:', { id: 'facts.source' })}
      ${href
        ? html`<a href=${href} lang=${name?.lang || nothing} dir="auto"><cite>${label}</cite></a>`
        : html`<cite lang=${name?.lang || nothing} dir="auto">${label}</cite>`}</span
    >`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const facts = profile.facts ?? [];
    const place = this.text(profile.city, profile) ?? this.text(profile.name, profile);
    const groups = FACT_KINDS.map((kind) => ({ kind, facts: facts.filter((fact) => fact.kind === kind) })).filter(
      (group) => group.facts.length,
    );
    return this.renderFrame(html`
      ${heading(headingLevel(this.headingLevel), msg(str`${isolate(place?.text ?? '')} at a glance`, { id: 'facts.heading' }), { className: 'heading', part: 'heading' })}
      ${groups.length
        ? html`<dl class="facts" part="facts">
            ${groups.map(
              (group) => html`<div class="fact" part="fact" data-kind=${group.kind}>
                <dt>${this.term(group.kind)}</dt>
                ${group.facts.map((fact) => html`<dd>${this.renderValue(fact, profile)} ${this.renderSource(fact, profile)}</dd>`)}
              </div>`,
            )}
          </dl>`
        : html`<p class="empty">${msg('No facts about this place yet.', { id: 'facts.empty' })}</p>`}
      ${this.renderStaleNote(profile, view)}
    `);
  }

}
