import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village media/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

/** The Almaty sample's two illustrations, as a gallery. */
export const Gallery: Story = {};
export const SinglePicture: Story = { args: { limit: 1 } };
export const WithoutCaptions: Story = { args: { 'hide-captions': true } };
export const WideAspect: Story = { args: { aspect: '16/9' } };
