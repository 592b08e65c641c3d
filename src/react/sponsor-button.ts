'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosSponsorButton as SosSponsorButtonElement } from '../components/sponsor-button/sponsor-button.js';
import '../define/sponsor-button.js';
import { sponsorEvents, type SponsorEvents } from './events.js';

/** `<sos-sponsor-button>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosSponsorButton = createComponent<SosSponsorButtonElement, SponsorEvents>({
  react: React,
  tagName: 'sos-sponsor-button',
  elementClass: SosSponsorButtonElement,
  events: sponsorEvents,
  displayName: 'SosSponsorButton',
});
