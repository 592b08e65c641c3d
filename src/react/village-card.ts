'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosVillageCard as SosVillageCardElement } from '../components/village-card/village-card.js';
import '../define/village-card.js';
import { sponsorEvents, type SponsorEvents } from './events.js';

/** `<sos-village-card>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosVillageCard = createComponent<SosVillageCardElement, SponsorEvents>({
  react: React,
  tagName: 'sos-village-card',
  elementClass: SosVillageCardElement,
  events: sponsorEvents,
  displayName: 'SosVillageCard',
});
