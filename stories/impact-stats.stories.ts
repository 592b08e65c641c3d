import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { SAMPLE, SLOW, longContent, noProgrammes, oneProgramme } from './mock-data.js';
import { IMPACT_STATS_LAYOUTS } from '../src/components/impact-stats/impact-stats.types.js';

const meta = {
  title: 'Widgets/Impact stats',
  component: 'sos-impact-stats',
  render: (args) => renderElement('sos-impact-stats', args),
  args: { src: SAMPLE },
  argTypes: { layout: { control: 'inline-radio', options: IMPACT_STATS_LAYOUTS } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const ListLayout: Story = { args: { layout: 'list' } };
export const CompactLayout: Story = { args: { layout: 'compact', 'hide-descriptions': true } };
/** Ends with the call to action of the reader's market beside the link to the village's page. */
export const WithSponsorButton: Story = { args: { sponsor: true, market: 'auto' } };
export const ChosenProgrammes: Story = { args: { programmes: 'kindergarten youth-facility' } };
export const WithoutDescriptions: Story = { args: { 'hide-descriptions': true } };
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };
export const Dark: Story = { args: { 'color-scheme': 'dark' } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
export const Narrow: Story = { args: { width: '320px' } };
export const Wide: Story = { args: { width: '1100px' } };
export const SlowEndpoint: Story = { args: { src: SLOW } };
export const LongNamesAndHugeNumbers: Story = { args: { src: undefined, profile: longContent() } };
export const OneProgramme: Story = { args: { src: undefined, profile: oneProgramme() } };
export const NoProgrammes: Story = { args: { src: undefined, profile: noProgrammes() } };
const states = stateArgs('What SOS Children’s Village Almaty does');
export const Loading: Story = { args: states.loading, tags: ['expect-loading'] };
export const LoadingWithFallback: Story = { args: states.loadingWithFallback, tags: ['expect-loading'] };
export const Error: Story = { args: states.error, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: states.errorWithFallback, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = { args: states.stale };
