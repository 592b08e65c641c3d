import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SosDataElement, isolate } from '../../internal/data-element.js';
import { safeHref } from '../../data/url.js';
import { arrowIcon } from '../../internal/icons.js';
import { formatNumber } from '../../internal/format.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import type { VillageProfile } from '../../data/schema.js';
import type { VillageData } from '../../internal/village-data-controller.js';
import { forReadersOf, renderAppeal, renderCallToAction, sponsorTarget } from '../sponsor-button/sponsor-link.js';
import { sourceLine, sourcePlaceholder } from '../../internal/source.js';
import { peopleSupported } from '../impact-stats/people.js';
import { SOS_HOME } from '../../data/url.js';
import { buttonStyles } from '../sponsor-button/sponsor-button.styles.js';
import { flagArt } from './flags.js';
import { pictureTemplate } from '../../internal/focus.js';
import { styles } from './village-card.styles.js';

/**
 * A village at a glance: picture, flag and place, name, summary, the number of people it supports,
 * the call to action of the reader's market and a link to its page, then the source line. The
 * picture sits above the text; side by side only from 760px of the card's own width, where the
 * picture keeps its 4:3 crop. The market's appeal shows only with `appeal`.
 *
 * @summary A village at a glance.
 * @tag sos-village-card
 *
 * @slot - Fallback content shown while loading and on error.
 *
 * @csspart base - The outer box.
 * @csspart media - The picture's box.
 * @csspart image - The picture.
 * @csspart credit - The picture credit.
 * @csspart body - Everything beside or under the picture.
 * @csspart place - The flag, city and country line.
 * @csspart flag - The country flag.
 * @csspart name - The village name (a heading, never larger than 1.25 times the page's text).
 * @csspart summary - The short description.
 * @csspart total - The number of people supported.
 * @csspart appeal-text - The market's appeal before the call to action (with `appeal`).
 * @csspart actions - The row holding the sponsor button and the learn-more link.
 * @csspart button - The sponsor link, styled as an outlined button.
 * @csspart learn-more - The link to the village's page.
 * @csspart note - The market's note, for readers of that market.
 * @csspart attribution - The source line.
 * @csspart attribution-link - The link to the village's page in the source line.
 * @csspart status - The wrapper shown while loading or on error.
 * @csspart error-message - The short message shown on error when there is no fallback content.
 * @csspart stale-note - The note shown when older figures are shown because newer ones could not load.
 *
 * @cssprop [--sos-village-card-padding=var(--sos-space-m, 1em)] - Padding around the text.
 *
 * @fires {SosSponsorClickEvent} sos-sponsor-click - Before the browser follows the sponsor link (click, Enter or middle click); cancelable.
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillageCard extends SosDataElement {
  static override styles = [...SosDataElement.styles, buttonStyles, styles];

  static override properties: PropertyDeclarations = {
    market: {},
    partner: {},
    campaign: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    appeal: { type: Boolean },
  };

  /** National sponsorship market for the call to action (`CA`, `GB`, …), or `auto` for the reader's country. Defaults to the data's. */
  market?: string;

  /** Partner code for attribution on the sponsor link (`utm_source`). */
  partner?: string;

  /** Campaign code for attribution on the sponsor link (`utm_campaign`). */
  campaign?: string;

  /** Level of the village-name heading (2–6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Shows the market's appeal (why to sponsor, in its words) before the call to action. */
  appeal = false;

  private renderFlag(code: string): TemplateResult {
    const art = flagArt(code);
    return html`<span class="flag" part="flag" aria-hidden="true">
      ${
        art
          ? html`<svg viewBox="0 0 60 30" preserveAspectRatio="xMidYMid slice" focusable="false">${art}</svg>`
          : html`<span class="flag-code">${code}</span>`
      }
    </span>`;
  }

  private renderMedia(profile: VillageProfile): TemplateResult | typeof nothing {
    const image = profile.media?.find(() => true); // the first, never an index a page put on Array.prototype
    const src = safeHref(image?.src);
    if (!image || !src) return nothing;
    const alt = this.text(image.alt, profile);
    const credit = this.text(image.credit, profile);
    return html`<figure class="media" part="media">
      ${pictureTemplate(image, src, alt)}
      ${credit ? html`<figcaption class="credit" part="credit" lang=${credit.lang || nothing} dir="auto">${credit.text}</figcaption>` : nothing}
    </figure>`;
  }

  private renderActions(profile: VillageProfile, nameText: string): TemplateResult {
    const target = sponsorTarget(profile, {
      market: this.market,
      partner: this.partner,
      campaign: this.campaign,
      lang: this.language,
      seesPage: this.seesPage,
    });
    const learnMore = safeHref(profile.url);
    const forReader = forReadersOf(target.market, this.market, this.language, this.seesPage);
    const note = target.market && forReader ? this.text(target.market.note, profile) : undefined;
    return html`${target.market && this.appeal ? renderAppeal(target.market, (text) => this.text(text, profile)) : nothing}
      <div class="actions" part="actions">
        ${renderCallToAction(this, target, profile, this.market, (text) => this.text(text, profile))}
        ${
          learnMore
            ? html`<a class="link" part="learn-more" href=${learnMore}
              >${msg('Learn more', { id: 'card.learn-more' })}<span class="visually-hidden"> ${msg(str`about ${isolate(nameText)}`, { id: 'card.learn-more-about' })}</span></a
            >`
            : nothing
        }
      </div>
      ${note ? html`<p class="note" part="note" lang=${note.lang || nothing} dir="auto">${note.text}</p>` : nothing}`;
  }

  protected renderReady(profile: VillageProfile, view: VillageData): TemplateResult {
    const name = this.text(profile.name, profile);
    const city = this.text(profile.city, profile);
    const country = this.text(profile.country.name, profile);
    const summary = this.text(profile.summary, profile);
    const place = [city, country].filter((part) => part !== undefined);
    const total = profile.impact.totalBeneficiaries;
    return this.renderFrame(html`<div class="layout">
      ${this.renderMedia(profile)}
      <div class="body" part="body">
        <p class="place" part="place">
          ${this.renderFlag(profile.country.code)}
          <span>${place.map((part, i) => html`${i ? ', ' : ''}<span lang=${part!.lang || nothing} dir="auto">${part!.text}</span>`)}</span>
        </p>
        ${heading(headingLevel(this.headingLevel), name?.text, { className: 'heading name', part: 'name', lang: name?.lang })}
        ${summary ? html`<p class="summary" part="summary" lang=${summary.lang || nothing} dir="auto">${summary.text}</p>` : nothing}
        <p class="total" part="total">
          <span class="total-figure">${formatNumber(total, this.language)}</span>
          <span class="total-label">${peopleSupported(total, this.ui)}</span>
        </p>
        ${this.renderActions(profile, name?.text ?? '')} ${this.renderStaleNote(profile, view)} ${sourceLine(profile, this.language, 'figures')}
      </div>
    </div>`);
  }

  /**
   * The card's shape with its fixed words drawn at once (the buttons' text, the source line); the
   * picture, the place, the name, the summary and the figure as shapes of the sample's size.
   */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="layout">
      <span class="skeleton skeleton-image"></span>
      <div class="body">
        <span class="place"><span class="skeleton skeleton-flag"></span><span class="skeleton skeleton-inline skeleton-place"></span></span>
        <span class="heading name"><span class="skeleton-lines skeleton-name"></span></span>
        <span class="skeleton-lines skeleton-summary"></span>
        <span class="total"
          ><span class="total-figure"><span class="skeleton skeleton-inline skeleton-figure"></span></span
          ><span class="total-label">${peopleSupported(100, this.ui)}</span></span
        >
        ${this.appeal ? html`<span class="appeal skeleton-appeal"><span class="skeleton-lines skeleton-p1"></span><span class="skeleton-lines skeleton-p2"></span></span>` : nothing}
        <span class="actions" aria-hidden="true">
          <span class="button button--outline">${msg('Sponsor a child', { id: 'sponsor.default-label' })}${arrowIcon}</span>
          <span class="link">${msg('Learn more', { id: 'card.learn-more' })}</span>
        </span>
        ${sourcePlaceholder('figures')}
      </div>
    </div>`;
  }

  /** On error: one short line and a real sponsor link, in the card's box. */
  protected override renderError(): TemplateResult {
    const target = sponsorTarget(undefined, { market: this.market, partner: this.partner, campaign: this.campaign });
    return this.renderFrame(html`<div class="body body--error" part="error-message">
      <p class="error-text">${this.errorMessage()}</p>
      <div class="actions">
        <a class="button button--outline" part="button" href=${safeHref(target.url) ?? SOS_HOME}
          >${msg('Sponsor a child', { id: 'sponsor.default-label' })}${arrowIcon}</a
        >
      </div>
    </div>`);
  }
}
