import type { Context } from '@lit/context';
import type { VillageData } from '../internal/village-data-controller.js';

/**
 * What `<sos-village>` gives every data widget inside it. A context key is the key itself
 * (`createContext` only types it), so the widgets need nothing of `@lit/context` at run time.
 */
export const villageContext = Symbol.for('sos-village-widgets.village') as Context<symbol, VillageData>;
