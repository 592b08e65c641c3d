import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { longContent, longWords, noProgrammes, oneProgramme } from '../mock-data.js';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Impact stats/Content' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const LongNamesAndHugeNumbers: Story = { args: { src: undefined, profile: longContent() } };
export const OneProgramme: Story = { args: { src: undefined, profile: oneProgramme() } };
/** Only the total: the tile controls have nothing to act on. */
export const NoProgrammes: Story = {
  args: { src: undefined, profile: noProgrammes() },
  parameters: { controls: { exclude: ['layout', 'programmes', 'hide-descriptions'] } },
};
/** German compounds on a German page: words break with a hyphen, never mid-word without one. */
export const LongWords: Story = {
  args: { src: undefined, profile: longWords(), lang: 'de' },
  globals: { viewport: { value: 'phone320', isRotated: false } },
};
/** On a 320 px phone. */
export const SmallPhone: Story = { globals: { viewport: { value: 'phone320', isRotated: false } } };
/** A right-to-left page: the layout mirrors. */
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
