import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { SAMPLE, longStory } from './mock-data.js';

const meta = {
  title: 'Widgets/Village story',
  component: 'sos-village-story',
  render: (args) => renderElement('sos-village-story', args),
  args: { src: SAMPLE },
  argTypes: { 'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5, 6] } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Collapsible: Story = { args: { collapsible: true, preview: 2 } };
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };
/** One telling: the sections written for the UK page. */
export const UKSectionsOnly: Story = { args: { source: 'sos-uk' } };
export const CanadianSectionsOnly: Story = { args: { source: 'sos-canada', collapsible: true } };
/** Sections an editor picked, in the editor's order, from both tellings. */
export const PickedSections: Story = { args: { sections: 'uk-intro ca-authorities uk-how' } };
export const LongStory: Story = { args: { src: undefined, profile: longStory(), collapsible: true } };
export const Dark: Story = { args: { 'color-scheme': 'dark', collapsible: true } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND, collapsible: true } };
export const Narrow: Story = { args: { width: '320px', collapsible: true } };
const states = stateArgs('Read about SOS Children’s Village Almaty');
export const Loading: Story = { args: states.loading, tags: ['expect-loading'] };
export const LoadingWithFallback: Story = { args: states.loadingWithFallback, tags: ['expect-loading'] };
export const Error: Story = { args: states.error, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: states.errorWithFallback, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = { args: states.stale };
