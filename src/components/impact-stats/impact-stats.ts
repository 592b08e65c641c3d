import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { SOS_HOME, safeHref } from '../../data/url.js';
import { sourceLine, sourcePlaceholder } from '../../internal/source.js';
import { peopleSupported } from './people.js';
import { renderCallToAction, sponsorTarget } from '../sponsor-button/sponsor-link.js';
import { buttonStyles } from '../sponsor-button/sponsor-button.styles.js';
import { formatNumber } from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { facilityNoun } from '../../internal/labels.js';
import { words } from '../../data/plain.js';
import { PROGRAMME_TYPES, type ProgrammeType } from '../../data/profile.types.js';
import type { Programme, VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { programmeIcon } from './programme-icons.js';
import { arrowIcon, chevronIcon } from '../../internal/icons.js';
import type { ImpactStatsLayout } from './impact-stats.types.js';
import { styles } from './impact-stats.styles.js';

/**
 * A village's figures, as a news page shows a third party's: under a third-person heading
 * ("SOS Children's Village Almaty in figures"; `heading-text` sets another, "Our impact" on the charity's
 * own site), the number of people it supports, then one tile per programme that leads with its
 * figure and label, the facilities as a secondary line ("in 1 kindergarten") and, from 530px of
 * the element's own width, what the programme does. Narrower, the descriptions wait behind one
 * disclosure so the figures fit a phone screen. It ends with a link to the village's page, with
 * `sponsor` the call to action of the reader's market, and the source line with the date of the
 * figures.
 *
 * @summary A village's figures, attributed to SOS Children's Villages.
 * @tag sos-impact-stats
 *
 * @slot - Fallback content shown while loading and on error (a link to the village page, say).
 *
 * @csspart base - The outer box.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart eyebrow - The village name above a heading set with `heading-text`.
 * @csspart heading - The heading.
 * @csspart total - The number of people supported.
 * @csspart programme-list - The list of programme tiles.
 * @csspart programme - One programme tile.
 * @csspart icon - A programme's icon.
 * @csspart people - A programme's figure and its label.
 * @csspart facilities - The "in 4 youth facilities" line.
 * @csspart description - A programme's description (in the tile, from 530px of the element's width).
 * @csspart details - The "What each programme does" disclosure that holds the descriptions on a narrow width.
 * @csspart details-summary - The disclosure's toggle.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
 * @csspart actions - The row at the end with the link to the village's page and the sponsor button.
 * @csspart village-link - The link to the village's page.
 * @csspart button - The sponsor link, styled as an outlined button (with `sponsor`).
 * @csspart attribution - The source line.
 * @csspart attribution-link - The link to the village's page in the source line.
 *
 * @cssprop [--sos-impact-stats-columns=1] - Programmes side by side: 1 by default, 2 from 640px with `layout="compact"` or `hide-descriptions`.
 * @cssprop [--sos-impact-stats-gap=var(--sos-space-m, 1em)] - Space between a figure and its words, and between columns of programmes.
 * @cssprop [--sos-impact-stats-padding=var(--sos-space-m, 1em)] - Padding inside the outer box (1.5em from 448px).
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
    headingText: { attribute: 'heading-text' },
  };

  /** `grid` (tiles: two across, four on wide widths), `list` (one programme a row) or `compact` (figures only). */
  layout: ImpactStatsLayout = 'grid';

  /** Programme types to show, space-separated (`kindergarten youth-facility`); all when unset. */
  programmes?: string;

  /** Leaves out the programme descriptions. */
  hideDescriptions = false;

  /** Level of the heading (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Plain text for the heading instead of "<village> in figures" (the charity's own site: "Our impact"); the village's name then shows above it. */
  headingText?: string;

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
      ? sponsorTarget(profile, {
          market: this.market,
          partner: this.partner,
          campaign: this.campaign,
          lang: this.language,
          seesPage: this.seesPage,
        })
      : undefined;
    return html`<div class="actions" part="actions">
      ${target ? renderCallToAction(this, target, profile, this.market, (text) => this.text(text, profile)) : nothing}
      ${page ? html`<a class="village-link" part="village-link" href=${page}>${msg(str`More about ${isolate(name)}`, { id: 'impact.more-about' })}</a>` : nothing}
    </div>`;
  }

  private shownProgrammes(all: Programme[]): Programme[] {
    const wanted = words(this.programmes, PROGRAMME_TYPES.length).filter((type): type is ProgrammeType =>
      (PROGRAMME_TYPES as readonly string[]).includes(type),
    );
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
      <p class="people" part="people">
        ${this.renderFigure(programme.beneficiaries)}
        <span class="people-label" lang=${label?.lang || nothing} dir="auto">${label?.text}</span>
      </p>
      <p class="facilities" part="facilities">
        <span class="icon-wrap">${programmeIcon(programme.type)}</span><span>${msg(str`in ${this.facilities(programme)}`, { id: 'impact.in-facilities' })}</span>
      </p>
      ${
        description
          ? html`<p class="description" part="description" lang=${description.lang || nothing} dir="auto">${description.text}</p>`
          : nothing
      }
    </li>`;
  }

  /**
   * On a narrow grid the descriptions wait behind one disclosure, so the figures fit one phone
   * screen; from 530px the tiles show them and this is hidden.
   */
  private renderAbout(programmes: Programme[], profile: VillageProfile): TemplateResult | typeof nothing {
    const described = programmes
      .map((programme) => ({
        programme,
        label: this.text(programme.beneficiariesLabel, profile),
        description: this.text(programme.description, profile),
      }))
      .filter((item) => item.description);
    if (!described.length) return nothing;
    return html`<details class="about" part="details">
      <summary class="about-summary" part="details-summary">${msg('What each programme does', { id: 'impact.about' })}${chevronIcon}</summary>
      <dl class="about-list">
        ${described.map(
          ({ programme, label, description }) =>
            html`<dt lang=${label?.lang || nothing} dir="auto">${label?.text ?? this.facilities(programme)}</dt>
              <dd lang=${description!.lang || nothing} dir="auto">${description!.text}</dd>`,
        )}
      </dl>
    </details>`;
  }

  /** The heading: the page's own words, else "<village> in figures". */
  private headingWords(name: string | undefined): string {
    const own = this.headingText?.trim();
    if (own) return own;
    return msg(str`${isolate(name ?? msg('SOS Children’s Villages', { id: 'source.charity' }))} in figures`, {
      id: 'impact.heading-named',
    });
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const name = this.text(profile.name, profile);
    const programmes = this.shownProgrammes(profile.impact.programmes);
    const descriptions = !this.hideDescriptions && this.layout !== 'compact';
    const total = profile.impact.totalBeneficiaries;
    return this.renderFrame(html`
      ${this.headingText?.trim() ? html`<p class="eyebrow" part="eyebrow" lang=${name?.lang || nothing} dir="auto">${name?.text}</p>` : nothing}
      ${heading(headingLevel(this.headingLevel), this.headingWords(name?.text), { className: 'heading', part: 'heading' })}
      <p class="total" part="total">
        ${this.renderFigure(total)}
        <span class="total-label">${peopleSupported(total, this.ui)}</span>
      </p>
      ${
        programmes.length
          ? html`<ul class="programmes" part="programme-list" role="list">
            ${programmes.map((programme) => this.renderProgramme(programme, profile, descriptions))}
          </ul>`
          : nothing
      }
      ${descriptions && this.layout !== 'list' ? this.renderAbout(programmes, profile) : nothing}
      ${this.renderActions(profile, name?.text ?? '')} ${this.renderStaleNote(profile, view)} ${sourceLine(profile, this.language, 'figures')}
    `);
  }

  /**
   * The block's shape with its fixed words drawn at once (labels, the disclosure, the source line);
   * the name, the figures and the programmes' labels as shapes of the sample's size.
   */
  protected override renderSkeleton(): TemplateResult {
    const own = this.headingText?.trim();
    const descriptions = !this.hideDescriptions && this.layout !== 'compact';
    const tile = html`<li class="programme">
      <span class="people"><span class="figure"><span class="skeleton skeleton-inline skeleton-figure"></span></span><span class="people-label skeleton-lines skeleton-label">&nbsp;</span></span>
      <span class="facilities"><span class="skeleton skeleton-inline skeleton-facilities"></span></span>
      ${descriptions ? html`<span class="description skeleton-lines skeleton-description"></span>` : nothing}
    </li>`;
    return html`<div class="skeleton-frame" aria-hidden="true">
      ${own ? html`<span class="eyebrow"><span class="skeleton skeleton-inline skeleton-eyebrow"></span></span>` : nothing}
      <span class="heading">${own ?? html`<span class="skeleton-lines skeleton-heading-lines"></span>`}</span>
      <span class="total"><span class="figure"><span class="skeleton skeleton-inline skeleton-total-figure"></span></span><span class="total-label">${peopleSupported(100, this.ui)}</span></span>
      <ul class="programmes" role="list">${tile}${tile}${tile}${tile}</ul>
      ${
        descriptions && this.layout !== 'list'
          ? html`<div class="about"><span class="about-summary">${msg('What each programme does', { id: 'impact.about' })}${chevronIcon}</span></div>`
          : nothing
      }
      <span class="actions"><span class="village-link"><span class="skeleton-lines skeleton-village-link"></span></span></span>
      ${sourcePlaceholder('figures')}
    </div>`;
  }

  /** On error: the block's box with one short line and a way on (with `sponsor`, a real sponsor link). */
  protected override renderError(): TemplateResult {
    const target = this.sponsor
      ? sponsorTarget(undefined, { market: this.market, partner: this.partner, campaign: this.campaign })
      : undefined;
    return this.renderFrame(html`<div class="error-body" part="error-message">
      <p class="error-text">${msg('The figures could not be loaded.', { id: 'impact.error' })}</p>
      <div class="actions">
        ${
          target
            ? html`<a class="button button--outline" part="button" href=${safeHref(target.url) ?? SOS_HOME}
              >${msg('Sponsor a child', { id: 'sponsor.default-label' })}${arrowIcon}</a
            >`
            : html`<a class="village-link" href=${SOS_HOME}>${msg('Visit SOS Children’s Villages', { id: 'status.way-on' })}</a>`
        }
      </div>
    </div>`);
  }
}
