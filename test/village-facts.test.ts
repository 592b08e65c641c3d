import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/village-facts.js';
import type { SosVillageFacts } from '../src/components/village-facts/village-facts.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { parseProfile } from '../src/data/parse.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';

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
    const failed = await fixture<SosVillageFacts>(html`<sos-village-facts src="https://data.example.org/x.json"></sos-village-facts>`);
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
      'Standing',
      'Former capital',
      'Where it lies',
      'Economy',
      'Standard of living',
      'Unemployment rate',
      'Children most at risk',
      'History',
    ]);
    // Two sources, two figures: one range, citing both.
    expect(shown.Population).to.deep.equal(['1.4–1.5 million Sources 1, 2']);
    expect(shown['Former capital']).to.deep.equal([
      'Until 1997 Sources 1, 2 Editor’s note: The capital moved in 1997 to the city now called Astana.',
    ]);
    expect(shown['Unemployment rate']).to.deep.equal(['6.3% Above the national average Sources 1']);
    expect(shown.Economy).to.have.length(2);
    // One list of sources, the only links: two Tab stops, not one per fact.
    const sources = [...el.shadowRoot!.querySelectorAll('[part="source"]')].map((li) => li.textContent!.trim());
    expect(sources).to.deep.equal(["SOS Children's Villages Canada", "SOS Children's Villages UK"]);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://www.soschildrensvillages.ca/',
      'https://www.soschildrensvillages.org.uk/',
    ]);
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
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts .profile=${parsed(profile)}></sos-village-facts>`);
    expect(facts(el)).to.deep.equal({
      Economy: ['Fishing and shipping. Sources 1, 2'],
      Population: ['21,000–21,500 Sources 2'],
      Also: ['A test fact. Editor’s note: A test note.'],
    });
    expect([...el.shadowRoot!.querySelectorAll('[part="source"]')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Test Source Ltd',
      'Second Source',
    ]);
  });

  it('reads one figure that several sources agree on as they word it', async () => {
    const profile = nordhavn();
    profile.sources = [...profile.sources!, { id: 'second', name: 'Second Source' }];
    profile.facts = [
      { kind: 'population', value: 21_000, approximation: 'exact', source: 'test-source' },
      { kind: 'population', value: 21_000, approximation: 'exact', source: 'second' },
    ];
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts .profile=${parsed(profile)}></sos-village-facts>`);
    expect(facts(el).Population).to.deep.equal(['21,000 Sources 1, 2']);
    profile.facts[1] = { kind: 'population', value: 21_000, approximation: 'more-than', source: 'second' };
    el.profile = parsed(profile);
    await el.updateComplete;
    expect(facts(el).Population).to.deep.equal(['about 21,000 Sources 1, 2']);
  });

  it('hides source numbers and the list with hide-sources', async () => {
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts src=${ALMATY_URL} hide-sources></sos-village-facts>`);
    await until(el);
    expect(el.shadowRoot!.querySelectorAll('[part="refs"], [part="sources"], a').length).to.equal(0);
    expect(facts(el).Population).to.deep.equal(['1.4–1.5 million']);
  });

  it('shows a made-up village’s facts in full figures when small', async () => {
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts .profile=${nordhavn() as VillageProfile} hide-sources></sos-village-facts>`);
    expect(facts(el)).to.deep.equal({ Population: ['21,500'], 'Unemployment rate': ['2.5%'] });
    expect(textOf(el, 'h2')).to.equal('Nordhavn at a glance');
  });

  it('speaks the page language: terms, compact figures and percentages', async () => {
    const wrapper = await fixture(html`<div lang="fr"><sos-village-facts src=${ALMATY_URL}></sos-village-facts></div>`);
    const el = wrapper.querySelector('sos-village-facts')!;
    await until(el);
    expect(facts(el).Population[0]).to.match(/^1,4–1,5\smillion/);
    expect(facts(el)['Taux de chômage'][0]).to.match(/^6,3\s%/);
    expect(facts(el)['Ancienne capitale'][0]).to.match(/^jusqu’en 1997/);
  });
});
