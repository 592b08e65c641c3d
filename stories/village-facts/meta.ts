import type { Meta } from '@storybook/web-components-vite';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import type { StateOptions } from '../frames.js';
import { SAMPLE } from '../mock-data.js';

/** What every village-facts story shares: the element, rendered from its args, on the Almaty sample. */
export const base = {
  component: 'sos-village-facts',
  render: (args) => renderElement('sos-village-facts', args),
  args: { src: SAMPLE },
  argTypes: { ...STORY_ARG_TYPES },
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'Almaty at a glance';
export const GRID: StateOptions = { fallbackText: FALLBACK_TEXT };
