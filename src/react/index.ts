'use client';
/**
 * `sos-village-widgets/react`: the elements as React components (`@lit/react`). Each one registers
 * its element, sets its properties (`profile`, `layout`, …) on the element, also after hydrating
 * server-rendered HTML, and takes the `sos-*` events as `onSosLoad`, `onSosError` and
 * `onSosSponsorClick`. One module per element, so a bundler keeps only the elements a site uses.
 */
export { SosVillage } from './village.js';
export { SosImpactStats } from './impact-stats.js';
export { SosVillageCard } from './village-card.js';
export { SosSponsorButton } from './sponsor-button.js';
export { SosVillageStory } from './village-story.js';
export { SosVillageFacts } from './village-facts.js';
export { SosVillageMedia } from './village-media.js';
export { SosVillageNews } from './village-news.js';
export type { SosErrorEvent, SosLoadEvent, SosSponsorClickEvent } from '../internal/events.js';
export type { VillageProfile } from '../data/schema.js';
