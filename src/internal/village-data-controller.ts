/**
 * Gets a village profile to a host element from its own `src` or `profile`, and keeps it current.
 * Used by `<sos-village>` (which then provides it) and by every standalone data widget.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  fingerprint,
  loadProfile,
  normaliseTimeout,
  onProfile,
  peekProfile,
  resolveSrc,
  type LoadedProfile,
} from '../data/client.js';
import { VillageDataError, isVillageDataError } from '../data/errors.js';
import { describeWarnings, parseProfile, type ParseResult } from '../data/read.js';
import type { VillageProfile } from '../data/schema.js';

export const DATA_STATES = ['loading', 'ready', 'error'] as const;
export type DataState = (typeof DATA_STATES)[number];

/** A widget's view of its data at one moment. */
export interface VillageData {
  state: DataState;
  profile?: VillageProfile;
  /** Set in `error`, and in `ready` when a kept copy is shown because the refresh failed. */
  error?: VillageDataError;
  /** True when the profile shown is a kept copy, not a fresh one. */
  stale: boolean;
  /** When the shown profile was fetched (ms since the epoch). */
  fetchedAt?: number;
  /** Same for the same content: `sos-load` fires once per distinct profile shown. */
  fingerprint?: string;
}

/** A `VillageData` with every key its own, so none is ever read from a page's `Object.prototype`. */
export function villageData(data: Partial<VillageData> & Pick<VillageData, 'state'>): VillageData {
  return Object.freeze({
    profile: undefined,
    error: undefined,
    stale: false,
    fetchedAt: undefined,
    fingerprint: undefined,
    ...data,
  });
}

export const LOADING: VillageData = villageData({ state: 'loading' });

/**
 * Profiles set directly, parsed once per object: several widgets given the same object check it
 * once and warn once. Treat a profile object as immutable; set a new one to change what is shown.
 */
const parsedProfiles = new WeakMap<object, [ParseResult, () => string]>();

const NO_SOURCE = Symbol('no source yet');

/** How many hosts in the page follow each URL: one alone draws its data at once (see `arrived`). */
const following = new Map<string, number>();

/** Hosts waiting to draw data that arrived, in the order it arrived (see `drawSoon`). */
const waitingToDraw: (() => Promise<unknown> | undefined)[] = [];

/**
 * Draws in the next task, all together: reading and checking a profile, then drawing it, in one
 * task would hold a phone's main thread twice as long. Everything waiting is drawn in that one
 * task, so the page lays out once (drawing a slice per task costs a full layout of the page per
 * slice: measured, several times slower with 10 or 100 widgets). Resolves once drawn.
 */
function drawSoon(draw: () => Promise<unknown> | undefined): Promise<void> {
  return new Promise((drawn) => {
    if (!waitingToDraw.length) setTimeout(drawAll, 0);
    waitingToDraw.push(() => {
      const done = draw();
      void Promise.resolve(done).then(
        () => drawn(),
        () => drawn(),
      );
      return done;
    });
  });
}

async function drawAll(): Promise<void> {
  const draws = waitingToDraw.splice(0);
  // Started together so Lit updates them in one batch of microtasks, all in this task.
  await Promise.all(draws.map((draw) => draw()?.catch(() => undefined)));
}

export interface VillageDataSource extends ReactiveControllerHost {
  src?: string | null;
  profile?: VillageProfile | unknown;
  timeout?: number;
}

export class VillageDataController implements ReactiveController {
  data: VillageData = LOADING;

  /** Bumped for every new source and on disconnect: answers for an older one are ignored. */
  private generation = 0;
  private source: unknown = NO_SOURCE;
  /** Without any source, the element stops waiting after its timeout and shows its fallback. */
  private idle?: ReturnType<typeof setTimeout>;
  private url?: string;
  private unsubscribe?: () => void;
  /** Aborts this host's wait for its request; the request itself stops once nobody waits. */
  private waiting?: AbortController;
  /**
   * Whether the host is in the page. Lit runs an update requested before the host was removed
   * (added and removed in one task), so `sync` may run out of the page: it then starts nothing,
   * and `hostConnected` picks the source up again.
   */
  private connected = false;

  constructor(
    private readonly host: VillageDataSource,
    private readonly onChange: (data: VillageData) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.host.requestUpdate(); // follows its source again (see `sync`)
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /**
   * Follows the host's `src` (preferred) or `profile`. Cheap when neither changed. On the server
   * only a `profile` is shown: a render there is synchronous, so nothing is fetched and nothing
   * times out, and the element renders as loading until the browser takes over. In the browser,
   * only while the host is in the page: out of it, it holds nothing a page-wide registry or a
   * timer could keep alive, and shows what it showed.
   */
  sync(): void {
    if (!isServer && !this.connected) return;
    const { src, profile } = this.host;
    const source = src ? `src:${src}` : profile;
    if (source === this.source) return;
    this.stop();
    this.source = source;
    if (src && !isServer) this.follow(src);
    else if (profile !== undefined && profile !== null && !src) this.accept(profile);
    else if (isServer) this.set(LOADING);
    else {
      this.set(LOADING);
      const generation = this.generation;
      this.idle = setTimeout(() => {
        if (generation !== this.generation) return;
        const error = new VillageDataError(
          'timeout',
          'No village data was given: set src or profile, or place the element in a <sos-village>.',
        );
        this.set(villageData({ state: 'error', error }));
      }, normaliseTimeout(this.host.timeout));
    }
  }

  /** Stops following any source (a provider took over, or the host left the page). */
  stop(): void {
    this.generation++;
    clearTimeout(this.idle);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.waiting?.abort();
    this.waiting = undefined;
    this.source = NO_SOURCE;
    if (this.url) {
      const count = following.get(this.url)! - 1;
      if (count) following.set(this.url, count);
      else following.delete(this.url);
    }
    this.url = undefined;
  }

  /** Asks the endpoint again; the current data stays on screen until the answer arrives. */
  async refresh(): Promise<void> {
    if (this.url) await this.request(this.url, this.generation, true);
  }

  private follow(src: string): void {
    const url = resolveSrc(src);
    if (!url) {
      this.set(
        villageData({
          state: 'error',
          error: new VillageDataError('network', 'The village data address must be an http: or https: URL.', {
            url: src,
          }),
        }),
      );
      return;
    }
    this.url = url;
    following.set(url, (following.get(url) ?? 0) + 1);
    const generation = this.generation;
    this.unsubscribe = onProfile(url, (loaded) => {
      if (generation === this.generation) void this.arrived(fromLoaded(loaded), generation);
    });
    const held = peekProfile(url);
    this.set(held ? fromLoaded(held) : LOADING);
    if (!held || held.stale || held.kept) void this.request(url, generation, false);
  }

  private async request(url: string, generation: number, refresh: boolean): Promise<void> {
    this.waiting?.abort();
    const waiting = (this.waiting = new AbortController());
    try {
      const loaded = await loadProfile(url, { timeout: this.host.timeout, refresh, signal: waiting.signal });
      if (generation === this.generation && !waiting.signal.aborted) await this.arrived(fromLoaded(loaded), generation);
      if (this.waiting === waiting) this.waiting = undefined;
    } catch (error) {
      if (generation !== this.generation || waiting.signal.aborted) return; // a newer wait took over
      const failure = isVillageDataError(error) ? error : new VillageDataError('network', String(error), { url });
      this.set(
        this.data.profile
          ? villageData({ ...this.data, stale: true, error: failure })
          : villageData({ state: 'error', error: failure }),
      );
    }
  }

  /** A profile set directly is checked like fetched data: the type says nothing at run time. */
  private accept(profile: unknown): void {
    const object = typeof profile === 'object' && profile !== null ? profile : undefined;
    let cached = object && parsedProfiles.get(object);
    if (!cached) {
      const result = parseProfile(profile, { baseUrl: undefined });
      if (result.warnings.length) console.warn(`sos-village-widgets: profile: ${describeWarnings(result.warnings)}`);
      let print: string | undefined;
      cached = [result, () => (print ??= result.ok ? fingerprint(JSON.stringify(result.profile)) : '')];
      if (object) parsedProfiles.set(object, cached);
    }
    const [parsed, print] = cached;
    this.set(
      parsed.ok
        ? readyData({ profile: parsed.profile, stale: false, error: undefined, fetchedAt: undefined }, print)
        : villageData({ state: 'error', error: parsed.error }),
    );
  }

  /**
   * Fetched data: drawn at once when this host is the only one following its URL, else in a later
   * task with every other host it arrived for (`drawSoon`); not if the host has moved on by then.
   */
  private arrived(data: VillageData, generation: number): Promise<void> {
    const draw = () => {
      // The same answer heard twice (its own request and the shared notice): drawn once.
      const now = this.data;
      // Fingerprints compared last: only a second copy of a profile shown needs one worked out.
      const same =
        now.state === data.state &&
        now.stale === data.stale &&
        now.fetchedAt === data.fetchedAt &&
        now.error === data.error &&
        now.fingerprint === data.fingerprint;
      if (generation !== this.generation || same) return undefined;
      this.set(data);
      return this.host.updateComplete;
    };
    if ((following.get(this.url!) ?? 0) > 1) return drawSoon(draw);
    return Promise.resolve(draw()).then(
      () => undefined,
      () => undefined,
    );
  }

  private set(data: VillageData): void {
    this.data = data;
    this.onChange(data);
  }
}

/** The loaded profile as a widget's view; its fingerprint is the loaded one's, worked out when first read. */
function fromLoaded(loaded: LoadedProfile): VillageData {
  const { profile, stale, error, fetchedAt } = loaded;
  return readyData({ profile, stale, error, fetchedAt }, () => loaded.fingerprint);
}

/** A ready `VillageData` whose `fingerprint` comes from `print()` when first read, then stays. */
function readyData(fields: Omit<VillageData, 'state' | 'fingerprint'>, print: () => string): VillageData {
  let value: string | undefined;
  const data = { state: 'ready' as const, ...fields };
  return Object.freeze(
    Object.defineProperty(data, 'fingerprint', { enumerable: true, get: () => (value ??= print()) }),
  ) as VillageData;
}
