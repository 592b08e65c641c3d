import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { SAMPLE, longContent } from './mock-data.js';

const meta = {
  title: 'Widgets/Village card',
  component: 'sos-village-card',
  render: (args) => renderElement('sos-village-card', args),
  args: { src: SAMPLE, width: '720px' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Stacked: Story = { args: { width: '340px' } };
export const UKMarket: Story = { args: { market: 'GB' } };
export const WithoutAppeal: Story = { args: { 'hide-appeal': true } };
export const ReaderMarketBritish: Story = { args: { market: 'auto', lang: 'en-GB' } };
export const WithAttribution: Story = { args: { partner: 'evening-herald', campaign: 'almaty-feature' } };
export const Dark: Story = { args: { 'color-scheme': 'dark' } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
export const Wide: Story = { args: { width: '1100px' } };
export const LongName: Story = { args: { src: undefined, profile: longContent() } };
const states = stateArgs('Sponsor a child at SOS Children’s Village Almaty');
export const Loading: Story = { args: states.loading, tags: ['expect-loading'] };
export const LoadingWithFallback: Story = { args: states.loadingWithFallback, tags: ['expect-loading'] };
export const Error: Story = { args: states.error, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: states.errorWithFallback, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = { args: states.stale };
