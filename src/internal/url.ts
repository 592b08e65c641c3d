/**
 * The one place that decides which URLs may reach the page. Only `http:` and `https:` survive;
 * `javascript:`, `data:`, `blob:`, `file:` and anything the URL parser cannot read do not.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);
// C0 controls and DEL: the URL parser silently strips some of these ("java\tscript:"), so reject
// them before it gets the chance.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Resolves `value` against `base` and returns the absolute URL, or `undefined` if it is not http(s). */
export function toHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || CONTROL_CHARS.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol) || !url.hostname) return undefined;
  return url.href;
}

/**
 * Adds attribution parameters with the URL API. Existing parameters of the same name are
 * replaced, never duplicated; empty values are left out.
 */
export function withParams(href: string, params: Record<string, string | undefined>): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(params)) {
    if (value) url.searchParams.set(key, value);
  }
  return url.href;
}

/** The document's base URL, or undefined outside a browser. */
export function documentBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/** SOS Children's Villages' international home page, where anyone can sponsor a child: the way on when no data says where. */
export const SOS_HOME = 'https://www.sos-childrensvillages.org/';
