/**
 * Per-element language for the widgets' own texts. `@lit/localize` switches one locale for a whole
 * page; a page here may hold a Russian widget beside a French one. So every widget renders inside
 * `speak(lang, …)`, and the `msg()` implementation installed here answers from that language's
 * catalog. Catalogs (`locales/<lang>.json`, built from the XLIFF files) are fetched on first use,
 * next to this module; English, the source language, needs none. On the server they are read from
 * disk at once, so a server render is in the element's language from the start (see docs/ssr.md).
 */
import { isServer } from 'lit';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { StrResult } from '@lit/localize';

export const TARGET_LOCALES = ['fr', 'ru', 'kk'] as const;
export type TargetLocale = (typeof TARGET_LOCALES)[number];

/** A text, or a text with placeholders as strings and placeholder indices. */
export type Catalog = Record<string, string | (string | number)[]>;

const catalogs = new Map<TargetLocale, Catalog>();
const loading = new Map<TargetLocale, Promise<void>>();
let speaking: TargetLocale | undefined;
let installed: boolean | undefined;

/** The catalog a language tag uses (`ru-KZ` → `ru`), or undefined for English and unknown languages. */
export function catalogFor(lang: string): TargetLocale | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  return (TARGET_LOCALES as readonly string[]).includes(primary) ? (primary as TargetLocale) : undefined;
}

/** How long an element waits for its language's texts before it shows English ones. */
export const CATALOG_TIMEOUT = 5_000;

/**
 * Starts loading what `lang` needs. Returns a promise while it loads, undefined when the texts are
 * ready (already loaded, English, or a language without a catalog, which shows English). The
 * promise settles within `CATALOG_TIMEOUT` whatever the network does: a catalog that arrives later
 * still replaces the English texts then.
 */
export function prepare(lang: string): Promise<void> | undefined {
  const code = catalogFor(lang);
  if (!code || catalogs.has(code)) return undefined;
  install();
  if (isServer) {
    // A server render is synchronous: the catalog now, or English (which the browser then hydrates).
    catalogs.set(code, readCatalogOnServer(code));
    return undefined;
  }
  let pending = loading.get(code);
  if (!pending) {
    pending = new Promise<void>((resolve) => {
      // Unreachable or late: English for now, rather than a widget stuck loading.
      const giveUp = () => {
        if (!catalogs.has(code)) catalogs.set(code, Object.create(null) as Catalog);
        resolve();
      };
      const timer = setTimeout(giveUp, CATALOG_TIMEOUT);
      fetchCatalog(code).then(
        (catalog) => {
          clearTimeout(timer);
          catalogs.set(code, catalog);
          resolve();
          watched.forEach((element) => element.requestUpdate());
        },
        () => {
          clearTimeout(timer);
          giveUp();
        },
      );
    });
    loading.set(code, pending);
  }
  return pending;
}

/**
 * The language the widgets' own words are in for an element speaking `lang`: `lang` itself when
 * its texts are loaded (or it is English), else English. Plural rules and the `lang` attribute of
 * those words follow it, so a Russian element whose texts never came says "1 kindergarten" in
 * English marked as English, never English words with Russian or Arabic plural rules.
 */
export function interfaceLanguage(lang: string): string {
  const code = catalogFor(lang);
  if (code) return Object.keys(catalogs.get(code) ?? {}).length ? lang : 'en';
  return lang.toLowerCase().split('-')[0] === 'en' ? lang : 'en';
}

/** Runs `render` with `msg()` answering in `lang`. Rendering is synchronous, so this is safe. */
export function speak<T>(lang: string, render: () => T): T {
  const previous = speaking;
  speaking = catalogFor(lang);
  try {
    return render();
  } finally {
    speaking = previous;
  }
}

/**
 * Loads what `lang` needs and resolves once its texts are ready (at once for English): for pages
 * that want the texts before the elements render, such as a page hydrating server-rendered
 * elements in another language.
 */
export function preloadLanguage(lang: string): Promise<void> {
  return prepare(lang) ?? Promise.resolve();
}

const catalogUrl = (code: TargetLocale) => new URL(`../locales/${code}.json`, import.meta.url);

async function fetchCatalog(code: TargetLocale): Promise<Catalog> {
  const init = Object.assign(Object.create(null) as RequestInit, { credentials: 'omit' } satisfies RequestInit);
  const response = await fetch(catalogUrl(code), init);
  if (!response.ok) throw new Error(String(response.status));
  return toCatalog(await response.json());
}

interface ServerFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}

/**
 * The catalog next to this module, read from disk through `process.getBuiltinModule` (Node 20.16
 * and later; no import, so browser bundlers see nothing to resolve); an empty one, so English,
 * where there is no such file (a server bundle that left the locales behind).
 */
function readCatalogOnServer(code: TargetLocale): Catalog {
  try {
    const host = globalThis as { process?: { getBuiltinModule?(id: string): unknown } };
    const fs = host.process?.getBuiltinModule?.('node:fs') as ServerFs | undefined;
    if (fs) return toCatalog(JSON.parse(fs.readFileSync(catalogUrl(code), 'utf8')));
  } catch {
    // falls through to English
  }
  console.warn(
    `sos-village-widgets: cannot read ${catalogUrl(code).href} on the server; rendering English texts for "${code}".`,
  );
  return Object.create(null) as Catalog;
}

function toCatalog(data: unknown): Catalog {
  const catalog: Catalog = Object.create(null);
  // Catalogs are data: only strings, and arrays of strings and indices, are taken.
  for (const [id, text] of Object.entries(data && typeof data === 'object' ? data : {})) {
    if (
      typeof text === 'string' ||
      (Array.isArray(text) && text.every((p) => typeof p === 'string' || Number.isInteger(p)))
    ) {
      Object.defineProperty(catalog, id, { value: text, enumerable: true });
    }
  }
  return catalog;
}

function translate(template: string | StrResult, options?: { id?: string }): string {
  const entry = speaking && options?.id ? catalogs.get(speaking)?.[options.id] : undefined;
  if (isStrTagged(template)) {
    if (Array.isArray(entry))
      return entry.map((part) => (typeof part === 'number' ? String(template.values[part]) : part)).join('');
    return joinStringsAndValues(template.strings, template.values);
  }
  return typeof entry === 'string' ? entry : template;
}

/** Installs `translate` as `msg()`, once, and only when a language other than English is wanted. */
function install(): void {
  if (installed !== undefined) return;
  try {
    _installMsgImplementation(translate as Parameters<typeof _installMsgImplementation>[0]);
    installed = true;
  } catch {
    installed = false;
    console.warn('sos-village-widgets: the page configures @lit/localize itself; widget texts follow its locale.');
  }
}

const watched = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Re-renders `element` whenever a `lang` attribute changes anywhere in the document. */
export function watchLanguage(element: { requestUpdate(): void }): void {
  if (isServer) return;
  watched.add(element);
  if (observer || typeof MutationObserver === 'undefined') return;
  try {
    observer = new MutationObserver(() => watched.forEach((el) => el.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } catch {
    // The page broke MutationObserver: the widgets keep the language they found when they rendered.
    observer = undefined;
  }
}

export function unwatchLanguage(element: { requestUpdate(): void }): void {
  watched.delete(element);
}
