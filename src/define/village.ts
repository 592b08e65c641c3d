import { SosVillage } from '../components/village/village.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-village', SosVillage);

declare global {
  interface HTMLElementTagNameMap {
    'sos-village': SosVillage;
  }
}
