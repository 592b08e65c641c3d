import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define/impact-stats.js';
import '../src/define/village.js';
import type { SosImpactStats } from '../src/components/impact-stats/impact-stats.js';
import type { VillageProfile } from '../src/data/schema.js';
import { almaty, nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, hostilePageCss, stubFetch, textOf, until, useFreshData } from './helpers.js';

const DEAD_URL = 'https://data.example.org/dead.json';

async function stats(attributes = '', profile?: unknown): Promise<SosImpactStats> {
  const el = await fixture<SosImpactStats>(html`<div style="width: 900px"><sos-impact-stats></sos-impact-stats></div>`);
  const stats = el.querySelector('sos-impact-stats')!;
  for (const [name, value] of new URLSearchParams(attributes)) stats.setAttribute(name, value);
  if (profile) stats.profile = profile as VillageProfile;
  else if (!stats.hasAttribute('src')) stats.src = ALMATY_URL;
  await until(stats);
  return stats;
}

const tiles = (el: SosImpactStats) => [...el.shadowRoot!.querySelectorAll('.programme')];

describe('<sos-impact-stats>', () => {
  failOnLitWarnings();
  useFreshData();

  describe('accessibility', () => {
    it('is accessible when ready', async () => {
      await expect(await stats()).to.be.accessible();
    });

    it('is accessible while loading, and says so politely', async () => {
      const el = await fixture<SosImpactStats>(html`<sos-impact-stats></sos-impact-stats>`);
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/Loading/);
      await expect(el).to.be.accessible();
    });

    it('is accessible on error', async () => {
      stubFetch({ [DEAD_URL]: new TypeError('offline') });
      const el = await fixture<SosImpactStats>(html`<sos-impact-stats src=${DEAD_URL}></sos-impact-stats>`);
      await until(el, 'error');
      await expect(el).to.be.accessible();
    });

    it('shows tiles as a list under a real heading', async () => {
      const el = await stats();
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our impact');
      expect(el.shadowRoot!.querySelectorAll('ul > li')).to.have.length(4);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h4')).to.exist;
      el.setAttribute('heading-level', '99');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2'), 'out-of-range levels fall back to 2').to.exist;
    });

    it('hides icons from assistive technology', async () => {
      const icons = (await stats()).shadowRoot!.querySelectorAll('svg');
      expect(icons.length).to.equal(4);
      icons.forEach((icon) => expect(icon.getAttribute('aria-hidden')).to.equal('true'));
    });
  });

  describe('content from data', () => {
    it('shows the Almaty figures with correctly pluralised facility labels', async () => {
      const el = await stats();
      expect(textOf(el, '.total')).to.contain('459');
      expect(tiles(el)).to.have.length(4);
      const facilities = [...el.shadowRoot!.querySelectorAll('.facilities')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
      expect(facilities).to.deep.equal(['1 kindergarten', '2 social centres', "1 children's village", '4 youth facilities']);
      const people = [...el.shadowRoot!.querySelectorAll('.people')].map((node) => [
        node.querySelector('.figure')!.textContent,
        node.querySelector('.people-label')!.textContent,
      ]);
      expect(people).to.deep.equal([
        ['74', 'Kindergarten students'],
        ['228', 'Beneficiaries'],
        ['70', 'Orphaned and abandoned children'],
        ['87', 'Youths in our care'],
      ]);
      expect(textOf(el, '.description')).to.contain('fundamental building block');
    });

    it('shows a made-up village’s figures, formatted', async () => {
      const el = await stats('', nordhavn());
      expect(textOf(el, '.total')).to.contain('1,234,567');
      const facilities = [...el.shadowRoot!.querySelectorAll('.facilities')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
      expect(facilities).to.deep.equal(['3 schools', '1 medical centre']);
      expect(textOf(el)).to.contain('2,048');
      expect(textOf(el)).to.contain('Patients a year');
      expect(textOf(el)).not.to.contain('Almaty');
    });

    it('renders markup in data as text', async () => {
      const profile = { ...nordhavn(), name: '<img src=x onerror="window.__pwned=1">' };
      const el = await stats('', profile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(textOf(el, '.eyebrow')).to.equal('<img src=x onerror="window.__pwned=1">');
    });

    it('formats numbers in the page language', async () => {
      const wrapper = await fixture(html`<div lang="de"><sos-impact-stats></sos-impact-stats></div>`);
      const el = wrapper.querySelector('sos-impact-stats')!;
      el.profile = nordhavn() as VillageProfile;
      await until(el);
      expect(textOf(el, '.total')).to.contain('1.234.567');
    });
  });

  describe('attributes', () => {
    it('reflects layout and shows only the chosen programme types', async () => {
      const el = await stats('layout=list&programmes=kindergarten youth-facility');
      expect(el.getAttribute('layout')).to.equal('list');
      expect(tiles(el).map((tile) => tile.getAttribute('data-type'))).to.deep.equal(['kindergarten', 'youth-facility']);
    });

    it('ignores unknown programme types in the filter', async () => {
      const el = await stats('programmes=casino');
      expect(tiles(el)).to.have.length(4);
    });

    it('leaves descriptions out on request', async () => {
      const el = await stats('hide-descriptions=');
      expect(el.shadowRoot!.querySelector('.description')).to.equal(null);
    });

    it('lays tiles out by its own width: one column narrow, four wide', async () => {
      const el = await stats();
      const columns = () => getComputedStyle(el.shadowRoot!.querySelector('.programmes')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(4);
      el.parentElement!.style.width = '320px';
      await new Promise(requestAnimationFrame);
      expect(columns()).to.equal(1);
      el.parentElement!.style.width = '560px';
      await new Promise(requestAnimationFrame);
      expect(columns()).to.equal(2);
    });

    it('does not overflow a phone-width container', async () => {
      const el = await stats();
      el.parentElement!.style.width = '300px';
      await new Promise(requestAnimationFrame);
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    });
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('pulses its loading placeholder, except under prefers-reduced-motion', async () => {
      const el = await fixture<SosImpactStats>(html`<sos-impact-stats></sos-impact-stats>`);
      const skeleton = () => getComputedStyle(el.shadowRoot!.querySelector('.skeleton')!).animationName;
      expect(skeleton()).to.equal('sos-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(skeleton()).to.equal('none');
    });
  });

  describe('data sources', () => {
    it('works inside <sos-village>', async () => {
      const village = await fixture(html`<sos-village src=${ALMATY_URL}><sos-impact-stats></sos-impact-stats></sos-village>`);
      const el = village.querySelector('sos-impact-stats')!;
      await until(el);
      expect(textOf(el, '.total')).to.contain('459');
    });

    it('shows fallback children on error and keeps them working', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 502 }) });
      const el = await fixture<SosImpactStats>(
        html`<sos-impact-stats src=${DEAD_URL}><a href="https://example.org/almaty">See the village</a></sos-impact-stats>`,
      );
      await until(el, 'error');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0].getAttribute('href')).to.equal('https://example.org/almaty');
      expect(slot.assignedElements()[0].getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('keeps roughly its ready size while loading and on error', async () => {
      stubFetch({ [DEAD_URL]: 'hang' });
      const wrapper = await fixture(html`<div style="width: 900px">
        <sos-impact-stats></sos-impact-stats><sos-impact-stats src=${DEAD_URL}></sos-impact-stats>
      </div>`);
      const [ready, loading] = wrapper.querySelectorAll('sos-impact-stats');
      ready.profile = (await almaty()) as VillageProfile;
      await until(ready);
      const ratio = loading.getBoundingClientRect().height / ready.getBoundingClientRect().height;
      expect(ratio).to.be.within(0.6, 1.4);
    });
  });

  describe('on a page with hostile CSS', () => {
    let remove: () => void;
    beforeEach(() => (remove = hostilePageCss()));
    afterEach(() => remove());

    it('keeps its own type scale, spacing and case', async () => {
      const el = await stats();
      const label = el.shadowRoot!.querySelector('.people-label')!;
      const style = getComputedStyle(label);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(16);
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontSize)).to.be.below(30);
      expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.below(60);
      await expect(el).to.be.accessible();
    });
  });
});
