import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village card/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithAppeal: Story = { args: { appeal: true } };
export const UKMarket: Story = { args: { market: 'GB' } };
export const ReaderMarketBritish: Story = { args: { market: 'auto', lang: 'en-GB' } };
export const WithAttribution: Story = { args: { partner: 'evening-herald', campaign: 'almaty-feature' } };
/** Inside an article whose section headings are h3: the village's name is an h4. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };
