/**
 * The library's events: typed, bubbling, composed, named `sos-*`, each with its detail typed.
 */
import type { VillageProfile } from '../data/schema.js';
import type { VillageDataError } from '../data/errors.js';
import type { VillageData } from './village-data-controller.js';

export interface SosLoadDetail {
  profile: VillageProfile;
  /** True when a kept copy is shown because a fresh one could not be had. */
  stale: boolean;
}

export interface SosErrorDetail {
  error: VillageDataError;
}

export interface SosSponsorClickDetail {
  /** The village's id, or undefined when the button works from its `href` fallback alone. */
  villageId: string | undefined;
  /** The national sponsorship market (ISO country code) the link goes to. */
  market: string | undefined;
  /** The URL the browser is about to open, attribution parameters included. */
  url: string;
}

/** A profile is shown: once for each distinct profile (a refreshed copy equal to the one shown does not fire again). */
export class SosLoadEvent extends CustomEvent<SosLoadDetail> {
  constructor(detail: SosLoadDetail) {
    super('sos-load', { bubbles: true, composed: true, detail });
  }
}

/** The profile could not be had and there is no copy to show. */
export class SosErrorEvent extends CustomEvent<SosErrorDetail> {
  constructor(detail: SosErrorDetail) {
    super('sos-error', { bubbles: true, composed: true, detail });
  }
}

/** The sponsor link was activated; `preventDefault()` stops the navigation. */
export class SosSponsorClickEvent extends CustomEvent<SosSponsorClickDetail> {
  constructor(detail: SosSponsorClickDetail) {
    super('sos-sponsor-click', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sos-load': SosLoadEvent;
    'sos-error': SosErrorEvent;
    'sos-sponsor-click': SosSponsorClickEvent;
  }
}

/** What an element last announced: the view it showed ready, or the error. */
export interface Announced {
  load?: VillageData;
  error?: unknown;
}

/** Whether two ready views show the same profile: the same object, else the same content. */
const sameProfile = (a: VillageData, b: VillageData) =>
  a === b || a.profile === b.profile || (a.fingerprint ?? a.profile) === (b.fingerprint ?? b.profile);

/**
 * Fires `sos-load` or `sos-error` from `target` when what it shows differs from what it last
 * announced: `sos-load` once per distinct profile shown (a fresh copy equal to the kept one shown
 * before it, or the same profile after the element moved in the page, does not fire again),
 * `sos-error` once per failure. Loading in between changes nothing.
 */
export function announce(target: EventTarget, view: VillageData, last: Announced): void {
  if (view.state === 'ready' && view.profile) {
    // The first profile is announced without its fingerprint: working that out is for a second one.
    if (last.load && sameProfile(last.load, view)) return;
    last.load = view;
    last.error = undefined;
    target.dispatchEvent(new SosLoadEvent({ profile: view.profile, stale: view.stale }));
  } else if (view.state === 'error' && view.error && view.error !== last.error) {
    last.error = view.error;
    last.load = undefined;
    target.dispatchEvent(new SosErrorEvent({ error: view.error }));
  }
}
