import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { allStates, staleBesideFresh } from '../frames.js';
import { FALLBACK_CONTROL, FALLBACK_PARAMETERS, STATE_PARAMETERS, stateArgs } from '../render.js';
import { GRID, FALLBACK_TEXT, base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village facts/States' } satisfies Meta;
export default meta;
type Story = StoryObj;

const states = stateArgs(FALLBACK_TEXT);
const grid = { render: () => allStates('sos-village-facts', GRID), parameters: { controls: { disable: true } } };
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
  render: () => staleBesideFresh('sos-village-facts', base.args),
  parameters: { controls: { disable: true } },
};
