'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosVillageNews as SosVillageNewsElement } from '../components/village-news/village-news.js';
import '../define/village-news.js';
import { dataEvents, type DataEvents } from './events.js';

/** `<sos-village-news>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosVillageNews = createComponent<SosVillageNewsElement, DataEvents>({
  react: React,
  tagName: 'sos-village-news',
  elementClass: SosVillageNewsElement,
  events: dataEvents,
  displayName: 'SosVillageNews',
});
