/**
 * The event props of the React wrappers: `onSosLoad`, `onSosError` and, on the elements with a
 * sponsor link, `onSosSponsorClick`, each typed with the library's own event class.
 */
import type { EventName } from '@lit/react';
import type { SosErrorEvent, SosLoadEvent, SosSponsorClickEvent } from '../internal/events.js';

export const dataEvents = {
  onSosLoad: 'sos-load' as EventName<SosLoadEvent>,
  onSosError: 'sos-error' as EventName<SosErrorEvent>,
};

export const sponsorEvents = {
  ...dataEvents,
  onSosSponsorClick: 'sos-sponsor-click' as EventName<SosSponsorClickEvent>,
};

export type DataEvents = typeof dataEvents;
export type SponsorEvents = typeof sponsorEvents;
