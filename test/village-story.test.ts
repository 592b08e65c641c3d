import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/village-story.js';
import type { SosVillageStory } from '../src/components/village-story/village-story.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';

const headings = (el: SosVillageStory, level = 2) =>
  [...el.shadowRoot!.querySelectorAll(`h${level}`)].filter((h) => !h.closest('[hidden]')).map((h) => h.textContent!.trim());

describe('<sos-village-story>', () => {
  failOnLitWarnings();
  useFreshData();

  it('is accessible when ready, collapsed and expanded, loading and on error', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL} collapsible></sos-village-story>`);
    await until(el);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await expect(await fixture(html`<sos-village-story></sos-village-story>`)).to.be.accessible();
    stubFetch({ 'https://data.example.org/x.json': new TypeError('offline') });
    const failed = await fixture<SosVillageStory>(html`<sos-village-story src="https://data.example.org/x.json"></sos-village-story>`);
    await until(failed, 'error');
    await expect(failed).to.be.accessible();
  });

  it('tells the Almaty story as both pages tell it, each telling named by its source', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL}></sos-village-story>`);
    await until(el);
    expect(headings(el)).to.deep.equal([
      "SOS Children's Villages in Almaty",
      'The capital city is home to many families on the poverty threshold',
      'Working with the authorities to provide support',
      'Many of Almaty’s families living in poverty',
      'How do we do in Almaty?',
      'A loving home',
    ]);
    expect([...el.shadowRoot!.querySelectorAll('[part="telling"]')].map((p) => p.textContent!.trim())).to.deep.equal([
      "As told by \u2068SOS Children's Villages Canada\u2069",
      "As told by \u2068SOS Children's Villages UK\u2069",
    ]);
    expect(textOf(el)).to.contain('eleven SOS families');
    // The UK telling opens with its introduction, which has no heading.
    expect(textOf(el)).to.contain('supplement existing initiatives');
    // The source's wording stays; the editor's correction shows with it.
    const note = el.shadowRoot!.querySelector('[part="section-note"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Editor’s note: Almaty was Kazakhstan’s capital until 1997; the capital is now Astana.');
    expect(note.previousElementSibling!.textContent).to.contain('The capital city');
  });

  it('shows the sections an editor picks, in the editor’s order', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL} sections="uk-how, ca-authorities missing-id"></sos-village-story>`);
    await until(el);
    expect(headings(el)).to.deep.equal(['How do we do in Almaty?', 'Working with the authorities to provide support']);
    expect(el.shadowRoot!.querySelectorAll('[part="telling"]').length).to.equal(2);
    el.source = 'sos-canada';
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Working with the authorities to provide support']);
  });

  it('fits the host outline with heading-level', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story heading-level="4" .profile=${nordhavn() as VillageProfile}></sos-village-story>`);
    expect(headings(el, 4)).to.deep.equal(['Life by the harbour']);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('shows only one source’s sections on request', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL} source="sos-uk"></sos-village-story>`);
    await until(el);
    expect(headings(el)).to.deep.equal(['Many of Almaty’s families living in poverty', 'How do we do in Almaty?', 'A loving home']);
    expect([...el.shadowRoot!.querySelectorAll('[part="telling"]')].map((p) => p.textContent!.trim())).to.deep.equal([
      "As told by \u2068SOS Children's Villages UK\u2069",
    ]);
  });

  it('collapses behind a keyboard-operable "Read more" with aria-expanded', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story src=${ALMATY_URL} collapsible preview="2"></sos-village-story>`);
    await until(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const more = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(more.hidden).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.paragraph:not([hidden] .paragraph)')).to.have.length(2);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(more.hidden).to.equal(false);
    expect(textOf(el, '[part="toggle"]')).to.equal('Show less');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(more.hidden).to.equal(true);
  });

  it('needs no toggle when the story is short', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story collapsible preview="5" .profile=${nordhavn() as VillageProfile}></sos-village-story>`);
    expect(el.shadowRoot!.querySelector('[part="toggle"]')).to.equal(null);
  });

  it('says so when the village has no story', async () => {
    const el = await fixture<SosVillageStory>(html`<sos-village-story .profile=${{ ...nordhavn(), story: [] } as VillageProfile}></sos-village-story>`);
    expect(textOf(el)).to.contain('no story');
  });
});
