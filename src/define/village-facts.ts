import { SosVillageFacts } from '../components/village-facts/village-facts.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-village-facts', SosVillageFacts);

declare global {
  interface HTMLElementTagNameMap {
    'sos-village-facts': SosVillageFacts;
  }
}
