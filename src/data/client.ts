/**
 * Fetches village profiles: one request per absolute URL for the whole page, a typed error for
 * every failure, and the last good copy kept so a failing endpoint still shows something true.
 *
 * The request registry lives on `globalThis` under a `Symbol.for` key, so two copies of the
 * script on one page (a partner pasting the snippet twice) share requests and cache too. Values
 * crossing that boundary are plain data; errors are recognised by `kind`, not by class.
 */
import { parseProfile } from './parse.js';
import { VillageDataError, isVillageDataError, type ProfileIssue } from './errors.js';
import type { VillageProfile } from './schema.js';
import { documentBase, toHttpUrl } from '../internal/url.js';

/** A profile as delivered to widgets. */
export interface LoadedProfile {
  profile: VillageProfile;
  /** The absolute URL it came from. */
  url: string;
  /** When this copy was fetched (ms since the epoch). */
  fetchedAt: number;
  /** True when this is a kept copy because a newer one could not be had. */
  stale: boolean;
  /** Parts of the profile left out because they were malformed. */
  warnings: ProfileIssue[];
  /** Why a fresh copy could not be had, when `stale`. */
  error?: VillageDataError;
}

export interface LoadOptions {
  /** Give up after this many milliseconds. Default 10 000. */
  timeout?: number;
  /** Ask the endpoint again even when this page already holds a copy. */
  refresh?: boolean;
}

export const DEFAULT_TIMEOUT = 10_000;
/** Profiles larger than this are refused: a lying endpoint must not stall the page. */
export const MAX_PROFILE_BYTES = 2_000_000;

type Listener = (loaded: LoadedProfile) => void;

interface Registry {
  inflight: Map<string, Promise<LoadedProfile>>;
  memory: Map<string, LoadedProfile>;
  listeners: Map<string, Set<Listener>>;
}

const REGISTRY_KEY = Symbol.for('sos-village-widgets.profile-registry.v1');
const STORAGE_PREFIX = 'sos-village-widgets:v1:';

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (global[REGISTRY_KEY] ??= { inflight: new Map(), memory: new Map(), listeners: new Map() });
}

/** Resolves a `src` attribute against the document, as `<img src>` does; undefined unless http(s). */
export function resolveSrc(src: string): string | undefined {
  return toHttpUrl(src, documentBase());
}

/** What the page already holds for `url`, at once: this page's copy, else the last good one kept. */
export function peekProfile(url: string): LoadedProfile | undefined {
  return registry().memory.get(url) ?? readKept(url);
}

/** Calls `listener` whenever a newer copy of `url` arrives; returns the unsubscribe function. */
export function onProfile(url: string, listener: Listener): () => void {
  const { listeners } = registry();
  const set = listeners.get(url) ?? new Set();
  set.add(listener);
  listeners.set(url, set);
  return () => set.delete(listener);
}

/**
 * The profile at `url`. Resolves with a kept copy marked `stale` when the endpoint fails but an
 * earlier good copy exists; rejects with a `VillageDataError` otherwise.
 */
export function loadProfile(url: string, options: LoadOptions = {}): Promise<LoadedProfile> {
  const reg = registry();
  const held = reg.memory.get(url);
  if (held && !held.stale && !options.refresh) return Promise.resolve(held);
  const pending = reg.inflight.get(url);
  if (pending) return pending;

  const request = fetchProfile(url, options.timeout ?? DEFAULT_TIMEOUT).then(
    (loaded) => {
      reg.memory.set(url, loaded);
      keep(loaded);
      reg.listeners.get(url)?.forEach((listener) => listener(loaded));
      return loaded;
    },
    (error: unknown) => {
      const failure = isVillageDataError(error)
        ? error
        : new VillageDataError('network', 'The village data could not be loaded.', { url, cause: error });
      const kept = reg.memory.get(url) ?? readKept(url);
      if (kept) return { ...kept, stale: true, error: failure };
      throw failure;
    },
  );
  const settled = request.finally(() => reg.inflight.delete(url));
  reg.inflight.set(url, settled);
  return settled;
}

/** Forgets this page's copies and requests (the kept copies in storage stay). For tests and hosts. */
export function clearProfileCache(): void {
  const reg = registry();
  reg.memory.clear();
  reg.inflight.clear();
}

async function fetchProfile(url: string, timeout: number): Promise<LoadedProfile> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const timedOut = () =>
    new VillageDataError('timeout', `The village data did not arrive within ${Math.round(timeout / 1000)} s.`, { url });
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        referrerPolicy: 'strict-origin-when-cross-origin',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (cause) {
      if (controller.signal.aborted) throw timedOut();
      throw new VillageDataError('network', 'The village data could not be reached.', { url, cause });
    }
    if (!response.ok) {
      throw new VillageDataError('http', `The village data server answered ${response.status}.`, { url, status: response.status });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_PROFILE_BYTES) throw tooLarge(url);
    let body: string;
    try {
      body = await response.text();
    } catch (cause) {
      if (controller.signal.aborted) throw timedOut();
      throw new VillageDataError('network', 'The village data was cut off.', { url, cause });
    }
    if (body.length > MAX_PROFILE_BYTES) throw tooLarge(url);
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
    for (const warning of parsed.warnings) console.warn(`sos-village-widgets: ${url}: ${warning.path} ${warning.message}`);
    return { profile: parsed.profile, url, fetchedAt: Date.now(), stale: false, warnings: parsed.warnings };
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(url: string) {
  return new VillageDataError('too-large', `The village data is larger than ${MAX_PROFILE_BYTES / 1_000_000} MB.`, { url });
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked by the browser's privacy settings or a sandboxed frame
  }
}

function keep(loaded: LoadedProfile): void {
  try {
    storage()?.setItem(STORAGE_PREFIX + loaded.url, JSON.stringify({ profile: loaded.profile, fetchedAt: loaded.fetchedAt }));
  } catch {
    // Full or blocked storage only costs the offline copy.
  }
}

/** The kept copy, re-validated: storage is as untrusted as the network. */
function readKept(url: string): LoadedProfile | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_PREFIX + url);
    if (!raw) return undefined;
    const { profile, fetchedAt } = JSON.parse(raw) as { profile: unknown; fetchedAt: unknown };
    const parsed = parseProfile(profile, { baseUrl: url });
    if (!parsed.ok || typeof fetchedAt !== 'number') return undefined;
    return { profile: parsed.profile, url, fetchedAt, stale: true, warnings: parsed.warnings };
  } catch {
    return undefined;
  }
}
