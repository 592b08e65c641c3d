import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/village-facts.js';
import type { SosVillageFacts } from '../src/components/village-facts/village-facts.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';

const facts = (el: SosVillageFacts) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('.fact')].map((fact) => [
      fact.querySelector('dt')!.textContent!.trim(),
      [...fact.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim()),
    ]),
  );

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

  it('shows each Almaty fact with its source, both populations where the sources disagree', async () => {
    const el = await fixture<SosVillageFacts>(html`<sos-village-facts src=${ALMATY_URL}></sos-village-facts>`);
    await until(el);
    expect(textOf(el, 'h2')).to.equal('Almaty at a glance');
    expect(facts(el)).to.deep.equal({
      Population: [
        "about 1.4 million Source: SOS Children's Villages Canada",
        "close to 1.5 million Source: SOS Children's Villages UK",
      ],
      'Former capital': ["Until 1997 Source: SOS Children's Villages Canada"],
      'Unemployment rate': ["6.3% Above the national average Source: SOS Children's Villages Canada"],
      'Where it lies': [
        "In the south-east of Kazakhstan, at the foot of the Tien Shan mountains, close to the borders with China and Kyrgyzstan. Source: SOS Children's Villages Canada",
      ],
    });
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a')!.href).to.equal('https://www.soschildrensvillages.ca/');
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
    expect(facts(el).Population[0]).to.match(/^environ 1,4\smillion/);
    expect(facts(el)['Taux de chômage'][0]).to.match(/^6,3\s%/);
    expect(facts(el)['Ancienne capitale'][0]).to.match(/^jusqu’en 1997/);
  });
});
