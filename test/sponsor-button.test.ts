import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/sponsor-button.js';
import type { SosSponsorButton } from '../src/components/sponsor-button/sponsor-button.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords } from './article.js';

/** An address that never answers: the element stays on its placeholder. */
const HANGING_URL = 'https://data.example.org/hanging.json';

const DEAD_URL = 'https://data.example.org/dead.json';
const FALLBACK = 'https://www.soschildrensvillages.ca/sponsor-a-child';
const link = (el: SosSponsorButton) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]')!;

/** Clicks without leaving the test page: the listener cancels after the component has seen the click. */
function clickAndCancel(el: SosSponsorButton) {
  const heard = oneEvent(el, 'sos-sponsor-click');
  el.addEventListener('sos-sponsor-click', (event) => event.preventDefault(), { once: true });
  link(el).click();
  return heard;
}

describe('<sos-sponsor-button>', () => {
  failOnLitWarnings();
  useFreshData();

  describe('accessibility', () => {
    it('is accessible when ready, with the note describing the link', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${ALMATY_URL} market="CA" appeal></sos-sponsor-button>`,
      );
      await until(el);
      await expect(el).to.be.accessible();
      expect(link(el).getAttribute('aria-describedby')).to.equal('note');
    });

    it('is accessible while loading and on error', async () => {
      stubFetch({ [DEAD_URL]: new TypeError('offline') });
      const loading = await fixture<SosSponsorButton>(html`<sos-sponsor-button></sos-sponsor-button>`);
      await expect(loading).to.be.accessible();
      const failed = await fixture<SosSponsorButton>(html`<sos-sponsor-button src=${DEAD_URL}></sos-sponsor-button>`);
      await until(failed, 'error');
      await expect(failed).to.be.accessible();
    });

    it('is a real link reachable by keyboard, with a visible focus ring', async () => {
      const el = await fixture<SosSponsorButton>(html`<sos-sponsor-button src=${ALMATY_URL}></sos-sponsor-button>`);
      await until(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link(el));
      expect(getComputedStyle(link(el)).outlineStyle).to.equal('solid');
      expect(link(el).tagName).to.equal('A');
    });
  });

  describe('content from data', () => {
    it('shows the call to action of the default market, and its note only to that market’s readers', async () => {
      const el = await fixture<SosSponsorButton>(html`<sos-sponsor-button src=${ALMATY_URL}></sos-sponsor-button>`);
      await until(el);
      expect(textOf(el, '[part="label"]')).to.equal('Sponsor a child');
      expect(link(el).href).to.equal(FALLBACK);
      expect(
        el.shadowRoot!.querySelector('[part="note"]'),
        'a reader from elsewhere: no Canadian tax receipt',
      ).to.equal(null);
      expect(link(el).hasAttribute('aria-describedby')).to.equal(false);
      const canadian = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${ALMATY_URL} market="CA"></sos-sponsor-button>`,
      );
      await until(canadian);
      expect(textOf(canadian, '[part="note"]'), 'the page names the market').to.equal(
        'You will receive a Canadian charitable tax receipt.',
      );
    });

    it('picks the market asked for', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${ALMATY_URL} market="gb"></sos-sponsor-button>`,
      );
      await until(el);
      expect(link(el).href).to.equal('https://www.soschildrensvillages.org.uk/sponsor-a-child');
      expect(textOf(el, '[part="label"]')).to.equal('Sponsor a child today');
    });

    it('falls back to the default market for an unknown one', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${ALMATY_URL} market="ZZ"></sos-sponsor-button>`,
      );
      await until(el);
      expect(link(el).href).to.equal(FALLBACK);
    });

    it('shows a made-up village’s market and text', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile}></sos-sponsor-button>`,
      );
      expect(textOf(el, '[part="label"]')).to.equal('Become a Nordhavn sponsor');
      expect(link(el).href).to.equal('https://example.org/sponsor?lang=da');
    });
  });

  describe('attributes', () => {
    it('adds attribution with the URL API, keeping existing parameters', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile} partner="daily news&x=1" campaign="spring 26"></sos-sponsor-button>`,
      );
      const url = new URL(link(el).href);
      expect(url.searchParams.get('lang')).to.equal('da');
      expect(url.searchParams.get('utm_source')).to.equal('daily news&x=1');
      expect(url.searchParams.get('utm_campaign')).to.equal('spring 26');
      expect(url.searchParams.get('utm_medium')).to.equal('sos-village-widgets');
      expect(url.searchParams.get('x')).to.equal(null);
    });

    it('lets href override the data URL', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile} href="https://example.org/override"></sos-sponsor-button>`,
      );
      expect(link(el).href).to.equal('https://example.org/override');
    });

    it('never renders a javascript: href', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile} href="javascript:alert(1)"></sos-sponsor-button>`,
      );
      expect(link(el).href).to.equal('https://example.org/sponsor?lang=da');
      const bare = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button href="javascript:alert(1)"></sos-sponsor-button>`,
      );
      expect(link(bare).href, 'SOS Children’s Villages instead of the unsafe href').to.equal(
        'https://www.sos-childrensvillages.org/',
      );
    });

    it('adds rel="noopener" and says so when opening a new tab', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile} target="_blank"></sos-sponsor-button>`,
      );
      expect(link(el).rel).to.equal('noopener');
      expect(link(el).target).to.equal('_blank');
      expect(textOf(el, 'a')).to.contain('opens in a new tab');
    });

    it('reflects variant and size, and can hide the note', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile} variant="secondary" size="large" hide-note></sos-sponsor-button>`,
      );
      expect(el.getAttribute('variant')).to.equal('secondary');
      expect(link(el).classList.contains('button--large')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
    });
  });

  describe('sos-sponsor-click', () => {
    it('fires before navigating, with the village, market and final URL', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile} market="NO" partner="p"></sos-sponsor-button>`,
      );
      const event = await clickAndCancel(el);
      expect(event.detail.villageId).to.equal('nordhavn-test');
      expect(event.detail.market).to.equal('NO');
      expect(event.detail.url).to.equal(link(el).href);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    });

    it('cancelling it stops the navigation', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile}></sos-sponsor-button>`,
      );
      let navigated = true;
      document.addEventListener('click', (event) => (navigated = !event.defaultPrevented), { once: true });
      await clickAndCancel(el);
      expect(navigated).to.equal(false);
    });
  });

  describe('when the data fails', () => {
    it('still works from href, before and after the failure', async () => {
      stubFetch({ [DEAD_URL]: 'hang' });
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${DEAD_URL} href=${FALLBACK} market="CA"></sos-sponsor-button>`,
      );
      expect(el.state).to.equal('loading');
      expect(link(el).href).to.equal(FALLBACK);
      expect(textOf(el, '[part="label"]')).to.equal('Sponsor a child');
      const event = await clickAndCancel(el);
      expect(event.detail).to.deep.equal({ villageId: undefined, market: 'CA', url: FALLBACK });
    });

    it('never loses the donation: with no href and no data it leads to SOS Children’s Villages', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 500 }) });
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${DEAD_URL} partner="daily-news"></sos-sponsor-button>`,
      );
      await until(el, 'error');
      const url = new URL(link(el).href);
      expect(url.origin + url.pathname).to.equal('https://www.sos-childrensvillages.org/');
      expect(url.searchParams.get('utm_source')).to.equal('daily-news');
      expect(textOf(el, '[part="label"]')).to.equal('Sponsor a child');
      expect(el.shadowRoot!.textContent).not.to.contain('could not');
      await expect(el).to.be.accessible();
    });

    it('shows the page’s own fallback link when it has one', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 500 }) });
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button src=${DEAD_URL}><a href=${FALLBACK}>Sponsor a child in Almaty</a></sos-sponsor-button>`,
      );
      await until(el, 'error');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(
        'Sponsor a child in Almaty',
      );
    });
  });

  describe('the reader’s market', () => {
    /** Pretends the browser's languages are `languages` for one test. */
    function readerLanguages(languages: string[]) {
      Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
    }
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).languages;
    });

    const inLanguage = async (lang: string, attrs = '') => {
      const wrapper = await fixture(html`<div lang=${lang}></div>`);
      wrapper.innerHTML = `<sos-sponsor-button market="auto" ${attrs} src="${ALMATY_URL}"></sos-sponsor-button>`;
      const el = wrapper.querySelector<SosSponsorButton>('sos-sponsor-button')!;
      await until(el);
      return el;
    };

    it('sends a Canadian French reader to the Canadian page, with the Canadian note in French', async () => {
      readerLanguages(['fr-FR']);
      const el = await inLanguage('fr-CA');
      expect(link(el).href).to.equal(FALLBACK);
      expect(textOf(el, '[part="label"]')).to.equal('Parrainer un enfant');
      expect(textOf(el, '[part="note"]')).to.equal('Vous recevrez un reçu fiscal canadien pour don de bienfaisance.');
    });

    it('sends a British reader to the UK page, with the UK note', async () => {
      readerLanguages(['en-US']);
      const el = await inLanguage('en-GB');
      expect(link(el).href).to.equal('https://www.soschildrensvillages.org.uk/sponsor-a-child');
      expect(textOf(el, '[part="note"]')).to.contain('hundreds of SOS Children’s Villages');
    });

    it('takes the browser’s region when the page’s language has none', async () => {
      readerLanguages(['ru', 'en-GB']);
      const el = await inLanguage('ru');
      expect(link(el).href).to.equal('https://www.soschildrensvillages.org.uk/sponsor-a-child');
      expect(textOf(el, '[part="label"]')).to.equal('Стать спонсором ребёнка сегодня');
    });

    it('gives a reader from a country without a market the default market’s link, without the note meant for that market’s readers', async () => {
      readerLanguages(['ru-KZ', 'ru']);
      const el = await inLanguage('ru');
      expect(link(el).href).to.equal(FALLBACK);
      expect(
        el.shadowRoot!.querySelector('[part="note"]'),
        'no Canadian tax receipt on a Kazakh reader’s page',
      ).to.equal(null);
      const heard = clickAndCancel(el);
      expect((await heard).detail.market).to.equal('CA');
    });

    it('picks a made-up village’s markets the same way', async () => {
      readerLanguages(['nb-NO']);
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button market="auto" .profile=${nordhavn() as VillageProfile}></sos-sponsor-button>`,
      );
      expect(link(el).href).to.equal('https://example.org/no/sponsor');
      readerLanguages(['de-DE']);
      el.lang = 'da-DK'; // the element hears its own lang change and picks again
      await waitUntil(
        () => link(el).href === 'https://example.org/sponsor?lang=da',
        'the Danish market after lang="da-DK"',
      );
    });

    it('shows a made-up village’s note to its market’s readers only', async () => {
      readerLanguages(['da-DK']);
      const danish = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button market="auto" .profile=${nordhavn() as VillageProfile}></sos-sponsor-button>`,
      );
      expect(textOf(danish, '[part="note"]')).to.equal('Test note for Denmark.');
      readerLanguages(['de-DE']);
      const german = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button market="auto" .profile=${nordhavn() as VillageProfile}></sos-sponsor-button>`,
      );
      expect(link(german).href, 'the default market’s link').to.equal('https://example.org/sponsor?lang=da');
      expect(german.shadowRoot!.querySelector('[part="note"]'), 'without its note').to.equal(null);
    });

    it('shows the market’s appeal before the button on request', async () => {
      readerLanguages(['en-GB']);
      const plain = await inLanguage('en');
      expect(plain.shadowRoot!.querySelector('[part="appeal-text"]')).to.equal(null);
      const el = await inLanguage('en', 'appeal');
      expect(
        [...el.shadowRoot!.querySelectorAll('[part="appeal-text"] p')].map((p) => p.textContent!.trim()),
      ).to.deep.equal([
        'We care for children in Almaty who, without our support, would have no family or loving home. You can help them to flourish by sponsoring a child today.',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('on a news page', function () {
    this.timeout(20000);

    it('is one attributed module: the appeal, the button, the note and the source line in one box', async () => {
      const el = await inArticle('sos-sponsor-button', 358, 'en', { attributes: 'appeal market="CA"' });
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect([...base.children].map((child) => child.getAttribute('part'))).to.deep.equal([
        'appeal-text',
        'button',
        'note',
        'attribution',
      ]);
      const style = getComputedStyle(base);
      expect(style.borderInlineStartWidth, 'ruled').to.equal('4px');
      expect(style.backgroundColor, 'boxed').not.to.equal('rgba(0, 0, 0, 0)');
      const source = el.shadowRoot!.querySelector('[part="attribution"]')!;
      expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.equal('From SOS Children’s Villages');
      expect(source.querySelector('a')!.href).to.equal('https://www.soschildrensvillages.ca/almaty');
      await expect(el).to.be.accessible();
    });

    it('names a made-up village’s page in its source line', async () => {
      const el = await fixture<SosSponsorButton>(
        html`<sos-sponsor-button .profile=${nordhavn() as VillageProfile}></sos-sponsor-button>`,
      );
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="attribution"] a')!.href).to.equal(
        'https://example.org/nordhavn',
      );
    });

    it('takes the whole width on a phone, its natural width from 480px, in the UI face', async () => {
      const phone = await inArticle('sos-sponsor-button', 358, 'en');
      const base = phone.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
      const button = link(phone as SosSponsorButton).getBoundingClientRect();
      expect(base.right - button.right, 'flush with the module’s padding').to.be.below(20);
      expect(button.width).to.be.above(300);
      const wide = await inArticle('sos-sponsor-button', 648, 'en');
      expect(link(wide as SosSponsorButton).getBoundingClientRect().width).to.be.below(400);
      const face = getComputedStyle(link(wide as SosSponsorButton)).fontFamily;
      expect(face, 'not the article’s serif').to.match(/^system-ui/);
    });

    for (const lang of LANGUAGES) {
      it(`fits one phone screen, holds its height and its appeal’s while loading, and splits no word in ${lang}`, async () => {
        const el = await inArticle('sos-sponsor-button', 358, lang, { attributes: 'appeal' });
        expect(el.getBoundingClientRect().height, 'ready at 390px').to.be.at.most(PHONE_BUDGET);
        expect(el.shadowRoot!.querySelector('[part="attribution"]')).to.exist;
        for (const width of [288, 328, 358]) {
          const narrow = await inArticle('sos-sponsor-button', width, lang, { attributes: 'appeal' });
          expect(splitWords(narrow).join('\n'), `${width + 32}px`).to.equal('');
        }
        for (const width of [358, 648]) {
          for (const attributes of ['', 'appeal']) {
            const { held, ready } = await heldAndReady('sos-sponsor-button', width, lang, attributes);
            expect(
              Math.abs(held - ready),
              `${width}px ${attributes}: placeholder ${held}px, ready ${ready}px`,
            ).to.be.at.most(4);
          }
        }
      });
    }

    it('draws the button’s words and the source line at once while loading, and is accessible then', async () => {
      stubFetch({ [HANGING_URL]: 'hang' });
      const el = await inArticle('sos-sponsor-button', 358, 'en', {
        attributes: 'appeal',
        src: HANGING_URL,
        state: 'loading',
      });
      expect(el.state).to.equal('loading');
      const text = textOf(el, '.status');
      expect(text).to.contain('Sponsor a child');
      expect(text).to.contain('From SOS Children’s Villages');
      expect(el.shadowRoot!.querySelector('.skeleton-appeal'), 'the appeal’s lines').to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
