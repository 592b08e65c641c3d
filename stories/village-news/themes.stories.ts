import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { lightAndDark } from '../frames.js';
import { PARTNER_BRAND } from '../render.js';
import { MADE_UP, base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village news/Themes' } satisfies Meta;
export default meta;
type Story = StoryObj;

/** The element follows the page's colour scheme: a light page and a dark one. */
export const LightAndDark: Story = {
  render: () => lightAndDark('sos-village-news', { src: undefined, profile: MADE_UP }),
  parameters: { controls: { disable: true } },
};
/** A partner's brand, set through custom properties only. */
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
/** `color-scheme="dark"` forces the dark scheme whatever the page. */
export const ForcedDark: Story = { args: { 'color-scheme': 'dark' } };
