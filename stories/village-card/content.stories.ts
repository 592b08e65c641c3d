import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { longContent, longWords } from '../mock-data.js';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village card/Content' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const LongName: Story = { args: { src: undefined, profile: longContent() } };
/** German compounds on a German page: words break with a hyphen, never mid-word without one. */
export const LongWords: Story = {
  args: { src: undefined, profile: longWords(), lang: 'de', width: undefined },
  globals: { viewport: { value: 'phone320', isRotated: false } },
};
/** On a 360 px phone: the picture above the text. */
export const Phone: Story = {
  args: { width: undefined },
  globals: { viewport: { value: 'phone360', isRotated: false } },
};
export const Wide: Story = { args: { width: '1100px' } };
/** A right-to-left page: the layout mirrors. */
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
