import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { safeHref } from '../../internal/url.js';
import { renderCallToAction, sponsorTarget } from '../sponsor-button/sponsor-link.js';
import { buttonStyles } from '../sponsor-button/sponsor-button.styles.js';
import { formatNumber } from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { facilityNoun } from '../../internal/labels.js';
import { words } from '../../internal/plain.js';
import { PROGRAMME_TYPES, type ProgrammeType } from '../../data/profile.types.js';
import type { Programme, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { programmeIcon } from './programme-icons.js';
import { chevronIcon } from '../../internal/icons.js';
import type { ImpactStatsLayout } from './impact-stats.types.js';
import { styles } from './impact-stats.styles.js';

/**
 * A village's impact: the total number of people it supports, then one tile per programme with
 * its facilities, the people it serves and what it does. Lays itself out by its own width: on a
 * phone the figures go two across and the descriptions wait behind a disclosure. It ends with a
 * link to the village's page and, with `sponsor`, the call to action of the reader's market.
 *
 * @summary The "Our impact" figures of a village.
 * @tag sos-impact-stats
 *
 * @slot - Fallback content shown while loading and on error (a link to the village page, say).
 *
 * @csspart base - The outer box.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart eyebrow - The village name above the heading.
 * @csspart heading - The "Our impact" heading.
 * @csspart total - The total beneficiaries line.
 * @csspart programme-list - The list of programme tiles.
 * @csspart programme - One programme tile.
 * @csspart icon - A programme's icon.
 * @csspart facilities - The "4 youth facilities" line.
 * @csspart people - The people served by a programme.
 * @csspart description - A programme's description (in the tile, from a medium width).
 * @csspart details - The "What each programme does" disclosure that holds the descriptions on a narrow grid.
 * @csspart details-summary - The disclosure's toggle.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
 * @csspart actions - The row at the end with the link to the village's page and the sponsor button.
 * @csspart village-link - The link to the village's page.
 * @csspart button - The sponsor link, styled as a button (with `sponsor`).
 *
 * @cssprop [--sos-impact-stats-columns] - Fixes the number of tile columns (by default 2, or 4 by the element's width).
 * @cssprop [--sos-impact-stats-gap=1em] - Space between tiles.
 * @cssprop [--sos-impact-stats-padding=1.5em] - Padding inside the outer box.
 * @cssprop [--sos-color-primary=#005aa7] - Figures, icons and buttons.
 * @cssprop [--sos-color-surface=#ffffff] - Background of the box.
 * @cssprop [--sos-color-surface-muted=#f1f5fa] - Background of the tiles.
 * @cssprop [--sos-color-text=#17212b] - Body text.
 * @cssprop [--sos-color-text-muted=#4b5866] - Secondary text.
 * @cssprop [--sos-color-border=#d5dde6] - Box border.
 * @cssprop [--sos-radius=12px] - Box corner radius.
 * @cssprop [--sos-font-size-base=max(1rem, 16px)] - Base text size the rest scales from.
 *
 * @fires {SosSponsorClickEvent} sos-sponsor-click - Before the browser follows the sponsor link (with `sponsor`); cancelable.
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosImpactStats extends SosDataElement {
  static override styles = [...SosDataElement.styles, buttonStyles, styles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    sponsor: { type: Boolean },
    market: {},
    partner: {},
    campaign: {},
    programmes: {},
    hideDescriptions: { type: Boolean, attribute: 'hide-descriptions', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** `grid` (tiles: two across, four on wide widths), `list` (one programme a row) or `compact` (figures only). */
  layout: ImpactStatsLayout = 'grid';

  /** Programme types to show, space-separated (`kindergarten youth-facility`); all when unset. */
  programmes?: string;

  /** Leaves out the programme descriptions. */
  hideDescriptions = false;

  /** Level of the "Our impact" heading (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Ends with the sponsor call to action beside the link to the village's page. */
  sponsor = false;

  /** National sponsorship market for the call to action (`CA`, `GB`, …), or `auto` for the reader's country. Defaults to the data's. */
  market?: string;

  /** Partner code for attribution on the sponsor link (`utm_source`). */
  partner?: string;

  /** Campaign code for attribution on the sponsor link (`utm_campaign`). */
  campaign?: string;

  /** The way on: the village's page and, with `sponsor`, the call to action. */
  private renderActions(profile: VillageProfile, name: string): TemplateResult | typeof nothing {
    const page = safeHref(profile.url);
    if (!page && !this.sponsor) return nothing;
    const target = this.sponsor
      ? sponsorTarget(profile, { market: this.market, partner: this.partner, campaign: this.campaign, lang: this.language, seesPage: this.seesPage })
      : undefined;
    return html`<div class="actions" part="actions">
      ${target ? renderCallToAction(this, target, profile, this.market, (text) => this.text(text, profile)) : nothing}
      ${page ? html`<a class="village-link" part="village-link" href=${page}>${msg(str`More about ${isolate(name)}`, { id: 'impact.more-about' })}</a>` : nothing}
    </div>`;
  }

  private shownProgrammes(all: Programme[]): Programme[] {
    const wanted = words(this.programmes, PROGRAMME_TYPES.length).filter((type): type is ProgrammeType => (PROGRAMME_TYPES as readonly string[]).includes(type));
    return wanted.length ? all.filter((programme) => wanted.includes(programme.type)) : all;
  }

  private renderFigure(value: number): TemplateResult {
    return html`<span class="figure">${formatNumber(value, this.language)}</span>`;
  }

  private facilities(programme: Programme): string {
    // The number in the reader's locale, the noun's plural form by the rules of the words' language.
    return `${formatNumber(programme.facilities, this.language)} ${facilityNoun(programme.type, programme.facilities, this.ui)}`;
  }

  private renderProgramme(programme: Programme, profile: VillageProfile, withDescription: boolean): TemplateResult {
    const label = this.text(programme.beneficiariesLabel, profile);
    const description = withDescription ? this.text(programme.description, profile) : undefined;
    return html`<li class="programme" part="programme" data-type=${programme.type}>
      <span class="icon-wrap">${programmeIcon(programme.type)}</span>
      <p class="facilities" part="facilities">${this.facilities(programme)}</p>
      <p class="people" part="people">
        ${this.renderFigure(programme.beneficiaries)}
        <span class="people-label" lang=${label?.lang || nothing} dir="auto">${label?.text}</span>
      </p>
      ${description
        ? html`<p class="description" part="description" lang=${description.lang || nothing} dir="auto">${description.text}</p>`
        : nothing}
    </li>`;
  }

  /**
   * On a narrow grid the descriptions wait behind one disclosure, so the figures fit one phone
   * screen; from a wider width the tiles show them and this is hidden.
   */
  private renderAbout(programmes: Programme[], profile: VillageProfile): TemplateResult | typeof nothing {
    const described = programmes
      .map((programme) => ({ programme, description: this.text(programme.description, profile) }))
      .filter((item) => item.description);
    if (!described.length) return nothing;
    return html`<details class="about" part="details">
      <summary class="about-summary" part="details-summary">${msg('What each programme does', { id: 'impact.about' })}${chevronIcon}</summary>
      <dl class="about-list">
        ${described.map(
          ({ programme, description }) =>
            html`<dt>${this.facilities(programme)}</dt>
              <dd lang=${description!.lang || nothing} dir="auto">${description!.text}</dd>`,
        )}
      </dl>
    </details>`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const name = this.text(profile.name, profile);
    const programmes = this.shownProgrammes(profile.impact.programmes);
    const descriptions = !this.hideDescriptions && this.layout !== 'compact';
    return this.renderFrame(html`
      <p class="eyebrow" part="eyebrow" lang=${name?.lang || nothing} dir="auto">${name?.text}</p>
      ${heading(headingLevel(this.headingLevel), msg('Our impact', { id: 'impact.heading' }), { className: 'heading', part: 'heading' })}
      <p class="total" part="total">
        ${this.renderFigure(profile.impact.totalBeneficiaries)}
        <span class="total-label">${msg('Beneficiaries', { id: 'impact.beneficiaries' })}</span>
      </p>
      ${programmes.length
        ? html`<ul class="programmes" part="programme-list" role="list">
            ${programmes.map((programme) => this.renderProgramme(programme, profile, descriptions))}
          </ul>`
        : nothing}
      ${descriptions && this.layout !== 'list' ? this.renderAbout(programmes, profile) : nothing}
      ${this.renderActions(profile, name?.text ?? '')} ${this.renderStaleNote(profile, view)}
    `);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton-heading"></span>
      <span class="skeleton skeleton-total"></span>
      <div class="skeleton-tiles">
        <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>
      </div>`;
  }
}
