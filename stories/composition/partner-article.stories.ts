import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { DOWN_WITH_COPY, FAILING, HANGING, SAMPLE, SLOW } from '../mock-data.js';
import { settle } from '../settle.js';

/**
 * The widgets as a partner's news article carries them: pasted between paragraphs, sharing one
 * `<sos-village>`, in the article's own face (Host font toolbar), column (Column toolbar), language
 * and scheme. The `src` control puts the whole article in each state of the data.
 */
const article = (src: string) => html`
  <style>
    .story-article { margin: 0 auto; padding: 1rem; }
    .story-article h1 { font-size: 2rem; line-height: 1.15; margin: 0 0 0.5rem; }
    .story-article .byline { font-size: 0.8em; opacity: 0.8; margin: 0 0 1.5rem; }
    .story-article p { margin: 0 0 1rem; }
  </style>
  <article class="story-article">
    <h1>In Almaty, a village of families for children who lost theirs</h1>
    <p class="byline">By a staff reporter · 3 December 2026</p>
    <p>In Kazakhstan's largest city, SOS Children's Villages has worked since soon after independence.</p>
    <sos-village src=${src} timeout=${src === HANGING ? 3_600_000 : nothing}>
      <sos-impact-stats heading-level="2"></sos-impact-stats>
      <p>The city is home to many families on the poverty threshold.</p>
      <sos-village-card heading-level="2" partner="evening-herald"></sos-village-card>
      <sos-village-facts heading-level="2"></sos-village-facts>
      <p>Readers who want to help can sponsor a child directly:</p>
      <sos-sponsor-button partner="evening-herald" appeal></sos-sponsor-button>
    </sos-village>
  </article>
`;

const meta = {
  title: 'Composition/Partner article',
  render: (args) => article(String(args.src)),
  args: { src: SAMPLE },
  argTypes: {
    src: {
      description: 'Where `<sos-village>` reads the profile: each choice puts the article in one state of the data.',
      control: {
        type: 'select',
        labels: { [SAMPLE]: 'Ready (Almaty sample)', [SLOW]: 'Slow (2 s)', [DOWN_WITH_COPY]: 'Stale (kept copy)' },
      },
      options: [SAMPLE, SLOW, DOWN_WITH_COPY],
    },
  },
  parameters: { layout: 'fullscreen' },
  play: settle,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** On a 390 px phone, the article filling the screen. */
export const Phone: Story = { globals: { viewport: { value: 'phone390', isRotated: false }, column: '' } };
/** On a desktop, in a 760 px column. */
export const Desktop: Story = { globals: { column: '760' } };
/** In a sans-serif news face, in a 600 px column. */
export const SansColumn: Story = { globals: { column: '600', hostFont: 'sans' } };
/** On a dark page. */
export const DarkPage: Story = { globals: { column: '760', scheme: 'dark-page' } };
/** Before the data arrives: the fixed words at once, placeholders shaped like what loads. */
export const Loading: Story = {
  args: { src: HANGING },
  argTypes: { src: { control: false } },
  globals: { column: '760' },
  tags: ['expect-loading'],
};
/** The data failed and there is no copy: every widget keeps its place and a way to sponsor. */
export const Failed: Story = {
  args: { src: FAILING },
  argTypes: { src: { control: false } },
  globals: { column: '760' },
  tags: ['expect-error'],
};
