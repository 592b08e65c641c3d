import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define/impact-stats.js';
import '../src/define/village.js';
import type { SosImpactStats } from '../src/components/impact-stats/impact-stats.js';
import type { VillageProfile } from '../src/data/schema.js';
import { almaty, nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, hostilePageCss, stubFetch, textOf, until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords } from './article.js';

/** An address that never answers: the element stays on its placeholder. */
const HANGING_URL = 'https://data.example.org/hanging.json';

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

    it('is accessible on error without fallback content: a short line and a way on, in its box', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 500 }) });
      const el = await fixture<SosImpactStats>(
        html`<sos-impact-stats src=${DEAD_URL} sponsor market="GB"></sos-impact-stats>`,
      );
      await until(el, 'error');
      expect(textOf(el, '[part="error-message"]')).to.contain('The figures could not be loaded.');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-message"] a')].map(
        (a) => a.href,
      );
      expect(links).to.deep.equal(['https://www.sos-childrensvillages.org/']);
      expect(textOf(el, '[part="error-message"] a'), 'with sponsor, a real sponsor link').to.equal('Sponsor a child');
      expect(el.shadowRoot!.querySelector('.base--box [part="error-message"]'), 'inside the box').to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows tiles as a list under a third-person heading', async () => {
      const el = await stats();
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
        "\u2068SOS Children's Village Almaty\u2069 in figures",
      );
      expect(el.shadowRoot!.querySelector('[part="eyebrow"]'), 'the name is in the heading').to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('ul > li')).to.have.length(4);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h4')).to.exist;
      el.setAttribute('heading-level', '99');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2'), 'out-of-range levels fall back to 2').to.exist;
    });

    it('takes the page’s own heading, with the village’s name above it', async () => {
      const el = await stats('heading-text=Our impact');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Our impact');
      expect(textOf(el, '[part="eyebrow"]')).to.equal("SOS Children's Village Almaty");
      el.headingText = '<b>Our work</b>';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent, 'plain text, never markup').to.equal('<b>Our work</b>');
      expect(el.shadowRoot!.querySelector('h2 b')).to.equal(null);
    });

    it('hides icons from assistive technology', async () => {
      const icons = (await stats()).shadowRoot!.querySelectorAll('svg');
      expect(icons.length, 'four programme icons, the disclosure chevron and the source mark').to.equal(6);
      icons.forEach((icon) => expect(icon.getAttribute('aria-hidden')).to.equal('true'));
    });
  });

  describe('content from data', () => {
    it('shows the Almaty figures with correctly pluralised facility labels', async () => {
      const el = await stats();
      expect(textOf(el, '.total')).to.equal('459 people supported');
      expect(tiles(el)).to.have.length(4);
      const facilities = [...el.shadowRoot!.querySelectorAll('.facilities')].map((node) =>
        node.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(facilities).to.deep.equal([
        'in 1 kindergarten',
        'in 2 social centres',
        "in 1 children's village",
        'in 4 youth facilities',
      ]);
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
      const facilities = [...el.shadowRoot!.querySelectorAll('.facilities')].map((node) =>
        node.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(facilities).to.deep.equal(['in 3 schools', 'in 1 medical centre']);
      expect(textOf(el)).to.contain('2,048');
      expect(textOf(el)).to.contain('Patients a year');
      expect(textOf(el)).not.to.contain('Almaty');
    });

    it('renders markup in data as text', async () => {
      const profile = { ...nordhavn(), name: '<img src=x onerror="window.__pwned=1">' };
      const el = await stats('', profile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(textOf(el, 'h2')).to.equal('<img src=x onerror="window.__pwned=1"> in figures');
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

    it('leads each programme with its figure and label, the facilities on a line under them, the figures in one column', async () => {
      const el = await stats();
      const resize = async (width: number) => {
        el.parentElement!.style.width = `${width}px`;
        await new Promise(requestAnimationFrame);
      };
      for (const width of [320, 358, 530, 720]) {
        await resize(width);
        const rows = tiles(el).map((tile) => tile.getBoundingClientRect().top);
        expect(new Set(rows.map(Math.round)).size, `${width}px: one programme a row`).to.equal(4);
        const figures = tiles(el).map((tile) => tile.querySelector('.figure')!.getBoundingClientRect().right);
        figures.forEach((right) => expect(right, `${width}px: figures lined up`).to.be.closeTo(figures[0], 1));
        for (const tile of tiles(el)) {
          const label = tile.querySelector('.people-label')!.getBoundingClientRect();
          const facilities = tile.querySelector('.facilities')!.getBoundingClientRect();
          expect(facilities.top, `${width}px: the facilities under the label`).to.be.at.least(label.bottom - 1);
        }
      }
      el.setAttribute('layout', 'compact');
      await resize(720);
      const tops = new Set(tiles(el).map((tile) => Math.round(tile.getBoundingClientRect().top)));
      expect(tops.size, 'figures only: two programmes a row from a medium width').to.equal(2);
    });

    for (const [name, profile] of [
      ['Almaty', almaty],
      ['a made-up village', nordhavn],
    ] as const) {
      it(`fits one 390×844 phone screen by default (${name})`, async () => {
        const el = await stats('', await profile());
        el.parentElement!.style.width = '358px'; // a 390px phone less the page's margins
        await new Promise(requestAnimationFrame);
        const height = el.getBoundingClientRect().height;
        expect(height).to.be.below(844 - 100);
      });
    }

    it('keeps the descriptions one tap away on a phone, and shows them beside the figures from an article’s column', async () => {
      const el = await stats();
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="details"]')!;
      const description = el.shadowRoot!.querySelector<HTMLElement>('[part="description"]')!;
      el.parentElement!.style.width = '358px';
      await new Promise(requestAnimationFrame);
      expect(description.offsetHeight, 'no description squeezed beside the figures').to.equal(0);
      expect(details.offsetHeight).to.be.above(0);
      expect(details.querySelector('summary')!.textContent).to.contain('What each programme does');
      expect(details.querySelectorAll('dd')).to.have.length(4);
      details.querySelector('summary')!.click();
      await new Promise(requestAnimationFrame);
      expect(details.open).to.equal(true);
      expect(details.querySelector('dd')!.getBoundingClientRect().height).to.be.above(0);
      for (const width of [560, 648, 1000, 1400]) {
        el.parentElement!.style.width = `${width}px`;
        await new Promise(requestAnimationFrame);
        expect(details.offsetHeight, `${width}px`).to.equal(0);
        const fontSize = parseFloat(getComputedStyle(description).fontSize);
        const characters = description.getBoundingClientRect().width / (fontSize * 0.5);
        expect(characters, `${width}px: characters a line`).to.be.within(28, 80);
        if (width > 700) continue;
        const tile = description.closest('.programme')!.getBoundingClientRect();
        expect(description.getBoundingClientRect().height, `${width}px: the description fills its row`).to.be.above(
          tile.height * 0.5,
        );
      }
    });

    it('puts the list layout’s descriptions under the labels on a phone', async () => {
      const el = await stats('layout=list');
      el.parentElement!.style.width = '358px';
      await new Promise(requestAnimationFrame);
      const description = el.shadowRoot!.querySelector('[part="description"]')!;
      const label = el.shadowRoot!.querySelector('.people-label')!;
      expect(description.getBoundingClientRect().top).to.be.above(label.getBoundingClientRect().bottom);
      expect(description.getBoundingClientRect().width, 'the description takes the row beside the figures').to.be.above(
        240,
      );
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
      const village = await fixture(
        html`<sos-village src=${ALMATY_URL}><sos-impact-stats></sos-impact-stats></sos-village>`,
      );
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

  describe('the way on', () => {
    it('ends with a link to the village’s page', async () => {
      const el = await stats();
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="village-link"]')!;
      expect(link.href).to.equal('https://www.soschildrensvillages.ca/almaty');
      expect(link.textContent!.trim()).to.equal("More about \u2068SOS Children's Village Almaty\u2069");
      expect(el.shadowRoot!.querySelector('[part="button"]')).to.equal(null);
    });

    it('adds the reader’s market’s call to action with sponsor', async () => {
      const el = await stats('sponsor=&market=GB&partner=news-site');
      const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
      expect(button.textContent!.trim()).to.equal('Sponsor a child today');
      expect(button.href).to.match(
        /^https:\/\/www\.soschildrensvillages\.org\.uk\/sponsor-a-child\?utm_source=news-site/,
      );
      await expect(el).to.be.accessible();
    });

    it('has no row at all when there is neither a page nor a call to action', async () => {
      const el = await stats('', { ...nordhavn(), url: undefined });
      expect(el.shadowRoot!.querySelector('[part="actions"]')).to.equal(null);
    });
  });

  describe('on a news page', function () {
    this.timeout(20000);

    it('ends with a source line naming the charity, the date of the figures and the village’s page', async () => {
      const el = await stats();
      const source = el.shadowRoot!.querySelector('[part="attribution"]')!;
      expect(el.shadowRoot!.querySelector('.base')!.lastElementChild, 'the last thing in the box').to.equal(source);
      expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Figures: SOS Children’s Villages, updated November 1, 2026',
      );
      expect(source.querySelector('a')!.href).to.equal('https://www.soschildrensvillages.ca/almaty');
      const other = await stats('', nordhavn());
      expect(other.shadowRoot!.querySelector<HTMLAnchorElement>('[part="attribution"] a')!.href).to.equal(
        'https://example.org/nordhavn',
      );
    });

    for (const lang of LANGUAGES) {
      it(`fits one phone screen, holds its height while loading and splits no word in ${lang}`, async () => {
        const el = await inArticle('sos-impact-stats', 358, lang);
        expect(el.getBoundingClientRect().height, 'ready at 390px').to.be.at.most(PHONE_BUDGET);
        expect(el.shadowRoot!.querySelector('[part="attribution"]')).to.exist;
        for (const width of [288, 328, 358]) {
          const narrow = await inArticle('sos-impact-stats', width, lang);
          expect(splitWords(narrow).join('\n'), `${width + 32}px`).to.equal('');
        }
        for (const width of [358, 648]) {
          const { held, ready } = await heldAndReady('sos-impact-stats', width, lang);
          expect(Math.abs(held - ready), `${width}px: placeholder ${held}px, ready ${ready}px`).to.be.at.most(4);
        }
      });
    }

    it('draws its fixed words at once while loading, and is accessible then', async () => {
      stubFetch({ [HANGING_URL]: 'hang' });
      const el = await inArticle('sos-impact-stats', 358, 'en', { attributes: '', src: HANGING_URL, state: 'loading' });
      expect(el.state).to.equal('loading');
      const text = textOf(el, '.status');
      expect(text).to.contain('people supported');
      expect(text).to.contain('What each programme does');
      expect(text).to.contain('Figures: SOS Children’s Villages');
      await expect(el).to.be.accessible();
    });
  });
});
