import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village facts/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithoutSources: Story = { args: { 'hide-sources': true } };
/** Inside an article whose section headings are h3. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };
