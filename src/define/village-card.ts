import { SosVillageCard } from '../components/village-card/village-card.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-village-card', SosVillageCard);

declare global {
  interface HTMLElementTagNameMap {
    'sos-village-card': SosVillageCard;
  }
}
