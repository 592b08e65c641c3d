import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { FAILING, HANGING, SAMPLE } from './mock-data.js';
import { SPONSOR_BUTTON_SIZES, SPONSOR_BUTTON_VARIANTS } from '../src/components/sponsor-button/sponsor-button.types.js';

const meta = {
  title: 'Widgets/Sponsor button',
  component: 'sos-sponsor-button',
  render: (args) => renderElement('sos-sponsor-button', args),
  args: { src: SAMPLE },
  argTypes: {
    variant: { control: 'inline-radio', options: SPONSOR_BUTTON_VARIANTS },
    size: { control: 'inline-radio', options: SPONSOR_BUTTON_SIZES },
    market: { control: 'inline-radio', options: ['CA', 'GB', 'auto'] },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const UKMarket: Story = { args: { market: 'GB' } };
/** The market's appeal before the button, in the market's own words. */
export const WithAppeal: Story = { args: { appeal: true, width: '480px' } };
export const UKMarketWithAppeal: Story = { args: { appeal: true, market: 'GB', width: '480px' } };
/** `market="auto"` on a Canadian French page: the Canadian market, in French. */
export const ReaderMarketCanadianFrench: Story = { args: { market: 'auto', lang: 'fr-CA', appeal: true, width: '480px' } };
/** `market="auto"` on a British page. */
export const ReaderMarketBritish: Story = { args: { market: 'auto', lang: 'en-GB', appeal: true, width: '480px' } };
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Inverse: Story = {
  args: { variant: 'inverse', 'color-scheme': 'light' },
  render: (args) => html`<div class="story-inverse">${renderElement('sos-sponsor-button', args)}</div>
    <style>
      .story-inverse { background: #005aa7; padding: 1.5rem; border-radius: 8px; --sos-color-text-muted: #ffffff; }
    </style>`,
};
export const Small: Story = { args: { size: 'small', 'hide-note': true } };
export const Large: Story = { args: { size: 'large' } };
export const FullWidth: Story = { args: { block: true, width: '360px' } };
export const OpensInNewTab: Story = { args: { target: '_blank' } };
export const WithAttribution: Story = { args: { partner: 'evening-herald', campaign: 'almaty-feature' } };
/** The data failed, but `href` keeps the button working. */
export const WorksFromHrefWhenDataFails: Story = {
  args: { src: FAILING, href: 'https://www.soschildrensvillages.ca/sponsor-a-child' },
  tags: ['expect-error'],
};
/** Before the data arrives, `href` already makes it a working link. */
export const WorksFromHrefWhileLoading: Story = {
  args: { src: HANGING, href: 'https://www.soschildrensvillages.ca/sponsor-a-child' },
  tags: ['expect-loading'],
};
export const Dark: Story = { args: { 'color-scheme': 'dark' } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
const states = stateArgs('Sponsor a child');
export const Loading: Story = { args: states.loading, tags: ['expect-loading'] };
export const LoadingWithFallback: Story = { args: states.loadingWithFallback, tags: ['expect-loading'] };
export const Error: Story = { args: states.error, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: states.errorWithFallback, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = { args: states.stale };
