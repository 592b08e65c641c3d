/**
 * Shared story helpers: render an element from its args (attributes, properties and --sos-*
 * custom properties, the way a page would set them), and the stories every data widget has.
 */
import { DOWN_WITH_COPY, FAILING, HANGING } from './mock-data.js';

type Args = Record<string, unknown>;

/** Story-only args: not attributes of the element. */
const STORY_ARGS = new Set(['fallback', 'width']);

/**
 * The element `tag` with `args` applied. `fallback` (HTML) becomes its light-DOM content; `width`
 * puts it in a box of that width, to show how it lays itself out by its own width.
 */
export function renderElement(tag: string, args: Args): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (STORY_ARGS.has(name) || value === undefined || value === null || value === '' || typeof value === 'function')
      continue;
    if (name.startsWith('--')) el.style.setProperty(name, String(value));
    else if (typeof value === 'object') (el as unknown as Args)[name] = value;
    else if (typeof value === 'boolean') el.toggleAttribute(name, value);
    else if (/^[a-z-]+$/.test(name)) el.setAttribute(name, String(value));
    else (el as unknown as Args)[name] = value;
  }
  if (typeof args.fallback === 'string') el.innerHTML = args.fallback;
  if (!args.width) return el;
  const box = document.createElement('div');
  box.style.width = String(args.width);
  box.style.maxWidth = '100%';
  box.append(el);
  return box;
}

/** The story-only args, described: `width` in every meta that sets it, `fallback` where a state shows it. */
export const STORY_ARG_TYPES = {
  width: {
    description:
      'Width of the box the story puts the element in (the element lays itself out by its own width). Story only, not an attribute.',
    control: 'text',
    table: { category: 'story', type: { summary: 'CSS length' } },
  },
  fallback: {
    description:
      'The partner’s own HTML inside the element, shown until the data arrives and when it fails. Story only: on a page it is the element’s content.',
    control: false,
    table: { category: 'story', type: { summary: 'HTML' } },
  },
} as const;

/** The `fallback` control, for the stories that show the fallback. */
export const FALLBACK_CONTROL = { fallback: { ...STORY_ARG_TYPES.fallback, control: 'text' } } as const;

/**
 * The controls of a story that shows the element loading or failed: the data-dependent ones change
 * nothing there, so only where the data comes from, the fallback, the scheme and the button's `href`.
 */
export const STATE_PARAMETERS = { controls: { include: ['src', 'color-scheme', 'href'] } };

/** The same with the partner's fallback, which takes the place of the element's own link. */
export const FALLBACK_PARAMETERS = { controls: { include: ['src', 'fallback', 'color-scheme'] } };

/** A partner brand set through custom properties only. */
export const PARTNER_BRAND: Args = {
  '--sos-color-primary': '#8a1538',
  '--sos-color-primary-hover': '#6b0f2b',
  '--sos-color-accent': '#b07d0a',
  '--sos-color-surface-muted': '#fbf3f5',
  '--sos-radius': '2px',
  '--sos-font-family': 'Georgia, serif',
};

/** The brand's button corners, for the widgets that draw a button. */
export const PARTNER_BUTTON: Args = { '--sos-button-radius': '2px' };

/**
 * Args of the states every data widget has. Stories that show loading or error on purpose carry
 * the tag `expect-loading` or `expect-error` (as a literal: Storybook reads tags statically), so the
 * story test knows; every other story must reach `ready`.
 */
export function stateArgs(fallbackText: string) {
  const fallback = `<a href="https://www.soschildrensvillages.ca/almaty">${fallbackText}</a>`;
  return {
    // A timeout far beyond any story's life: the element gives up on a hanging endpoint after 10 s by default.
    loading: { src: HANGING, timeout: 3_600_000 },
    loadingWithFallback: { src: HANGING, timeout: 3_600_000, fallback },
    error: { src: FAILING },
    errorWithFallback: { src: FAILING, fallback },
    stale: { src: DOWN_WITH_COPY },
  };
}
