import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../src/define/village-media.js';
import type { SosVillageMedia } from '../src/components/village-media/village-media.js';
import type { VillageProfile, VillageProfileInput } from '../src/data/schema.js';
import { parseProfile } from '../src/data/parse.js';
import { villageContext } from '../src/context/village-context.js';
import { villageData } from '../src/internal/village-data-controller.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { failOnLitWarnings, stubFetch, textOf, until, useFreshData } from './helpers.js';
import { LANGUAGES, PHONE_BUDGET, heldAndReady, inArticle, splitWords } from './article.js';

const DEAD_URL = 'https://data.example.org/dead.json';
const HANGING_URL = 'https://data.example.org/hanging.json';

const root = (el: SosVillageMedia) => el.shadowRoot!;
const count = (el: SosVillageMedia, selector: string) => root(el).querySelectorAll(selector).length;
const images = (el: SosVillageMedia) => [...root(el).querySelectorAll('img')];
const button = (el: SosVillageMedia, name: 'previous' | 'next') =>
  root(el).querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;
const position = (el: SosVillageMedia) => textOf(el, '[part="position"]');
const live = (el: SosVillageMedia) => textOf(el, '[aria-live="polite"]');
/** The alt text of the one picture a reader sees. */
const shownAlt = (el: SosVillageMedia) => {
  const shown = [...root(el).querySelectorAll('.slide')].filter(
    (slide) => getComputedStyle(slide).visibility === 'visible',
  );
  return shown.map((slide) => slide.querySelector('img')?.alt ?? '(no image)');
};

async function media(template: unknown, width = 390): Promise<SosVillageMedia> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('sos-village-media')!;
  await until(el);
  return el;
}

const almatyGallery = (width?: number) => media(html`<sos-village-media src=${ALMATY_URL}></sos-village-media>`, width);
const nordhavnGallery = (width?: number) =>
  media(html`<sos-village-media .profile=${nordhavn() as VillageProfile}></sos-village-media>`, width);

const withMedia = (media: VillageProfileInput['media']) => ({ ...nordhavn(), media }) as VillageProfileInput;

describe('<sos-village-media>', () => {
  failOnLitWarnings();
  useFreshData();

  describe('accessibility', () => {
    it('is accessible with one picture', async () => {
      await expect(
        await media(html`<sos-village-media src=${ALMATY_URL} limit="1"></sos-village-media>`),
      ).to.be.accessible();
    });

    it('is accessible as a gallery, before and after moving', async () => {
      const el = await almatyGallery();
      await expect(el).to.be.accessible();
      button(el, 'next').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      stubFetch({ [HANGING_URL]: 'hang' });
      const loading = await fixture<SosVillageMedia>(html`<sos-village-media src=${HANGING_URL}></sos-village-media>`);
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
    });

    it('is accessible on error, with a way on', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 404 }) });
      const failed = await fixture<SosVillageMedia>(html`<sos-village-media src=${DEAD_URL}></sos-village-media>`);
      await until(failed, 'error');
      expect(textOf(failed, '[part="error-message"]')).to.contain('The village information could not be loaded.');
      await expect(failed).to.be.accessible();
    });

    it('is a labelled gallery region of labelled slides, with named buttons', async () => {
      const el = await almatyGallery();
      const region = root(el).querySelector('[part="base"]')!;
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-roledescription')).to.equal('gallery');
      expect(region.getAttribute('aria-label')).to.equal("Pictures of \u2068SOS Children's Village Almaty\u2069");
      const slides = [...root(el).querySelectorAll('.slide')];
      expect(
        slides.map(
          (s) => `${s.getAttribute('role')} ${s.getAttribute('aria-roledescription')} ${s.getAttribute('aria-label')}`,
        ),
      ).to.deep.equal(['group picture 1 of 2', 'group picture 2 of 2']);
      expect(textOf(el, '[part~="previous"]')).to.equal('Previous picture');
      expect(textOf(el, '[part~="next"]')).to.equal('Next picture');
      expect([button(el, 'previous').type, button(el, 'next').getAttribute('aria-controls')]).to.deep.equal([
        'button',
        'slides',
      ]);
    });

    it('gives its compact buttons targets of 32 px, over the 24 px minimum', async () => {
      const el = await almatyGallery(320);
      for (const name of ['previous', 'next'] as const) {
        const box = button(el, name).getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([32, 32]);
      }
      const controls = root(el).querySelector('[part="controls"]')!.getBoundingClientRect();
      expect(controls.height, 'one row of controls').to.equal(32);
    });
  });

  describe('one picture', () => {
    it('is a captioned figure without gallery controls', async () => {
      const el = await media(html`<sos-village-media src=${ALMATY_URL} limit="1"></sos-village-media>`);
      expect(count(el, 'figure')).to.equal(1);
      expect(count(el, 'button, [part="controls"], [aria-roledescription], [aria-live]')).to.equal(0);
      const img = images(el)[0];
      expect(img.alt).to.equal("Illustration of family houses in a children's village below snow-capped mountains");
      expect(new URL(img.src).pathname).to.equal('/demo/data/images/almaty-village.svg');
      expect(textOf(el, 'figcaption')).to.equal(
        'Family houses in a children’s village below the mountains (illustration)',
      );
      expect(count(el, '[part="credit"]'), 'the sample has no credits').to.equal(0);
    });

    it('reserves the frame before the picture loads, with width, height, lazy loading and async decoding', async () => {
      const el = await media(
        html`<sos-village-media .profile=${withMedia(nordhavn().media!.slice(0, 1)) as VillageProfile}></sos-village-media>`,
        320,
      );
      const img = images(el)[0];
      expect(['width', 'height', 'loading', 'decoding'].map((name) => img.getAttribute(name))).to.deep.equal([
        '800',
        '600',
        'lazy',
        'async',
      ]);
      const frame = root(el).querySelector('[part="frame"]')!.getBoundingClientRect();
      expect(frame.width).to.equal(320);
      expect(frame.height).to.be.closeTo(240, 1);
    });

    it('shows the caption and then the credit, each isolated for direction', async () => {
      const el = await media(
        html`<sos-village-media .profile=${withMedia(nordhavn().media!.slice(0, 1)) as VillageProfile}></sos-village-media>`,
      );
      expect(textOf(el, 'figcaption')).to.equal('The harbour seen from the village Photo: Test Photographer');
      expect(
        [...root(el).querySelectorAll('[part="caption"], [part="credit"]')].map((p) => p.getAttribute('dir')),
      ).to.deep.equal(['auto', 'auto']);
      const [caption, credit] = ['caption', 'credit'].map((part) =>
        parseFloat(getComputedStyle(root(el).querySelector(`[part="${part}"]`)!).fontSize),
      );
      expect(credit, 'the credit is smaller than the caption').to.be.below(caption);
    });
  });

  describe('a gallery of several pictures', () => {
    it('shows the two Almaty illustrations one at a time', async () => {
      const el = await almatyGallery();
      expect(count(el, 'figure')).to.equal(2);
      expect(shownAlt(el)).to.deep.equal([
        "Illustration of family houses in a children's village below snow-capped mountains",
      ]);
      expect(position(el)).to.equal('1 of 2');
      button(el, 'next').click();
      await el.updateComplete;
      expect(shownAlt(el)).to.deep.equal(['Illustration of a single-storey nursery school with a swing set and trees']);
      expect(position(el)).to.equal('2 of 2');
    });

    it('moves with Next and Previous, wrapping round at both ends', async () => {
      const el = await nordhavnGallery();
      const seen = [position(el)];
      for (const name of ['next', 'next', 'next', 'previous', 'previous'] as const) {
        button(el, name).click();
        await el.updateComplete;
        seen.push(`${position(el)} ${shownAlt(el)[0]}`);
      }
      expect(seen).to.deep.equal([
        '1 of 3',
        '2 of 3 A red-brick school',
        '3 of 3 Vegetable beds behind the family houses',
        '1 of 3 Harbour at dawn',
        '3 of 3 Vegetable beds behind the family houses',
        '2 of 3 A red-brick school',
      ]);
    });

    it('announces each move politely, and says nothing before the reader moves', async () => {
      const el = await nordhavnGallery();
      const region = root(el).querySelector('[aria-live]')!;
      expect([region.getAttribute('aria-live'), region.getAttribute('aria-atomic')]).to.deep.equal(['polite', 'true']);
      expect(live(el)).to.equal('');
      button(el, 'next').click();
      await el.updateComplete;
      expect(live(el)).to.equal('Picture 2 of 3: A red-brick school');
      button(el, 'previous').click();
      await el.updateComplete;
      expect(live(el)).to.equal('Picture 1 of 3: Harbour at dawn');
    });

    it('moves with the arrow keys, Home and End while focus is on its controls', async () => {
      const el = await nordhavnGallery();
      button(el, 'next').focus();
      const seen: string[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        seen.push(position(el));
      }
      expect(seen).to.deep.equal(['2 of 3', '3 of 3', '1 of 3', '3 of 3', '3 of 3', '1 of 3']);
      expect(el.shadowRoot!.activeElement === button(el, 'next'), 'focus stays on the button').to.equal(true);
      expect(live(el)).to.equal('Picture 1 of 3: Harbour at dawn');
    });

    it('follows the screen in right-to-left text: Left is the next picture', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><sos-village-media .profile=${nordhavn() as VillageProfile}></sos-village-media></div>`,
      );
      const el = wrapper.querySelector('sos-village-media')!;
      await until(el);
      button(el, 'previous').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(position(el)).to.equal('2 of 3');
      const [previous, next] = [button(el, 'previous'), button(el, 'next')].map((b) => b.getBoundingClientRect().left);
      expect(next, 'Next is on the left').to.be.below(previous);
    });

    it('keeps its height and its controls in place from one picture to the next', async () => {
      const el = await nordhavnGallery(320);
      const place = () =>
        `${el.getBoundingClientRect().height} ${root(el).querySelector('[part="controls"]')!.getBoundingClientRect().top}`;
      const first = place();
      for (let i = 0; i < 3; i++) {
        button(el, 'next').click();
        await el.updateComplete;
        expect(place()).to.equal(first);
      }
    });

    it('crops every picture to the first one’s shape, around its focus point', async () => {
      const el = await nordhavnGallery(400);
      const frames = [...root(el).querySelectorAll('[part="frame"]')].map(
        (f) => Math.round(f.getBoundingClientRect().height) || 'hidden',
      );
      expect(Math.round(root(el).querySelector('[part="frame"]')!.getBoundingClientRect().height)).to.equal(300);
      expect(frames.length).to.equal(3);
      expect(
        images(el).map((img) => `${getComputedStyle(img).objectFit} ${getComputedStyle(img).objectPosition}`),
      ).to.deep.equal(['cover 30% 60%', 'cover 50% 50%', 'cover 50% 50%']);
      const almaty = await almatyGallery();
      expect(images(almaty).map((img) => getComputedStyle(img).objectPosition)).to.deep.equal(['45% 70%', '40% 65%']);
    });

    it('takes its frame shape from aspect', async () => {
      for (const [aspect, height] of [
        ['16/9', 225],
        ['1:1', 400],
        ['2', 200],
        ['nonsense', 300],
        ['100/1', 300],
      ] as const) {
        const el = await media(
          html`<sos-village-media .profile=${nordhavn() as VillageProfile} aspect=${aspect}></sos-village-media>`,
          400,
        );
        const frame = root(el).querySelector('[part="frame"]')!.getBoundingClientRect();
        expect(Math.round(frame.height), aspect).to.equal(height);
      }
    });

    it('puts only the shown picture and its neighbours in the page', async () => {
      const many = withMedia(
        Array.from({ length: 6 }, (_, i) => ({
          src: `https://example.org/${i}.jpg`,
          alt: `Picture ${i}`,
          width: 4,
          height: 3,
        })),
      );
      const el = await nordhavnGallery();
      el.profile = many as VillageProfile;
      await until(el);
      await el.updateComplete;
      expect(images(el).map((img) => img.alt)).to.deep.equal(['Picture 0', 'Picture 1', 'Picture 5']);
      button(el, 'next').click();
      await el.updateComplete;
      expect(images(el).map((img) => img.alt)).to.deep.equal(['Picture 0', 'Picture 1', 'Picture 2']);
      expect(count(el, 'figure'), 'every caption keeps its place').to.equal(6);
    });

    it('shows no transition when the reader prefers reduced motion', async () => {
      const el = await nordhavnGallery();
      const current = () => getComputedStyle(root(el).querySelector('.slide--current')!).transitionDuration;
      expect(current()).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(current()).to.equal('0s');
        expect(getComputedStyle(button(el, 'next')).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('attributes', () => {
    it('shows only as many pictures as limit says', async () => {
      const two = await media(
        html`<sos-village-media .profile=${nordhavn() as VillageProfile} limit="2"></sos-village-media>`,
      );
      expect([count(two, 'figure'), position(two)]).to.deep.equal([2, '1 of 2']);
      const one = await media(
        html`<sos-village-media .profile=${nordhavn() as VillageProfile} limit="1"></sos-village-media>`,
      );
      expect([count(one, 'figure'), count(one, 'button')]).to.deep.equal([1, 0]);
      for (const all of ['0', '-1', 'x', '99']) {
        const el = await media(
          html`<sos-village-media .profile=${nordhavn() as VillageProfile} limit=${all}></sos-village-media>`,
        );
        expect(count(el, 'figure'), `limit="${all}"`).to.equal(3);
      }
    });

    it('leaves the captions out with hide-captions, but keeps the credit', async () => {
      const el = await media(
        html`<sos-village-media .profile=${nordhavn() as VillageProfile} hide-captions></sos-village-media>`,
      );
      expect(count(el, '[part="caption"]')).to.equal(0);
      expect(count(el, 'figcaption')).to.equal(1);
      expect(textOf(el, 'figcaption')).to.equal('Photo: Test Photographer');
      expect(el.hideCaptions).to.equal(true);
    });
  });

  describe('language', () => {
    it('gives alt text and caption in the reader’s language, and marks those left in English', async () => {
      const el = await media(html`<sos-village-media lang="fr" src=${ALMATY_URL}></sos-village-media>`);
      const first = images(el)[0];
      expect(first.alt).to.equal(
        'Illustration : maisons familiales d’un village d’enfants au pied de montagnes enneigées',
      );
      expect(textOf(el, '[part="caption"]')).to.equal(
        'Maisons familiales d’un village d’enfants au pied des montagnes (illustration)',
      );
      expect(
        root(el).querySelectorAll('img[lang], [part="caption"][lang]').length,
        'French like the words around them',
      ).to.equal(0);
      const english = await media(
        html`<sos-village-media lang="fr" .profile=${nordhavn() as VillageProfile}></sos-village-media>`,
      );
      expect(`${images(english)[0].getAttribute('lang')} ${images(english)[0].alt}`).to.equal('en Harbour at dawn');
      const caption = root(english).querySelector('[part="caption"]')!;
      expect([caption.getAttribute('lang'), caption.getAttribute('dir')]).to.deep.equal(['en', 'auto']);
    });

    it('gives a Danish reader the Danish alt text where there is one', async () => {
      const el = await media(
        html`<sos-village-media lang="da" .profile=${nordhavn() as VillageProfile}></sos-village-media>`,
      );
      expect(images(el).map((img) => `${img.getAttribute('lang') ?? '-'} ${img.alt}`)).to.deep.equal([
        '- Harbour at dawn', // English, like the widget's own words (no Danish texts): marked on the wrapper
        'da En skole af røde mursten',
        '- Vegetable beds behind the family houses',
      ]);
      button(el, 'next').click();
      await el.updateComplete;
      const announced = root(el).querySelector('[aria-live] [lang]')!;
      expect([announced.getAttribute('lang'), announced.getAttribute('dir'), announced.textContent]).to.deep.equal([
        'da',
        'auto',
        'En skole af røde mursten',
      ]);
    });
  });

  describe('unsafe addresses', () => {
    const UNSAFE = [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      ' JAVASCRIPT:alert(2)',
      'java\tscript:alert(3)',
      'blob:https://example.org/x',
      'file:///etc/passwd',
    ];
    const html_ = (el: SosVillageMedia) => root(el).innerHTML.toLowerCase();

    it('never renders a picture the parser dropped', async () => {
      const input = nordhavn();
      input.media![0].src = 'javascript:alert(1)';
      input.media![1].src = 'data:image/png;base64,iVBORw0KGgo=';
      const result = parseProfile(input);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const el = await media(html`<sos-village-media .profile=${result.profile}></sos-village-media>`);
      expect(images(el).map((img) => img.src)).to.deep.equal(['https://example.org/nordhavn-garden.jpg']);
      expect(html_(el)).not.to.contain('javascript:');
      expect(html_(el)).not.to.contain('data:');
    });

    it('checks every address again when it draws, even in a profile no parser saw', async () => {
      const handBuilt = {
        ...nordhavn(),
        defaultLanguage: 'en',
        media: [
          ...UNSAFE.map((src) => ({ src, alt: 'Unsafe', width: 10, height: 10 })),
          {
            src: 'https://example.org/safe.jpg',
            alt: 'Safe',
            width: 4,
            height: 3,
            focus: { x: 'x; background: url(javascript:alert(4))', y: 1e9 },
          },
        ],
      } as unknown as VillageProfile;
      const provider = document.createElement('div');
      new ContextProvider(provider, {
        context: villageContext,
        initialValue: villageData({ state: 'ready', profile: handBuilt }),
      });
      const el = document.createElement('sos-village-media');
      provider.append(el);
      document.body.append(provider);
      try {
        await until(el);
        await el.updateComplete;
        expect(images(el).map((img) => `${img.src} ${img.alt}`)).to.deep.equal(['https://example.org/safe.jpg Safe']);
        expect(count(el, 'button'), 'one safe picture: no gallery').to.equal(0);
        expect(getComputedStyle(images(el)[0]).objectPosition, 'an unusable focus point gives the centre').to.equal(
          '50% 50%',
        );
        for (const bad of ['javascript', 'data:', 'blob:', 'file:']) expect(html_(el)).not.to.contain(bad);
      } finally {
        provider.remove();
      }
    });
  });

  describe('without pictures', () => {
    for (const [what, pictures] of [
      ['no media', undefined],
      ['an empty list', []],
    ] as const) {
      it(`with ${what}: is ready, fires sos-load, and takes no space`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 390px"><p>Before</p></div>`);
        const el = document.createElement('sos-village-media');
        el.profile = withMedia(pictures as VillageProfileInput['media']) as VillageProfile;
        const loaded = oneEvent(el, 'sos-load');
        wrapper.append(el);
        await loaded;
        await until(el);
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(el.hasAttribute('empty')).to.equal(true);
        expect([el.getBoundingClientRect().height, el.offsetHeight]).to.deep.equal([0, 0]);
        expect(wrapper.getBoundingClientRect().height, 'no margin either').to.equal(
          wrapper.querySelector('p')!.getBoundingClientRect().height,
        );
        expect(count(el, 'img, figure, button')).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the page’s fallback content instead, if it gave some', async () => {
      const el = await media(
        html`<sos-village-media .profile=${withMedia([]) as VillageProfile}><a href="https://example.org/photos">See the photos</a></sos-village-media>`,
      );
      expect(el.hasAttribute('empty')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.above(0);
      expect(count(el, 'slot')).to.equal(1);
    });

    it('shows fallback content the page adds later', async () => {
      const el = await media(html`<sos-village-media .profile=${withMedia([]) as VillageProfile}></sos-village-media>`);
      expect(el.hasAttribute('empty')).to.equal(true);
      const link = document.createElement('a');
      link.href = 'https://example.org/photos';
      link.textContent = 'See the photos';
      el.append(link);
      await waitUntil(() => !el.hasAttribute('empty'), 'the element heard its new child');
      expect(el.getBoundingClientRect().height).to.be.above(0);
    });

    it('shows its pictures again when a profile with some arrives', async () => {
      const el = await media(
        html`<sos-village-media .profile=${withMedia(undefined) as VillageProfile}></sos-village-media>`,
      );
      expect(el.hasAttribute('empty')).to.equal(true);
      el.profile = nordhavn() as VillageProfile;
      await el.updateComplete;
      expect([el.hasAttribute('empty'), count(el, 'figure')]).to.deep.equal([false, 3]);
    });
  });

  describe('loading and failure', () => {
    it('holds a frame of the coming shape while loading', async () => {
      stubFetch({ [HANGING_URL]: 'hang' });
      for (const [aspect, ratio] of [
        [undefined, 1.5],
        ['16/9', 16 / 9],
      ] as const) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 360px"><sos-village-media src=${HANGING_URL} aspect=${aspect ?? ''}></sos-village-media></div>`,
        );
        const el = wrapper.firstElementChild as SosVillageMedia;
        expect(el.state).to.equal('loading');
        const frame = root(el).querySelector('.skeleton-frame')!.getBoundingClientRect();
        expect(frame.height, String(aspect)).to.be.closeTo(360 / ratio, 1);
        expect(textOf(el, '[role="status"]')).to.equal('Loading village information…');
      }
    });

    it('fires sos-error and shows the page’s fallback on error', async () => {
      stubFetch({ [DEAD_URL]: new Response('', { status: 503 }) });
      const el = document.createElement('sos-village-media');
      el.src = DEAD_URL;
      el.innerHTML = '<a href="https://example.org/photos">See the photos</a>';
      const failed = oneEvent(el, 'sos-error');
      document.body.append(el);
      try {
        await failed;
        await until(el, 'error');
        expect(count(el, 'slot')).to.equal(1);
        expect(count(el, '[part="error-message"]')).to.equal(0);
      } finally {
        el.remove();
      }
    });
  });

  describe('as editorial furniture', () => {
    it('has square corners by default, and rounds them with --sos-village-media-radius', async () => {
      const el = await almatyGallery();
      expect(getComputedStyle(root(el).querySelector('[part="frame"]')!).borderRadius).to.equal('0px');
      const wrapper = await fixture<HTMLElement>(
        html`<div style="--sos-village-media-radius: 6px"><sos-village-media src=${ALMATY_URL}></sos-village-media></div>`,
      );
      const rounded = wrapper.firstElementChild as SosVillageMedia;
      await until(rounded);
      expect(getComputedStyle(root(rounded).querySelector('[part="frame"]')!).borderRadius).to.equal('6px');
    });

    it('sets a small muted caption in the UI face under the picture', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 680px; font: 18px/1.6 Georgia, serif"><sos-village-media src=${ALMATY_URL}></sos-village-media></div>`,
      );
      const el = wrapper.firstElementChild as SosVillageMedia;
      await until(el);
      const caption = getComputedStyle(root(el).querySelector('figcaption')!);
      expect(caption.fontFamily).to.contain('system-ui');
      expect(parseFloat(caption.fontSize)).to.be.within(13, 14);
      expect(caption.color).to.equal(getComputedStyle(root(el).querySelector('[part="position"]')!).color);
      const frame = root(el).querySelector('[part="frame"]')!.getBoundingClientRect();
      expect(root(el).querySelector('figcaption')!.getBoundingClientRect().top).to.be.at.least(frame.bottom);
    });

    it('names its source for a made-up village too, with one picture or several', async () => {
      for (const limit of ['1', '']) {
        const el = await media(
          html`<sos-village-media limit=${limit} .profile=${nordhavn() as VillageProfile}></sos-village-media>`,
        );
        const link = root(el).querySelector<HTMLAnchorElement>('[part="attribution"] a')!;
        expect([link.href, textOf(el, '[part="attribution"]')]).to.deep.equal([
          'https://example.org/nordhavn',
          'From SOS Children’s Villages',
        ]);
      }
    });

    for (const lang of LANGUAGES) {
      it(`fits one phone screen, splits no word and holds its height while loading, in ${lang}`, async () => {
        const el = await inArticle('sos-village-media', 390 - 32, lang);
        expect(el.getBoundingClientRect().height).to.be.at.most(PHONE_BUDGET);
        expect(root(el as SosVillageMedia).querySelectorAll('[part="attribution"]')).to.have.length(1);
        expect(splitWords(el).join('\n')).to.equal('');
        for (const width of [320, 360]) {
          const narrow = await inArticle('sos-village-media', width - 32, lang);
          expect(splitWords(narrow).join('\n'), `at ${width} px`).to.equal('');
        }
        for (const width of [390 - 32, 680]) {
          const { held, ready } = await heldAndReady('sos-village-media', width, lang);
          expect(Math.abs(held - ready), `${width} px: placeholder ${held}, ready ${ready}`).to.be.at.most(4);
        }
      });
    }

    it('draws its fixed words at once while loading, and is accessible then', async () => {
      stubFetch({ [HANGING_URL]: 'hang' });
      const loading = await fixture<SosVillageMedia>(html`<sos-village-media src=${HANGING_URL}></sos-village-media>`);
      expect(textOf(loading)).to.contain('From SOS Children’s Villages');
      expect(root(loading).querySelectorAll('.nav')).to.have.length(2);
      await expect(loading).to.be.accessible();
    });
  });
});
