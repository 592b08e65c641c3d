import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { lightAndDark } from '../frames.js';
import { PARTNER_BRAND } from '../render.js';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village media/Themes' } satisfies Meta;
export default meta;
type Story = StoryObj;

/** The element follows the page's colour scheme: a light page and a dark one. */
/** Two copies of one gallery side by side are two landmarks of one name; a page shows one gallery per village. */
export const LightAndDark: Story = {
  render: (args) => lightAndDark('sos-village-media', args),
  parameters: { controls: { disable: true }, a11y: { options: { rules: { 'landmark-unique': { enabled: false } } } } },
};
/** A partner's brand, set through custom properties only. */
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
/** `color-scheme="dark"` forces the dark scheme whatever the page. */
export const ForcedDark: Story = { args: { 'color-scheme': 'dark' } };
