/**
 * Where a sponsor link goes and what it says, shared by `<sos-sponsor-button>` and the call to
 * action inside `<sos-village-card>`.
 */
import type { SponsorMarket, VillageProfile } from '../../data/schema.js';
import { SOS_HOME, safeHref, withParams } from '../../internal/url.js';
import { SosSponsorClickEvent } from '../../internal/events.js';
import { own } from '../../internal/plain.js';

export interface SponsorTarget {
  /** Absolute http(s) URL, attribution included. */
  url: string;
  market?: SponsorMarket;
}

export interface SponsorOptions {
  /** National market (ISO code); the profile's default market, else its first, when unset. */
  market?: string;
  /** Overrides the data's URL; also the fallback when there is no data. */
  href?: string;
  /** Partner code, sent as `utm_source`. */
  partner?: string;
  /** Campaign code, sent as `utm_campaign`. */
  campaign?: string;
}

/** The market to use: the one asked for if the profile has it, else the default, else the first. */
export function pickMarket(profile: VillageProfile | undefined, wanted?: string): SponsorMarket | undefined {
  const markets = profile?.sponsorship?.markets ?? [];
  const code = wanted?.trim().toUpperCase();
  return (
    markets.find((m) => m.market === code) ??
    markets.find((m) => m.market === profile?.sponsorship?.defaultMarket) ??
    markets.find(() => true) // the first, never an index a page put on Array.prototype
  );
}

/**
 * The link: `href`, else the market's page, else SOS Children's Villages' own home page, so a
 * sponsor link always leads somewhere a person can sponsor.
 */
export function sponsorTarget(profile: VillageProfile | undefined, options: SponsorOptions): SponsorTarget {
  const [href, wanted, partner, campaign] = (['href', 'market', 'partner', 'campaign'] as const).map((key) => own(options, key));
  const market = pickMarket(profile, wanted);
  const base = safeHref(href, document.baseURI) ?? safeHref(market?.url) ?? SOS_HOME;
  const url =
    partner || campaign ? withParams(base, { utm_source: partner, utm_medium: 'sos-village-widgets', utm_campaign: campaign }) : base;
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
    market: target.market?.market ?? market?.toUpperCase(),
    url: target.url,
  });
  if (!host.dispatchEvent(click)) event.preventDefault();
}
