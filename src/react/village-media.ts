'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosVillageMedia as SosVillageMediaElement } from '../components/village-media/village-media.js';
import '../define/village-media.js';
import { dataEvents, type DataEvents } from './events.js';

/** `<sos-village-media>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosVillageMedia = createComponent<SosVillageMediaElement, DataEvents>({
  react: React,
  tagName: 'sos-village-media',
  elementClass: SosVillageMediaElement,
  events: dataEvents,
  displayName: 'SosVillageMedia',
});
