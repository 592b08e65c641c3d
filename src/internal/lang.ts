/**
 * The language an element speaks, found the way HTML does: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else the document's, else English.
 */
export function languageOf(element: Element): string {
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

/** A usable BCP 47 tag for Intl, or English when the page's tag is unusable. */
export function normaliseLanguage(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}
