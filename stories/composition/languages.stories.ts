import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE } from '../mock-data.js';
import { settle } from '../settle.js';

/**
 * The same widgets in each language, as on a page whose `lang` is set to it (the Language toolbar):
 * UI strings, the profile's translated text, numbers and plurals. The sample profile carries every
 * text in all four languages; a profile text missing in a language shows in the profile's default
 * one, marked with its `lang`.
 */
const widgets = () => html`
  <style>
    .story-languages { display: grid; gap: 1.5rem; max-width: 760px; }
  </style>
  <div class="story-languages">
    <sos-village src=${SAMPLE}>
      <sos-village-media></sos-village-media>
      <sos-impact-stats sponsor market="auto"></sos-impact-stats>
      <sos-village-card></sos-village-card>
      <sos-village-facts></sos-village-facts>
      <sos-village-story sections="ca-poverty"></sos-village-story>
      <sos-sponsor-button market="CA" appeal></sos-sponsor-button>
    </sos-village>
  </div>
`;

const meta = {
  title: 'Composition/Languages',
  render: () => widgets(),
  play: settle,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const English: Story = { globals: { locale: 'en' } };
export const French: Story = { globals: { locale: 'fr' } };
export const Russian: Story = { globals: { locale: 'ru' } };
export const Kazakh: Story = { globals: { locale: 'kk' } };
/** Two languages on one page: each widget follows its own nearest `lang`, whatever the page's. */
export const SideBySide: Story = {
  render: () => html`<div class="story-side-by-side">
      <sos-impact-stats lang="ru" src=${SAMPLE} layout="compact"></sos-impact-stats>
      <sos-impact-stats lang="fr" src=${SAMPLE} layout="compact"></sos-impact-stats>
    </div>
    <style>
      .story-side-by-side { display: grid; gap: 1.5rem; }
    </style>`,
};
