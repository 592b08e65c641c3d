'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosVillageFacts as SosVillageFactsElement } from '../components/village-facts/village-facts.js';
import '../define/village-facts.js';
import { dataEvents, type DataEvents } from './events.js';

/** `<sos-village-facts>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosVillageFacts = createComponent<SosVillageFactsElement, DataEvents>({
  react: React,
  tagName: 'sos-village-facts',
  elementClass: SosVillageFactsElement,
  events: dataEvents,
  displayName: 'SosVillageFacts',
});
