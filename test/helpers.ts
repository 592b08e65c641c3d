/**
 * Shared test helpers: a fetch stub that answers by URL, and a guard that fails any test during
 * which Lit printed a dev-mode warning.
 */
import { clearProfileCache } from '../src/data/client.js';
import { isVillageDataError, type VillageDataError } from '../src/data/errors.js';

type Answer = Response | Error | (() => Response | Error | Promise<Response | Error>) | 'hang';

export interface FetchStub {
  /** Absolute URLs requested, in order. */
  calls: string[];
  /** The init objects passed, in order. */
  inits: (RequestInit | undefined)[];
  restore(): void;
}

const active: FetchStub[] = [];

/**
 * Replaces `fetch` for the URLs in `routes`; anything else goes to the real network (the test
 * server). `useFreshData()` restores every stub after each test.
 */
export function stubFetch(routes: Record<string, Answer>): FetchStub {
  const original = window.fetch;
  const stub: FetchStub = {
    calls: [],
    inits: [],
    restore: () => {
      if (window.fetch === stubbed) window.fetch = original;
    },
  };
  active.push(stub);
  const stubbed = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href).href;
    const route = routes[url];
    if (route === undefined) return original(input, init);
    stub.calls.push(url);
    stub.inits.push(init);
    if (route === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    }
    const answer = typeof route === 'function' ? await route() : route;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  }) as typeof fetch;
  window.fetch = stubbed;
  return stub;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });
}

/** A promise and its resolver, for answers a test releases by hand. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Fresh cache and storage between tests. */
export function resetData(): void {
  clearProfileCache();
  sessionStorage.clear();
}

/** Each test starts with no cached profile and ends with the real `fetch` back. Call in a `describe`. */
export function useFreshData(): void {
  beforeEach(resetData);
  afterEach(() => {
    while (active.length) active.pop()!.restore();
  });
}

/**
 * Fails the current test when Lit printed a dev-mode warning (Lit's warnings link to lit.dev/msg).
 * Call once at the top of a `describe`.
 */
export function failOnLitWarnings(): void {
  let original: typeof console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (text.includes('lit.dev/msg') && !text.includes('dev-mode')) warnings.push(text);
      original.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = original;
    if (warnings.length) throw new Error(`Lit dev-mode warnings:\n${warnings.join('\n')}`);
  });
}

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Resolves once `el.state` is `state` (the data arrived, or failed). */
export async function until(el: { state: string }, state: 'ready' | 'error' | 'loading' = 'ready'): Promise<void> {
  const { waitUntil } = await import('@open-wc/testing');
  await waitUntil(() => el.state === state, `never reached state="${state}" (is "${el.state}")`, { timeout: 4000 });
}

/** The element's shadow-root text, whitespace collapsed and direction isolates (which draw nothing) left out. */
export function textOf(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A style sheet of the rough kind partner pages have, applied to the whole document. */
export function hostilePageCss(): () => void {
  const style = document.createElement('style');
  style.textContent = `
    html { font-size: 62.5%; }
    body { font-size: 2.2rem; line-height: 0.9; letter-spacing: 0.3em; text-transform: uppercase;
      text-align: center; word-spacing: 1em; color: #f0f; font-style: italic; white-space: nowrap; }
    * { margin: 40px !important; padding: 30px; box-sizing: content-box; }
    h1, h2, h3, h4, h5, h6, p, ul, li, a, img, svg, button, dl, dt, dd { all: unset; display: inline; color: red; font-size: 60px; }
    img, svg { width: 900px !important; height: 900px !important; }
    a { color: #ff0 !important; text-decoration: line-through; }
  `;
  document.head.append(style);
  return () => style.remove();
}

/** The `VillageDataError` a load rejects with; fails when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<VillageDataError> {
  try {
    await promise;
  } catch (error) {
    if (isVillageDataError(error)) return error;
    throw new Error(`expected a VillageDataError, got ${String(error)}`);
  }
  throw new Error('expected the load to fail');
}
