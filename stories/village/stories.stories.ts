import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FAILING, HANGING, SAMPLE } from '../mock-data.js';
import { settle } from '../settle.js';

/**
 * `<sos-village>` draws nothing itself: it reads one profile and shares it with every widget inside,
 * so a page with five widgets makes one request. Its stories show it in a labelled frame with two
 * widgets inside, in each state of the data.
 */
const provider = (src: string) => html`
  <style>
    .story-provider { border: 2px dashed #8a8a8a; border-radius: 4px; padding: 0.75rem; }
    .story-provider > p { margin: 0 0 0.5rem; font: 600 13px/1.4 system-ui, sans-serif; color: #4a4a4a; }
    :root[data-page-scheme='dark'] .story-provider > p { color: #c8c8c8; }
  </style>
  <div class="story-provider">
    <p>&lt;sos-village src="${src}"&gt; (draws nothing itself)</p>
    <sos-village src=${src} timeout=${src === HANGING ? 3_600_000 : nothing}>
      <sos-impact-stats layout="compact" hide-descriptions></sos-impact-stats>
      <sos-sponsor-button></sos-sponsor-button>
    </sos-village>
  </div>
`;

const meta = {
  title: 'Widgets/Village provider/States',
  component: 'sos-village',
  render: (args) => provider(String(args.src)),
  args: { src: SAMPLE },
  argTypes: { src: { control: false } },
  play: settle,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** One request, shared by both widgets. */
export const Ready: Story = {};
/** Every widget inside shows its loading placeholder. */
export const Loading: Story = { args: { src: HANGING }, tags: ['expect-loading'] };
/** Every widget inside shows its failed state, with a working way to sponsor. */
export const Error: Story = { args: { src: FAILING }, tags: ['expect-error'] };
