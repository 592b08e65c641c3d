/**
 * The one way tags are registered. Defining the same class again does nothing; when another
 * version already holds the tag, the first one stays and one warning says so.
 */
export const VERSION = '0.1.0';

type VersionedElement = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

export function defineElement(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
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
  console.warn(`sos-village-widgets ${ctor.version ?? VERSION}: <${tag}> is already defined by ${note}; keeping that one.`);
}
