import { SosVillageNews } from '../components/village-news/village-news.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-village-news', SosVillageNews);

declare global {
  interface HTMLElementTagNameMap {
    'sos-village-news': SosVillageNews;
  }
}
