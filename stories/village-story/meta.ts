import type { Meta } from '@storybook/web-components-vite';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import type { StateOptions } from '../frames.js';
import { SAMPLE } from '../mock-data.js';

/** What every village-story story shares: the element, rendered from its args, on the Almaty sample. */
export const base = {
  component: 'sos-village-story',
  render: (args) => renderElement('sos-village-story', args),
  args: { src: SAMPLE },
  argTypes: { ...STORY_ARG_TYPES, 'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5, 6] } },
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'Read about SOS Children’s Village Almaty';
export const GRID: StateOptions = { fallbackText: FALLBACK_TEXT, args: {} };
