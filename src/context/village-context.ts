import { createContext } from '@lit/context';
import type { VillageData } from '../internal/village-data-controller.js';

/** What `<sos-village>` gives every data widget inside it. */
export const villageContext = createContext<VillageData>(Symbol.for('sos-village-widgets.village'));
