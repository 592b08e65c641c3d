/**
 * An element set in a news article's column (serif 18 px / 1.6, in a language), and the checks a
 * news site's design desk makes on it: no word split across lines without a hyphen, and a
 * placeholder that takes the room the ready element will.
 */
import { fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ALMATY_URL } from './fixtures/profiles.js';
import { prepare } from '../src/internal/localize.js';
import { resetData, until } from './helpers.js';

export const LANGUAGES = ['en', 'fr', 'ru', 'kk'] as const;

/** An 844 px phone screen less the browser's bars. */
export const PHONE_BUDGET = 800;

export type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; profile?: unknown };

export interface Placing {
  src?: string;
  profile?: unknown;
  /** Attributes as written in HTML: `expanded`, `limit="2"`. */
  attributes?: string;
  /** Set: waits for this state; unset, for `ready`. */
  state?: 'ready' | 'error' | 'loading';
}

/** `tag` in an article column `width` px wide (a phone's width less 16 px margins each side). */
export async function inArticle(tag: string, width: number, lang: string, placing: Placing = {}): Promise<Widget> {
  const name = unsafeStatic(tag);
  const attributes = unsafeStatic(placing.attributes ?? '');
  const src = placing.profile ? '' : (placing.src ?? ALMATY_URL);
  const wrapper = await fixture<HTMLElement>(
    staticHtml`<div lang=${lang} style="width:${width}px;font:18px/1.6 Georgia,serif"><${name} src=${src} .profile=${placing.profile} ${attributes}></${name}></div>`,
  );
  const el = wrapper.firstElementChild as Widget;
  await until(el, placing.state ?? 'ready');
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

/** Every text node under `root`, through open shadow roots and into slots' light DOM. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return found;
}

/**
 * Words drawn on more than one line with no hyphen at the break. This browser has no hyphenation
 * dictionaries, so any split here, but after the hyphen of a compound, is a break in the middle
 * of a word.
 */
export function splitWords(el: Element): string[] {
  const split: string[] = [];
  for (const node of textNodes(el)) {
    const parent = node.parentElement;
    const style = parent && getComputedStyle(parent);
    if (!style || style.display === 'none' || style.visibility === 'hidden') continue;
    if (parent.closest('.visually-hidden')) continue;
    // A hyphenated compound ("юго-востоке") may break after its hyphen: each part is a word here.
    for (const match of node.data.matchAll(/[^\s\u2066-\u2069\u2010-]+[\u2010-]?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.bottom)),
      );
      if (lines.size > 1) split.push(`"${match[0]}" in <${parent.localName} class="${parent.className}">`);
    }
  }
  return split;
}

/**
 * The element's height while its data is on its way, then once it is ready: the placeholder is
 * drawn at its natural height (no page stylesheet holds it here).
 */
export async function heldAndReady(
  tag: string,
  width: number,
  lang: string,
  attributes = '',
): Promise<{ held: number; ready: number }> {
  resetData();
  const name = unsafeStatic(tag);
  let answer!: (value: Response) => void;
  const original = window.fetch;
  const pending = new Promise<Response>((resolve) => (answer = resolve));
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    String(input).includes('almaty.json') ? pending : original(input, init)) as typeof fetch;
  try {
    // The placeholder in the element's language from the start, as on a page whose texts are cached.
    await prepare(lang);
    const wrapper = await fixture<HTMLElement>(
      staticHtml`<div lang=${lang} style="width:${width}px;font:18px/1.6 Georgia,serif"><${name} src=${ALMATY_URL} ${unsafeStatic(attributes)}></${name}></div>`,
    );
    const el = wrapper.firstElementChild as Widget;
    await el.updateComplete;
    await document.fonts.ready;
    const held = el.getBoundingClientRect().height;
    answer(await original(ALMATY_URL));
    await until(el);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const ready = el.getBoundingClientRect().height;
    return { held, ready };
  } finally {
    window.fetch = original;
  }
}
