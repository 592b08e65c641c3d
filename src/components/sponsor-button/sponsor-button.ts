import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { SosDataElement } from '../../internal/data-element.js';
import { arrowIcon } from '../../internal/icons.js';
import type { VillageProfile } from '../../data/schema.js';
import {
  announceSponsorClick,
  forReadersOf,
  renderAppeal,
  sponsorTarget,
  type SponsorOptions,
  type SponsorTarget,
} from './sponsor-link.js';
import { sourceLine, sourcePlaceholder } from '../../internal/source.js';
import { SOS_HOME, safeHref } from '../../data/url.js';
import {
  LINK_TARGETS,
  type LinkTarget,
  type SponsorButtonSize,
  type SponsorButtonVariant,
} from './sponsor-button.types.js';
import { buttonStyles, styles } from './sponsor-button.styles.js';

/**
 * The "Sponsor a child" call to action, as one attributed module: with `appeal`, the market's
 * appeal (quoted, in the charity's words), then a real link styled as the page's primary button
 * (the whole width on a phone), the market's note ("You will receive a Canadian charitable tax
 * receipt") for readers of that market only, and the source line. `market="auto"` picks the
 * reader's country; the note and the link always belong to the market shown. With an `href` it
 * works before the data arrives; when the data fails it still leads to the `href`, else to SOS
 * Children's Villages' home page.
 *
 * @summary A sponsor link that always works.
 * @tag sos-sponsor-button
 *
 * @slot - Fallback content shown while loading and on error instead of the built-in link.
 *
 * @csspart base - The module around the appeal, the button, its note and the source line.
 * @csspart appeal-text - The market's appeal before the button (with `appeal`).
 * @csspart button - The link itself.
 * @csspart label - The call-to-action text.
 * @csspart note - The market's note under the button, for readers of that market.
 * @csspart attribution - The source line.
 * @csspart attribution-link - The link to the village's page in the source line.
 * @csspart status - The wrapper shown while loading or on error.
 *
 * @cssprop [--sos-sponsor-button-padding=var(--sos-space-m, 1em)] - Padding inside the call-to-action module.
 * @cssprop [--sos-button-radius=var(--sos-radius-small, 6px)] - Corners of the sponsor link drawn as a button (here, in the card and in the impact figures).
 *
 * @fires {SosSponsorClickEvent} sos-sponsor-click - Before the browser follows the link (click, Enter or middle click); cancelable. Detail: `villageId`, `market`, `url`.
 * @fires {SosLoadEvent} sos-load - A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again).
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosSponsorButton extends SosDataElement {
  static override styles = [...SosDataElement.styles, buttonStyles, styles];

  static override properties: PropertyDeclarations = {
    market: {},
    href: {},
    partner: {},
    campaign: {},
    variant: { reflect: true },
    size: { reflect: true },
    target: {},
    hideNote: { type: Boolean, attribute: 'hide-note' },
    appeal: { type: Boolean },
    block: { type: Boolean, reflect: true },
  };

  /**
   * National sponsorship market, as an ISO country code (`CA`, `GB`, …), or `auto` for the reader's
   * country (from the page's language region, `fr-CA`, then the browser's languages). Defaults to
   * the data's default market, also when the reader's country has none.
   */
  market?: string;

  /** Sponsor page URL: overrides the data's, and keeps the button working when the data fails. https only (plain http is upgraded), never with a user name or password. */
  href?: string;

  /** Partner code for attribution, sent as `utm_source`. */
  partner?: string;

  /** Campaign code for attribution, sent as `utm_campaign`. */
  campaign?: string;

  /** `primary` (filled), `secondary` (outlined) or `inverse` (for dark backgrounds). */
  variant: SponsorButtonVariant = 'primary';

  /** `small`, `medium` or `large`. */
  size: SponsorButtonSize = 'medium';

  /** Where the link opens: `_self` (default) or `_blank`, which adds `rel="noopener"`. */
  target?: LinkTarget;

  /** Leaves out the note under the button. */
  hideNote = false;

  /** Shows the market's appeal (why to sponsor, in its words) before the button. */
  appeal = false;

  /** Stretches the button to the full width of its container. */
  block = false;

  private linkOptions(): SponsorOptions {
    return {
      href: this.href,
      market: this.market,
      partner: this.partner,
      campaign: this.campaign,
      lang: this.language,
      seesPage: this.seesPage,
    };
  }

  /** The appeal's shape while the data loads: its paragraphs, as many lines as the sample's take. */
  private renderAppealPlaceholder(): TemplateResult | typeof nothing {
    if (!this.appeal) return nothing;
    return html`<div class="skeleton-appeal" aria-hidden="true">
      <span class="skeleton-paragraph skeleton-paragraph--1"></span><span class="skeleton-paragraph skeleton-paragraph--2"></span>
    </div>`;
  }

  private renderButton(target: SponsorTarget, profile: VillageProfile | undefined): TemplateResult {
    const market = profile ? target.market : undefined;
    const label = market ? this.text(market.callToAction, profile!) : undefined;
    const forReader = market && !this.hideNote && forReadersOf(market, this.market, this.language, this.seesPage);
    const note = forReader ? this.text(market.note, profile!) : undefined;
    const opensNew = this.target === '_blank';
    const safeTarget = this.target && (LINK_TARGETS as readonly string[]).includes(this.target) ? this.target : nothing;
    const activate = (event: MouseEvent) => announceSponsorClick(this, event, target, profile, this.market);
    const loading = this.state === 'loading';
    return this.renderFrame(html`
      ${market && this.appeal ? renderAppeal(market, (text) => this.text(text, profile!)) : loading ? this.renderAppealPlaceholder() : nothing}
      <a
        class="button button--${this.variant} button--${this.size}"
        part="button"
        href=${safeHref(target.url) ?? SOS_HOME}
        target=${safeTarget}
        rel=${opensNew ? 'noopener' : nothing}
        aria-describedby=${note ? 'note' : nothing}
        @click=${activate}
        @auxclick=${activate}
      >
        <span class="label" part="label" lang=${label?.lang || nothing} dir="auto">${label?.text ?? msg('Sponsor a child', { id: 'sponsor.default-label' })}</span>
        ${arrowIcon}
        ${opensNew ? html`<span class="visually-hidden">${msg('(opens in a new tab)', { id: 'link.new-tab' })}</span>` : nothing}
      </a>
      ${note ? html`<p class="note" part="note" id="note" lang=${note.lang || nothing} dir="auto">${note.text}</p>` : nothing}
      ${profile ? sourceLine(profile, this.language, 'text') : loading ? sourcePlaceholder('text') : nothing}
    `);
  }

  protected override renderFrame(content: unknown): TemplateResult {
    return html`<div class="base" part="base">${content}</div>`;
  }

  protected renderReady(profile: VillageProfile): TemplateResult {
    return this.renderButton(sponsorTarget(profile, this.linkOptions()), profile);
  }

  /** The module with its fixed words (the button's, the source line's) drawn at once. */
  protected override renderSkeleton(): TemplateResult {
    return html`${this.renderAppealPlaceholder()}
      <span class="button button--${this.variant} button--${this.size}" aria-hidden="true"
        ><span class="label">${msg('Sponsor a child', { id: 'sponsor.default-label' })}</span>${arrowIcon}</span
      >
      ${this.renderNotePlaceholder()} ${sourcePlaceholder('text')}`;
  }

  /** A line for the note where the page names its market (its readers see the note). */
  private renderNotePlaceholder(): TemplateResult | typeof nothing {
    const named = typeof this.market === 'string' && this.market.trim() && this.market.trim().toUpperCase() !== 'AUTO';
    return named && !this.hideNote
      ? html`<span class="note" aria-hidden="true"><span class="skeleton skeleton-inline skeleton-note"></span></span>`
      : nothing;
  }

  protected override renderState(): TemplateResult {
    // The donation is never lost: with an href the button works before the data arrives, and on
    // error it leads to the href or to SOS Children's Villages, unless the page gave its own fallback.
    const working = this.state === 'error' ? !this.hasFallbackChildren() : this.state === 'loading' && this.href;
    return working ? this.renderButton(sponsorTarget(undefined, this.linkOptions()), undefined) : super.renderState();
  }
}
