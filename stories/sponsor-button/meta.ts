import type { Meta } from '@storybook/web-components-vite';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import type { StateOptions } from '../frames.js';
import { SAMPLE } from '../mock-data.js';
import {
  SPONSOR_BUTTON_SIZES,
  SPONSOR_BUTTON_VARIANTS,
} from '../../src/components/sponsor-button/sponsor-button.types.js';

/** What every sponsor-button story shares: the element, rendered from its args, on the Almaty sample. */
export const base = {
  component: 'sos-sponsor-button',
  render: (args) => renderElement('sos-sponsor-button', args),
  // A Canadian page, so the market's note (the tax receipt) shows and `hide-note` has work to do.
  args: { src: SAMPLE, market: 'CA' },
  argTypes: {
    ...STORY_ARG_TYPES,
    variant: { control: 'inline-radio', options: SPONSOR_BUTTON_VARIANTS },
    size: { control: 'inline-radio', options: SPONSOR_BUTTON_SIZES },
    market: { control: 'inline-radio', options: ['CA', 'GB', 'auto'] },
  },
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'Sponsor a child';
export const GRID: StateOptions = { fallbackText: FALLBACK_TEXT, args: { appeal: true } };
