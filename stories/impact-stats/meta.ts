import type { Meta } from '@storybook/web-components-vite';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import { SAMPLE } from '../mock-data.js';
import { IMPACT_STATS_LAYOUTS } from '../../src/components/impact-stats/impact-stats.types.js';

/** What every impact-stats story shares: the element, rendered from its args, on the Almaty sample. */
export const base = {
  component: 'sos-impact-stats',
  render: (args) => renderElement('sos-impact-stats', args),
  args: { src: SAMPLE },
  argTypes: { ...STORY_ARG_TYPES, layout: { control: 'inline-radio', options: IMPACT_STATS_LAYOUTS } },
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'What SOS Children’s Village Almaty does';
