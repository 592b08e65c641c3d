import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE } from './mock-data.js';

/**
 * The widgets as a partner's news article would carry them: pasted between paragraphs, sharing one
 * `<sos-village>`, in the article's own typography.
 */
const article = (width: string) => html`
  <style>
    .story-article { width: ${width}; max-width: 100%; margin: 0 auto; font: 18px/1.6 Georgia, serif; color: #222; }
    .story-article h1 { font-size: 2rem; line-height: 1.15; }
    .story-article p { margin: 0 0 1rem; }
    .story-article .embed { margin: 1.5rem 0; }
  </style>
  <article class="story-article">
    <h1>In Almaty, a village of families for children who lost theirs</h1>
    <p>In Kazakhstan's largest city, SOS Children's Villages has worked since soon after independence.</p>
    <sos-village src=${SAMPLE}>
      <div class="embed"><sos-impact-stats heading-level="2"></sos-impact-stats></div>
      <p>The city is home to many families on the poverty threshold.</p>
      <div class="embed"><sos-village-card heading-level="2" partner="evening-herald"></sos-village-card></div>
      <div class="embed"><sos-village-facts heading-level="2"></sos-village-facts></div>
      <p>Readers who want to help can sponsor a child directly:</p>
      <sos-sponsor-button partner="evening-herald"></sos-sponsor-button>
    </sos-village>
  </article>
`;

const meta = {
  title: 'Composition/Partner article',
  component: 'sos-village',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

export const Phone: StoryObj = { render: () => article('360px') };
export const Desktop: StoryObj = { render: () => article('760px') };
