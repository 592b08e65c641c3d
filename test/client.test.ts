import { expect } from '@open-wc/testing';
import { loadProfile, peekProfile, resolveSrc, whenKept } from '../src/data/client.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { deferred, json, rejection, stubFetch, type FetchStub, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/villages/nordhavn.json';

describe('data client', () => {
  let stub: FetchStub | undefined;
  useFreshData();

  it('loads and validates the Almaty sample from the server', async () => {
    const loaded = await loadProfile(ALMATY_URL);
    expect(loaded.profile.impact.totalBeneficiaries).to.equal(459);
    expect(loaded.stale).to.equal(false);
    expect(loaded.url).to.equal(ALMATY_URL);
  });

  it('resolves src against the document and refuses non-http(s) sources', () => {
    expect(resolveSrc('/demo/data/almaty.json')).to.equal(ALMATY_URL);
    expect(resolveSrc('javascript:alert(1)')).to.equal(undefined);
    expect(resolveSrc('data:application/json,{}')).to.equal(undefined);
  });

  it('shares one request among every caller of the same URL', async () => {
    const answer = deferred<Response>();
    stub = stubFetch({ [URL_A]: () => answer.promise });
    const all = Promise.all([loadProfile(URL_A), loadProfile(URL_A), loadProfile(URL_A)]);
    answer.resolve(json(nordhavn()));
    const [a, b, c] = await all;
    expect(stub.calls).to.have.length(1);
    expect(a.profile).to.equal(b.profile);
    expect(b.profile).to.equal(c.profile);
    await loadProfile(URL_A);
    expect(stub.calls, 'a later caller gets the page copy at once').to.have.length(1);
  });

  it('shares requests through a page-global registry, so a second copy of the script joins in', async () => {
    const registry = (globalThis as any)[Symbol.for('sos-village-widgets.profile-registry.v2')];
    expect(registry.requests).to.be.instanceOf(Map);
    const pending = deferred<Response>();
    stub = stubFetch({ [URL_A]: () => pending.promise });
    const first = loadProfile(URL_A);
    const shared = registry.requests.get(URL_A);
    expect(shared.waiters).to.equal(1);
    // What a second copy of the script would do: join the request in the registry.
    const second = loadProfile(URL_A);
    expect(shared.waiters).to.equal(2);
    pending.resolve(json(nordhavn()));
    expect((await first).fingerprint).to.equal((await second).fingerprint);
    expect(stub.calls).to.have.length(1);
  });

  it('asks for JSON as a preload does (cors, same-origin credentials: no cookies to another host)', async () => {
    stub = stubFetch({ [URL_A]: json(nordhavn()) });
    await loadProfile(URL_A);
    expect(stub.inits[0]?.mode).to.equal('cors');
    expect(stub.inits[0]?.credentials).to.equal('same-origin');
    expect(new Headers(stub.inits[0]?.headers).get('accept')).to.equal('application/json');
  });

  it('uses the page’s <link rel="preload" as="fetch" crossorigin="anonymous"> of the profile: one request at the server', async () => {
    const url = `${ALMATY_URL}?preload=${Math.random()}`;
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      href: url,
      crossOrigin: 'anonymous',
    });
    const preloaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    try {
      await preloaded;
      await loadProfile(url);
      const entries = performance.getEntriesByName(url, 'resource') as PerformanceResourceTiming[];
      expect(
        entries.map((entry) => entry.initiatorType),
        'the preload only: the fetch took its answer',
      ).to.deep.equal(['link']);
    } finally {
      link.remove();
    }
  });

  it('keeps the copy for the next page view once the page is idle, not while it is drawn', async () => {
    stub = stubFetch({ [URL_A]: json(nordhavn()) });
    await loadProfile(URL_A);
    expect(sessionStorage.getItem(`sos-village-widgets:v2:${URL_A}`), 'not yet').to.equal(null);
    await whenKept();
    expect(JSON.parse(sessionStorage.getItem(`sos-village-widgets:v2:${URL_A}`)!).profile.id).to.equal('nordhavn-test');
  });

  it('works out a profile’s fingerprint only when it is read, the same for the same content', async () => {
    stub = stubFetch({ [URL_A]: () => json(nordhavn()), [ALMATY_URL]: () => json(nordhavn()) });
    const [a, b] = await Promise.all([loadProfile(URL_A), loadProfile(ALMATY_URL)]);
    expect(Object.getOwnPropertyDescriptor(a, 'fingerprint')?.get, 'a getter').to.be.a('function');
    expect(a.fingerprint).to.equal(b.fingerprint);
    expect(a.fingerprint).to.match(/^[0-9a-z]+\.[0-9a-z]+$/);
    expect({ ...a }.fingerprint, 'copied as a value').to.equal(a.fingerprint);
  });

  describe('failures become typed errors', () => {
    it('network', async () => {
      stub = stubFetch({ [URL_A]: new TypeError('Failed to fetch') });
      const error = await rejection(loadProfile(URL_A));
      expect(error.kind).to.equal('network');
      expect(error.url).to.equal(URL_A);
    });

    it('HTTP status', async () => {
      stub = stubFetch({ [URL_A]: new Response('gone', { status: 404 }) });
      const error = await rejection(loadProfile(URL_A));
      expect(error).to.include({ kind: 'http', status: 404 });
      expect(error.message).to.contain('404');
    });

    it('not JSON', async () => {
      stub = stubFetch({ [URL_A]: new Response('<html>Captive portal</html>', { status: 200 }) });
      expect((await rejection(loadProfile(URL_A))).kind).to.equal('not-json');
    });

    it('invalid profile, with the paths', async () => {
      stub = stubFetch({ [URL_A]: json({ ...nordhavn(), impact: { totalBeneficiaries: 'many', programmes: [] } }) });
      const error = await rejection(loadProfile(URL_A));
      expect(error.kind).to.equal('invalid');
      expect(error.issues.map((i) => i.path)).to.deep.equal(['impact.totalBeneficiaries']);
    });

    it('timeout', async () => {
      stub = stubFetch({ [URL_A]: 'hang' });
      const error = await rejection(loadProfile(URL_A, { timeout: 50 }));
      expect(error.kind).to.equal('timeout');
    });

    it('too large', async () => {
      stub = stubFetch({ [URL_A]: new Response(' '.repeat(2_000_001), { status: 200 }) });
      expect((await rejection(loadProfile(URL_A))).kind).to.equal('too-large');
    });

    it('lets a failed URL be tried again', async () => {
      let attempts = 0;
      stub = stubFetch({ [URL_A]: () => (++attempts === 1 ? new Response('', { status: 503 }) : json(nordhavn())) });
      await rejection(loadProfile(URL_A));
      const loaded = await loadProfile(URL_A);
      expect(loaded.profile.id).to.equal('nordhavn-test');
    });
  });

  describe('stale data', () => {
    it('keeps the last good copy and serves it, marked stale, when the endpoint fails', async () => {
      let up = true;
      stub = stubFetch({ [URL_A]: () => (up ? json(nordhavn()) : new Response('', { status: 500 })) });
      const fresh = await loadProfile(URL_A);
      up = false;
      const again = await loadProfile(URL_A, { refresh: true });
      expect(again.stale).to.equal(true);
      expect(again.error?.kind).to.equal('http');
      expect(again.profile.id).to.equal('nordhavn-test');
      expect(again.fetchedAt).to.equal(fresh.fetchedAt);
    });

    it('finds the kept copy after the page reloads (session storage)', async () => {
      stub = stubFetch({ [URL_A]: json(nordhavn()) });
      await loadProfile(URL_A);
      await whenKept();
      stub.restore();
      // What a reload looks like to the client: no page copy, storage intact.
      const { clearProfileCache } = await import('../src/data/client.js');
      clearProfileCache();
      const peeked = peekProfile(URL_A);
      expect(peeked?.kept, 'a kept copy, shown at once').to.equal(true);
      expect(peeked?.stale, 'not stale until a fresh request has failed').to.equal(false);
      expect(peeked?.profile.name).to.equal("SOS Children's Village Nordhavn (test)");
      stub = stubFetch({ [URL_A]: new TypeError('offline') });
      const loaded = await loadProfile(URL_A);
      expect(loaded.stale).to.equal(true);
      expect(loaded.error?.kind).to.equal('network');
    });

    it('re-validates the kept copy: tampered storage is ignored', () => {
      sessionStorage.setItem(`sos-village-widgets:v2:${URL_A}`, JSON.stringify({ profile: { id: 'x' }, fetchedAt: 1 }));
      expect(peekProfile(URL_A)).to.equal(undefined);
      sessionStorage.setItem(`sos-village-widgets:v2:${URL_A}`, '{not json');
      expect(peekProfile(URL_A)).to.equal(undefined);
    });

    it('works when storage is blocked', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
      Object.defineProperty(window, 'sessionStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        stub = stubFetch({ [URL_A]: json(nordhavn()) });
        const loaded = await loadProfile(URL_A);
        expect(loaded.profile.id).to.equal('nordhavn-test');
      } finally {
        Object.defineProperty(window, 'sessionStorage', descriptor);
      }
    });
  });
});
