import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FAILING, HANGING } from '../mock-data.js';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Sponsor button/Content' } satisfies Meta;
export default meta;
type Story = StoryObj;

/** The data failed, but `href` keeps the button working. */
export const WorksFromHrefWhenDataFails: Story = {
  args: { src: FAILING, href: 'https://www.soschildrensvillages.ca/sponsor-a-child' },
  parameters: { controls: { include: ['href', 'color-scheme'] } },
  tags: ['expect-error'],
};
/** Before the data arrives, `href` already makes it a working link. */
export const WorksFromHrefWhileLoading: Story = {
  args: { src: HANGING, href: 'https://www.soschildrensvillages.ca/sponsor-a-child' },
  parameters: { controls: { include: ['href', 'color-scheme'] } },
  tags: ['expect-loading'],
};
/** The appeal and button, full width, on a 360 px phone. */
export const Phone: Story = {
  args: { appeal: true, block: true },
  globals: { viewport: { value: 'phone360', isRotated: false } },
};
/** A right-to-left page: the layout mirrors. */
export const RightToLeft: Story = { args: { appeal: true }, globals: { direction: 'rtl' } };
