/**
 * Checks a news site's design desk makes of an embed, shared by the call-to-action elements'
 * tests: the element placed in an article's column (serif 18px / 1.6), its held and ready heights,
 * and words split across lines without a hyphen.
 */
import { fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ALMATY_URL } from './fixtures/profiles.js';
import { stubFetch, until } from './helpers.js';

export const LANGUAGES = ['en', 'fr', 'ru', 'kk'] as const;

/** An 844px phone screen less the browser's bars. */
export const PHONE_BUDGET = 800;

const HANGING_URL = 'https://data.example.org/hanging.json';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/**
 * `tag` in a column `width` wide, in `lang`, from the sample profile; with `loading`, from an
 * address that never answers (once the language's texts are loaded by a ready twin).
 */
export async function inArticle(tag: string, width: number, lang: string, attributes = '', loading = false): Promise<Widget> {
  if (loading) stubFetch({ [HANGING_URL]: 'hang' });
  const wrapper = await fixture<HTMLElement>(
    staticHtml`<div lang=${lang} style="width:${width}px;font:18px/1.6 Georgia,serif">${unsafeStatic(
      `<${tag} src="${loading ? HANGING_URL : ALMATY_URL}" ${attributes}></${tag}>`,
    )}</div>`,
  );
  const el = wrapper.firstElementChild as Widget;
  if (!loading) await until(el);
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

/** The heights of `tag` while loading and once ready, in the same column and language. */
export async function heldAndReady(tag: string, width: number, lang: string, attributes = ''): Promise<{ held: number; ready: number }> {
  const ready = (await inArticle(tag, width, lang, attributes)).getBoundingClientRect().height;
  const loading = await inArticle(tag, width, lang, attributes, true);
  await new Promise(requestAnimationFrame);
  return { held: loading.getBoundingClientRect().height, ready };
}

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
 * dictionaries, so any split here is a break in the middle of a word.
 */
export function splitWords(el: Element): string[] {
  const split: string[] = [];
  for (const node of textNodes(el)) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden')) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    for (const match of node.data.matchAll(/[^\s\u2066-\u2069]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.bottom)),
      );
      if (lines.size > 1 && !/[-\u00ad\u2010]/.test(match[0])) split.push(`"${match[0]}" in <${parent.localName} class="${parent.className}">`);
    }
  }
  return split;
}
