import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { SAMPLE } from './mock-data.js';

const meta = {
  title: 'Widgets/Village facts',
  component: 'sos-village-facts',
  render: (args) => renderElement('sos-village-facts', args),
  args: { src: SAMPLE },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithoutSources: Story = { args: { 'hide-sources': true } };
export const Narrow: Story = { args: { width: '320px' } };
export const Dark: Story = { args: { 'color-scheme': 'dark' } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
const states = stateArgs('Almaty at a glance');
export const Loading: Story = { args: states.loading, tags: ['expect-loading'] };
export const LoadingWithFallback: Story = { args: states.loadingWithFallback, tags: ['expect-loading'] };
export const Error: Story = { args: states.error, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: states.errorWithFallback, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = { args: states.stale };
