/**
 * Where a sponsor link goes and what it says, shared by `<sos-sponsor-button>` and the calls to
 * action inside `<sos-village-card>` and `<sos-impact-stats>`.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { arrowIcon } from '../../internal/icons.js';
import type { LocalizedText, SponsorMarket, VillageProfile } from '../../data/schema.js';
import type { PickedText } from '../../data/text.js';
import { SOS_HOME, documentBase, safeHref, withParams } from '../../data/url.js';
import { SosSponsorClickEvent } from '../../internal/events.js';
import { own, stringOr } from '../../data/plain.js';

export interface SponsorTarget {
  /** Absolute http(s) URL, attribution included. */
  url: string;
  market?: SponsorMarket;
}

export interface SponsorOptions {
  /** National market (ISO code), or `auto` for the reader's; the profile's default market, else its first, when unset. */
  market?: string;
  /** The language the widget speaks (`fr-CA`): its region comes first for `market="auto"`. */
  lang?: string;
  /** Overrides the data's URL; also the fallback when there is no data. */
  href?: string;
  /** Partner code, sent as `utm_source`. */
  partner?: string;
  /** Campaign code, sent as `utm_campaign`. */
  campaign?: string;
  /**
   * Whether the document's base URL (for a relative `href`) and the reader's browser languages
   * (for `market="auto"`) may be used: default true, never on the server. False draws what a
   * server draws, for the render that hydrates it.
   */
  seesPage?: boolean;
}

/** The market code a page asked for (`" gb "` → `GB`), for events; none for `auto` or a non-string. */
function marketCode(market: unknown): string | undefined {
  const code = stringOr(market)?.trim().toUpperCase();
  return code && code !== 'AUTO' ? code : undefined;
}

/** Regions already found: `market="auto"` asks on every render of every call to action. */
const regions = new Map<string, string | undefined>();

/** The region of a language tag (`fr-CA` → `CA`), if it names one. */
function regionOf(tag: string): string | undefined {
  if (regions.has(tag)) return regions.get(tag);
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag).region;
  } catch {
    region = undefined;
  }
  if (regions.size >= 64) regions.clear();
  regions.set(tag, region);
  return region;
}

/**
 * The countries a reader is most likely in, most likely first: the region of the page's (or the
 * widget's) language, then those of the reader's browser languages. Languages without a region
 * (`fr`, `ru`) say nothing about a country and are skipped.
 */
export function readerRegions(lang?: string, seesPage = true): string[] {
  const reader = isServer || !seesPage || typeof navigator === 'undefined' ? [] : browserLanguages();
  const tags = [lang, ...reader].filter((tag): tag is string => typeof tag === 'string');
  return tags.map(regionOf).filter((region): region is string => !!region);
}

/**
 * The reader's browser languages. A page may have replaced `navigator.languages` with anything,
 * a getter that throws included: a few entries of a real list, else none.
 */
function browserLanguages(): unknown[] {
  try {
    const languages: unknown = navigator.languages;
    return Array.isArray(languages) ? languages.slice(0, 16) : [];
  } catch {
    return [];
  }
}

/**
 * The market to use: the one asked for if the profile has it (for `auto`, the first of the reader's
 * countries it has), else the default, else the first.
 */
export function pickMarket(
  profile: VillageProfile | undefined,
  wanted?: string,
  lang?: string,
  seesPage = true,
): SponsorMarket | undefined {
  const markets = profile?.sponsorship?.markets ?? [];
  const code = stringOr(wanted)?.trim().toUpperCase();
  const codes = code === 'AUTO' ? readerRegions(lang, seesPage) : [code];
  return (
    codes.map((c) => markets.find((m) => m.market === c)).find((m) => m !== undefined) ??
    markets.find((m) => m.market === profile?.sponsorship?.defaultMarket) ??
    markets.find(() => true) // the first, never an index a page put on Array.prototype
  );
}

/**
 * The link: `href`, else the market's page, else SOS Children's Villages' own home page, so a
 * sponsor link always leads somewhere a person can sponsor.
 */
export function sponsorTarget(profile: VillageProfile | undefined, options: SponsorOptions): SponsorTarget {
  const [href, wanted, partner, campaign, lang] = (['href', 'market', 'partner', 'campaign', 'lang'] as const).map(
    (key) => own(options, key),
  );
  const seesPage = own(options, 'seesPage') !== false;
  const market = pickMarket(profile, wanted, lang, seesPage);
  const base = safeHref(href, seesPage ? documentBase() : undefined) ?? safeHref(market?.url) ?? SOS_HOME;
  const url =
    partner || campaign
      ? withParams(base, { utm_source: partner, utm_medium: 'sos-village-widgets', utm_campaign: campaign })
      : base;
  return { url, market };
}

/**
 * Fires the cancelable `sos-sponsor-click` from `host` for an activation of a sponsor link (a
 * click, Enter, or a middle click, which browsers report as `auxclick`), and stops the navigation
 * when a listener cancels it.
 */
export function announceSponsorClick(
  host: HTMLElement,
  event: MouseEvent,
  target: SponsorTarget,
  profile: VillageProfile | undefined,
  market?: string,
): void {
  if (event.type === 'auxclick' && event.button !== 1) return; // a right click opens a menu, not the link
  const click = new SosSponsorClickEvent({
    villageId: profile?.id,
    market: target.market?.market ?? marketCode(market),
    url: target.url,
  });
  if (!host.dispatchEvent(click)) event.preventDefault();
}

/** The market's appeal, paragraph by paragraph, each in the best language the data has. */
export function renderAppeal(
  market: SponsorMarket,
  pick: (text: LocalizedText) => PickedText | undefined,
): TemplateResult | typeof nothing {
  const paragraphs = (market.appeal ?? []).flatMap((paragraph) => {
    const picked = pick(paragraph);
    return picked ? [picked] : [];
  });
  if (!paragraphs.length) return nothing;
  return html`<div class="appeal" part="appeal-text">
    ${paragraphs.map((p) => html`<p lang=${p.lang || nothing} dir="auto">${p.text}</p>`)}
  </div>`;
}

/**
 * The call to action of the card and the impact block: the market's words on an outlined button to
 * its page (`<sos-sponsor-button>` is the filled, primary one), announcing each activation. `pick` gives a profile text in the host's language.
 */
export function renderCallToAction(
  host: HTMLElement,
  target: SponsorTarget,
  profile: VillageProfile,
  market: string | undefined,
  pick: (text: LocalizedText) => PickedText | undefined,
): TemplateResult {
  const label = target.market ? pick(target.market.callToAction) : undefined;
  const activate = (event: MouseEvent) => announceSponsorClick(host, event, target, profile, market);
  return html`<a class="button button--outline" part="button" href=${safeHref(target.url) ?? SOS_HOME} @click=${activate} @auxclick=${activate}
    ><span lang=${label?.lang || nothing} dir="auto">${label?.text ?? msg('Sponsor a child', { id: 'sponsor.default-label' })}</span>${arrowIcon}</a
  >`;
}

/**
 * Whether the market's note (a tax receipt, say) concerns this reader: the page named the market
 * (`market="CA"`), or it is one of the reader's countries (`readerRegions`). A market given only
 * as the data's default, to a reader from elsewhere, keeps its note to itself.
 */
export function forReadersOf(
  market: SponsorMarket | undefined,
  wanted: unknown,
  lang?: string,
  seesPage = true,
): boolean {
  if (!market) return false;
  const code = stringOr(wanted)?.trim().toUpperCase();
  return code === market.market || readerRegions(lang, seesPage).includes(market.market);
}
