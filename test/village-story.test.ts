import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/village-story.js';
import type { SosVillageStory } from '../src/components/village-story/village-story.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords } from './article.js';

const headings = (el: SosVillageStory, level = 2) =>
  [...el.shadowRoot!.querySelectorAll(`h${level}`)].map((h) => h.textContent!.trim());
const tellings = (el: SosVillageStory) =>
  [...el.shadowRoot!.querySelectorAll('[part="telling"]')].map((p) => p.textContent!.trim());
const height = (el: Element) => el.getBoundingClientRect().height;

describe('<sos-village-story>', () => {
  failOnLitWarnings();
  useFreshData();

  it('is accessible when ready, collapsed and expanded, loading and on error', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL}></sos-village-story>`);
    await until(el);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await expect(await fixture(html`<sos-village-story></sos-village-story>`)).to.be.accessible();
    stubFetch({ 'https://data.example.org/x.json': new TypeError('offline') });
    const failed = await fixture<SosVillageStory>(
      html`<sos-village-story src="https://data.example.org/x.json"></sos-village-story>`,
    );
    await until(failed, 'error');
    await expect(failed).to.be.accessible();
  });

  it('tells one telling by default, the first, as quoted material with its source line', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL}></sos-village-story>`);
    await until(el);
    expect(headings(el)).to.deep.equal([
      "SOS Children's Villages in Almaty",
      'The capital city is home to many families on the poverty threshold',
      'Working with the authorities to provide support',
    ]);
    expect(tellings(el), 'one telling needs no name of its own').to.deep.equal([]);
    const quote = el.shadowRoot!.querySelector('blockquote[part="quote"]')!;
    expect(quote.getAttribute('cite')).to.equal('https://www.soschildrensvillages.ca/almaty');
    const source = el.shadowRoot!.querySelector('[part="attribution"]')!;
    expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.equal('From SOS Children’s Villages');
    expect(source.querySelector('a')!.href).to.equal('https://www.soschildrensvillages.ca/almaty');
    expect(
      quote.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING,
      'the source line comes after the story',
    ).to.be.greaterThan(0);
    // The source's wording stays; the editor's correction shows with it.
    const note = el.shadowRoot!.querySelector('[part="section-note"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Editor’s note: Almaty was Kazakhstan’s capital until 1997; the capital is now Astana.',
    );
    expect(note.previousElementSibling!.textContent).to.contain('The capital city');
  });

  it('tells every telling with source="all", each named by its source', async () => {
    const el = await fixture<SosVillageStory>(
      html`<sos-village-story src=${ALMATY_URL} source="all" expanded></sos-village-story>`,
    );
    await until(el);
    expect(headings(el)).to.deep.equal([
      "SOS Children's Villages in Almaty",
      'The capital city is home to many families on the poverty threshold',
      'Working with the authorities to provide support',
      'Many of Almaty’s families living in poverty',
      'How do we do in Almaty?',
      'A loving home',
    ]);
    expect(tellings(el)).to.deep.equal([
      "As told by \u2068SOS Children's Villages Canada\u2069",
      "As told by \u2068SOS Children's Villages UK\u2069",
    ]);
    expect(textOf(el)).to.contain('eleven SOS families');
    // The UK telling opens with its introduction, which has no heading.
    expect(textOf(el)).to.contain('supplement existing initiatives');
  });

  it('shows the sections an editor picks, in the editor’s order', async () => {
    const el = await fixture<SosVillageStory>(
      html`<sos-village-story src=${ALMATY_URL} sections="uk-how, ca-authorities missing-id"></sos-village-story>`,
    );
    await until(el);
    expect(headings(el)).to.deep.equal(['How do we do in Almaty?', 'Working with the authorities to provide support']);
    expect(el.shadowRoot!.querySelectorAll('[part="telling"]').length).to.equal(2);
    el.source = 'sos-canada';
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Working with the authorities to provide support']);
  });

  it('fits the host outline with heading-level', async () => {
    const el = await fixture<SosVillageStory>(
      html`<sos-village-story heading-level="4" .profile=${nordhavn() as VillageProfile}></sos-village-story>`,
    );
    expect(headings(el, 4)).to.deep.equal(['Life by the harbour']);
    expect(el.shadowRoot!.querySelectorAll('h2')).to.have.length(0);
  });

  it('shows only one source’s sections on request', async () => {
    const el = await fixture<SosVillageStory>(
      html`<sos-village-story src=${ALMATY_URL} source="sos-uk"></sos-village-story>`,
    );
    await until(el);
    expect(headings(el)).to.deep.equal([
      'Many of Almaty’s families living in poverty',
      'How do we do in Almaty?',
      'A loving home',
    ]);
    expect(textOf(el)).to.contain('supplement existing initiatives');
    expect(tellings(el)).to.deep.equal([]);
  });

  it('collapses by default behind a keyboard-operable "Read more" with aria-expanded, the rest clipped but in the page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 600px; font: 18px/1.6 Georgia, serif"><sos-village-story src=${ALMATY_URL}></sos-village-story></div>`,
    );
    const el = wrapper.firstElementChild as SosVillageStory;
    await until(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const quote = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(quote.localName).to.equal('blockquote');
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(el, '[part="toggle"]')).to.equal('Read more');
    // Clipped, not hidden: every paragraph is there for screen readers and search engines.
    const paragraphs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.paragraph')];
    expect(paragraphs).to.have.length(10);
    for (const p of paragraphs) {
      expect(getComputedStyle(p).display).not.to.equal('none');
      expect(getComputedStyle(p).visibility).to.equal('visible');
      expect(Boolean(p.closest('[hidden], [aria-hidden="true"]'))).to.equal(false);
    }
    const collapsed = height(quote);
    const lineHeight = parseFloat(getComputedStyle(quote).lineHeight);
    expect(collapsed).to.be.closeTo(14 * lineHeight, 1);
    expect(getComputedStyle(quote).maskImage).to.contain('gradient');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(height(quote)).to.be.above(collapsed * 2);
    expect(getComputedStyle(quote).maskImage).to.equal('none');
    expect(textOf(el, '[part="toggle"]')).to.equal('Show less');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(height(quote)).to.be.closeTo(collapsed, 1);
  });

  it('shows the whole story with expanded, with no button; collapsible (the old default) changes nothing', async () => {
    const full = await fixture<SosVillageStory>(
      html`<sos-village-story src=${ALMATY_URL} expanded></sos-village-story>`,
    );
    await until(full);
    expect(full.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(0);
    const quote = full.shadowRoot!.querySelector('[part="quote"]')!;
    expect(quote.scrollHeight).to.equal(quote.clientHeight);
    const old = await fixture<SosVillageStory>(
      html`<sos-village-story src=${ALMATY_URL} collapsible preview="2"></sos-village-story>`,
    );
    await until(old);
    await old.updateComplete;
    expect(old.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(1);
    expect(height(old)).to.be.below(height(full) / 2);
  });

  it('needs no toggle when the story is short', async () => {
    const el = await fixture<SosVillageStory>(
      html`<sos-village-story .profile=${nordhavn() as VillageProfile}></sos-village-story>`,
    );
    // Measured once laid out: the button goes before the next frame is drawn.
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="toggle"]'), 'the short story still has its button');
    expect(textOf(el)).to.contain('Second paragraph.');
    expect(el.shadowRoot!.querySelector('[part="attribution"] a')!.getAttribute('href')).to.equal(
      'https://example.org/nordhavn',
    );
  });

  it('says so when the village has no story', async () => {
    const el = await fixture<SosVillageStory>(
      html`<sos-village-story .profile=${{ ...nordhavn(), story: [] } as VillageProfile}></sos-village-story>`,
    );
    expect(textOf(el)).to.contain('no story');
  });

  describe('on a news page', () => {
    for (const lang of LANGUAGES) {
      it(`fits one phone screen collapsed, and splits no word, in ${lang}`, async () => {
        const el = await inArticle('sos-village-story', 390 - 32, lang);
        expect(height(el), `at 390 px in ${lang}`).to.be.at.most(PHONE_BUDGET);
        expect(el.shadowRoot!.querySelectorAll('[part="attribution"]')).to.have.length(1);
        expect(splitWords(el).join('\n')).to.equal('');
        for (const width of [320, 360]) {
          const narrow = await inArticle('sos-village-story', width - 32, lang);
          expect(splitWords(narrow).join('\n'), `at ${width} px`).to.equal('');
        }
      });

      it(`holds the collapsed story's height while loading, in ${lang}`, async () => {
        for (const width of [390 - 32, 680]) {
          const { held, ready } = await heldAndReady('sos-village-story', width, lang);
          expect(Math.abs(held - ready), `${width} px: placeholder ${held}, ready ${ready}`).to.be.at.most(4);
        }
      });
    }

    it('draws its fixed words at once while loading: the button and the source line', async () => {
      stubFetch({ 'https://data.example.org/hang.json': 'hang' });
      const el = await fixture<SosVillageStory>(
        html`<sos-village-story src="https://data.example.org/hang.json"></sos-village-story>`,
      );
      expect(textOf(el)).to.contain('Read more');
      expect(textOf(el, '[part="attribution"]')).to.equal('From SOS Children’s Villages');
      await expect(el).to.be.accessible();
    });

    it('fails in one short line with a way on', async () => {
      stubFetch({ 'https://data.example.org/x.json': new TypeError('offline') });
      const el = await fixture<SosVillageStory>(
        html`<sos-village-story src="https://data.example.org/x.json"></sos-village-story>`,
      );
      await until(el, 'error');
      expect(height(el)).to.be.below(80);
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="error-message"] a')!.href).to.match(/^https:/);
    });
  });
});
