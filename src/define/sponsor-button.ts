import { SosSponsorButton } from '../components/sponsor-button/sponsor-button.js';
import { defineElement } from '../internal/define.js';

defineElement('sos-sponsor-button', SosSponsorButton);

declare global {
  interface HTMLElementTagNameMap {
    'sos-sponsor-button': SosSponsorButton;
  }
}
