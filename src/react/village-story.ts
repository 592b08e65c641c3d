'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SosVillageStory as SosVillageStoryElement } from '../components/village-story/village-story.js';
import '../define/village-story.js';
import { dataEvents, type DataEvents } from './events.js';

/** `<sos-village-story>` for React: properties set after hydration, `sos-*` events as `onSos*` props. */
export const SosVillageStory = createComponent<SosVillageStoryElement, DataEvents>({
  react: React,
  tagName: 'sos-village-story',
  elementClass: SosVillageStoryElement,
  events: dataEvents,
  displayName: 'SosVillageStory',
});
