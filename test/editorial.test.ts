/**
 * What a news site's design desk checks before it publishes a third-party embed, for every data
 * widget in every shipped language: it fits one phone screen, it says where it comes from, it never
 * splits a word across lines, its call to action reads on light and dark pages, and its
 * placeholder takes the room the ready widget will.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/all.js';
import { ALMATY_URL, nordhavn } from './fixtures/profiles.js';
import { until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords, type Widget } from './article.js';

const TAGS = [
  'sos-impact-stats',
  'sos-village-card',
  'sos-sponsor-button',
  'sos-village-story',
  'sos-village-facts',
  'sos-village-media',
] as const;
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
          const el = await inArticle(tag, 390 - 32, lang);
          const height = el.getBoundingClientRect().height;
          expect(height, `${tag} at 390 px in ${lang}`).to.be.at.most(PHONE_BUDGET);
          expect(el.shadowRoot!.querySelector('[part~="attribution"]'), 'a source line').to.exist;
          expect(splitWords(el).join('\n')).to.equal('');
        });
      }

      for (const width of [320, 360]) {
        it(`splits no word at ${width} px`, async () => {
          for (const tag of TAGS) {
            const el = await inArticle(tag, width - 32, lang);
            expect(splitWords(el).join('\n'), `<${tag}> at ${width} px`).to.equal('');
          }
        });
      }
    });
  }

  it('names its source for a second village too, linked to that village’s page', async () => {
    const profile = nordhavn();
    for (const tag of TAGS) {
      const el = await inArticle(tag, 600, 'en', { profile });
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
        const { held, ready } = await heldAndReady(tag, 358, lang);
        expect(Math.abs(held - ready), `<${tag}> in ${lang}: placeholder ${held} px, ready ${ready} px`).to.be.at.most(
          4,
        );
      }
    }
  });
});
