/**
 * Elements that come and go: a single-page app changing routes, an infinite list recycling rows.
 * An element holds a subscription and a request only while it is in the page, whatever the order
 * of adds, removals, moves and `src` changes, and a thousand elements added and removed at once
 * leave nothing behind.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/define/all.js';
import { clearProfileCache } from '../src/data/client.js';
import { nordhavn } from './fixtures/profiles.js';
import { json, resetData } from './helpers.js';

const TAGS = [
  'sos-impact-stats',
  'sos-village-card',
  'sos-sponsor-button',
  'sos-village-facts',
  'sos-village',
] as const;
const PREFIX = 'https://leak.example/villages/';

interface Registry {
  requests: Map<string, unknown>;
  listeners: Map<string, Set<unknown>>;
}
/** The page-wide registry of src/data/client.ts (empty until a first element asks for data). */
const registry = (): Registry =>
  (globalThis as unknown as Record<symbol, Registry | undefined>)[
    Symbol.for('sos-village-widgets.profile-registry.v2')
  ] ?? { requests: new Map(), listeners: new Map() };

type Element_ = HTMLElement & { src?: string; updateComplete: Promise<boolean> };

let serial = 0;
/** A new village address: one that answers at once, or one that never answers. */
const villageUrl = (hangs: boolean) => `${PREFIX}${hangs ? 'hang' : 'ok'}/${serial++}.json`;

/**
 * Serves every village address: `ok/…` with a profile, `hang/…` never (until aborted). Records
 * each request's signal by URL.
 */
function serveVillages() {
  const original = window.fetch;
  const signals = new Map<string, AbortSignal[]>();
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(PREFIX)) return original(input, init);
    const signal = init!.signal!;
    signals.set(url, [...(signals.get(url) ?? []), signal]);
    if (url.includes('/hang/')) {
      return new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    return json({ ...nordhavn(), id: `v${url.length}` });
  }) as typeof fetch;
  return { signals, restore: () => (window.fetch = original) };
}

/** Lets every pending update, answer and draw run: updates, then the task drawing arrived data, then updates again. */
async function settle(elements: Element_[]): Promise<void> {
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}

type Step =
  | { op: 'add'; tag: (typeof TAGS)[number]; hangs: boolean }
  | { op: 'remove' | 'move' | 'readd'; pick: number }
  | { op: 'src'; pick: number; hangs: boolean }
  | { op: 'settle' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), tag: fc.constantFrom(...TAGS), hangs: fc.boolean() }),
  fc.record({ op: fc.constantFrom('remove' as const, 'move' as const, 'readd' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('src' as const), pick: fc.nat(), hangs: fc.boolean() }),
  fc.constant({ op: 'settle' as const }),
);

describe('elements that come and go', () => {
  afterEach(resetData);

  it('hold listeners and requests only while in the page, in any order of adds, removals, moves and src changes', async () => {
    const places = [document.createElement('div'), document.createElement('div')];
    document.body.append(...places);
    const served = serveVillages();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
          // Each run starts clean, whatever an earlier (failing) run left: so a failure shrinks to its own steps.
          registry().listeners.clear();
          clearProfileCache();
          const elements: Element_[] = [];
          const heardWhileOut: string[] = [];
          const hear = (event: Event) => {
            const el = event.target as Element_;
            if (!el.isConnected) heardWhileOut.push(`${event.type} from a removed <${el.localName}>`);
          };
          for (const s of steps) {
            const el = 'pick' in s && elements.length ? elements[s.pick % elements.length] : undefined;
            if (s.op === 'add') {
              const added = document.createElement(s.tag) as Element_;
              added.setAttribute('src', villageUrl(s.hangs));
              added.addEventListener('sos-load', hear);
              added.addEventListener('sos-error', hear);
              elements.push(added);
              places[0].append(added);
            } else if (s.op === 'remove') el?.remove();
            else if (s.op === 'move' && el?.isConnected) places[el.parentElement === places[0] ? 1 : 0].append(el);
            else if (s.op === 'readd' && el && !el.isConnected) places[0].append(el);
            else if (s.op === 'src' && el) el.setAttribute('src', villageUrl(s.hangs));
            else if (s.op === 'settle') await settle(elements);
          }
          await settle(elements);

          const followed = new Set(elements.filter((el) => el.isConnected).map((el) => el.getAttribute('src')!));
          const { listeners, requests } = registry();
          expect(
            [...listeners.keys()].sort(),
            'a listener for each element in the page, none for the others',
          ).to.deep.equal([...followed].sort());
          for (const url of followed) expect(listeners.get(url)!.size, url).to.equal(1);
          for (const url of requests.keys())
            expect(followed.has(url), `a request for ${url}, which no element in the page shows`).to.equal(true);
          for (const url of followed) {
            if (url.includes('/hang/'))
              expect(requests.has(url), `no request for ${url}, shown in the page`).to.equal(true);
          }

          elements.forEach((el) => el.remove());
          await settle(elements);
          expect(listeners.size, 'listeners left once every element is gone').to.equal(0);
          expect(requests.size, 'requests left once every element is gone').to.equal(0);
          const open = [...served.signals].filter(
            ([url, signals]) => url.includes('/hang/') && signals.some((signal) => !signal.aborted),
          );
          expect(
            open.map(([url]) => url),
            'fetches still open',
          ).to.deep.equal([]);
          expect(heardWhileOut, 'events from elements out of the page').to.deep.equal([]);
          clearProfileCache();
        }),
        { numRuns: 40 },
      );
    } finally {
      served.restore();
      places.forEach((place) => place.remove());
    }
  });

  it('leaves the heap as it was after 1,000 elements with distinct src are added and removed at once (figure in the log)', async function () {
    this.timeout(120_000);
    const served = serveVillages();
    type Heap = { js: number; dom: number; total: number };
    const heap = () => executeServerCommand<Heap, undefined>('heap-after-gc');
    const place = document.createElement('div');
    document.body.append(place);
    try {
      /** 1,000 elements with distinct addresses, each added and removed before it first draws; one in four gets a new src once removed. */
      const churn = async (count: number) => {
        let elements: Element_[] = [];
        for (let i = 0; i < count; i++) {
          const el = document.createElement(TAGS[i % TAGS.length]) as Element_;
          el.setAttribute('src', villageUrl(i % 2 === 1));
          place.append(el);
          elements.push(el);
        }
        elements.forEach((el) => el.remove());
        elements.forEach((el, i) => i % 4 === 0 && el.setAttribute('src', villageUrl(false)));
        await settle(elements);
        await waitUntil(() => registry().requests.size === 0, 'requests still open', { timeout: 30_000 });
        await settle(elements);
        elements = [];
        clearProfileCache(); // the profiles this page holds by design (at most 16)
        sessionStorage.clear();
      };
      await churn(50); // code, templates and styles loaded once, as on any page with widgets
      const before = (await heap())!;
      await churn(1000);
      const after = (await heap())!;
      const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
      const retained = after.total - before.total;
      console.log(
        `heap after GC: ${mib(before.total)} MiB before, ${mib(after.total)} MiB after 1,000 quick add/remove cycles ` +
          `(retained ${mib(retained)} MiB: JS ${mib(after.js - before.js)}, DOM ${mib(after.dom - before.dom)}); ` +
          `listeners ${registry().listeners.size}, requests ${registry().requests.size}`,
      );
      expect(registry().listeners.size).to.equal(0);
      expect(retained, 'bytes retained').to.be.below(2 * 2 ** 20);
    } finally {
      served.restore();
      place.remove();
    }
  });
});
