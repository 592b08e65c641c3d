// Classes, types and helpers only: importing this registers nothing.
export * from './data/schema.js';
export * from './data/profile.types.js';
export * from './data/errors.js';
export { parseProfile, type ParseResult, type ParseOptions } from './data/parse.js';
export { loadProfile, peekProfile, clearProfileCache, resolveSrc, type LoadedProfile, type LoadOptions } from './data/client.js';
export { pickText, type PickedText } from './data/text.js';
export { villageContext } from './context/village-context.js';
export { VillageDataController, type VillageData, type DataState, DATA_STATES } from './internal/village-data-controller.js';
export { SosDataElement } from './internal/data-element.js';
export * from './internal/events.js';
export { defineElement, VERSION } from './internal/define.js';
export { SosVillage } from './components/village/village.js';
