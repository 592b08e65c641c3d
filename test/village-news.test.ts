import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/village-news.js';
import type { SosVillageNews } from '../src/components/village-news/village-news.js';
import type { VillageProfile, VillageProfileInput } from '../src/data/schema.js';
import { parseProfile } from '../src/data/parse.js';
import { villageData, type VillageData } from '../src/internal/village-data-controller.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import {
  captureWarnings,
  failOnLitWarnings,
  json,
  resetData,
  stubFetch,
  textOf,
  until,
  useFreshData,
} from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, inArticle, splitWords } from './article.js';
import { prepare } from '../src/internal/localize.js';

const URL_A = 'https://data.example.org/news-a.json';
const URL_B = 'https://data.example.org/news-b.json';

const titles = (el: SosVillageNews) =>
  [...el.shadowRoot!.querySelectorAll('[part="link"]')].map((a) => a.textContent!.trim());
const dates = (el: SosVillageNews) =>
  [...el.shadowRoot!.querySelectorAll('[part="date"]')].map(
    (time) => `${time.getAttribute('datetime')} ${time.textContent!.trim()}`,
  );
const hrefs = (el: SosVillageNews) =>
  [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);

const withNews = (news: unknown[]): VillageProfileInput => ({ ...nordhavn(), news }) as VillageProfileInput;
const noNews = () => withNews([]);

const NEWEST_FIRST = [
  'Harbour festival raises funds (test)',
  'Nordhavn opens a second school (test)',
  'Village founded (test)',
  'A news item without a date (test)',
];

describe('<sos-village-news>', () => {
  failOnLitWarnings();
  useFreshData();

  it('is accessible when ready, loading and on error', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(el);
    await expect(el).to.be.accessible();
    await expect(await fixture(html`<sos-village-news></sos-village-news>`)).to.be.accessible();
    stubFetch({ [URL_A]: new Response('', { status: 500 }) });
    const failed = await fixture<SosVillageNews>(html`<sos-village-news src=${URL_A}></sos-village-news>`);
    await until(failed, 'error');
    await expect(failed).to.be.accessible();
  });

  it('lists the three newest items, newest first, each a link with its date and summary', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(el);
    expect(textOf(el, 'h2')).to.equal("News from SOS Children's Village Nordhavn (test)");
    expect(el.shadowRoot!.querySelectorAll('ul[role="list"] > li')).to.have.length(3);
    expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, 3));
    expect(hrefs(el)).to.deep.equal([
      'https://example.org/news/festival',
      'https://example.org/news/second-school',
      'https://example.org/news/founded',
      'https://example.org/nordhavn',
    ]);
    expect(textOf(el, '[part="attribution"]'), 'the source line, last').to.equal('From SOS Children’s Villages');
    expect(dates(el)).to.deep.equal([
      '2025-02-28 February 28, 2025',
      '2025-01-20 January 20, 2025',
      '2019-06-01 June 1, 2019',
    ]);
    expect([...el.shadowRoot!.querySelectorAll('[part="summary"]')].map((p) => p.textContent)).to.deep.equal([
      'Another made-up item.',
      'A made-up news item.',
    ]);
    expect(el.limit).to.equal(3);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('puts undated items after dated ones, in their own order, and leaves the profile as it was', async () => {
    const input = withNews([
      { title: 'Undated one', url: 'https://example.org/1' },
      { title: 'Old', url: 'https://example.org/2', date: '2001-01-01' },
      { title: 'Undated two', url: 'https://example.org/3' },
      { title: 'New', url: 'https://example.org/4', date: '2024-05-01T10:00:00Z' },
    ]);
    const el = await fixture<SosVillageNews>(html`<sos-village-news limit="10" .profile=${input}></sos-village-news>`);
    await until(el);
    expect(titles(el)).to.deep.equal(['New', 'Old', 'Undated one', 'Undated two']);
    expect(input.news!.map((item) => item.title)).to.deep.equal(['Undated one', 'Old', 'Undated two', 'New']);
  });

  for (const [limit, count] of [
    ['1', 1],
    ['2', 2],
    ['100', 4],
    ['0', 3],
    ['-2', 3],
    ['abc', 3],
  ] as const) {
    it(`shows ${count} item(s) with limit="${limit}"`, async () => {
      const el = await fixture<SosVillageNews>(
        html`<sos-village-news limit=${limit} .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
      );
      await until(el);
      expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, count));
    });
  }

  it('follows limit when it changes', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    el.limit = 4;
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    el.removeAttribute('limit');
    el.setAttribute('limit', '1');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, 1));
  });

  it('writes dates in the element’s language', async () => {
    const wrapper = await fixture(
      html`<div lang="fr"><sos-village-news .profile=${nordhavn() as VillageProfile}></sos-village-news></div>`,
    );
    const el = wrapper.querySelector('sos-village-news')!;
    await until(el);
    expect(dates(el)).to.deep.equal([
      '2025-02-28 28 février 2025',
      '2025-01-20 20 janvier 2025',
      '2019-06-01 1 juin 2019',
    ]);
    const ru = await fixture<SosVillageNews>(
      html`<sos-village-news lang="ru" limit="1" .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(ru);
    expect(dates(ru)[0]).to.match(/^2025-02-28 28 февраля 2025/);
  });

  it('marks profile texts with their language and direction when they differ from the element’s', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news lang="da" limit="1" .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(el);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent).to.equal('Endnu en opdigtet nyhed.');
    expect(summary.getAttribute('lang')).to.equal('da');
    expect(summary.getAttribute('dir')).to.equal('auto');
    const link = el.shadowRoot!.querySelector('[part="link"]')!;
    expect(link.getAttribute('dir')).to.equal('auto');
    expect(link.hasAttribute('lang'), 'the English title in an English-speaking widget').to.equal(false);
  });

  it('leaves the summaries out with hide-summaries', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news hide-summaries .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(el);
    expect(el.shadowRoot!.querySelectorAll('[part="summary"]')).to.have.length(0);
    expect(titles(el)).to.have.length(3);
    expect(dates(el)).to.have.length(3);
  });

  it('fits the host outline with heading-level', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news heading-level="4" .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(el);
    expect(textOf(el, 'h4')).to.equal("News from SOS Children's Village Nordhavn (test)");
    expect(el.shadowRoot!.querySelectorAll('h2, h3, h5, h6')).to.have.length(0);
    const unusable = await fixture<SosVillageNews>(
      html`<sos-village-news heading-level="9" .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    expect(unusable.shadowRoot!.querySelectorAll('h2')).to.have.length(1);
  });

  it('names each link by its title alone, and makes it a 24px target', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px"><sos-village-news .profile=${nordhavn() as VillageProfile}></sos-village-news></div>`,
    );
    const el = wrapper.querySelector('sos-village-news')!;
    await until(el);
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')) {
      expect(link.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });

  describe('unsafe links', () => {
    const hostile = () =>
      withNews([
        { title: 'Click me', url: 'javascript:alert(1)', date: '2030-01-01' },
        { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
        ...nordhavn().news!,
      ]);

    it('drops an item whose URL is not https when the profile is parsed', async () => {
      const parsed = parseProfile(hostile());
      expect(parsed.ok).to.equal(true);
      expect(parsed.warnings.map((w) => w.path)).to.deep.equal(['news[0].url', 'news[1].url']);
      let el!: SosVillageNews;
      await captureWarnings(async () => {
        el = await fixture<SosVillageNews>(
          html`<sos-village-news limit="50" .profile=${hostile()}></sos-village-news>`,
        );
        await until(el);
      });
      expect(titles(el)).to.deep.equal(NEWEST_FIRST);
      expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');
      expect(el.shadowRoot!.innerHTML).not.to.include('data:');
    });

    it('checks every link again when it renders, whatever reached it', async () => {
      // Past the parser (as a faulty provider could): the render-time check alone stands.
      const el = await fixture<SosVillageNews>(html`<sos-village-news limit="50"></sos-village-news>`);
      (el as unknown as { provided: VillageData }).provided = villageData({
        state: 'ready',
        profile: hostile() as VillageProfile,
      });
      await until(el);
      expect(titles(el)).to.deep.equal(NEWEST_FIRST);
      for (const href of hrefs(el)) expect(href).to.match(/^https:\/\//);
      expect(hrefs(el)).to.have.length(5);
      expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');
    });
  });

  describe('without news', () => {
    it('shows nothing and takes no space, while ready, for the Almaty sample', async () => {
      const loads: unknown[] = [];
      const wrapper = await fixture(
        html`<div><sos-village-news src=${ALMATY_URL} @sos-load=${(event: Event) => loads.push(event.type)}></sos-village-news></div>`,
      );
      const el = wrapper.querySelector('sos-village-news')!;
      await until(el);
      await el.updateComplete;
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect((wrapper as HTMLElement).offsetHeight).to.equal(0);
      expect(textOf(el)).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('h2, ul, [part="base"]')).to.have.length(0);
      expect(loads).to.deep.equal(['sos-load']);
      await expect(el).to.be.accessible();
    });

    it('shows nothing when no item is valid', async () => {
      let el!: SosVillageNews;
      await captureWarnings(async () => {
        el = await fixture<SosVillageNews>(
          html`<sos-village-news .profile=${withNews([{ title: 'x', url: 'javascript:x' }, { url: 'https://example.org/' }])}></sos-village-news>`,
        );
        await until(el);
      });
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('takes no room in a flex row either', async () => {
      const row = await fixture<HTMLElement>(html`<div style="display: flex; gap: 0; width: 600px">
        <sos-village-news .profile=${noNews()}></sos-village-news><span style="flex: 1">x</span>
      </div>`);
      const el = row.querySelector('sos-village-news')!;
      await until(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(0);
      expect(row.querySelector('span')!.getBoundingClientRect().width).to.equal(600);
    });

    it('shows the page’s fallback content in its place', async () => {
      const el = await fixture<SosVillageNews>(
        html`<sos-village-news .profile=${noNews()}><a href="https://example.org/news">All news from the village</a></sos-village-news>`,
      );
      await until(el);
      expect(el.hasAttribute('empty')).to.equal(false);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelectorAll('h2, [part="base"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows fallback content the page adds later', async () => {
      const el = await fixture<SosVillageNews>(html`<sos-village-news .profile=${noNews()}></sos-village-news>`);
      await until(el);
      expect(el.hasAttribute('empty')).to.equal(true);
      const link = document.createElement('a');
      link.href = 'https://example.org/news';
      link.textContent = 'All news';
      el.append(link);
      await waitUntil(() => !el.hasAttribute('empty'), 'still hidden after fallback content was added');
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows the list once news arrives', async () => {
      const el = await fixture<SosVillageNews>(html`<sos-village-news .profile=${noNews()}></sos-village-news>`);
      await until(el);
      el.profile = nordhavn() as VillageProfile;
      await el.updateComplete;
      expect(el.hasAttribute('empty')).to.equal(false);
      expect(titles(el)).to.have.length(3);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    });
  });

  describe('loading and failure', () => {
    it('takes no room while loading and when it fails, and still tells the page', async () => {
      stubFetch({ [URL_A]: 'hang', [URL_B]: new TypeError('offline') });
      const errors: unknown[] = [];
      const wrapper = await fixture(html`<div style="width: 390px">
        <sos-village-news src=${URL_A}></sos-village-news>
        <sos-village-news src=${URL_B} @sos-error=${(e: Event) => errors.push(e.type)}></sos-village-news>
      </div>`);
      const [loading, failed] = wrapper.querySelectorAll('sos-village-news');
      await until(failed, 'error');
      expect(loading.state).to.equal('loading');
      for (const el of [loading, failed]) {
        expect(el.hasAttribute('empty')).to.equal(true);
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(el.shadowRoot!.querySelectorAll('.skeleton, [part="error-message"]').length).to.equal(0);
      }
      expect(errors).to.deep.equal(['sos-error']);
      await expect(failed).to.be.accessible();
    });

    it('shows its fallback content on error and while loading, with no margins of its own', async () => {
      stubFetch({ [URL_A]: new TypeError('offline'), [URL_B]: 'hang' });
      const withFallback = await fixture<SosVillageNews>(
        html`<sos-village-news src=${URL_A}><a href="https://example.org/news">News</a></sos-village-news>`,
      );
      await until(withFallback, 'error');
      expect(withFallback.hasAttribute('empty')).to.equal(false);
      expect(withFallback.hasAttribute('fallback')).to.equal(true);
      expect(withFallback.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      const loading = await fixture<SosVillageNews>(
        html`<sos-village-news src=${URL_B}><a href="https://example.org/news">News</a></sos-village-news>`,
      );
      expect(loading.state).to.equal('loading');
      expect(loading.shadowRoot!.querySelectorAll('.skeleton, [part="base"]')).to.have.length(0);
      expect(loading.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      for (const el of [withFallback, loading])
        expect([getComputedStyle(el).marginTop, getComputedStyle(el).marginBottom]).to.deep.equal(['0px', '0px']);
    });

    for (const fallback of [false, true]) {
      it(`holds, while loading, the height it has once the sample turns out to have no news (${fallback ? 'with' : 'without'} fallback content)`, async () => {
        for (const lang of ['en', 'kk']) {
          resetData();
          await prepare(lang);
          let answer!: (value: Response) => void;
          stubFetch({ [ALMATY_URL]: () => new Promise<Response>((resolve) => (answer = resolve)) });
          const wrapper =
            await fixture<HTMLElement>(html`<div lang=${lang} style="width: 358px; font: 18px/1.6 Georgia, serif; display: flow-root">
            <p>Before</p>
            ${
              fallback
                ? html`<sos-village-news src=${ALMATY_URL}><p><a href="https://example.org/news">News from the village</a></p></sos-village-news>`
                : html`<sos-village-news src=${ALMATY_URL}></sos-village-news>`
            }
            <p>After</p>
          </div>`);
          const el = wrapper.querySelector('sos-village-news')!;
          await el.updateComplete;
          const after = wrapper.querySelector('p:last-child')!;
          const held = [el.getBoundingClientRect().height, after.getBoundingClientRect().top];
          await waitUntil(() => answer, 'asked for the data');
          answer(await fetch(`${ALMATY_URL}?fresh`));
          await until(el);
          await el.updateComplete;
          const ready = [el.getBoundingClientRect().height, after.getBoundingClientRect().top];
          expect(Math.abs(held[0] - ready[0]), `${lang}: height ${held[0]} then ${ready[0]}`).to.be.at.most(4);
          expect(Math.abs(held[1] - ready[1]), `${lang}: what follows at ${held[1]} then ${ready[1]}`).to.be.at.most(4);
          expect(el.hasAttribute(fallback ? 'fallback' : 'empty')).to.equal(true);
        }
      });
    }

    it('keeps showing the news, with a stale note, when a refresh fails', async () => {
      let up = true;
      stubFetch({ [URL_A]: () => (up ? json(nordhavn()) : new TypeError('offline')) });
      const el = await fixture<SosVillageNews>(html`<sos-village-news src=${URL_A}></sos-village-news>`);
      await until(el);
      expect(el.shadowRoot!.querySelectorAll('[part="stale-note"]')).to.have.length(0);
      up = false;
      await el.refresh();
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(titles(el)).to.have.length(3);
      expect(textOf(el, '[part="stale-note"]')).to.equal(
        'Figures as of March 4, 2025; newer ones could not be loaded.',
      );
    });
  });

  it('takes its heading from heading, as plain text', async () => {
    const el = await fixture<SosVillageNews>(
      html`<sos-village-news heading-text="<i>Latest news</i>" .profile=${nordhavn() as VillageProfile}></sos-village-news>`,
    );
    await until(el);
    expect(textOf(el, 'h2')).to.equal('<i>Latest news</i>');
    expect(el.shadowRoot!.querySelectorAll('h2 i')).to.have.length(0);
  });

  it('sets titles and dates in the UI face, summaries in the page’s', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font: 18px/1.6 Georgia, serif"><sos-village-news .profile=${nordhavn() as VillageProfile}></sos-village-news></div>`,
    );
    const el = wrapper.firstElementChild as SosVillageNews;
    await until(el);
    const face = (part: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!).fontFamily;
    expect(face('summary')).to.contain('Georgia');
    for (const part of ['date', 'link', 'heading', 'attribution']) expect(face(part), part).to.contain('system-ui');
  });

  describe('on a news page, for a village with news', () => {
    const news = () =>
      ({
        ...nordhavn(),
        name: {
          en: "SOS Children's Village Nordhavn (test)",
          kk: 'Нордхавн SOS балалар ауылы (тест)',
          ru: 'Детская деревня SOS Нордхавн (тест)',
          fr: 'Village d’enfants SOS Nordhavn (test)',
        },
        news: [
          {
            title: {
              en: 'Beneficiaries of the kindergarten celebrate (test)',
              kk: 'Қамқорлығымыздағы тәрбиеленушілері мерекеледі (тест)',
              ru: 'Благополучатели детского сада празднуют (тест)',
              fr: 'Les bénéficiaires du jardin d’enfants en fête (test)',
            },
            url: 'https://example.org/news/kindergarten',
            date: '2025-02-28',
            summary: {
              en: 'A made-up item.',
              kk: 'Ойдан шығарылған жаңалық.',
              ru: 'Выдуманная новость.',
              fr: 'Une nouvelle inventée.',
            },
          },
          ...nordhavn().news!,
        ],
      }) as VillageProfile;

    for (const lang of LANGUAGES) {
      it(`fits one phone screen, names its source and splits no word, in ${lang}`, async () => {
        const el = await inArticle('sos-village-news', 390 - 32, lang, { profile: news() });
        expect(el.getBoundingClientRect().height).to.be.at.most(PHONE_BUDGET);
        expect(el.shadowRoot!.querySelectorAll('[part="attribution"]')).to.have.length(1);
        expect(splitWords(el).join('\n')).to.equal('');
        for (const width of [320, 360]) {
          const narrow = await inArticle('sos-village-news', width - 32, lang, { profile: news() });
          expect(splitWords(narrow).join('\n'), `at ${width} px`).to.equal('');
        }
        await expect(el).to.be.accessible();
      });
    }
  });
});
