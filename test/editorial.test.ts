/**
 * What a news site's design desk checks before it publishes a third-party embed, for every data
 * widget in every shipped language: it fits one phone screen, it says where it comes from, it never
 * splits a word across lines, its call to action reads on light and dark pages, and its
 * placeholder takes the room the ready widget will.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define/all.js';
import { ALMATY_URL, nordhavn } from './fixtures/profiles.js';
import { resetData, until, useFreshData } from './helpers.js';

const TAGS = [
  'sos-impact-stats',
  'sos-village-card',
  'sos-sponsor-button',
  'sos-village-story',
  'sos-village-facts',
  'sos-village-media',
] as const;
const LANGUAGES = ['en', 'fr', 'ru', 'kk'] as const;
/** An 844 px phone screen less the browser's bars. */
const PHONE_BUDGET = 800;

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; profile?: unknown };

async function place(tag: string, width: number, lang: string, attributes: { src?: string; profile?: unknown } = { src: ALMATY_URL }): Promise<Widget> {
  const name = unsafeStatic(tag);
  const wrapper = await fixture<HTMLElement>(
    staticHtml`<div lang=${lang} style="width:${width}px;font:18px/1.6 Georgia,serif"><${name} src=${attributes.src ?? ''} .profile=${attributes.profile}></${name}></div>`,
  );
  const el = wrapper.firstElementChild as Widget;
  await until(el);
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

/** Every text node under `root`, through open shadow roots. */
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
 * Words drawn on more than one line. A hyphenating browser may split a word with a hyphen; this
 * browser has no hyphenation dictionaries, so any split here is a break in the middle of a word.
 */
function splitWords(el: Element): string[] {
  const split: string[] = [];
  for (const node of textNodes(el)) {
    const style = node.parentElement && getComputedStyle(node.parentElement);
    if (!style || style.display === 'none' || style.visibility === 'hidden') continue;
    if (node.parentElement!.closest('.visually-hidden')) continue;
    // A compound's own hyphen ("au-dessus", "ата-ана") is a break a reader expects.
    for (const match of node.data.matchAll(/[^\s\u2066-\u2069\-\u2010\u2011]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) split.push(`"${match[0]}" in <${node.parentElement!.localName} class="${node.parentElement!.className}">`);
    }
  }
  return split;
}

/** WCAG relative luminance of a computed `rgb()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('widgets on a news page', function () {
  this.timeout(20000);
  useFreshData();

  for (const lang of LANGUAGES) {
    describe(`in ${lang}`, () => {
      for (const tag of TAGS) {
        it(`<${tag}> fits one phone screen, names its source and splits no word at 390 px`, async () => {
          const el = await place(tag, 390 - 32, lang);
          const height = el.getBoundingClientRect().height;
          expect(height, `${tag} at 390 px in ${lang}`).to.be.at.most(PHONE_BUDGET);
          expect(el.shadowRoot!.querySelector('[part~="attribution"]'), 'a source line').to.exist;
          expect(splitWords(el).join("\n")).to.equal("");
        });
      }

      for (const width of [320, 360]) {
        it(`splits no word at ${width} px`, async () => {
          for (const tag of TAGS) {
            const el = await place(tag, width - 32, lang);
            expect(splitWords(el).join("\n"), `<${tag}> at ${width} px`).to.equal("");
          }
        });
      }
    });
  }

  it('names its source for a second village too, linked to that village’s page', async () => {
    const profile = nordhavn();
    for (const tag of TAGS) {
      const el = await place(tag, 600, 'en', { profile });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="attribution"] a');
      expect(link?.href, tag).to.equal('https://example.org/nordhavn');
      expect(link?.textContent).to.contain('SOS Children’s Villages');
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the sponsor button’s text at 4.5:1 or more on a ${scheme} page`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="color-scheme:${scheme};background:${scheme === 'dark' ? '#121212' : '#fff'};width:390px">
          <sos-sponsor-button src=${ALMATY_URL}></sos-sponsor-button>
        </div>`,
      );
      const el = wrapper.firstElementChild as Widget;
      await until(el);
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
      const style = getComputedStyle(button);
      const ratio = contrast(style.color, style.backgroundColor);
      expect(ratio, `${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
    });
  }

  it('holds the ready height while loading: the placeholder is within 4 px of what loads', async () => {
    for (const tag of TAGS) {
      for (const lang of ['en', 'kk']) {
        resetData();
        const name = unsafeStatic(tag);
        let answer!: (value: Response) => void;
        const original = window.fetch;
        const pending = new Promise<Response>((resolve) => (answer = resolve));
        window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
          String(input).includes('almaty.json') ? pending : original(input, init)) as typeof fetch;
        try {
          const wrapper = await fixture<HTMLElement>(
            staticHtml`<div lang=${lang} style="width:358px;font:18px/1.6 Georgia,serif"><${name} src=${ALMATY_URL}></${name}></div>`,
          );
          const el = wrapper.firstElementChild as Widget;
          await el.updateComplete;
          const held = el.getBoundingClientRect().height;
          answer(await original(ALMATY_URL));
          await until(el);
          await el.updateComplete;
          const ready = el.getBoundingClientRect().height;
          expect(Math.abs(held - ready), `<${tag}> in ${lang}: placeholder ${held} px, ready ${ready} px`).to.be.at.most(4);
        } finally {
          window.fetch = original;
        }
      }
    }
  });
});
