import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/all.js';
import { facilityNoun } from '../src/internal/labels.js';
import { prepare, speak } from '../src/internal/localize.js';
import type { SosDataElement } from '../src/internal/data-element.js';
import type { VillageProfile } from '../src/data/schema.js';
import { ALMATY_URL, nordhavn } from './fixtures/profiles.js';
import { failOnLitWarnings, textOf, until, useFreshData } from './helpers.js';

const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

async function inLanguage<T extends SosDataElement>(lang: string, tag: string, attrs = ''): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<${tag} src="${ALMATY_URL}" ${attrs}></${tag}>`;
  const el = wrapper.firstElementChild as T;
  await until(el);
  return el;
}

describe('localisation', () => {
  failOnLitWarnings();
  useFreshData();

  describe('Russian', () => {
    it('<sos-impact-stats>: strings, data, plurals and numbers', async () => {
      const el = await inLanguage('ru', 'sos-impact-stats');
      expect(textOf(el, 'h2')).to.equal('Детская деревня SOS Алматы в цифрах');
      expect(textOf(el, '.total')).to.equal('459 человек получают поддержку');
      expect(texts(el, '.facilities')).to.deep.equal([
        '1 детский сад',
        '2 социальных центра',
        '1 детская деревня',
        '4 молодёжных учреждения',
      ]);
      expect(texts(el, '.people-label')[0]).to.equal('Воспитанники детского сада');
      await expect(el).to.be.accessible();
    });

    it('<sos-village-card>: name, place, call to action, learn more', async () => {
      const el = await inLanguage('ru', 'sos-village-card');
      expect(textOf(el, 'h2')).to.equal('Детская деревня SOS Алматы');
      expect(textOf(el, '[part="place"]')).to.equal('Алматы, Казахстан');
      expect(textOf(el, '[part="button"]')).to.equal('Стать спонсором ребёнка');
      expect(textOf(el, '[part="learn-more"]')).to.equal('Подробнее — Детская деревня SOS Алматы');
      expect(el.shadowRoot!.querySelector('img')!.alt).to.contain('Рисунок');
    });

    it('<sos-village-facts>: compact numbers, percentages, years', async () => {
      const el = await inLanguage('ru', 'sos-village-facts');
      expect(textOf(el, 'h2')).to.equal('Алматы: коротко');
      const values = texts(el, '.value');
      expect(values[0]).to.match(/^1,4–1,5\s(млн|миллиона)/);
      expect(values.some((v) => v.startsWith('до 1997 года'))).to.equal(true);
      expect(values.some((v) => /^6,3\s?%(\s|$)/.test(v))).to.equal(true);
      expect(textOf(el, '.sources-label')).to.equal('Источники');
      expect(textOf(el, '[part="fact-note"]')).to.contain('Примечание редакции:');
    });
  });

  it('pluralises Russian facility nouns from the catalog: 1, 2, 5, 21', async () => {
    await prepare('ru');
    const forms = speak('ru', () => [1, 2, 5, 21, 11, 22].map((n) => `${n} ${facilityNoun('kindergarten', n, 'ru')}`));
    expect(forms).to.deep.equal([
      '1 детский сад',
      '2 детских сада',
      '5 детских садов',
      '21 детский сад',
      '11 детских садов',
      '22 детских сада',
    ]);
    const english = speak('en', () => [1, 2].map((n) => `${n} ${facilityNoun('youth-facility', n, 'en')}`));
    expect(english).to.deep.equal(['1 youth facility', '2 youth facilities']);
  });

  it('French: every element, with region variants falling back (fr-CA → fr)', async () => {
    const story = await inLanguage('fr-CA', 'sos-village-story', 'collapsible');
    expect(texts(story, 'h2')[0]).to.equal('SOS Villages d’Enfants à Almaty');
    expect(textOf(story, '[part="toggle"]')).to.equal('Lire la suite');
    const button = await inLanguage('fr', 'sos-sponsor-button', 'market=CA');
    expect(textOf(button, '[part="label"]')).to.equal('Parrainer un enfant');
    expect(textOf(button, '[part="note"]')).to.equal('Vous recevrez un reçu fiscal canadien pour don de bienfaisance.');
    const stats = await inLanguage('fr', 'sos-impact-stats');
    expect(texts(stats, '.facilities')).to.deep.equal([
      'dans 1 jardin d’enfants',
      'dans 2 centres sociaux',
      'dans 1 village d’enfants',
      'dans 4 foyers pour jeunes',
    ]);
  });

  it('Kazakh: UI and the whole sample in Kazakh', async () => {
    const el = await inLanguage('kk', 'sos-village-card');
    expect(textOf(el, 'h2')).to.equal('Алматы SOS балалар ауылы');
    expect(el.shadowRoot!.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
    expect(textOf(el, '[part="learn-more"]')).to.match(/^Толығырақ/);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.hasAttribute('lang')).to.equal(false);
    expect(summary.textContent).to.contain('1991');
    expect(textOf(el, '[part="total"]')).to.equal('459 адам қолдау алады');
    const stats = await inLanguage('kk', 'sos-impact-stats');
    expect(stats.shadowRoot!.querySelectorAll('[lang="en"]').length, 'no English left in Kazakh').to.equal(0);
  });

  it('marks a profile text missing in the reader’s language with the language it falls back to', async () => {
    const profile = { ...nordhavn(), summary: { en: 'Only in English.', da: 'Kun på dansk.' } };
    const wrapper = await fixture(
      html`<div lang="kk"><sos-village-card .profile=${profile as VillageProfile}></sos-village-card></div>`,
    );
    const el = wrapper.querySelector('sos-village-card')!;
    await until(el);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(summary.textContent!.trim()).to.equal('Only in English.');
  });

  it('follows the nearest lang, then <html lang>, and shows English for a language it does not have', async () => {
    const el = await inLanguage('de', 'sos-impact-stats');
    expect(textOf(el, 'h2')).to.equal("SOS Children's Village Almaty in figures");
    const other = await fixture<SosDataElement>(
      html`<sos-impact-stats lang="de" .profile=${nordhavn() as VillageProfile}></sos-impact-stats>`,
    );
    expect(textOf(other, '.total')).to.contain('1.234.567');
  });

  it('re-renders when a lang attribute changes at run time', async () => {
    const wrapper = await fixture(html`<div lang="en"><sos-village-facts src=${ALMATY_URL}></sos-village-facts></div>`);
    const el = wrapper.querySelector('sos-village-facts')!;
    await until(el);
    expect(textOf(el, 'dt')).to.contain('Population');
    wrapper.setAttribute('lang', 'ru');
    await waitUntil(() => textOf(el, 'dt').includes('Население'), 'did not switch to Russian', { timeout: 4000 });
    el.setAttribute('lang', 'fr');
    await waitUntil(() => texts(el, 'dt').includes('Taux de chômage'), 'did not switch to French', { timeout: 4000 });
  });

  it('shows two languages side by side on one page', async () => {
    const page = await fixture(html`<div>
      <sos-impact-stats lang="ru" src=${ALMATY_URL}></sos-impact-stats>
      <sos-impact-stats lang="fr" src=${ALMATY_URL}></sos-impact-stats>
    </div>`);
    const [ru, fr] = page.querySelectorAll('sos-impact-stats');
    await until(ru);
    await until(fr);
    expect(textOf(ru, 'h2')).to.equal('Детская деревня SOS Алматы в цифрах');
    expect(textOf(fr, 'h2')).to.equal('Village d’enfants SOS d’Almaty en chiffres');
    expect(texts(ru, '.facilities')[1]).to.equal('2 социальных центра');
    expect(texts(fr, '.facilities')[1]).to.equal('dans 2 centres sociaux');
  });

  it('stays loading until its texts arrive, so it never flashes English', async () => {
    const wrapper = await fixture(html`<div lang="kk"></div>`);
    const el = document.createElement('sos-village-facts') as SosDataElement;
    el.profile = nordhavn() as VillageProfile;
    wrapper.append(el);
    await el.updateComplete;
    if (el.state === 'ready') expect(textOf(el, 'dt')).not.to.contain('Population');
    await until(el);
    expect(textOf(el, 'dt')).to.contain('Халқы');
  });

  it('lays out right to left with nothing overlapping', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl" style="width: 900px"><sos-village-card src=${ALMATY_URL}></sos-village-card></div>`,
    );
    const el = wrapper.querySelector('sos-village-card')!;
    await until(el);
    const box = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    const media = box('[part="media"]');
    const body = box('[part="body"]');
    expect(media.left, 'the picture moves to the right').to.be.greaterThan(body.left);
    expect(media.left).to.be.at.least(body.right - 1);
    const flag = box('[part="flag"]');
    const place = el.shadowRoot!.querySelector('[part="place"] > span:last-child')!.getBoundingClientRect();
    expect(flag.left, 'the flag leads on the right').to.be.at.least(place.right - 1);
    const button = box('[part="button"]');
    const more = box('[part="learn-more"]');
    expect(button.left >= more.right - 1 || button.top >= more.bottom - 1 || more.top >= button.bottom - 1).to.equal(
      true,
    );
    await expect(el).to.be.accessible();
  });
});

describe('no English left in the interface', () => {
  useFreshData();

  // Interface texts only: profile text without a translation rightly stays in English.
  const ENGLISH_UI = [
    'in figures',
    'people supported',
    'Figures:',
    'updated',
    'Learn more',
    'Read more',
    'Population',
    'Former capital',
    'Unemployment rate',
    'Where it lies',
    'Source:',
    'at a glance',
    'kindergarten',
    'youth facilit',
  ];
  const TAGS = ['sos-impact-stats', 'sos-village-card', 'sos-sponsor-button', 'sos-village-story', 'sos-village-facts'];

  for (const lang of ['fr', 'ru', 'kk']) {
    it(`${lang}: every element`, async () => {
      for (const tag of TAGS) {
        const el = await inLanguage(lang, tag, 'collapsible');
        // Text marked with a lang of its own is profile text that fell back to another language.
        const shadow = document.createElement('div');
        el.shadowRoot!.childNodes.forEach((node) => shadow.append(node.cloneNode(true)));
        shadow.querySelectorAll('[lang], style').forEach((node) => node.remove());
        const text = (shadow.textContent ?? '').replace(/\s+/g, ' ');
        const expected = lang === 'fr' ? ENGLISH_UI.filter((word) => word !== 'Population') : ENGLISH_UI;
        for (const english of expected) expect(text, `${tag} in ${lang}`).not.to.contain(english);
      }
    });
  }

  it('dates the stale note in the element’s language', async () => {
    const profile = { ...nordhavn(), updatedAt: '2026-11-01' } as VillageProfile;
    await prepare('ru');
    const el = await fixture<SosDataElement>(
      html`<sos-village-facts lang="ru" .profile=${profile}></sos-village-facts>`,
    );
    const note = speak('ru', () =>
      (el as unknown as { renderStaleNote(p: VillageProfile, v: object): unknown }).renderStaleNote(profile, {
        state: 'ready',
        stale: true,
      }),
    );
    const host = document.createElement('div');
    const { render } = await import('lit');
    render(note, host);
    expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Данные на 1 ноября 2026 г.; более свежие загрузить не удалось.',
    );
  });
});
