import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define/village-card.js';
import type { SosVillageCard } from '../src/components/village-card/village-card.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, hostilePageCss, stubFetch, textOf, until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords } from './article.js';

/** An address that never answers: the element stays on its placeholder. */
const HANGING_URL = 'https://data.example.org/hanging.json';

const DEAD_URL = 'https://data.example.org/dead.json';

async function card(width = 900, src = ALMATY_URL, market?: string): Promise<SosVillageCard> {
  const wrapper = await fixture(
    html`<div style="width: ${width}px"><sos-village-card src=${src} market=${market ?? nothing}></sos-village-card></div>`,
  );
  const el = wrapper.querySelector('sos-village-card')!;
  await until(el);
  return el;
}

describe('<sos-village-card>', () => {
  failOnLitWarnings();
  useFreshData();

  describe('accessibility', () => {
    it('is accessible when ready', async () => {
      await expect(await card()).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const loading = await fixture<SosVillageCard>(html`<sos-village-card></sos-village-card>`);
      await expect(loading).to.be.accessible();
    });

    it('is accessible on error', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 404 }) });
      const failed = await fixture<SosVillageCard>(html`<sos-village-card src=${DEAD_URL}></sos-village-card>`);
      await until(failed, 'error');
      await expect(failed).to.be.accessible();
    });

    it('on error says what happened in one short line and offers a real sponsor link, in a compact box', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 404 }) });
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 358px"><sos-village-card src=${DEAD_URL}></sos-village-card></div>`,
      );
      const failed = wrapper.firstElementChild as SosVillageCard;
      await until(failed, 'error');
      expect(textOf(failed, '[part="error-message"]')).to.contain('The village information could not be loaded.');
      const way = failed.shadowRoot!.querySelector<HTMLAnchorElement>('[part="error-message"] a')!;
      expect(way.href).to.equal('https://www.sos-childrensvillages.org/');
      expect(textOf(failed, '[part="error-message"] a')).to.equal('Sponsor a child');
      expect(failed.shadowRoot!.querySelector('.base--box [part="error-message"]'), 'in the card’s box').to.exist;
      expect(failed.getBoundingClientRect().height, 'compact: a line and a button').to.be.at.most(160);
    });

    it('names the village in a heading and gives the learn-more link context', async () => {
      const el = await card();
      expect(textOf(el, 'h2')).to.equal("SOS Children's Village Almaty");
      expect(textOf(el, '[part="learn-more"]')).to.equal("Learn more about SOS Children's Village Almaty");
    });
  });

  describe('content from data', () => {
    it('shows the Almaty image, place, summary, figure and sponsor link', async () => {
      const el = await card();
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.alt).to.contain('Illustration of family houses');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '800']);
      expect(textOf(el, '[part="place"]')).to.equal('Almaty, Kazakhstan');
      expect(textOf(el, '[part="summary"]')).to.contain('1991');
      expect(textOf(el, '[part="total"]')).to.equal('459 people supported');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal(
        'https://www.soschildrensvillages.ca/sponsor-a-child',
      );
    });

    it('shows the market’s note only to readers of that market', async () => {
      const elsewhere = await card();
      expect(
        elsewhere.shadowRoot!.querySelector('[part="note"]'),
        'the data’s default market, for a reader from elsewhere',
      ).to.equal(null);
      const canadian = await card(900, ALMATY_URL, 'CA');
      expect(textOf(canadian, '[part="note"]')).to.equal('You will receive a Canadian charitable tax receipt.');
      const wrapper = await fixture(
        html`<div lang="en-CA"><sos-village-card src=${ALMATY_URL} market="auto"></sos-village-card></div>`,
      );
      const reader = wrapper.firstElementChild as SosVillageCard;
      await until(reader);
      expect(textOf(reader, '[part="note"]'), 'a Canadian page’s reader').to.equal(
        'You will receive a Canadian charitable tax receipt.',
      );
    });

    it('keeps the market’s appeal off unless asked', async () => {
      const el = await card();
      expect(el.shadowRoot!.querySelector('[part="appeal-text"]')).to.equal(null);
      el.toggleAttribute('appeal', true);
      await el.updateComplete;
      expect(
        [...el.shadowRoot!.querySelectorAll('[part="appeal-text"] p')].map((p) => p.textContent!.trim()),
      ).to.deep.equal([
        'SOS relies on the kindness and generosity of Canadians to be able to provide a home for the most vulnerable children around the world.',
        'By becoming a child sponsor you are helping an individual child in need.',
      ]);
      el.setAttribute('market', 'GB');
      await el.updateComplete;
      expect(textOf(el, '[part="appeal-text"]')).to.contain(
        'You can help them to flourish by sponsoring a child today.',
      );
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal(
        'https://www.soschildrensvillages.org.uk/sponsor-a-child',
      );
      el.toggleAttribute('appeal', false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="appeal-text"]')).to.equal(null);
    });

    it('crops the picture around its focus point', async () => {
      const el = await card(900);
      const img = el.shadowRoot!.querySelector('img')!;
      expect(getComputedStyle(img).objectPosition).to.equal('45% 70%');
      expect(img.hasAttribute('style')).to.equal(true); // set through the CSSOM, which a strict CSP allows
      const made = await fixture<SosVillageCard>(
        html`<sos-village-card .profile=${nordhavn() as VillageProfile}></sos-village-card>`,
      );
      expect(getComputedStyle(made.shadowRoot!.querySelector('img')!).objectPosition).to.equal('30% 60%');
    });

    it('draws the flag as SVG, hidden from assistive technology', async () => {
      const flag = (await card()).shadowRoot!.querySelector('[part="flag"]')!;
      expect(flag.querySelector('svg')).to.exist;
      expect(flag.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a made-up village, with a code badge for a country it has no flag drawing for', async () => {
      const el = await fixture<SosVillageCard>(
        html`<sos-village-card .profile=${nordhavn() as VillageProfile} partner="x"></sos-village-card>`,
      );
      expect(textOf(el, 'h2')).to.equal("SOS Children's Village Nordhavn (test)");
      expect(textOf(el, '[part="place"]')).to.equal('DK Nordhavn, Denmark');
      expect(textOf(el, '[part="total"]')).to.equal('1,234,567 people supported');
      const url = new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href);
      expect(url.searchParams.get('utm_source')).to.equal('x');
      expect(textOf(el)).not.to.contain('Almaty');
    });

    it('leaves out what the data does not have', async () => {
      const bare = { ...nordhavn(), url: undefined, media: undefined, sponsorship: undefined, summary: undefined };
      const el = await fixture<SosVillageCard>(
        html`<sos-village-card .profile=${bare as VillageProfile}></sos-village-card>`,
      );
      expect(el.shadowRoot!.querySelectorAll('img, [part="learn-more"], [part="summary"]').length).to.equal(0);
      const sponsor = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href;
      expect(sponsor, 'without sponsorship data the call to action still leads to SOS Children’s Villages').to.equal(
        'https://www.sos-childrensvillages.org/',
      );
      await expect(el).to.be.accessible();
    });

    it('fires a cancelable sos-sponsor-click from its call to action', async () => {
      const el = await fixture<SosVillageCard>(
        html`<sos-village-card .profile=${nordhavn() as VillageProfile} market="NO"></sos-village-card>`,
      );
      el.addEventListener('sos-sponsor-click', (event) => event.preventDefault(), { once: true });
      const heard = oneEvent(el, 'sos-sponsor-click');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({
        villageId: 'nordhavn-test',
        market: 'NO',
        url: 'https://example.org/no/sponsor',
      });
    });
  });

  describe('layout by its own width', () => {
    const columns = (el: SosVillageCard) =>
      getComputedStyle(el.shadowRoot!.querySelector('.layout')!).gridTemplateColumns.split(' ').length;

    it('puts the picture above the text in an article’s column, side by side only where the picture keeps its crop', async () => {
      for (const width of [340, 648]) {
        const el = await card(width);
        expect(columns(el), `${width}px`).to.equal(1);
        const picture = el.shadowRoot!.querySelector('[part="media"]')!.getBoundingClientRect();
        const body = el.shadowRoot!.querySelector('[part="body"]')!.getBoundingClientRect();
        expect(picture.bottom, `${width}px: picture above`).to.be.at.most(body.top + 1);
        expect(picture.width / picture.height, `${width}px: 3:2`).to.be.closeTo(1.5, 0.02);
      }
      const wide = await card(900);
      expect(columns(wide)).to.equal(2);
      const picture = wide.shadowRoot!.querySelector('[part="media"]')!.getBoundingClientRect();
      expect(picture.width / picture.height, 'beside the text: 4:3, never a sliver').to.be.closeTo(4 / 3, 0.02);
    });

    it('reserves the image space before it loads (intrinsic size)', async () => {
      const el = await card(340);
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.getBoundingClientRect().height).to.be.closeTo((img.getBoundingClientRect().width * 800) / 1200, 2);
    });
  });

  describe('on a page with hostile CSS', () => {
    let remove: () => void;
    beforeEach(() => (remove = hostilePageCss()));
    afterEach(() => remove());

    it('keeps its layout, heading size and image size', async () => {
      const el = await card(340);
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(parseFloat(getComputedStyle(heading).fontSize), 'never above an article’s subhead').to.be.at.most(
        1.25 * parseFloat(getComputedStyle(el).fontSize) + 0.5,
      );
      expect(getComputedStyle(heading).textTransform).to.equal('none');
      expect(el.shadowRoot!.querySelector('img')!.getBoundingClientRect().width).to.be.at.most(340);
      await expect(el).to.be.accessible();
    });
  });

  describe('on a news page', function () {
    this.timeout(20000);

    it('ends with a source line naming the charity, the date of the figures and the village’s page', async () => {
      const el = await card(358);
      const source = el.shadowRoot!.querySelector('[part="attribution"]')!;
      expect(el.shadowRoot!.querySelector('[part="body"]')!.lastElementChild, 'the last thing in the card').to.equal(
        source,
      );
      expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.match(
        /^Figures: SOS Children’s Villages, updated .*2026$/,
      );
      expect(source.querySelector('a')!.href).to.equal('https://www.soschildrensvillages.ca/almaty');
      const other = await fixture<SosVillageCard>(
        html`<sos-village-card .profile=${nordhavn() as VillageProfile}></sos-village-card>`,
      );
      expect(other.shadowRoot!.querySelector<HTMLAnchorElement>('[part="attribution"] a')!.href).to.equal(
        'https://example.org/nordhavn',
      );
    });

    it('caps the name below an article’s subhead on a serif page', async () => {
      const el = await inArticle('sos-village-card', 648, 'en');
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.at.most(18 * 1.25 + 0.5);
      expect(getComputedStyle(heading).fontFamily, 'the UI face').not.to.contain('Georgia');
    });

    for (const lang of LANGUAGES) {
      it(`fits one phone screen, holds its height while loading and splits no word in ${lang}`, async () => {
        const el = await inArticle('sos-village-card', 358, lang);
        expect(el.getBoundingClientRect().height, 'ready at 390px').to.be.at.most(PHONE_BUDGET);
        expect(el.shadowRoot!.querySelector('[part="attribution"]')).to.exist;
        for (const width of [288, 328, 358]) {
          const narrow = await inArticle('sos-village-card', width, lang);
          expect(splitWords(narrow).join('\n'), `${width + 32}px`).to.equal('');
        }
        for (const width of [358, 648]) {
          for (const attributes of ['', 'appeal']) {
            const { held, ready } = await heldAndReady('sos-village-card', width, lang, attributes);
            expect(
              Math.abs(held - ready),
              `${width}px ${attributes}: placeholder ${held}px, ready ${ready}px`,
            ).to.be.at.most(4);
          }
        }
      });
    }

    it('draws its fixed words at once while loading, and is accessible then', async () => {
      stubFetch({ [HANGING_URL]: 'hang' });
      const el = await inArticle('sos-village-card', 358, 'en', { attributes: '', src: HANGING_URL, state: 'loading' });
      expect(el.state).to.equal('loading');
      const text = textOf(el, '.status');
      expect(text).to.contain('people supported');
      expect(text).to.contain('Sponsor a child');
      expect(text).to.contain('Figures: SOS Children’s Villages');
      await expect(el).to.be.accessible();
    });

    it('keeps its call to action apart from the sponsor button’s: outlined, in the UI face', async () => {
      const el = await card(358);
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
      const style = getComputedStyle(button);
      expect(style.backgroundColor, 'no fill').to.equal('rgba(0, 0, 0, 0)');
      expect(style.fontFamily).to.match(/^system-ui/);
    });
  });
});
