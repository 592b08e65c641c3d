import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { allStates, emptyFrame, staleBesideFresh } from '../frames.js';
import { FALLBACK_CONTROL, FALLBACK_PARAMETERS, STATE_PARAMETERS, stateArgs } from '../render.js';
import { withChanges } from '../mock-data.js';
import { GRID, FALLBACK_TEXT, base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village media/States' } satisfies Meta;
export default meta;
type Story = StoryObj;

const states = stateArgs(FALLBACK_TEXT);
/** Two copies of one gallery side by side are two landmarks of one name; a page shows one gallery per village. */
const TWO_GALLERIES = { a11y: { options: { rules: { 'landmark-unique': { enabled: false } } } } };
const grid = {
  render: () => allStates('sos-village-media', GRID),
  parameters: { controls: { disable: true }, ...TWO_GALLERIES },
};
/** Every state at once, at the width of the canvas. */
export const AllStates: Story = { ...grid };
/** Every state at once, on a 360 px phone. */
export const AllStatesPhone: Story = { ...grid, globals: { viewport: { value: 'phone360', isRotated: false } } };
export const Ready: Story = {};
export const Loading: Story = { args: states.loading, parameters: STATE_PARAMETERS, tags: ['expect-loading'] };
export const LoadingWithFallback: Story = {
  args: states.loadingWithFallback,
  argTypes: FALLBACK_CONTROL,
  parameters: FALLBACK_PARAMETERS,
  tags: ['expect-loading'],
};
export const Error: Story = { args: states.error, parameters: STATE_PARAMETERS, tags: ['expect-error'] };
export const ErrorWithFallback: Story = {
  args: states.errorWithFallback,
  argTypes: FALLBACK_CONTROL,
  parameters: FALLBACK_PARAMETERS,
  tags: ['expect-error'],
};
/** The refresh failed and a copy kept from an earlier visit shows: beside the fresh one, the note is the difference. */
export const StaleBesideFresh: Story = {
  render: () => staleBesideFresh('sos-village-media', base.args),
  parameters: { controls: { disable: true }, ...TWO_GALLERIES },
};
/** A village without pictures: the element is ready and takes no space, shown here inside a labelled frame. */
export const Empty: Story = {
  render: () =>
    emptyFrame('No pictures in the profile: renders nothing', 'sos-village-media', {
      profile: withChanges((p) => delete p.media),
    }),
  parameters: { controls: { disable: true } },
};
