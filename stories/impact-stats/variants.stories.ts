import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Impact stats/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

/** Tiles in a grid: two columns, four from the element's own wide width. */
export const Grid: Story = {};
export const List: Story = { args: { layout: 'list' } };
export const Compact: Story = { args: { layout: 'compact', 'hide-descriptions': true } };
/** Ends with the call to action of the reader's market beside the link to the village's page. */
export const WithSponsorButton: Story = { args: { sponsor: true, market: 'auto' } };
export const ChosenProgrammes: Story = { args: { programmes: 'kindergarten youth-facility' } };
export const WithoutDescriptions: Story = { args: { 'hide-descriptions': true } };
/** Inside an article whose section headings are h3: the widget's heading is an h4. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };
