import type { Meta } from '@storybook/web-components-vite';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import type { StateOptions } from '../frames.js';
import { SAMPLE } from '../mock-data.js';

/** What every village-card story shares: the element, rendered from its args, on the Almaty sample. */
export const base = {
  component: 'sos-village-card',
  render: (args) => renderElement('sos-village-card', args),
  args: { src: SAMPLE, width: '720px' },
  argTypes: { ...STORY_ARG_TYPES },
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'Sponsor a child at SOS Children’s Village Almaty';
export const GRID: StateOptions = { fallbackText: FALLBACK_TEXT };
