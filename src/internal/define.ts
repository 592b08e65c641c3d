/**
 * The one way tags are registered. Defining the same class again does nothing; when another
 * version already holds the tag, the first one stays and one warning says so.
 */
import { fetchEarly } from './early-fetch.js';

export const VERSION = '0.1.0';

type VersionedElement = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

/**
 * Whether tags are registered in a task of their own. The partner scripts set it (see
 * rollup.config.mjs): evaluating the script and upgrading every widget on the page in one task
 * would hold a phone's main thread, and the reader's taps, for over 100 ms. The npm modules keep it
 * off, so importing a define module defines its tag at once.
 *
 * The partner scripts also start the data requests of the widgets already in the page first
 * (`fetchEarly`), so the network works while the tags are defined.
 */
const IN_OWN_TASK = false;

export function defineElement(
  tag: string,
  ctor: VersionedElement,
  registry: CustomElementRegistry = customElements,
): void {
  if (!IN_OWN_TASK) return register(tag, ctor, registry);
  if (!registry.get(tag)) fetchEarly(tag);
  setTimeout(() => register(tag, ctor, registry), 0);
}

function register(tag: string, ctor: VersionedElement, registry: CustomElementRegistry): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  const theirs = existing.version;
  const note =
    theirs === undefined
      ? 'other code on this page, not by sos-village-widgets'
      : theirs === (ctor.version ?? VERSION)
        ? 'another copy of the same version'
        : `sos-village-widgets version ${theirs}`;
  console.warn(
    `sos-village-widgets ${ctor.version ?? VERSION}: <${tag}> is already defined by ${note}; keeping that one.`,
  );
}
