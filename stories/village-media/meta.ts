import type { Meta } from '@storybook/web-components-vite';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import type { StateOptions } from '../frames.js';
import { SAMPLE } from '../mock-data.js';

/** What every village-media story shares: the element, rendered from its args, on the Almaty sample. */
export const base = {
  component: 'sos-village-media',
  render: (args) => renderElement('sos-village-media', args),
  args: { src: SAMPLE, width: '640px' },
  argTypes: { ...STORY_ARG_TYPES },
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'Pictures of SOS Children’s Village Almaty';
export const GRID: StateOptions = { fallbackText: FALLBACK_TEXT };
