/**
 * Fetches village profiles: one request per absolute URL for the whole page, a typed error for
 * every failure, and the last good copy kept so a failing endpoint still shows something true.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, so two copies of the script on one
 * page (a partner pasting the snippet twice) share requests and copies. Values crossing that
 * boundary are plain data; errors are recognised by `kind`, not by class.
 *
 * Everything it holds is bounded: at most `MAX_PROFILES_IN_MEMORY` profiles (least recently used
 * go first), no listener set outlives its last listener, a request nobody waits for any more is
 * aborted, and the copies kept in the host's `sessionStorage` stay within `KEPT_PROFILES` profiles
 * and `KEPT_CHARACTERS` characters, so the page's own storage is never crowded out.
 */
import { isServer } from 'lit';
// The lean reader: the same answers as parse.ts (test/read.test.ts), without valibot.
import { describeWarnings, parseProfile } from './read.js';
import { VillageDataError, isVillageDataError, type ProfileIssue } from './errors.js';
import type { VillageProfile } from './schema.js';
import { documentBase, toHttpUrl } from './url.js';
import { hasOwn, own } from './plain.js';

/** A profile as delivered to widgets. */
export interface LoadedProfile {
  profile: VillageProfile;
  /** The absolute URL it came from. */
  url: string;
  /** When this copy was fetched (ms since the epoch). */
  fetchedAt: number;
  /** True when this is a kept copy because a newer one could not be had. */
  stale: boolean;
  /** True for a copy kept from an earlier page view, shown while a fresh one is on its way. */
  kept?: boolean;
  /** Same for the same content: what tells one profile shown from another. */
  fingerprint: string;
  /** Parts of the profile left out because they were malformed. */
  warnings: ProfileIssue[];
  /** Why a fresh copy could not be had, when `stale`. */
  error?: VillageDataError;
}

export interface LoadOptions {
  /** Give up after this many milliseconds (default 10 000, at most 60 000; anything unusable means the default). */
  timeout?: number;
  /** Ask the endpoint again even when this page already holds a copy. */
  refresh?: boolean;
  /** Stop waiting: when no caller waits for a request any more, the request is aborted. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT = 10_000;
export const MIN_TIMEOUT = 100;
export const MAX_TIMEOUT = 60_000;
/** Profiles larger than this are refused while they arrive: a lying endpoint must not stall the page. */
export const MAX_PROFILE_BYTES = 2_000_000;
/** Profiles this page holds in memory at most. */
export const MAX_PROFILES_IN_MEMORY = 16;
/** Profiles kept in `sessionStorage` at most, and the characters they may take together. */
export const KEPT_PROFILES = 4;
export const KEPT_CHARACTERS = 200_000;

type Listener = (loaded: LoadedProfile) => void;

interface Request {
  promise: Promise<LoadedProfile>;
  controller: AbortController;
  waiters: number;
}

interface Registry {
  requests: Map<string, Request>;
  memory: Map<string, LoadedProfile>;
  listeners: Map<string, Set<Listener>>;
}

const REGISTRY_KEY = Symbol.for('sos-village-widgets.profile-registry.v2');
const STORAGE_PREFIX = 'sos-village-widgets:v2:';
const STORAGE_INDEX = `${STORAGE_PREFIX}index`;

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (global[REGISTRY_KEY] ??= { requests: new Map(), memory: new Map(), listeners: new Map() });
}

/** Resolves a `src` attribute against the document, as `<img src>` does; undefined unless http(s). */
export function resolveSrc(src: string): string | undefined {
  return toHttpUrl(src, documentBase());
}

/**
 * A usable timeout in milliseconds: the default for anything that is not a positive number, and
 * within `MIN_TIMEOUT`…`MAX_TIMEOUT` otherwise (never past `setTimeout`'s range).
 */
export function normaliseTimeout(value: unknown): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return ms > 0 ? Math.min(Math.max(ms, MIN_TIMEOUT), MAX_TIMEOUT) : DEFAULT_TIMEOUT;
}

/** What the page already holds for `url`, at once: this page's copy, else the last good one kept. */
export function peekProfile(url: string): LoadedProfile | undefined {
  const { memory } = registry();
  const held = memory.get(url);
  if (held) {
    remember(url, held); // most recently used
    return held;
  }
  const kept = readKept(url);
  if (kept) remember(url, kept); // parsed once per page
  return kept;
}

/** Calls `listener` whenever a newer copy of `url` arrives; returns the unsubscribe function. */
export function onProfile(url: string, listener: Listener): () => void {
  const { listeners } = registry();
  let set = listeners.get(url);
  if (!set) listeners.set(url, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (!set.size && listeners.get(url) === set) listeners.delete(url);
  };
}

/**
 * The profile at `url`. Resolves with a kept copy marked `stale` when the endpoint fails but an
 * earlier good copy exists; rejects with a `VillageDataError` otherwise. Callers of one URL share
 * one request, but each waits only as long as its own `timeout`.
 */
export function loadProfile(url: string, options: LoadOptions = {}): Promise<LoadedProfile> {
  const reg = registry();
  const held = reg.memory.get(url);
  if (held && !held.stale && !held.kept && own(options, 'refresh') !== true) return Promise.resolve(held);
  const timeout = normaliseTimeout(own(options, 'timeout'));
  const signal = own(options, 'signal');
  const request = reg.requests.get(url) ?? startRequest(reg, url);
  request.waiters++;

  return new Promise<LoadedProfile>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (signal instanceof AbortSignal) signal.removeEventListener('abort', abandon);
      if (--request.waiters === 0 && reg.requests.get(url) === request) {
        reg.requests.delete(url);
        request.controller.abort(); // nobody waits any more: free the connection
      }
      settle();
    };
    const abandon = () => finish(() => reject(new VillageDataError('network', 'The request was abandoned.', { url })));
    // The page's own fetch may ignore the abort signal: this timer holds whatever it does.
    const timer = setTimeout(
      () =>
        finish(() => {
          const error = new VillageDataError(
            'timeout',
            `The village data did not arrive within ${seconds(timeout)} s.`,
            { url },
          );
          const kept = keptFallback(reg, url, error);
          if (kept) resolve(kept);
          else reject(error);
        }),
      timeout,
    );
    if (signal instanceof AbortSignal) {
      if (signal.aborted) abandon();
      else signal.addEventListener('abort', abandon);
    }
    request.promise.then(
      (loaded) => finish(() => resolve(loaded)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/**
 * Forgets this page's copies and aborts its requests; the copies kept for the next page view stay
 * (those waiting for an idle moment are kept now, as when the page is left). For tests and hosts.
 */
export function clearProfileCache(): void {
  const reg = registry();
  keepNow();
  reg.memory.clear();
  reg.requests.forEach((request) => request.controller.abort());
  reg.requests.clear();
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function remember(url: string, loaded: LoadedProfile): void {
  const { memory } = registry();
  memory.delete(url);
  memory.set(url, loaded);
  for (const oldest of memory.keys()) {
    if (memory.size <= MAX_PROFILES_IN_MEMORY) break;
    memory.delete(oldest);
  }
}

function keptFallback(reg: Registry, url: string, error: VillageDataError): LoadedProfile | undefined {
  const kept = reg.memory.get(url) ?? readKept(url);
  return kept && { ...kept, kept: false, stale: true, error };
}

function startRequest(reg: Registry, url: string): Request {
  const controller = new AbortController();
  const promise = fetchProfile(url, controller.signal).then(
    (loaded) => {
      remember(url, loaded);
      reg.listeners.get(url)?.forEach((listener) => listener(loaded));
      return loaded;
    },
    (error: unknown) => {
      const failure = isVillageDataError(error)
        ? error
        : new VillageDataError('network', 'The village data could not be loaded.', { url, cause: error });
      const kept = keptFallback(reg, url, failure);
      if (kept) return kept;
      throw failure;
    },
  );
  const request: Request = { promise, controller, waiters: 0 };
  promise
    .catch(() => undefined) // every waiter has its own handler; this one only keeps the console quiet
    .finally(() => {
      if (reg.requests.get(url) === request) reg.requests.delete(url);
    });
  reg.requests.set(url, request);
  return request;
}

/**
 * Request options as an object without a prototype: keys a page added to `Object.prototype` must
 * not become fetch options. Mode and credentials are those of `<link rel="preload" as="fetch"
 * crossorigin="anonymous">`, so a page that preloads the profile has its preload used rather than
 * fetched twice: `same-origin` sends no cookies nor HTTP authentication to another host (the data
 * host is always another host on a partner's page).
 */
function requestInit(signal: AbortSignal): RequestInit {
  return Object.assign(Object.create(null) as RequestInit, {
    method: 'GET',
    credentials: 'same-origin',
    mode: 'cors',
    redirect: 'follow',
    referrerPolicy: 'strict-origin-when-cross-origin',
    headers: { Accept: 'application/json' },
    signal,
  } satisfies RequestInit);
}

async function fetchProfile(url: string, signal: AbortSignal): Promise<LoadedProfile> {
  let response: Response;
  try {
    response = await fetch(url, requestInit(signal));
  } catch (cause) {
    throw new VillageDataError('network', 'The village data could not be reached.', { url, cause });
  }
  if (!response.ok) {
    throw new VillageDataError('http', `The village data server answered ${response.status}.`, {
      url,
      status: response.status,
    });
  }
  if (Number(response.headers.get('content-length')) > MAX_PROFILE_BYTES) throw tooLarge(url);
  const body = await readBody(response, signal, url);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    throw new VillageDataError('not-json', 'The village data is not JSON.', { url, cause });
  }
  const parsed = parseProfile(json, { baseUrl: response.url || url });
  if (!parsed.ok) {
    throw new VillageDataError('invalid', parsed.error.message, { url, issues: [...parsed.error.issues] });
  }
  if (parsed.warnings.length) console.warn(`sos-village-widgets: ${url}: ${describeWarnings(parsed.warnings)}`);
  const loaded = loadedFrom(parsed.profile, url, Date.now(), parsed.warnings);
  keepLater(loaded);
  return loaded;
}

/**
 * The body as text, counting bytes as they arrive (after any decompression) and giving up past
 * `MAX_PROFILE_BYTES`: a 50 MB body, or a small compressed one that expands to 1 GiB, is never
 * read in full.
 */
async function readBody(response: Response, signal: AbortSignal, url: string): Promise<string> {
  let reader: BodyReader;
  try {
    reader = readerOf(response.body);
  } catch (cause) {
    throw new VillageDataError('network', 'The village data could not be read.', { url, cause });
  }
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel);
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_PROFILE_BYTES) {
        cancel();
        throw tooLarge(url);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (cause) {
    if (isVillageDataError(cause)) throw cause;
    throw new VillageDataError('network', 'The village data was cut off.', { url, cause });
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

type BodyReader = Pick<ReadableStreamDefaultReader<Uint8Array>, 'read' | 'cancel'>;

/**
 * A reader of the body's bytes: the web stream's own, or one over the Node stream that node-fetch
 * gives (Lit SSR's global DOM shim puts node-fetch in place of a server's own fetch).
 */
function readerOf(body: unknown): BodyReader {
  const stream = body as ReadableStream<Uint8Array>;
  if (!isServer || typeof stream.getReader === 'function') return stream.getReader();
  const chunks = (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return {
    read: () => chunks.next() as Promise<ReadableStreamReadResult<Uint8Array>>,
    cancel: async () => void (await chunks.return?.()),
  };
}

function tooLarge(url: string) {
  return new VillageDataError('too-large', `The village data is larger than ${MAX_PROFILE_BYTES / 1_000_000} MB.`, {
    url,
  });
}

/**
 * A loaded profile whose `fingerprint` is worked out when first read: the first profile a widget
 * shows is drawn without it (nothing to tell it from yet), so serialising and hashing it never
 * holds up the first ready frame.
 */
function loadedFrom(profile: VillageProfile, url: string, fetchedAt: number, warnings: ProfileIssue[]): LoadedProfile {
  const loaded = { profile, url, fetchedAt, stale: false, kept: false, warnings, error: undefined } as Omit<
    LoadedProfile,
    'fingerprint'
  >;
  return lazyFingerprint(loaded, () => JSON.stringify(profile));
}

/** Adds a `fingerprint` to `target`, computed from `serialise()` once, when first read. */
export function lazyFingerprint<T extends object>(target: T, serialise: () => string): T & { fingerprint: string } {
  let print: string | undefined;
  return Object.defineProperty(target, 'fingerprint', {
    enumerable: true,
    get: () => (print ??= fingerprint(serialise())),
  }) as T & { fingerprint: string };
}

/** FNV-1a over the serialised profile, with its length: equal for equal content. */
export function fingerprint(serialised: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < serialised.length; i++) hash = Math.imul(hash ^ serialised.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(36)}.${serialised.length.toString(36)}`;
}

function storage(): Storage | undefined {
  // A server's storage (Node's own sessionStorage, say) is not the reader's.
  if (isServer) return undefined;
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked by the browser's privacy settings or a sandboxed frame
  }
}

/** The kept copies, oldest first, with their sizes in characters. */
function readIndex(store: Storage): [url: string, size: number][] {
  try {
    const index: unknown = JSON.parse(store.getItem(STORAGE_INDEX) ?? '[]');
    return Array.isArray(index)
      ? index.filter(
          (entry): entry is [string, number] =>
            Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

/** Copies waiting to be kept, by URL: written when the page is idle, or as it is left. */
const toKeep = new Map<string, LoadedProfile>();
let keeping: Promise<void> | undefined;

/**
 * Keeps `loaded` for the next page view once the page is idle (after the widgets' first ready
 * frame: serialising and storing a profile is no part of drawing it), or when the reader leaves
 * the page, whichever comes first.
 */
function keepLater(loaded: LoadedProfile): void {
  if (!storage()) return;
  toKeep.set(loaded.url, loaded);
  keeping ??= new Promise<void>((resolve) => {
    const write = () => {
      removeEventListener('pagehide', write);
      keepNow();
      resolve();
    };
    addEventListener('pagehide', write);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 1_000 });
    else setTimeout(write, 200);
  });
}

/** Keeps the copies waiting for an idle moment at once. */
function keepNow(): void {
  keeping = undefined;
  const copies = [...toKeep.values()];
  toKeep.clear();
  copies.forEach(keep);
}

/** Resolves once the copies fetched so far are in `sessionStorage` (for tests and hosts). */
export function whenKept(): Promise<void> {
  return keeping ?? Promise.resolve();
}

/**
 * Keeps `loaded` for the next page view, within the budget: least recently kept copies go first,
 * and a profile larger than half the budget is not kept at all.
 */
function keep(loaded: LoadedProfile): void {
  const store = storage();
  if (!store) return;
  try {
    const value = `{"profile":${JSON.stringify(loaded.profile)},"fetchedAt":${loaded.fetchedAt}}`;
    // The URL counts twice (in the key and in the index), as the browser counts it against the quota.
    const size = value.length + 2 * (STORAGE_PREFIX.length + loaded.url.length);
    const index = readIndex(store).filter(([url]) => url !== loaded.url);
    if (size <= KEPT_CHARACTERS / 2) index.push([loaded.url, size]);
    else store.removeItem(STORAGE_PREFIX + loaded.url);
    let total = index.reduce((sum, [, size]) => sum + size, 0);
    while (index.length > KEPT_PROFILES || total > KEPT_CHARACTERS) {
      const [url, size] = index.shift()!;
      store.removeItem(STORAGE_PREFIX + url);
      total -= size;
    }
    store.setItem(STORAGE_INDEX, JSON.stringify(index));
    if (index.some(([url]) => url === loaded.url)) store.setItem(STORAGE_PREFIX + loaded.url, value);
  } catch {
    // Full or blocked storage only costs the offline copy.
  }
}

/** The kept copy, re-validated: storage is as untrusted as the network. */
function readKept(url: string): LoadedProfile | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_PREFIX + url);
    if (!raw || raw.length > KEPT_CHARACTERS / 2) return undefined;
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object' || !hasOwn(data, 'profile')) return undefined;
    const { profile, fetchedAt } = data as { profile: unknown; fetchedAt: unknown };
    const parsed = parseProfile(profile, { baseUrl: url });
    if (!parsed.ok || typeof fetchedAt !== 'number') return undefined;
    return Object.assign(loadedFrom(parsed.profile, url, fetchedAt, parsed.warnings), { kept: true });
  } catch {
    return undefined;
  }
}
