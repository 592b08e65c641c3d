/**
 * Hostile host pages, hostile endpoints and hostile data, one `describe` per class of attack:
 * prototypes, sizes, timeouts, text, activations, growth, and the smaller promises.
 */
import { expect, fixture, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define/all.js';
import {
  KEPT_CHARACTERS,
  KEPT_PROFILES,
  MAX_PROFILES_IN_MEMORY,
  clearProfileCache,
  loadProfile,
  normaliseTimeout,
  onProfile,
  peekProfile,
} from '../src/data/client.js';
import { parseProfile } from '../src/data/parse.js';
import type { VillageDataError } from '../src/data/errors.js';
import { LIMITS, type VillageProfileInput } from '../src/data/schema.js';
import { defineElement } from '../src/internal/define.js';
import { CATALOG_TIMEOUT } from '../src/internal/localize.js';
import { SOS_HOME, safeHref } from '../src/data/url.js';
import { isolate } from '../src/internal/data-element.js';
import { pickMarket, sponsorTarget } from '../src/components/sponsor-button/sponsor-link.js';
import type { SosDataElement } from '../src/internal/data-element.js';
import { ALMATY_URL, almaty, nordhavn } from './fixtures/profiles.js';
import { captureWarnings, deferred, json, rejection, stubFetch, textOf, until, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/villages/a.json';
const URL_B = 'https://data.example.org/villages/b.json';
type Widget = SosDataElement & HTMLElement;

const registry = () => (globalThis as any)[Symbol.for('sos-village-widgets.profile-registry.v2')];
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const parsed = (input: unknown) => {
  const result = parseProfile(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.profile;
};

/** Every href and src in an element's shadow root (and its nested widgets'), as strings. */
function urlsIn(el: Element, within = ''): string[] {
  const root = el.shadowRoot!;
  const selector = within ? `${within}[href], ${within} [href], ${within} [src]` : '[href], [src]';
  return [...root.querySelectorAll(selector)].map(
    (node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '',
  );
}

/** Defines `key` on Object.prototype for the duration of `fn`. */
async function withPollutedPrototype(
  keys: Record<string, unknown>,
  enumerable: boolean,
  fn: () => Promise<void>,
): Promise<void> {
  for (const [key, value] of Object.entries(keys)) {
    Object.defineProperty(Object.prototype, key, { value, enumerable, configurable: true, writable: true });
  }
  try {
    await fn();
  } finally {
    for (const key of Object.keys(keys)) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

const HOSTILE_MARKET = { market: 'XX', organisation: 'x', url: 'javascript:alert(1)', callToAction: 'Donate here' };

/** A profile with nothing optional: every template must then fall back to what it declares. */
function bare(): VillageProfileInput {
  const { schemaVersion, id, name, country, impact } = nordhavn();
  return { schemaVersion, id, name, country, impact };
}

describe('hardening', () => {
  useFreshData();

  describe('the host page’s prototypes', () => {
    it('parses with enumerable keys on Object.prototype, and the result is plain, frozen and free of them', async () => {
      await withPollutedPrototype({ analytics: 'x', polluted: { deep: true } }, true, async () => {
        const result = parseProfile(nordhavn());
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        expect(Object.getPrototypeOf(result.profile)).to.equal(Object.prototype);
        expect(Object.getPrototypeOf(result.profile.impact)).to.equal(Object.prototype);
        expect(Object.isFrozen(result.profile.impact.programmes)).to.equal(true);
        expect(Object.keys(result.profile)).not.to.include.members(['analytics', 'polluted']);
        expect(result.warnings).to.deep.equal([]);
      });
    });

    it('shows exactly the same when a page adds keys named like optional fields to Object.prototype after the profile was read', async () => {
      const tags = [
        'sos-impact-stats',
        'sos-village-card',
        'sos-sponsor-button',
        'sos-village-story',
        'sos-village-facts',
        'sos-village-media',
        'sos-village-news',
      ];
      // Each key with a value of the shape its field takes, so that one read through a missing field would show.
      const text = 'POLLUTED';
      const evil = 'https://evil.example/';
      const keys = {
        city: text,
        summary: text,
        url: evil,
        description: text,
        heading: text,
        note: text,
        comparison: text,
        caption: text,
        credit: text,
        id: 'polluted',
        source: 'polluted',
        year: 1111,
        approximation: 'more-than',
        date: '1999-01-01',
        updatedAt: '1999-01-01',
        defaultMarket: 'DK',
        appeal: [text],
        focus: { x: 1, y: 1 },
        story: [{ paragraphs: [text] }],
        facts: [{ kind: 'location', text }],
        sources: [{ id: 'polluted', name: text, url: evil }],
        sponsorship: { markets: [{ market: 'DK', organisation: text, url: evil, callToAction: text, appeal: [text] }] },
        media: [{ src: `${evil}a.jpg`, alt: text, width: 10, height: 10 }],
        news: [{ title: text, url: evil }],
      };
      /** The shadow DOM of `el` and of every widget inside it, as HTML. */
      const drawn = (el: Element): string =>
        [el, ...el.shadowRoot!.querySelectorAll('*')]
          .filter((node) => node.shadowRoot)
          .map((node) => (node === el ? node.shadowRoot!.innerHTML : drawn(node)))
          .join('\n');
      const withAll = nordhavn() as any;
      withAll.story[0].heading = undefined; // an optional field given as undefined, as script may
      for (const profile of [bare(), withAll]) {
        const widgets: Widget[] = [];
        for (const tag of tags)
          widgets.push(await fixture<Widget>(html`<${unsafeStatic(tag)} .profile=${profile}></${unsafeStatic(tag)}>`));
        for (const el of widgets) await until(el);
        const before = widgets.map(drawn);
        await withPollutedPrototype(keys, false, async () => {
          // Drawn again, and drawn anew from the same (already read) profile.
          for (const el of widgets) {
            el.requestUpdate();
            await el.updateComplete;
          }
          const again: Widget[] = [];
          for (const tag of tags)
            again.push(await fixture<Widget>(html`<${unsafeStatic(tag)} .profile=${profile}></${unsafeStatic(tag)}>`));
          for (const el of again) await until(el);
          widgets.forEach((el, i) => expect(drawn(el), tags[i]).to.equal(before[i]));
          again.forEach((el, i) => expect(drawn(el), tags[i]).to.equal(before[i]));
        });
        for (const html of before) expect(html).not.to.match(/POLLUTED|evil\.example/);
      }
    });

    it('loads and renders every widget while Object.prototype carries enumerable keys', async () => {
      await withPollutedPrototype({ trackingId: 'UA-1', settings: { on: true } }, true, async () => {
        const el = await fixture<Widget>(html`<sos-village-card src=${ALMATY_URL}></sos-village-card>`);
        await until(el);
        const impact = await fixture<Widget>(html`<sos-impact-stats .profile=${nordhavn()}></sos-impact-stats>`);
        await until(impact);
        expect(textOf(impact)).to.include('1,234,567');
      });
    });

    it('never renders a URL a page put on Object.prototype after the script loaded', async () => {
      const keys = {
        sponsorship: { markets: [HOSTILE_MARKET] },
        url: 'javascript:alert(1)',
        href: 'javascript:alert(2)',
        src: 'javascript:alert(3)',
        media: [{ src: 'javascript:alert(4)', alt: 'x', width: 1, height: 1 }],
        sources: [{ id: 'test-source', name: 'x', url: 'javascript:alert(5)' }],
      };
      await withPollutedPrototype(keys, false, async () => {
        const profile = bare();
        (profile as any).facts = nordhavn().facts;
        const card = await fixture<Widget>(html`<sos-village-card .profile=${profile}></sos-village-card>`);
        const button = await fixture<Widget>(html`<sos-sponsor-button .profile=${profile}></sos-sponsor-button>`);
        const facts = await fixture<Widget>(html`<sos-village-facts .profile=${profile}></sos-village-facts>`);
        for (const el of [card, button, facts]) {
          await until(el);
          for (const url of urlsIn(el)) expect(url).to.match(/^https:\/\//);
        }
        expect(urlsIn(card)).to.deep.equal([SOS_HOME]);
        expect(urlsIn(button)).to.deep.equal([SOS_HOME]);
        expect(textOf(button, '[part~="button"]')).to.equal('Sponsor a child');
        expect(textOf(card)).not.to.include('Donate here');
      });
    });

    it('names each bad path of raw JSON in sos-error, in a word, and where the full text is', async () => {
      const input = clone(nordhavn()) as any;
      input.impact.totalBeneficiaries = -1;
      delete input.name;
      const errors: VillageDataError[] = [];
      const el = await fixture<Widget>(
        html`<sos-impact-stats .profile=${input} @sos-error=${(event: CustomEvent<{ error: VillageDataError }>) => errors.push(event.detail.error)}
          ><a href="https://example.org/nordhavn">Nordhavn</a></sos-impact-stats
        >`,
      );
      await until(el, 'error');
      expect(errors.map((error) => error.kind)).to.deep.equal(['invalid']);
      expect(errors[0].issues).to.deep.equal([
        { path: 'name', message: 'missing' },
        { path: 'impact.totalBeneficiaries', message: 'invalid' },
      ]);
      expect(errors[0].message).to.equal(
        'The village profile is not valid: name: missing; impact.totalBeneficiaries: invalid. Run npx sos-village-widgets validate on the profile for the full text.',
      );
    });

    it('keeps keys on Object.prototype out of its fetch options', async () => {
      const stub = stubFetch({ [URL_A]: json(nordhavn()) });
      await withPollutedPrototype(
        { method: 'POST', body: 'x', cache: 'no-store', integrity: 'sha256-x' },
        false,
        async () => {
          await loadProfile(URL_A);
        },
      );
      const init = stub.inits[0]!;
      expect(Object.getPrototypeOf(init)).to.equal(null);
      expect(init.method).to.equal('GET');
      expect(init.body).to.equal(undefined);
    });

    for (const [key, value] of [
      ['issues', []],
      ['issues', true],
      ['typed', true],
      ['value', {}],
    ] as const) {
      it(`parses while Object.prototype.${key} is ${JSON.stringify(value)} (keys the schema library reads internally)`, async () => {
        for (const enumerable of [false, true]) {
          await withPollutedPrototype({ [key]: value }, enumerable, async () => {
            const input = clone(nordhavn()) as any;
            input.media[0].src = 'javascript:x'; // one malformed optional part to repair
            const result = parseProfile(input);
            expect(result.ok).to.equal(true);
            expect(result.warnings.map((w) => w.path)).to.deep.equal(['media[0].src']);
            expect((Object.prototype as any)[key], 'the page’s key is back').to.equal(value);
          });
        }
      });
    }

    it('keeps Lit property options and render options to what the elements declare', async () => {
      const keys = {
        type: Number,
        attribute: false,
        converter: () => undefined,
        reflect: true,
        hasChanged: () => false,
        renderBefore: document.body,
      };
      await withPollutedPrototype(keys, false, async () => {
        const button = await fixture<Widget>(html`<sos-sponsor-button src=${ALMATY_URL}></sos-sponsor-button>`);
        const impact = await fixture<Widget>(html`<sos-impact-stats src=${ALMATY_URL}></sos-impact-stats>`);
        await until(button);
        await until(impact);
        expect(urlsIn(button, '[part~="button"]')).to.deep.equal([
          'https://www.soschildrensvillages.ca/sponsor-a-child',
        ]);
        expect(textOf(impact)).to.include('459');
      });
    });

    it('fails to a working link, not a hang, when Object.prototype carries a profile', async () => {
      stubFetch({ [URL_A]: new Response('', { status: 500 }) });
      await withPollutedPrototype({ profile: {}, error: 'x', stale: true }, false, async () => {
        const button = await fixture<Widget>(html`<sos-sponsor-button src=${URL_A}></sos-sponsor-button>`);
        await until(button, 'error');
        expect(urlsIn(button)).to.deep.equal([SOS_HOME]);
      });
    });

    it('reads no option, flag or market from Object.prototype', async () => {
      const keys = {
        href: 'https://evil.example/phish',
        KZ: 'FLAG TEXT',
        DK: 'FLAG TEXT',
        lang: 'xx',
        part: 'evil',
        market: 'NO',
      };
      await withPollutedPrototype(keys, false, async () => {
        const card = await fixture<Widget>(html`<sos-village-card .profile=${bare()}></sos-village-card>`);
        const impact = await fixture<Widget>(html`<sos-impact-stats .profile=${bare()}></sos-impact-stats>`);
        await until(card);
        await until(impact);
        expect(urlsIn(card)).to.deep.equal([SOS_HOME]);
        expect(textOf(card)).not.to.include('FLAG TEXT');
        expect(impact.shadowRoot!.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
        expect(card.shadowRoot!.querySelector('[part~="evil"]')).to.equal(null);
      });
    });

    it('takes no market from an index a page put on Array.prototype', () => {
      // Only the choice is tested here: Lit itself cannot render while Array.prototype has index 0.
      const parsed = parseProfile(bare());
      if (!parsed.ok) throw new Error('the bare profile must parse');
      Object.defineProperty(Array.prototype, 0, { value: HOSTILE_MARKET, configurable: true, writable: true });
      try {
        expect(pickMarket(parsed.profile)).to.equal(undefined);
        expect(sponsorTarget(parsed.profile, { href: undefined }).url).to.equal(SOS_HOME);
      } finally {
        delete (Array.prototype as any)[0];
      }
    });

    it('checks every URL again where it is rendered: https only, no user information', () => {
      expect(safeHref('javascript:alert(1)')).to.equal(undefined);
      expect(safeHref('https://charity.example@198.51.100.7/')).to.equal(undefined);
      expect(safeHref('https://user:pass@example.org/')).to.equal(undefined);
      expect(safeHref('http://example.org/sponsor')).to.equal('https://example.org/sponsor');
      expect(safeHref('http://localhost:8000/x')).to.equal('http://localhost:8000/x');
      expect(safeHref('http://127.0.0.1:8000/x')).to.equal('http://127.0.0.1:8000/x');
      expect(safeHref('http://[::1]/x')).to.equal('http://[::1]/x');
    });
  });

  describe('sizes, enforced while reading', () => {
    it('stops reading a 50 MB body at the cap', async () => {
      const url = new URL('/test/endpoints/huge.json', location.href).href;
      expect((await rejection(loadProfile(url))).kind).to.equal('too-large');
      const { bytes } = await (await fetch('/test/endpoints/produced.json?name=huge')).json();
      console.log(`50 MB body: the server produced ${bytes} bytes before the widget hung up`);
      expect(bytes, 'bytes the server produced before the widget hung up').to.be.below(20e6);
    });

    it('stops decompressing a gzip bomb (1 GiB of spaces, about 1 MB on the wire) at the cap', async () => {
      const url = new URL('/test/endpoints/bomb.json', location.href).href;
      expect((await rejection(loadProfile(url, { timeout: 8000 }))).kind).to.equal('too-large');
      const { bytes } = await (await fetch('/test/endpoints/produced.json?name=bomb')).json();
      console.log(`gzip bomb: the server produced ${bytes} bytes (before compression) before the widget hung up`);
      expect(bytes, 'bytes the server produced before the widget hung up').to.be.below(2 ** 28);
    });

    it('refuses an over-long list before reading its items, with one warning for the part left out', () => {
      const input = clone(nordhavn()) as any;
      input.story = Array.from({ length: 600_000 }, () => ({}));
      const started = performance.now();
      const result = parseProfile(input);
      const took = performance.now() - started;
      expect(result.ok).to.equal(true);
      expect(result.warnings).to.have.length(1);
      expect(result.warnings[0].message).to.include(`at most ${LIMITS.story} items`);
      expect(took, 'ms to refuse 600,000 items').to.be.below(1000);
    });

    it('refuses an over-long list inside a list before reading its items', () => {
      const input = clone(nordhavn()) as any;
      input.story[0].paragraphs = Array.from({ length: 600_000 }, () => 'x');
      const started = performance.now();
      const result = parseProfile(input);
      expect(performance.now() - started).to.be.below(1000);
      expect(result.ok).to.equal(true);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['story[0].paragraphs']);
    });

    it('fails a required list over its cap, naming it', () => {
      const input = clone(nordhavn()) as any;
      input.impact.programmes = Array.from({ length: 25 }, () => input.impact.programmes[0]);
      const result = parseProfile(input);
      expect(result.ok).to.equal(false);
      if (!result.ok)
        expect(result.error.message).to.include(`impact.programmes must hold at most ${LIMITS.programmes} items`);
    });

    it('drops unknown keys without looking into them, however deep', () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 5000; i++) deep = { deeper: deep };
      const input = { ...clone(nordhavn()), extra: deep } as any;
      input.summary = deep; // and a known field holding the same: only that field is left out
      const result = parseProfile(input);
      expect(result.ok).to.equal(true);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['summary']);
    });

    it('warns once per profile, with a count and the first paths', async () => {
      const input = clone(nordhavn()) as any;
      input.media = Array.from({ length: LIMITS.media }, () => ({ src: 'javascript:x', alt: '', width: 0, height: 0 }));
      stubFetch({ [URL_A]: json(input) });
      const warnings = await captureWarnings(() => loadProfile(URL_A));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(new RegExp(`${LIMITS.media} malformed parts left out: media\\[0\\]`));
      expect(warnings[0]).to.include(`and ${LIMITS.media - 3} more`);
    });

    it('parses the largest profile it allows quickly (figure in the log)', async () => {
      const input = largestProfile(await almaty());
      const size = JSON.stringify(input).length;
      expect(size, 'every language of every text filled to the reading budget').to.be.above(500_000);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const result = parseProfile(input);
        times.push(performance.now() - started);
        expect(result.ok).to.equal(true);
      }
      times.sort((a, b) => a - b);
      console.log(`largest allowed profile: ${size} characters, parsed in ${times[2].toFixed(1)} ms (median of 5)`);
      expect(times[2]).to.be.below(250);
    });
  });

  describe('timeouts', () => {
    it('takes unusable values as the default and caps huge ones', () => {
      for (const value of ['abc', '0', 0, -1, NaN, undefined, null, ''])
        expect(normaliseTimeout(value), String(value)).to.equal(10_000);
      expect(normaliseTimeout(1e12)).to.equal(60_000);
      expect(normaliseTimeout(Infinity)).to.equal(60_000);
      expect(normaliseTimeout('1e12')).to.equal(60_000);
      expect(normaliseTimeout(250)).to.equal(250);
    });

    for (const value of ['abc', '0', '-1', '1e12']) {
      it(`timeout="${value}" waits rather than failing at once`, async () => {
        stubFetch({ [URL_A]: 'hang' });
        const el = await fixture<Widget>(html`<sos-impact-stats src=${URL_A} timeout=${value}></sos-impact-stats>`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(el.state).to.equal('loading');
      });
    }

    it('waits at least 100 ms, whatever tiny value it is given', () => {
      expect(normaliseTimeout('1e-300')).to.equal(100);
      expect(normaliseTimeout('0x10')).to.equal(100);
    });

    it('shows its fallback after its timeout when it was given no data at all', async () => {
      const button = await fixture<Widget>(html`<sos-sponsor-button timeout="150"></sos-sponsor-button>`);
      const card = await fixture<Widget>(
        html`<sos-village-card src="" timeout="150"><a href="https://example.org/">Our village</a></sos-village-card>`,
      );
      await until(button, 'error');
      await until(card, 'error');
      expect(urlsIn(button)).to.deep.equal([SOS_HOME]);
      expect(card.shadowRoot!.querySelector('slot')).not.to.equal(null);
    });

    it('applies each element’s own timeout to a shared request', async () => {
      const stub = stubFetch({ [URL_A]: 'hang' });
      const quick = await fixture<Widget>(html`<sos-impact-stats src=${URL_A} timeout="100"></sos-impact-stats>`);
      const patient = await fixture<Widget>(html`<sos-village-card src=${URL_A} timeout="5000"></sos-village-card>`);
      await until(quick, 'error');
      expect(textOf(quick)).to.include('could not be loaded');
      expect(patient.state).to.equal('loading');
      expect(stub.calls).to.have.length(1);
    });

    it('holds when the page’s fetch ignores the abort signal', async () => {
      const original = window.fetch;
      window.fetch = (() => new Promise<Response>(() => undefined)) as typeof fetch; // never settles, ignores the signal
      try {
        const error = await rejection(loadProfile(URL_A, { timeout: 100 }));
        expect(error.kind).to.equal('timeout');
        expect(error.message).to.equal('The village data did not arrive within 0.1 s.');
      } finally {
        window.fetch = original;
      }
    });

    it('shows English words, marked English, when a language file does not answer', async function () {
      this.timeout(CATALOG_TIMEOUT + 5000);
      stubFetch({ [new URL('../src/locales/kk.json', import.meta.url).href]: 'hang' });
      const el = await fixture<Widget>(html`<sos-impact-stats lang="kk" src=${ALMATY_URL}></sos-impact-stats>`);
      await waitUntil(() => el.state === 'ready', 'stayed loading', { timeout: CATALOG_TIMEOUT + 3000 });
      const wrapper = el.shadowRoot!.querySelector('.ui-language');
      expect(wrapper?.getAttribute('lang')).to.equal('en');
      expect(textOf(el, 'h2')).to.match(/ in figures$/);
    });
  });

  describe('honest text', () => {
    it('refuses labels that are empty once invisible characters are removed', () => {
      for (const label of ['\u200b\u200d\u2060', '\u202e', '\ufeff \u3164', '\u0301\u0301']) {
        const input = clone(nordhavn()) as any;
        input.sponsorship.markets[0].callToAction = label;
        input.name = label;
        const result = parseProfile(input);
        expect(result.ok, JSON.stringify(label)).to.equal(false);
        input.name = 'Nordhavn';
        const repaired = parseProfile(input);
        expect(repaired.ok).to.equal(true);
        if (repaired.ok) expect(repaired.profile.sponsorship!.markets.map((m) => m.market)).to.deep.equal(['NO']);
      }
    });

    it('still shows a labelled sponsor link when the only call to action is invisible', async () => {
      const input = clone(nordhavn()) as any;
      input.sponsorship.markets = [{ ...input.sponsorship.markets[0], callToAction: '\u200b\u200b' }];
      const el = await fixture<Widget>(html`<sos-sponsor-button .profile=${input}></sos-sponsor-button>`);
      await until(el);
      expect(textOf(el, '[part~="button"]')).to.equal('Sponsor a child');
      expect(urlsIn(el, '[part~="button"]')).to.deep.equal([SOS_HOME]);
    });

    it('isolates each profile text, so a right-to-left override in one cannot reorder the next', async () => {
      const input = clone(nordhavn()) as any;
      input.city = 'Nordhavn\u202e';
      const el = await fixture<Widget>(
        html`<sos-village-card .profile=${input} style="inline-size: 900px"></sos-village-card>`,
      );
      await until(el);
      const [city, country] = [...el.shadowRoot!.querySelectorAll('[part="place"] span[dir="auto"]')];
      expect(country.textContent).to.equal('Denmark');
      expect(country.getBoundingClientRect().left, 'the country stays after the city').to.be.above(
        city.getBoundingClientRect().left,
      );
      // Every element holding profile text declares its direction.
      for (const selector of ['[part="summary"]', '[part="name"]', '[part="button"] span']) {
        expect(el.shadowRoot!.querySelector(selector)!.getAttribute('dir'), selector).to.equal('auto');
      }
    });

    it('refuses labels of unassigned invisible and tag characters', () => {
      for (const label of ['\u2065\u{E0002}\uFFF0', '\u{E0002}\u2065', '\u{1D159}\u{1D15A}']) {
        const input = clone(nordhavn()) as any;
        input.name = label;
        expect(parseProfile(input).ok, JSON.stringify(label)).to.equal(false);
      }
    });

    it('keeps a text’s own isolate controls from closing the isolate around it', async () => {
      expect(isolate('Nordhavn\u2069\u202e')).to.equal('\u2068Nordhavn\u2069');
      const input = clone(nordhavn()) as any;
      input.city = 'Nordhavn\u2069\u202e';
      const el = await fixture<Widget>(html`<sos-village-facts .profile=${input}></sos-village-facts>`);
      await until(el);
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('\u2068Nordhavn\u2069 at a glance');
    });

    it('upgrades plain http profile links and refuses links with user information', () => {
      const input = clone(nordhavn()) as any;
      input.url = 'http://example.org/nordhavn';
      input.sponsorship.markets[0].url = 'https://charity.example@198.51.100.7/';
      const result = parseProfile(input);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.profile.url).to.equal('https://example.org/nordhavn');
      expect(result.profile.sponsorship!.markets.map((m) => m.market)).to.deep.equal(['NO']);
    });

    it('ignores an href with user information on the sponsor button', async () => {
      const el = await fixture<Widget>(
        html`<sos-sponsor-button href="https://charity.example@198.51.100.7/" .profile=${nordhavn()}></sos-sponsor-button>`,
      );
      await until(el);
      expect(urlsIn(el, '[part~="button"]')).to.deep.equal(['https://example.org/sponsor?lang=da']);
    });
  });

  describe('every activation counts', () => {
    for (const tag of ['sos-sponsor-button', 'sos-village-card']) {
      it(`<${tag}> fires sos-sponsor-click for a click, Enter and a middle click, and each can be cancelled`, async () => {
        const el = document.createElement(tag) as Widget;
        el.profile = nordhavn() as never;
        document.body.append(el);
        try {
          await until(el);
          const page = location.href;
          const seen: string[] = [];
          el.addEventListener('sos-sponsor-click', (event) => {
            seen.push(event.detail.url);
            event.preventDefault();
          });
          const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]')!;
          link.scrollIntoView();
          const box = link.getBoundingClientRect();
          const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
          await sendMouse({ type: 'click', position: at });
          link.focus();
          await sendKeys({ press: 'Enter' });
          await sendMouse({ type: 'click', position: at, button: 'middle' });
          await sendMouse({ type: 'click', position: at, button: 'right' });
          await sendKeys({ press: 'Escape' });
          expect(seen).to.deep.equal(Array(3).fill('https://example.org/sponsor?lang=da'));
          expect(location.href, 'still on the test page').to.equal(page);
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('bounded by design', () => {
    it(`holds at most ${MAX_PROFILES_IN_MEMORY} profiles, the most recently used`, async () => {
      const urls = Array.from({ length: 40 }, (_, i) => `https://data.example.org/v/${i}.json`);
      stubFetch(Object.fromEntries(urls.map((url) => [url, json(nordhavn())])));
      for (const url of urls) await loadProfile(url);
      expect(registry().memory.size).to.equal(MAX_PROFILES_IN_MEMORY);
      expect(registry().memory.has(urls[39])).to.equal(true);
      expect(registry().memory.has(urls[0])).to.equal(false);
    });

    it('keeps no listener set once its last listener left', () => {
      const stops = Array.from({ length: 1000 }, (_, i) =>
        onProfile(`https://data.example.org/l/${i}.json`, () => undefined),
      );
      expect(registry().listeners.size).to.equal(1000);
      stops.forEach((stop) => stop());
      expect(registry().listeners.size).to.equal(0);
    });

    it('aborts the requests nobody waits for when src keeps changing', async () => {
      const signals: AbortSignal[] = [];
      const urls = Array.from({ length: 100 }, (_, i) => `https://data.example.org/s/${i}.json`);
      const stub = stubFetch(Object.fromEntries(urls.map((url) => [url, 'hang' as const])));
      const el = await fixture<Widget>(html`<sos-impact-stats></sos-impact-stats>`);
      for (const url of urls) {
        el.src = url;
        await el.updateComplete;
      }
      stub.inits.forEach((init) => signals.push(init!.signal!));
      expect(signals).to.have.length(100);
      expect(signals.slice(0, 99).every((signal) => signal.aborted)).to.equal(true);
      expect(signals[99].aborted).to.equal(false);
      expect(registry().requests.size).to.equal(1);
      el.remove();
      expect(signals[99].aborted, 'aborted once the element left the page').to.equal(true);
    });

    it(`keeps at most ${KEPT_PROFILES} copies and ${KEPT_CHARACTERS} characters in sessionStorage`, async () => {
      const urls = Array.from({ length: 10 }, (_, i) => `https://data.example.org/k/${i}.json`);
      const big = clone(nordhavn()) as any;
      // About 137,000 characters: six languages of twelve long paragraphs, within the reading budget.
      const paragraph = Object.fromEntries(
        ['en', 'fr', 'ru', 'kk', 'da', 'de'].map((lang) => [lang, 'word '.repeat(380)]),
      );
      big.story = [{ heading: 'Long', paragraphs: Array(12).fill(paragraph) }];
      stubFetch({ ...Object.fromEntries(urls.map((url) => [url, json(nordhavn())])), [URL_B]: json(big) });
      const before = { ...sessionStorage };
      sessionStorage.setItem('host-page-own', 'kept');
      for (const url of urls) await loadProfile(url);
      await loadProfile(URL_B);
      const ours = Object.keys(sessionStorage).filter((key) => key.startsWith('sos-village-widgets:'));
      const entries = ours.filter((key) => !key.endsWith(':index'));
      expect(entries).to.have.length(KEPT_PROFILES);
      expect(entries).not.to.include(`sos-village-widgets:v2:${URL_B}`); // over half the budget: not kept
      expect(ours.reduce((sum, key) => sum + sessionStorage.getItem(key)!.length, 0)).to.be.below(KEPT_CHARACTERS);
      expect(sessionStorage.getItem('host-page-own')).to.equal('kept');
      expect(Object.keys(before)).not.to.include('host-page-own');
    });

    it('counts the URLs in its storage budget too', async () => {
      const urls = Array.from({ length: 4 }, (_, i) => `https://data.example.org/${'x'.repeat(150_000)}/${i}.json`);
      stubFetch(Object.fromEntries(urls.map((url) => [url, json(nordhavn())])));
      for (const url of urls) await loadProfile(url);
      const used = Object.keys(sessionStorage).reduce(
        (sum, key) => sum + key.length + sessionStorage.getItem(key)!.length,
        0,
      );
      expect(used).to.be.below(KEPT_CHARACTERS);
    });

    it('parses a profile object set on several widgets once, and warns once', async () => {
      const input = clone(nordhavn()) as any;
      input.media[0].src = 'javascript:x';
      const warnings = await captureWarnings(async () => {
        const a = await fixture<Widget>(html`<sos-village-card .profile=${input}></sos-village-card>`);
        const b = await fixture<Widget>(html`<sos-impact-stats .profile=${input}></sos-impact-stats>`);
        await until(a);
        await until(b);
      });
      expect(warnings.filter((w) => w.startsWith('sos-village-widgets'))).to.have.length(1);
    });

    it('parses a kept copy once per page', async () => {
      stubFetch({ [URL_A]: json(nordhavn()) });
      await loadProfile(URL_A);
      clearProfileCache();
      const first = peekProfile(URL_A);
      expect(first?.kept).to.equal(true);
      expect(peekProfile(URL_A)).to.equal(first);
    });
  });

  describe('the smaller promises', () => {
    it('shows a kept copy on reload as it is, with one sos-load, and a stale note only once the refresh failed', async () => {
      stubFetch({ [URL_A]: json(nordhavn()) });
      await loadProfile(URL_A);
      clearProfileCache(); // a reload: storage stays, the page's copies go

      const answer = deferred<Response | Error>();
      stubFetch({ [URL_A]: () => answer.promise });
      const loads: boolean[] = [];
      const el = document.createElement('sos-village-card') as Widget;
      el.addEventListener('sos-load', (event) => loads.push(event.detail.stale));
      el.src = URL_A;
      document.body.append(el);
      try {
        await until(el);
        expect(
          el.shadowRoot!.querySelector('[part="stale-note"]'),
          'no stale note while the refresh is on its way',
        ).to.equal(null);
        answer.resolve(json(nordhavn()));
        await waitUntil(() => !registry().requests.size, 'the refresh never settled');
        await el.updateComplete;
        expect(loads).to.deep.equal([false]);
        expect(el.shadowRoot!.querySelector('[part="stale-note"]')).to.equal(null);
      } finally {
        el.remove();
      }

      clearProfileCache();
      stubFetch({ [URL_A]: new Response('', { status: 503 }) });
      const again = await fixture<Widget>(html`<sos-village-card src=${URL_A}></sos-village-card>`);
      await waitUntil(
        () => again.shadowRoot!.querySelector('[part="stale-note"]'),
        'no stale note after the refresh failed',
      );
    });

    it('fires sos-load once when an element moves in the page', async () => {
      const loads: unknown[] = [];
      const el = await fixture<Widget>(html`<sos-village-card .profile=${nordhavn()}></sos-village-card>`);
      await until(el);
      el.addEventListener('sos-load', (event) => loads.push(event.detail.profile));
      const box = document.createElement('div');
      document.body.append(box);
      box.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.have.length(0);
      box.remove();
    });

    it('says plainly when other code already defined a tag', async () => {
      class Theirs extends HTMLElement {}
      customElements.define('sos-made-up-widget', Theirs);
      class Ours extends HTMLElement {
        static version = '0.1.0';
      }
      const warnings = await captureWarnings(() => defineElement('sos-made-up-widget', Ours));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<sos-made-up-widget> is already defined by other code on this page');
      expect(warnings[0]).not.to.include('unknown');
    });

    it('takes plural forms from the language whose words it shows', async () => {
      const el = await fixture<Widget>(html`<sos-impact-stats lang="ar" .profile=${nordhavn()}></sos-impact-stats>`);
      await until(el);
      const facilities = [...el.shadowRoot!.querySelectorAll('[part="facilities"]')].map((node) =>
        node.textContent!.trim(),
      );
      expect(facilities.map((text) => text.replace(/^in /, '').replace(/^\S+ /, ''))).to.deep.equal([
        'schools',
        'medical centre',
      ]);
      expect(el.shadowRoot!.querySelector('.ui-language')?.getAttribute('lang')).to.equal('en');
    });
  });

  describe('the new elements and options', () => {
    it('formats with Intl while Object.prototype carries Intl option names', async () => {
      // A language no other test formats in, so its formatters are created under the pollution.
      await withPollutedPrototype(
        { style: 'bogus', minimumFractionDigits: 5, hour: 'numeric', timeZone: 'Nowhere/Land' },
        false,
        async () => {
          const wrapper = await fixture(html`<div lang="nl">
          <sos-village-facts .profile=${parsed(nordhavn())}></sos-village-facts>
          <sos-village-news .profile=${parsed(nordhavn())}></sos-village-news>
        </div>`);
          const [facts, news] = [...wrapper.children] as Widget[];
          await until(facts);
          await until(news);
          expect(textOf(facts, '.value')).to.contain('21.500');
          expect(news.shadowRoot!.querySelectorAll('time').length).to.equal(3);
          expect(textOf(news, 'time')).to.contain('februari 2025');
        },
      );
    });

    it('keeps its gallery working when Object.prototype names a key', async () => {
      await withPollutedPrototype({ Tab: 'x', ArrowRight: 5 }, false, async () => {
        const el = await fixture<Widget>(html`<sos-village-media .profile=${parsed(nordhavn())}></sos-village-media>`);
        await until(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="previous"]')!.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(textOf(el, '[part="position"]')).to.equal('2 of 3');
      });
    });

    it('keeps a way to sponsor when navigator.languages is not a list, and with a non-string market', async () => {
      Object.defineProperty(navigator, 'languages', { value: 5, configurable: true });
      try {
        const el = await fixture<Widget>(
          html`<sos-sponsor-button market="auto" .profile=${parsed(nordhavn())}></sos-sponsor-button>`,
        );
        expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal(
          'https://example.org/sponsor?lang=da',
        );
        (el as unknown as { market: unknown }).market = ['NO'];
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal(
          'https://example.org/sponsor?lang=da',
        );
      } finally {
        delete (navigator as unknown as Record<string, unknown>).languages;
      }
    });

    it('shows each picked story section once, however often it is named, and ignores a non-string list', async () => {
      const profile = nordhavn();
      profile.story = [{ id: 'a', heading: 'A', paragraphs: ['One.'] }];
      const el = await fixture<Widget>(
        html`<sos-village-story .profile=${parsed(profile)} sections=${'a '.repeat(5000)}></sos-village-story>`,
      );
      expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(1);
      (el as unknown as { sections: unknown }).sections = 5;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(1);
    });

    it('refuses a calendar date that does not exist', () => {
      const input = nordhavn();
      input.news = [{ title: 'Rolled over', url: 'https://example.org/x', date: '2025-02-30' }];
      const result = parseProfile(input);
      expect(result.ok && result.profile.news![0].date).to.equal(undefined);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['news[0].date']);
    });

    it('wraps a news title made of one long word inside a phone-width column', async () => {
      const profile = nordhavn();
      profile.news = [
        { title: `https://example.org/${'x'.repeat(80)}`, url: 'https://example.org/x', date: '2025-01-01' },
      ];
      const wrapper = await fixture(
        html`<div style="width: 320px"><sos-village-news .profile=${parsed(profile)}></sos-village-news></div>`,
      );
      const el = wrapper.firstElementChild as Widget;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('a page that breaks what the widgets read, or what they draw', () => {
    /** Replaces `key` of `owner` for the duration of `fn`. */
    async function replacing(
      owner: object,
      key: string,
      descriptor: PropertyDescriptor,
      fn: () => Promise<void>,
    ): Promise<void> {
      const own = Object.getOwnPropertyDescriptor(owner, key);
      Object.defineProperty(owner, key, { configurable: true, ...descriptor });
      try {
        await fn();
      } finally {
        if (own) Object.defineProperty(owner, key, own);
        else delete (owner as Record<string, unknown>)[key];
      }
    }

    /** Collects the `sos-error` events of everything under `target`. */
    function errorsOf(target: EventTarget): VillageDataError[] {
      const errors: VillageDataError[] = [];
      target.addEventListener('sos-error', (event) =>
        errors.push((event as CustomEvent<{ error: VillageDataError }>).detail.error),
      );
      return errors;
    }

    const visible = (node: Element) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;

    it('keeps the button, the card and the impact block working with market="auto" when navigator.languages throws', async () => {
      await replacing(
        navigator,
        'languages',
        {
          get: () => {
            throw new Error('blocked by the page');
          },
        },
        async () => {
          const box = await fixture(html`<div>
          <sos-sponsor-button market="auto" .profile=${parsed(nordhavn())}></sos-sponsor-button>
          <sos-village-card market="auto" .profile=${parsed(nordhavn())}></sos-village-card>
          <sos-impact-stats sponsor market="auto" src=${ALMATY_URL}></sos-impact-stats>
          <sos-sponsor-button market="auto" src=${ALMATY_URL}></sos-sponsor-button>
        </div>`);
          const errors = errorsOf(box);
          const widgets = [...box.children] as Widget[];
          await Promise.all(widgets.map((el) => until(el)));
          for (const el of widgets) {
            const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]');
            expect(link, `<${el.localName}> has its sponsor link`).to.not.equal(null);
            expect(link!.href, `<${el.localName}>`).to.match(/^https:\/\//);
          }
          expect(widgets[0].shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal(
            'https://example.org/sponsor?lang=da',
          );
          expect(errors).to.deep.equal([]);
        },
      );
    });

    const breakages: [
      string,
      'NumberFormat' | 'PluralRules' | 'DateTimeFormat',
      PropertyDescriptor,
      'ctor' | 'proto',
    ][] = [
      [
        'a constructor that throws',
        'NumberFormat',
        {
          value: function () {
            throw new Error('blocked');
          },
        },
        'ctor',
      ],
      [
        'a constructor that returns junk',
        'NumberFormat',
        {
          value: function () {
            return { format: () => ({ junk: true }) };
          },
        },
        'ctor',
      ],
      [
        'a format that throws',
        'NumberFormat',
        {
          value: () => {
            throw new Error('blocked');
          },
        },
        'proto',
      ],
      [
        'a constructor that throws',
        'PluralRules',
        {
          value: function () {
            throw new Error('blocked');
          },
        },
        'ctor',
      ],
      ['a select that returns junk', 'PluralRules', { value: () => 'plenty' }, 'proto'],
      [
        'a constructor that returns junk',
        'DateTimeFormat',
        {
          value: function () {
            return 5;
          },
        },
        'ctor',
      ],
      [
        'a format that throws',
        'DateTimeFormat',
        {
          value: () => {
            throw new Error('blocked');
          },
        },
        'proto',
      ],
    ];
    for (const [what, name, descriptor, where] of breakages) {
      it(`draws every widget, with plain figures, when Intl.${name} has ${what}`, async () => {
        const owner = where === 'ctor' ? Intl : (Intl[name].prototype as object);
        const key = where === 'ctor' ? name : name === 'PluralRules' ? 'select' : 'format';
        await replacing(owner, key, descriptor, async () => {
          const box = await fixture(html`<div lang="da">
            <sos-village-card .profile=${parsed(nordhavn())}></sos-village-card>
            <sos-impact-stats .profile=${parsed(nordhavn())}></sos-impact-stats>
            <sos-village-news .profile=${parsed(nordhavn())}></sos-village-news>
            <sos-village-facts .profile=${parsed(nordhavn())}></sos-village-facts>
            <sos-impact-stats lang="en-GB" src=${ALMATY_URL}></sos-impact-stats>
          </div>`);
          const errors = errorsOf(box);
          const widgets = [...box.children] as Widget[];
          await Promise.all(widgets.map((el) => until(el)));
          await Promise.all(widgets.map((el) => el.updateComplete));
          expect(errors).to.deep.equal([]);
          const [card, impact, news] = widgets;
          if (name === 'NumberFormat') expect(textOf(card, '.total-figure')).to.contain('1234567');
          else expect(textOf(card, '.total-figure')).to.match(/1.234.567/);
          expect(textOf(impact)).to.match(/3 schools?/);
          if (name === 'DateTimeFormat') expect(textOf(news)).to.contain('2025-01-20');
          expect(textOf(news)).to.contain('Nordhavn opens a second school');
          expect(textOf(widgets[4])).to.contain('Almaty');
        });
      });
    }

    it('shows the fallback and fires sos-error when drawing throws, for any reason, in every widget', async () => {
      // Odd ones with the page's fallback link (news draws nothing on error without one, by design).
      const tags = [
        'sos-village-card',
        'sos-village-news',
        'sos-impact-stats',
        'sos-village-facts',
        'sos-village-story',
        'sos-village-media',
        'sos-sponsor-button',
      ];
      const classes = tags.map((tag) => customElements.get(tag) as unknown as { prototype: { renderReady: unknown } });
      const originals = classes.map((c) => c.prototype.renderReady);
      classes.forEach(
        (c) =>
          (c.prototype.renderReady = () => {
            throw new Error('a bug');
          }),
      );
      const errors = errorsOf(document);
      try {
        let box!: HTMLElement;
        const warnings = await captureWarnings(async () => {
          box = await fixture(html`<div>
          ${tags.map((tag, i) =>
            i % 2
              ? html`<div><${unsafeStatic(tag)} src=${ALMATY_URL}><a href="https://example.org/almaty">Read about the village</a></${unsafeStatic(tag)}></div>`
              : html`<div><${unsafeStatic(tag)} .profile=${parsed(nordhavn())}></${unsafeStatic(tag)}></div>`,
          )}
        </div>`);
          await Promise.all(tags.map((tag) => until(box.querySelector(tag) as Widget, 'error')));
        });
        const widgets = tags.map((tag) => box.querySelector(tag) as Widget);
        await Promise.all(widgets.map((el) => el.updateComplete));
        expect(warnings.filter((w) => w.includes('shows its fallback: drawing it threw'))).to.have.length(tags.length);
        expect(errors.map((error) => error.kind)).to.deep.equal(tags.map(() => 'invalid'));
        expect(new Set(errors.map((error) => error.url)), 'each names its data').to.include(ALMATY_URL);
        widgets.forEach((el, i) => {
          const root = el.shadowRoot!;
          if (i % 2) {
            const slot = root.querySelector('slot')!;
            expect(slot, `<${el.localName}> shows the page's own link`).to.not.equal(null);
            expect(slot.assignedElements()[0].textContent).to.equal('Read about the village');
            expect(visible(el.querySelector('a')!)).to.equal(true);
          } else {
            const link = root.querySelector<HTMLAnchorElement>('a[href]');
            expect(link, `<${el.localName}> has a link on`).to.not.equal(null);
            expect(link!.href).to.match(/^https:\/\//);
            expect(visible(link!)).to.equal(true);
          }
        });
        await expect(widgets[0]).to.be.accessible();
        // Drawn afresh with other data once the page is mended.
        classes.forEach((c, i) => (c.prototype.renderReady = originals[i]));
        widgets[0].profile = parsed({ ...nordhavn(), name: 'Nordhavn, drawn again' });
        await until(widgets[0]);
        expect(textOf(widgets[0])).to.contain('Nordhavn, drawn again');
      } finally {
        classes.forEach((c, i) => (c.prototype.renderReady = originals[i]));
      }
    });

    /** Parses `markup` as a page would (declarative shadow roots attached), then puts it in the page. */
    function place(markup: string): HTMLElement {
      const host = document.createElement('div');
      const errors = errorsOf(host);
      host.setHTMLUnsafe(markup);
      document.body.append(host);
      return Object.assign(host, { errors });
    }
    const planted =
      '<template shadowrootmode="closed"><p style="height: 600px; margin: 0">Planted by someone else</p></template>';

    for (const tag of ['sos-impact-stats', 'sos-village-card', 'sos-sponsor-button']) {
      it(`<${tag}> with a closed declarative shadow root shows the page's fallback link and fires sos-error`, async () => {
        const host = place(
          `<${tag} src="${ALMATY_URL}">${planted}<a href="https://example.org/almaty">Read about the village</a></${tag}>`,
        ) as HTMLElement & {
          errors: VillageDataError[];
        };
        try {
          const el = host.firstElementChild as Widget;
          await until(el, 'error');
          await el.updateComplete;
          expect(host.errors.map((error) => error.kind)).to.deep.equal(['invalid']);
          const link = el.querySelector('a')!;
          expect(visible(link), 'the fallback link shows').to.equal(true);
          expect(el.getBoundingClientRect().height, 'what was planted is gone').to.be.below(100);
          expect(el.getAttribute('state')).to.equal('error');
        } finally {
          host.remove();
        }
      });
    }

    it('<sos-village> with a closed declarative shadow root still shows its widgets', async () => {
      const host = place(
        `<sos-village src="${ALMATY_URL}">${planted}<sos-impact-stats></sos-impact-stats></sos-village>`,
      ) as HTMLElement & {
        errors: VillageDataError[];
      };
      try {
        const stats = host.querySelector('sos-impact-stats') as Widget;
        await until(stats);
        expect(visible(stats), 'the widget shows through the provider').to.equal(true);
        expect(host.firstElementChild!.getBoundingClientRect().height, 'what was planted is gone').to.be.below(
          stats.getBoundingClientRect().height + 60,
        );
      } finally {
        host.remove();
      }
    });

    it('a closed declarative shadow root without fallback children still leaves a way to sponsor', async () => {
      const host = place(
        `<sos-sponsor-button href="https://example.org/sponsor">${planted}</sos-sponsor-button><sos-village-card src="${ALMATY_URL}">${planted}</sos-village-card>`,
      ) as HTMLElement & {
        errors: VillageDataError[];
      };
      try {
        const widgets = [...host.children] as Widget[];
        await Promise.all(widgets.map((el) => until(el, 'error')));
        expect(host.errors).to.have.length(2);
        for (const el of widgets) {
          const height = el.getBoundingClientRect().height;
          expect(height, `<${el.localName}> draws something`).to.be.above(10);
          expect(height, `<${el.localName}>: what was planted is gone`).to.be.below(200);
        }
      } finally {
        host.remove();
      }
    });
  });
});

/**
 * The Almaty sample with every list at its cap and every text in the most languages allowed, with
 * texts as long as still fits under the 2 MB the client accepts.
 */
function largestProfile(base: VillageProfileInput): VillageProfileInput {
  const tags = Array.from(
    { length: LIMITS.languages },
    (_, i) => `l${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  );
  const build = (n: number) => {
    const profile = clone(base) as any;
    const text = () =>
      Object.fromEntries(tags.map((tag) => [tag, 'Village life and figures. '.repeat(Math.ceil(n / 26)).slice(0, n)]));
    const fill = <T>(list: T[], max: number) => Array.from({ length: max }, (_, i) => clone(list[i % list.length]));
    profile.impact.programmes = fill(profile.impact.programmes, LIMITS.programmes).map((p: any) => ({
      ...p,
      beneficiariesLabel: text(),
      description: text(),
    }));
    profile.story = fill(profile.story, LIMITS.story).map((s: any) => ({
      ...s,
      heading: text(),
      paragraphs: Array.from({ length: LIMITS.paragraphs }, text),
    }));
    profile.facts = fill(profile.facts, LIMITS.facts);
    profile.sources = Array.from({ length: LIMITS.sources }, (_, i) => ({
      id: `source-${i}`,
      name: text(),
      url: `https://example.org/s/${i}`,
    }));
    profile.sponsorship.markets = Array.from({ length: LIMITS.markets }, (_, i) => ({
      ...profile.sponsorship.markets[0],
      market: `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
      callToAction: text(),
      note: text(),
    }));
    profile.media = fill(profile.media, LIMITS.media).map((m: any) => ({ ...m, alt: text(), credit: text() }));
    profile.news = Array.from({ length: LIMITS.news }, (_, i) => ({
      title: text(),
      url: `https://example.org/n/${i}`,
      date: '2026-01-01',
      summary: text(),
    }));
    return profile;
  };
  // The longest texts the caps, the 2 MB body limit and the reading budget still allow.
  const fits = (n: number) => JSON.stringify(build(n)).length < 1_990_000 && parseProfile(build(n)).ok;
  let low = 1;
  let high = 2000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return build(low);
}
