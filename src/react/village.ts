'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosVillage as SosVillageElement } from '../components/village/village.js';
import '../define/village.js';
import { dataEvents, type DataEvents } from './events.js';

/** `<sos-village>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosVillage = createComponent<SosVillageElement, DataEvents>({
  react: React,
  tagName: 'sos-village',
  elementClass: SosVillageElement,
  events: dataEvents,
  displayName: 'SosVillage',
});
