import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village media/Content' } satisfies Meta;
export default meta;
type Story = StoryObj;

/** On a 320 px phone. */
export const SmallPhone: Story = {
  args: { width: undefined },
  globals: { viewport: { value: 'phone320', isRotated: false } },
};
/** A right-to-left page: the controls mirror. */
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
