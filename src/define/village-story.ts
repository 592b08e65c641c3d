import { SosVillageStory } from '../components/village-story/village-story.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-village-story', SosVillageStory);

declare global {
  interface HTMLElementTagNameMap {
    'sos-village-story': SosVillageStory;
  }
}
