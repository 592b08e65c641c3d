import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/village-facts.js';
import type { SosVillageFacts } from '../src/components/village-facts/village-facts.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { parseProfile } from '../src/data/parse.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords } from './article.js';

const facts = (el: SosVillageFacts) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('.fact')].map((fact) => [
      fact.querySelector('dt')!.textContent!.trim(),
      [...fact.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim()),
    ]),
  );

const parsed = (input: unknown) => {
  const result = parseProfile(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.profile;
};

describe('<sos-village-facts>', () => {
  failOnLitWarnings();
  useFreshData();

  it('is accessible when ready, loading and on error', async () => {
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts src=${ALMATY_URL}></sos-village-facts>`);
    await until(el);
    await expect(el).to.be.accessible();
    await expect(await fixture(html`<sos-village-facts></sos-village-facts>`)).to.be.accessible();
    stubFetch({ 'https://data.example.org/x.json': new Response('{}', { status: 200 }) });
    const failed = await fixture<SosVillageFacts>(
      html`<sos-village-facts src="https://data.example.org/x.json"></sos-village-facts>`,
    );
    await until(failed, 'error');
    await expect(failed).to.be.accessible();
  });

  it('publishes the Almaty facts as an editor would: one population range, numbered sources, the editor’s note', async () => {
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts src=${ALMATY_URL}></sos-village-facts>`);
    await until(el);
    expect(textOf(el, 'h2')).to.equal('Almaty at a glance');
    const shown = facts(el);
    expect(Object.keys(shown)).to.deep.equal([
      'Population',
      'Former capital',
      'Unemployment rate',
      'Standing',
      'Where it lies',
      'Economy',
      'Standard of living',
      'Children most at risk',
      'History',
    ]);
    // Two sources, two figures: one range, citing both.
    expect(shown.Population).to.deep.equal(['1.4–1.5 million Sources 1, 2']);
    expect(shown['Former capital']).to.deep.equal([
      'Until 1997 Sources 1, 2',
      'Editor’s note: The capital moved in 1997 to the city now called Astana.',
    ]);
    expect(shown['Unemployment rate']).to.deep.equal(['6.3% Sources 1', 'Above the national average']);
    expect(shown.Economy).to.have.length(2);
    // One list of sources, then the source line: three Tab stops, not one per fact.
    const sources = [...el.shadowRoot!.querySelectorAll('[part="source-item"]')].map((li) => li.textContent!.trim());
    expect(sources).to.deep.equal(["SOS Children's Villages Canada", "SOS Children's Villages UK"]);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://www.soschildrensvillages.ca/',
      'https://www.soschildrensvillages.org.uk/',
      'https://www.soschildrensvillages.ca/almaty',
    ]);
    expect(textOf(el, '[part="attribution"]')).to.equal('Figures: SOS Children’s Villages, updated November 1, 2026');
    expect(el.shadowRoot!.querySelector('.source-list')!.tagName).to.equal('OL');
  });

  it('numbers only the sources the facts cite, in the order they are first cited', async () => {
    const profile = nordhavn();
    profile.sources = [
      { id: 'unused', name: 'Never cited' },
      { id: 'second', name: 'Second Source' },
      { id: 'test-source', name: 'Test Source Ltd', url: 'https://example.org/source' },
    ];
    profile.facts = [
      { kind: 'statement', topic: 'economy', text: 'Fishing and shipping.', source: ['test-source', 'second'] },
      { kind: 'population', value: 21_000, source: 'second' },
      { kind: 'population', value: 21_500, source: 'missing-id' },
      { kind: 'statement', topic: 'other', text: 'A test fact.', note: 'A test note.' },
    ];
    const el = await fixture<SosVillageFacts>(
      html`<sos-village-facts .profile=${parsed(profile)}></sos-village-facts>`,
    );
    expect(facts(el)).to.deep.equal({
      Population: ['21,000–21,500 Sources 2'],
      Economy: ['Fishing and shipping. Sources 1, 2'],
      Also: ['A test fact.', 'Editor’s note: A test note.'],
    });
    expect(
      [...el.shadowRoot!.querySelectorAll('[part="source-item"]')].map((li) => li.textContent!.trim()),
    ).to.deep.equal(['Test Source Ltd', 'Second Source']);
  });

  it('reads one figure that several sources agree on as they word it', async () => {
    const profile = nordhavn();
    profile.sources = [...profile.sources!, { id: 'second', name: 'Second Source' }];
    profile.facts = [
      { kind: 'population', value: 21_000, approximation: 'exact', source: 'test-source' },
      { kind: 'population', value: 21_000, approximation: 'exact', source: 'second' },
    ];
    const el = await fixture<SosVillageFacts>(
      html`<sos-village-facts .profile=${parsed(profile)}></sos-village-facts>`,
    );
    expect(facts(el).Population).to.deep.equal(['21,000 Sources 1, 2']);
    profile.facts[1] = { kind: 'population', value: 21_000, approximation: 'more-than', source: 'second' };
    el.profile = parsed(profile);
    await el.updateComplete;
    expect(facts(el).Population).to.deep.equal(['about 21,000 Sources 1, 2']);
  });

  it('hides source numbers and the list with hide-sources', async () => {
    const el = await fixture<SosVillageFacts>(
      html`<sos-village-facts src=${ALMATY_URL} hide-sources></sos-village-facts>`,
    );
    await until(el);
    expect(el.shadowRoot!.querySelectorAll('[part="refs"], [part="sources"], [part="source-item"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('a').length, 'the source line’s link alone').to.equal(1);
    expect(facts(el).Population).to.deep.equal(['1.4–1.5 million']);
  });

  it('shows a made-up village’s facts in full figures when small', async () => {
    const el = await fixture<SosVillageFacts>(
      html`<sos-village-facts .profile=${nordhavn() as VillageProfile} hide-sources></sos-village-facts>`,
    );
    expect(facts(el)).to.deep.equal({ Population: ['21,500'], 'Unemployment rate': ['2.5%'] });
    expect(textOf(el, 'h2')).to.equal('Nordhavn at a glance');
    expect(el.shadowRoot!.querySelectorAll('[part="toggle"]'), 'nothing more to show').to.have.length(0);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="attribution"] a')!.href).to.equal(
      'https://example.org/nordhavn',
    );
    expect(textOf(el, '[part="attribution"]')).to.equal('Figures: SOS Children’s Villages, updated March 4, 2025');
  });

  it('speaks the page language: terms, compact figures and percentages', async () => {
    const wrapper = await fixture(html`<div lang="fr"><sos-village-facts src=${ALMATY_URL}></sos-village-facts></div>`);
    const el = wrapper.querySelector('sos-village-facts')!;
    await until(el);
    expect(facts(el).Population[0]).to.match(/^1,4–1,5\smillion/);
    expect(facts(el)['Taux de chômage'][0]).to.match(/^6,3\s%/);
    expect(facts(el)['Ancienne capitale'][0]).to.match(/^jusqu’en 1997/);
  });

  it('leads with the key figures and shows the rest in place with "Show all facts"', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 358px; font: 18px/1.6 Georgia, serif"><sos-village-facts src=${ALMATY_URL}></sos-village-facts></div>`,
    );
    const el = wrapper.firstElementChild as SosVillageFacts;
    await until(el);
    const seen = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.fact')]
        .filter((fact) => fact.getBoundingClientRect().height > 1)
        .map((fact) => fact.querySelector('dt')!.textContent!.trim());
    expect(seen()).to.deep.equal(['Population', 'Former capital', 'Unemployment rate']);
    // The rest is in the page for screen readers all along.
    expect(Object.keys(facts(el))).to.have.length(9);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect([toggle.localName, toggle.getAttribute('aria-expanded'), textOf(el, '[part="toggle"]')]).to.deep.equal([
      'button',
      'false',
      'Show all facts',
    ]);
    expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.localName).to.equal('dl');
    const before = el.getBoundingClientRect().height;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(seen()).to.have.length(9);
    expect(el.getBoundingClientRect().height).to.be.above(before * 1.5);
    await expect(el).to.be.accessible();
    const full = await fixture<SosVillageFacts>(
      html`<sos-village-facts src=${ALMATY_URL} expanded></sos-village-facts>`,
    );
    await until(full);
    expect(full.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(0);
  });

  it('takes its heading from heading, as plain text', async () => {
    const el = await fixture<SosVillageFacts>(
      html`<sos-village-facts heading-text="<b>Our city</b>" .profile=${nordhavn() as VillageProfile}></sos-village-facts>`,
    );
    expect(textOf(el, 'h2')).to.equal('<b>Our city</b>');
    expect(el.shadowRoot!.querySelectorAll('h2 b')).to.have.length(0);
  });

  it('rules its rows with hairlines in the border colour, and keeps each footnote number with its word', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 288px; font: 18px/1.6 Georgia, serif"><sos-village-facts src=${ALMATY_URL} expanded></sos-village-facts></div>`,
    );
    const el = wrapper.firstElementChild as SosVillageFacts;
    await until(el);
    const fact = el.shadowRoot!.querySelector('.fact')!;
    const style = getComputedStyle(fact);
    expect([style.borderTopWidth, style.borderTopColor]).to.deep.equal([
      '1px',
      getComputedStyle(el.shadowRoot!.querySelector('.base')!).borderTopColor,
    ]);
    for (const refs of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="refs"]')) {
      const range = document.createRange();
      range.setStart(refs.parentElement!, 0);
      range.setEndBefore(refs);
      const wordBottom = Math.max(...Array.from(range.getClientRects()).map((r) => r.bottom));
      const refsTop = refs.getBoundingClientRect().top;
      expect(refsTop, `"${refs.parentElement!.textContent}"`).to.be.below(wordBottom);
    }
  });

  describe('on a news page', () => {
    for (const lang of LANGUAGES) {
      it(`fits one phone screen, names its source, splits no word and holds its height, in ${lang}`, async () => {
        const el = await inArticle('sos-village-facts', 390 - 32, lang);
        expect(el.getBoundingClientRect().height, `at 390 px in ${lang}`).to.be.at.most(PHONE_BUDGET);
        expect(el.shadowRoot!.querySelectorAll('[part="attribution"]')).to.have.length(1);
        expect(splitWords(el).join('\n')).to.equal('');
        for (const width of [320, 360]) {
          const narrow = await inArticle('sos-village-facts', width - 32, lang, { attributes: 'expanded' });
          expect(splitWords(narrow).join('\n'), `all facts at ${width} px`).to.equal('');
        }
        for (const width of [390 - 32, 680]) {
          const { held, ready } = await heldAndReady('sos-village-facts', width, lang);
          expect(Math.abs(held - ready), `${width} px: placeholder ${held}, ready ${ready}`).to.be.at.most(4);
        }
      });
    }

    it('draws its fixed words at once while loading, and fails in one short line with a way on', async () => {
      stubFetch({
        'https://data.example.org/hang.json': 'hang',
        'https://data.example.org/x.json': new TypeError('offline'),
      });
      const loading = await fixture<SosVillageFacts>(
        html`<sos-village-facts src="https://data.example.org/hang.json"></sos-village-facts>`,
      );
      expect(textOf(loading)).to.contain('Show all facts');
      expect(textOf(loading)).to.contain('Sources');
      expect(textOf(loading)).to.contain('Figures: SOS Children’s Villages');
      await expect(loading).to.be.accessible();
      const failed = await fixture<SosVillageFacts>(
        html`<sos-village-facts src="https://data.example.org/x.json"></sos-village-facts>`,
      );
      await until(failed, 'error');
      expect(failed.getBoundingClientRect().height).to.be.below(100);
    });
  });
});
