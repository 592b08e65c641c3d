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

const LOOPBACK = /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * The check every `href` and `src` in every template goes through, whatever was checked before:
 * an absolute `https:` URL with no user information (`https://charity.example@198.51.100.7/`
 * hides its real host), or `undefined`. Plain `http:` is upgraded to `https:`, except on loopback
 * hosts (`localhost`, `127.0.0.1`, `[::1]`) so local development works.
 */
export function safeHref(value: unknown, base?: string): string | undefined {
  const href = toHttpUrl(value, base);
  if (!href) return undefined;
  const url = new URL(href);
  if (url.username || url.password) return undefined;
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) url.protocol = 'https:';
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

/** The document's base URL, or undefined outside a browser (a server's DOM shim has a `document` without one). */
export function documentBase(): string | undefined {
  const base = typeof document === 'undefined' ? undefined : (document as { baseURI?: unknown }).baseURI;
  return typeof base === 'string' && base ? base : undefined;
}

/** SOS Children's Villages' international home page, where anyone can sponsor a child: the way on when no data says where. */
export const SOS_HOME = 'https://www.sos-childrensvillages.org/';
