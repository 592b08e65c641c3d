import { SosImpactStats } from '../components/impact-stats/impact-stats.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-impact-stats', SosImpactStats);

declare global {
  interface HTMLElementTagNameMap {
    'sos-impact-stats': SosImpactStats;
  }
}
