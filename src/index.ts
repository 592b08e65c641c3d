// Classes, types and helpers only: importing this registers nothing.
export * from './data/schema.js';
export * from './data/profile.types.js';
export * from './data/errors.js';
export { parseProfile, type ParseResult, type ParseOptions } from './data/parse.js';
export {
  loadProfile,
  peekProfile,
  clearProfileCache,
  resolveSrc,
  type LoadedProfile,
  type LoadOptions,
} from './data/client.js';
export { pickText, type PickedText } from './data/text.js';
export { villageContext } from './context/village-context.js';
export {
  VillageDataController,
  type VillageData,
  type DataState,
  DATA_STATES,
} from './internal/village-data-controller.js';
export { SosDataElement } from './internal/data-element.js';
export * from './internal/events.js';
export { defineElement, VERSION } from './internal/define.js';
export { preloadLanguage } from './internal/localize.js';
export { SosVillage } from './components/village/village.js';
export { SosImpactStats } from './components/impact-stats/impact-stats.js';
export { IMPACT_STATS_LAYOUTS, type ImpactStatsLayout } from './components/impact-stats/impact-stats.types.js';
export { SosVillageCard } from './components/village-card/village-card.js';
export { SosSponsorButton } from './components/sponsor-button/sponsor-button.js';
export * from './components/sponsor-button/sponsor-button.types.js';
export { SosVillageStory } from './components/village-story/village-story.js';
export { SosVillageFacts } from './components/village-facts/village-facts.js';
export { SosVillageMedia } from './components/village-media/village-media.js';
export { SosVillageNews } from './components/village-news/village-news.js';
export { HEADING_LEVELS, type HeadingLevel } from './internal/heading.js';
