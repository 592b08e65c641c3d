import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { SAMPLE, withChanges } from './mock-data.js';

const meta = {
  title: 'Widgets/Village media',
  component: 'sos-village-media',
  render: (args) => renderElement('sos-village-media', args),
  args: { src: SAMPLE, width: '640px' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The Almaty sample's two illustrations, as a gallery. */
export const Default: Story = {};
export const SinglePicture: Story = { args: { limit: 1 } };
export const WithoutCaptions: Story = { args: { 'hide-captions': true } };
export const WideAspect: Story = { args: { aspect: '16/9' } };
export const Narrow: Story = { args: { width: '320px' } };
export const Dark: Story = { args: { 'color-scheme': 'dark' } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
export const French: Story = { args: { lang: 'fr' } };
const states = stateArgs('Pictures of SOS Children’s Village Almaty');
export const Loading: Story = { args: states.loading, tags: ['expect-loading'] };
export const Error: Story = { args: states.error, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: states.errorWithFallback, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = { args: states.stale };
/** A village without pictures: the element is ready and takes no space. */
export const Empty: Story = { args: { src: undefined, profile: withChanges((p) => delete p.media) } };
