import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from '../render.js';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Sponsor button/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Inverse: Story = {
  args: { variant: 'inverse', 'color-scheme': 'light' },
  render: (args) => html`<div class="story-inverse">${renderElement('sos-sponsor-button', args)}</div>
    <style>
      .story-inverse { background: #005aa7; padding: 1.5rem; border-radius: 8px; }
    </style>`,
};
export const Small: Story = { args: { size: 'small', 'hide-note': true } };
export const Large: Story = { args: { size: 'large' } };
/** The market's appeal before the button, in the market's own words: one call-to-action module. */
export const WithAppeal: Story = { args: { appeal: true, width: '480px' } };
export const FullWidth: Story = { args: { block: true, width: '600px' } };
export const UKMarket: Story = { args: { market: 'GB' } };
export const UKMarketWithAppeal: Story = { args: { appeal: true, market: 'GB', width: '480px' } };
/** `market="auto"` on a Canadian French page: the Canadian market, in French. */
export const ReaderMarketCanadianFrench: Story = {
  args: { market: 'auto', lang: 'fr-CA', appeal: true, width: '480px' },
};
/** `market="auto"` on a British page. */
export const ReaderMarketBritish: Story = { args: { market: 'auto', lang: 'en-GB', appeal: true, width: '480px' } };
export const OpensInNewTab: Story = { args: { target: '_blank' } };
export const WithAttribution: Story = { args: { partner: 'evening-herald', campaign: 'almaty-feature' } };
