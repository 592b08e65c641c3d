import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village news/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Limit1: Story = { args: { limit: 1 } };
export const WithoutSummaries: Story = { args: { 'hide-summaries': true, limit: 4 } };
