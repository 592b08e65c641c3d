import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import tokens from 'virtual:sos-tokens';
import { SAMPLE } from '../mock-data.js';
import { settle } from '../settle.js';

/**
 * Every token the widgets read is a control: set one and every widget below changes at once, on a
 * light page and on a dark one; the CSS to paste into the partner's stylesheet is kept beside them.
 * The list comes from the code when Storybook builds, so a new token shows up here by itself.
 */
type Args = Record<string, unknown>;

const set = (args: Args) =>
  Object.entries(args).filter(
    ([name, value]) => name.startsWith('--sos-') && typeof value === 'string' && value.trim() !== '',
  ) as [string, string][];

/** The CSS a partner pastes: the tokens that differ from the defaults, on the widgets' wrapper. */
const themeCss = (args: Args) => {
  const lines = set(args).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length
    ? `.sos-theme {\n${lines.join('\n')}\n}`
    : '/* Every token at its default: set one in the controls. */';
};

async function copy(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const text = button.closest('.theme-editor')?.querySelector('pre')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select the text and copy it';
  }
}

const widgets = () => html`<sos-village src=${SAMPLE}>
  <sos-impact-stats layout="compact" sponsor market="CA"></sos-impact-stats>
  <sos-village-card></sos-village-card>
  <sos-village-facts></sos-village-facts>
  <sos-village-story sections="ca-poverty"></sos-village-story>
  <sos-village-media limit="1"></sos-village-media>
  <sos-sponsor-button appeal></sos-sponsor-button>
</sos-village>`;

const render = (args: Args) => {
  const style = styleMap(Object.fromEntries(set(args)));
  return html`<div class="theme-editor">
    <style>
      .theme-editor { display: grid; gap: 1rem; }
      .theme-editor .panes { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr)); align-items: start; }
      .theme-editor .pane { padding: 1rem; }
      .theme-editor .pane > h2 { margin: 0 0 0.5rem; font: 600 14px/1.4 system-ui, sans-serif; }
      .theme-editor .light { color-scheme: light; background: #fff; color: #1f1f1f; }
      .theme-editor .dark { color-scheme: dark; background: #121212; color: #e6e6e6; }
      .theme-editor .css { display: grid; gap: 0.5rem; justify-items: start; font: 14px/1.4 system-ui, sans-serif; }
      .theme-editor pre { margin: 0; padding: 0.75rem; background: #f4f4f4; color: #1f1f1f; border: 1px solid #ccc; font-size: 13px; white-space: pre-wrap; justify-self: stretch; }
      .theme-editor button { font: inherit; padding: 0.3rem 0.8rem; }
    </style>
    <div class="css">
      <strong>CSS for your page</strong>
      <pre>${themeCss(args)}</pre>
      <button type="button" @click=${copy}>Copy CSS</button>
    </div>
    <div class="panes">
      <section class="pane light sos-theme" style=${style} data-fixed-scheme aria-label="On a light page"><h2>Light page</h2>${widgets()}</section>
      <section class="pane dark sos-theme" style=${style} data-fixed-scheme aria-label="On a dark page"><h2>Dark page</h2>${widgets()}</section>
    </div>
  </div>`;
};

const meta = {
  title: 'Design tokens/Theme editor',
  render,
  argTypes: Object.fromEntries(
    tokens.map((token) => [
      token.name,
      {
        description: token.description || `Read by ${token.elements.join(', ')}.`,
        control: token.group === 'colour' ? { type: 'color' } : { type: 'text' },
        table: {
          category: token.group,
          defaultValue: { summary: token.default ?? 'none' },
          type: { summary: 'CSS value' },
        },
      },
    ]),
  ),
  parameters: { layout: 'fullscreen' },
  play: settle,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every widget at the defaults: change a token in the controls. */
export const Editor: Story = {};
/**
 * A partner brand: burgundy links and figures with a lighter pair for dark pages, a button that keeps
 * its saturated fill in both schemes, square corners, a serif UI face.
 */
export const PartnerBrand: Story = {
  args: {
    '--sos-color-primary': 'light-dark(#8a1538, #f2a7bb)',
    '--sos-color-primary-hover': 'light-dark(#6b0f2b, #f8cbd7)',
    '--sos-color-button': '#8a1538',
    '--sos-color-button-hover': '#6b0f2b',
    '--sos-color-accent': 'light-dark(#8a6208, #e0b44a)',
    '--sos-radius': '0px',
    '--sos-button-radius': '2px',
    '--sos-font-family': 'Georgia, serif',
  },
};
