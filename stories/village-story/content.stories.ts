import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { longStory } from '../mock-data.js';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village story/Content' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const LongStory: Story = { args: { src: undefined, profile: longStory() } };
/** On a 320 px phone, collapsed to its first paragraphs. */
export const SmallPhone: Story = { args: {}, globals: { viewport: { value: 'phone320', isRotated: false } } };
/** A right-to-left page: the layout mirrors. */
export const RightToLeft: Story = { args: {}, globals: { direction: 'rtl' } };
