import type { Meta } from '@storybook/web-components-vite';
import type { VillageProfileInput } from '../../src/data/schema.js';
import { settle } from '../settle.js';
import { STORY_ARG_TYPES, renderElement } from '../render.js';
import { DOWN_WITH_COPY } from '../mock-data.js';

/**
 * MADE-UP TEST DATA: the Almaty sample has no news yet, so these stories show a village that does
 * not exist (the test suite's "Nordhavn", copied here rather than imported from test/).
 */
const madeUpVillage = (): VillageProfileInput => ({
  schemaVersion: 1,
  id: 'nordhavn-test',
  defaultLanguage: 'en',
  name: "SOS Children's Village Nordhavn (test)",
  country: { code: 'DK', name: 'Denmark' },
  city: 'Nordhavn',
  impact: { totalBeneficiaries: 1_234_567, programmes: [] },
  news: [
    {
      title: 'Nordhavn opens a second school (test)',
      url: 'https://example.org/news/second-school',
      date: '2025-01-20',
      summary: 'A made-up news item.',
    },
    {
      title: 'Harbour festival raises funds (test)',
      url: 'https://example.org/news/festival',
      date: '2025-02-28',
      summary: { en: 'Another made-up item.', da: 'Endnu en opdigtet nyhed.' },
    },
    { title: 'A news item without a date (test)', url: 'https://example.org/news/undated' },
    { title: 'Village founded (test)', url: 'https://example.org/news/founded', date: '2019-06-01' },
  ],
  updatedAt: '2025-03-04',
});

export const MADE_UP = madeUpVillage();

/** Fails like `DOWN_WITH_COPY`, with a kept copy of the made-up village instead of Almaty's (which has no news to show). */
export const DOWN_WITH_NEWS = `${DOWN_WITH_COPY}?village=nordhavn-test`;

/** The copy a previous visit would have left for `DOWN_WITH_NEWS` (the key is the data client's). */
export function keepNewsCopy(): void {
  const kept = new URL(DOWN_WITH_NEWS, location.href).href;
  sessionStorage.setItem(
    `sos-village-widgets:v2:${kept}`,
    JSON.stringify({ profile: MADE_UP, fetchedAt: Date.parse('2026-10-01T09:00:00Z') }),
  );
}

/** What every village-news story shares: the element, rendered from its args, on the made-up village. */
export const base = {
  component: 'sos-village-news',
  render: (args) => renderElement('sos-village-news', args),
  args: { profile: MADE_UP },
  argTypes: { ...STORY_ARG_TYPES, 'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5, 6] } },
  beforeEach: keepNewsCopy,
  play: settle,
} satisfies Meta;

export const FALLBACK_TEXT = 'News from SOS Children’s Village Almaty';
export const NEWS_FALLBACK =
  '<a href="https://www.sos-childrensvillages.org/news">News from SOS Children’s Villages</a>';
