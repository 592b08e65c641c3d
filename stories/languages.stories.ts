import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE } from './mock-data.js';

/**
 * The same widgets in each language, as on a page whose `lang` is set to it: UI strings, the
 * profile's translated text, numbers and plurals. The sample profile carries every text in all four
 * languages; a profile text missing in a language shows in the profile's default one, marked with
 * its `lang`.
 */
const inLanguage = (lang: string) => html`
  <style>
    .story-languages { display: grid; gap: 1.5rem; max-width: 760px; }
  </style>
  <div class="story-languages" lang=${lang}>
    <sos-village src=${SAMPLE}>
      <sos-village-media></sos-village-media>
      <sos-impact-stats sponsor market="auto"></sos-impact-stats>
      <sos-village-card></sos-village-card>
      <sos-village-facts></sos-village-facts>
      <sos-village-story sections="ca-poverty" collapsible></sos-village-story>
      <sos-sponsor-button market="CA" appeal></sos-sponsor-button>
    </sos-village>
  </div>
`;

const meta = {
  title: 'Composition/Languages',
  component: 'sos-village',
} satisfies Meta;

export default meta;

export const English: StoryObj = { render: () => inLanguage('en') };
export const French: StoryObj = { render: () => inLanguage('fr') };
export const Russian: StoryObj = { render: () => inLanguage('ru') };
export const Kazakh: StoryObj = { render: () => inLanguage('kk') };
/** Two languages on one page: each widget follows its own nearest `lang`. */
export const SideBySide: StoryObj = {
  render: () => html`<div style="display: grid; gap: 1.5rem">
    <sos-impact-stats lang="ru" src=${SAMPLE} layout="compact"></sos-impact-stats>
    <sos-impact-stats lang="fr" src=${SAMPLE} layout="compact"></sos-impact-stats>
  </div>`,
};
