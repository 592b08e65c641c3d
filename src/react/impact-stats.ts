'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosImpactStats as SosImpactStatsElement } from '../components/impact-stats/impact-stats.js';
import '../define/impact-stats.js';
import { sponsorEvents, type SponsorEvents } from './events.js';

/** `<sos-impact-stats>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosImpactStats = createComponent<SosImpactStatsElement, SponsorEvents>({
  react: React,
  tagName: 'sos-impact-stats',
  elementClass: SosImpactStatsElement,
  events: sponsorEvents,
  displayName: 'SosImpactStats',
});
