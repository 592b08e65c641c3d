import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { allStates, emptyFrame, stateCell, staleBesideFresh } from '../frames.js';
import { FALLBACK_CONTROL, stateArgs } from '../render.js';
import { SAMPLE } from '../mock-data.js';
import { DOWN_WITH_NEWS, FALLBACK_TEXT, MADE_UP, NEWS_FALLBACK, base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village news/States' } satisfies Meta;
export default meta;
type Story = StoryObj;

const states = stateArgs(FALLBACK_TEXT);
const stale = { ...states.stale, src: DOWN_WITH_NEWS };
const grid = {
  render: () =>
    allStates('sos-village-news', {
      fallbackText: FALLBACK_TEXT,
      readyArgs: { profile: MADE_UP },
      staleArgs: stale,
      emptyWithoutData: true,
      extra: [
        stateCell(
          'Empty: no news in the profile',
          'sos-village-news',
          { src: SAMPLE },
          'ready',
          'Renders nothing by design.',
          true,
        ),
        stateCell(
          'Empty, with the partner’s fallback',
          'sos-village-news',
          { src: SAMPLE, fallback: NEWS_FALLBACK },
          'ready',
          'The partner’s link shows instead.',
        ),
      ],
    }),
  parameters: { controls: { disable: true } },
};
/** Every state at once, at the width of the canvas. The stale cell shows the made-up village's kept copy. */
export const AllStates: Story = { ...grid };
/** Every state at once, on a 360 px phone. */
export const AllStatesPhone: Story = { ...grid, globals: { viewport: { value: 'phone360', isRotated: false } } };
export const Ready: Story = {};
/** While the data loads, the element renders nothing (only a fallback, when given): shown inside a labelled frame. */
export const Loading: Story = {
  render: () =>
    emptyFrame('Loading, no fallback: renders nothing', 'sos-village-news', { ...states.loading }, 'loading'),
  parameters: { controls: { disable: true } },
  tags: ['expect-loading'],
};
/** The data failed and there is no fallback: the element renders nothing, shown inside a labelled frame. */
export const Error: Story = {
  render: () => emptyFrame('Failed, no fallback: renders nothing', 'sos-village-news', { ...states.error }, 'error'),
  parameters: { controls: { disable: true } },
  tags: ['expect-error'],
};
// News shows its fallback both when the data fails and when it holds no news: `src` changes nothing here.
const NEWS_FALLBACK_PARAMETERS = { controls: { include: ['fallback', 'color-scheme'] } };

export const ErrorWithFallback: Story = {
  args: { profile: undefined, ...states.errorWithFallback },
  argTypes: FALLBACK_CONTROL,
  parameters: NEWS_FALLBACK_PARAMETERS,
  tags: ['expect-error'],
};
/** The refresh failed and a copy kept from an earlier visit shows: beside the fresh one, the note is the difference. */
export const StaleBesideFresh: Story = {
  render: () => staleBesideFresh('sos-village-news', { profile: MADE_UP }, stale),
  parameters: { controls: { disable: true } },
};
/** The Almaty sample has no news: the element is ready and renders nothing, shown here inside a labelled frame. */
export const Empty: Story = {
  render: () => emptyFrame('No news in the profile: renders nothing', 'sos-village-news', { src: SAMPLE }),
  parameters: { controls: { disable: true } },
};
/** No news, and the partner's own link inside the element: the link shows. */
export const EmptyWithFallback: Story = {
  args: { profile: undefined, src: SAMPLE, fallback: NEWS_FALLBACK },
  argTypes: FALLBACK_CONTROL,
  parameters: NEWS_FALLBACK_PARAMETERS,
};
