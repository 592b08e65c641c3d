import { isServer } from 'lit';

/**
 * The language an element speaks, found the way HTML does: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else the document's, else English. On the server an element
 * has no ancestors to ask (the renderer gives it its own attributes only), and `ownOnly` asks the
 * same question in the browser: its own `lang`, else English.
 */
export function languageOf(element: Element, ownOnly = isServer): string {
  if (ownOnly) return normaliseLanguage(element.getAttribute('lang') || 'en');
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return normaliseLanguage(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** Tags already normalised: `Intl.getCanonicalLocales` is slow, and a page has a few tags. */
const canonical = new Map<string, string>();

/** A usable BCP 47 tag for Intl, or English when the page's tag is unusable. */
export function normaliseLanguage(tag: string): string {
  let found = canonical.get(tag);
  if (found === undefined) {
    try {
      // The page's Intl: it may throw, or answer with anything.
      const answer: unknown = Intl.getCanonicalLocales(tag.trim())[0];
      found = typeof answer === 'string' && answer ? answer : 'en';
    } catch {
      found = 'en';
    }
    if (canonical.size >= 64) canonical.clear();
    canonical.set(tag, found);
  }
  return found;
}
