import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { VillageProfileInput } from '../src/data/schema.js';
import { PARTNER_BRAND, renderElement, stateArgs } from './render.js';
import { DOWN_WITH_COPY, SAMPLE } from './mock-data.js';

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
    { title: 'Nordhavn opens a second school (test)', url: 'https://example.org/news/second-school', date: '2025-01-20', summary: 'A made-up news item.' },
    { title: 'Harbour festival raises funds (test)', url: 'https://example.org/news/festival', date: '2025-02-28', summary: { en: 'Another made-up item.', da: 'Endnu en opdigtet nyhed.' } },
    { title: 'A news item without a date (test)', url: 'https://example.org/news/undated' },
    { title: 'Village founded (test)', url: 'https://example.org/news/founded', date: '2019-06-01' },
  ],
  updatedAt: '2025-03-04',
});

const MADE_UP = madeUpVillage();

/** Fails like `DOWN_WITH_COPY`, with a kept copy of the made-up village instead of Almaty's (which has no news to show). */
const DOWN_WITH_NEWS = `${DOWN_WITH_COPY}?village=nordhavn-test`;

const meta = {
  title: 'Widgets/Village news',
  component: 'sos-village-news',
  render: (args) => renderElement('sos-village-news', args),
  args: { profile: MADE_UP },
  argTypes: { 'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5, 6] } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const fallback = '<a href="https://www.sos-childrensvillages.org/news">News from SOS Children’s Villages</a>';

export const Default: Story = {};
export const Limit1: Story = { args: { limit: 1 } };
export const WithoutSummaries: Story = { args: { 'hide-summaries': true, limit: 4 } };
/** The Almaty sample has no news: the element is ready, and shows nothing. */
export const Empty: Story = { args: { profile: undefined, src: SAMPLE } };
export const EmptyWithFallback: Story = { args: { profile: undefined, src: SAMPLE, fallback } };
export const French: Story = { args: { lang: 'fr' } };
export const Narrow: Story = { args: { width: '320px' } };
export const Dark: Story = { args: { 'color-scheme': 'dark' } };
export const PartnerBrand: Story = { args: { ...PARTNER_BRAND } };
const states = stateArgs('News from SOS Children’s Village Almaty');
export const Loading: Story = { args: { profile: undefined, ...states.loading }, tags: ['expect-loading'] };
export const Error: Story = { args: { profile: undefined, ...states.error }, tags: ['expect-error'] };
export const ErrorWithFallback: Story = { args: { profile: undefined, ...states.errorWithFallback }, tags: ['expect-error'] };
export const StaleAfterFailedRefresh: Story = {
  args: { profile: undefined, ...states.stale, src: DOWN_WITH_NEWS },
  // The kept copy a previous visit would have left (the key is the data client's).
  beforeEach: () => {
    const kept = new URL(DOWN_WITH_NEWS, location.href).href;
    sessionStorage.setItem(`sos-village-widgets:v2:${kept}`, JSON.stringify({ profile: MADE_UP, fetchedAt: Date.parse('2026-10-01T09:00:00Z') }));
  },
};
