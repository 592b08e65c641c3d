import { SosVillageMedia } from '../components/village-media/village-media.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-village-media', SosVillageMedia);

declare global {
  interface HTMLElementTagNameMap {
    'sos-village-media': SosVillageMedia;
  }
}
