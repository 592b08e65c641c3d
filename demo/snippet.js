// The embed-code builder's logic: the snippet a partner pastes. Every URL it writes goes through
// the widgets' own check (`safeHref`); the snippet is pure ASCII, carries no `style` attribute, and
// its only inline styles are `<style>` blocks whose hashes `styleHashes` gives for the page's CSP.
import { safeHref } from '../src/data/url.ts';

const escapeHtml = (value) =>
  String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Attributes that hold a URL: written only once `safeHref` has passed them. */
const URL_ATTRIBUTES = new Set(['src', 'href']);

/** `name="value"` pairs, escaped, for the attributes that are set. */
function attributes(attrs) {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/**
 * `url` as the widgets would draw it, for a partner's page: an absolute `https:` URL with no user
 * name or password, or `undefined`. Plain `http:`, which the widgets would upgrade (or, on a
 * loopback host, keep), is refused: what goes into a snippet is what the partner's readers load.
 */
export function publishedUrl(url) {
  const href = safeHref(url);
  return href && /^https:/i.test(String(url).trim()) ? href : undefined;
}

/**
 * A script URL as typed: absolute (checked as `publishedUrl`) or relative to the partner's page
 * (`/js/sos-widgets.js`, kept as typed once it resolves to such a URL), else `undefined`.
 */
export function scriptUrlOf(url) {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  const text = url.trim();
  let absolute = true;
  try {
    new URL(text);
  } catch {
    absolute = false;
  }
  if (absolute) return publishedUrl(text);
  return publishedUrl(safeHref(text, 'https://partner.invalid/')) ? text : undefined;
}

/** Every character outside ASCII as an HTML character reference: markup that reads the same in any page encoding. */
export const asciiHtml = (text) =>
  text.replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0).toString(16).toUpperCase()};`);
/** Every character outside ASCII as a CSS escape, for the inside of a `<style>` (raw text: no character references there). */
export const asciiCss = (text) => text.replace(/[^\x00-\x7f]/gu, (c) => `\\${c.codePointAt(0).toString(16)} `);
/** Markup with `<style>` blocks in it, made ASCII: CSS escapes inside each block, character references elsewhere. */
export const asciiSnippet = (code) =>
  code
    .split(/(<style>[\s\S]*?<\/style>)/)
    .map((part, i) => (i % 2 ? `<style>${asciiCss(part.slice(7, -8))}</style>` : asciiHtml(part)))
    .join('');

/**
 * The `'sha256-…'` sources a Content-Security-Policy needs in `style-src` for the `<style>` blocks
 * of `code`, in order, each once. `undefined` where `crypto.subtle` is missing (a page neither
 * https: nor on this machine).
 */
export async function styleHashes(code) {
  if (!globalThis.crypto?.subtle) return undefined;
  const blocks = [...new Set([...code.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]))];
  return Promise.all(
    blocks.map(async (css) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    }),
  );
}

/** Relative luminance (WCAG 2) of a `#rrggbb` or `rgb(r, g, b)` colour. */
function luminance(colour) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const channels = hex
    ? hex.slice(1).map((h) => parseInt(h, 16))
    : (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The published, versioned URL of a release's file: immutable, so its integrity value holds. */
export const releaseUrl = (version, file) => `https://cdn.jsdelivr.net/npm/sos-village-widgets@${version}/dist/${file}`;

/** Whether `url` is a release's frozen sample data (`…/dist/data/…` of some version): it never changes. */
export const isFrozenSample = (url) =>
  /^https:\/\/cdn\.jsdelivr\.net\/npm\/sos-village-widgets@[^/]+\/dist\/data\//.test(String(url));

/**
 * The files a page needs for `tags`, in the order to list them, and their brotli bytes: `{ files:
 * [{ file, integrity, entry }], bytes }`, the cheapest of three forms. One element alone: its
 * standalone file (`dist/standalone/`, one tree-shaken file). Some elements: each element's entry
 * with the chunks it imports (`dist/elements/`), the chunks preloaded. Most of them: the one file.
 * `release` is the build's `integrity.json`.
 */
export function scriptsFor(release, tags) {
  let best = {
    files: [{ file: release?.file ?? 'sos-widgets.js', integrity: release?.integrity, entry: true }],
    bytes: release?.bytes?.brotli,
  };
  if (!release?.elements || !tags.length || tags.some((tag) => !release.elements[tag])) return best;
  const chunks = [...new Set(tags.flatMap((tag) => release.elements[tag]))];
  const bytes = chunks.reduce((sum, file) => sum + release.files[file].bytes.brotli, 0);
  if (bytes < best.bytes) {
    // Shared chunks first (preloaded, so their integrity is checked too), then each element's entry.
    const entries = new Set(tags.map((tag) => release.elements[tag].at(-1)));
    const ordered = [...chunks.filter((file) => !entries.has(file)), ...entries];
    best = {
      files: ordered.map((file) => ({ file, integrity: release.files[file].integrity, entry: entries.has(file) })),
      bytes,
    };
  }
  const alone = new Set(tags).size === 1 && release.standalone?.[tags[0]];
  if (alone && alone.bytes.brotli < best.bytes)
    best = { files: [{ file: alone.file, integrity: alone.integrity, entry: true }], bytes: alone.bytes.brotli };
  return best;
}

/**
 * The preload of each data URL the elements read, once each: the request starts while the script
 * is on its way, instead of after it. `crossorigin="anonymous"` asks exactly as the widgets'
 * client does (mode `cors`, credentials `same-origin`), so the browser hands the preloaded response
 * to the widgets rather than fetching the data a second time.
 */
const dataPreloads = (elements) =>
  [...new Set(elements.map(({ attrs }) => attrs.src && publishedUrl(attrs.src)).filter(Boolean))].map(
    (url) => `<link rel="preload" as="fetch"\n  href="${escapeHtml(url)}"\n  crossorigin="anonymous">`,
  );

/** The brand colour as the builder writes it: `#rrggbb`, else nothing. */
const brandColour = (value) => (/^#[0-9a-f]{6}$/i.test(String(value ?? '')) ? String(value).toLowerCase() : undefined);

/**
 * The snippet, pasted where the widgets go: the stylesheet that holds each widget's space while it
 * loads (left out when every widget has a snapshot; in the body beside the widgets, where it costs
 * the page's first paint nothing, as `npm run bench` measures), the preload of the data, the
 * scripts, the brand colour (a `<style>` block: its hash goes in the
 * page's `style-src`), and each element with a plain link inside that works with no JavaScript at
 * all. The scripts are those `scriptsFor` picks: one element's standalone file, each element's own
 * file with the chunks it shares (preloaded), or the one file. `scriptUrl` is where the one file is (its folder holds the rest).
 * `integrity` values are given only for the release's own URLs (`release`: the build's
 * `integrity.json`); for any other script URL they are left out, and `warnings` says so.
 *
 * Every URL is checked as the widgets check it: a script or data URL that fails leaves `code`
 * empty (`warnings` says which and why); a fallback link that fails points at SOS Children's
 * Villages' home page. The code is pure ASCII.
 */
export function buildSnippet({ scriptUrl: typed, release, elements, fallback, primary }) {
  const warnings = [];
  const scriptUrl = scriptUrlOf(typed);
  const refusedData = elements.filter(({ attrs }) =>
    Object.entries(attrs).some(([name, value]) => URL_ATTRIBUTES.has(name) && value && !publishedUrl(value)),
  );
  if (!scriptUrl)
    warnings.push(
      `The script URL “${typed}” is not an https: address (without a user name) that a partner’s page can load.`,
    );
  for (const { tag, attrs } of refusedData) {
    const [name, value] = Object.entries(attrs).find(([n, v]) => URL_ATTRIBUTES.has(n) && v && !publishedUrl(v));
    warnings.push(
      `The ${name === 'src' ? 'data' : 'link'} URL of <${tag}>, “${value}”, is not an https: address without a user name: the widgets would refuse it.`,
    );
  }
  if (!scriptUrl || refusedData.length) return { code: '', warnings: [...new Set(warnings)] };

  const cssUrl = scriptUrl.replace(/\.js(?=$|[?#])/, '.css');
  const official = release?.version && scriptUrl === releaseUrl(release.version, 'sos-widgets.js');
  if (!official)
    warnings.push(
      'The script URL is not this release’s published URL, so the snippet carries no integrity values: add them for the files you host.',
    );
  const sri = (value) => (official && value ? `\n  integrity="${escapeHtml(value)}"` : '');
  const scripts = scriptsFor(
    release,
    elements.map((e) => e.tag),
  );
  // Beside the one file, whatever form its URL has (absolute, root-relative).
  const folder = scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const urlOf = (file) => (file === (release?.file ?? 'sos-widgets.js') ? scriptUrl : folder + file);
  // The stylesheet holds space for widgets that load; widgets that all come with a snapshot have
  // their content, and their height, before any file arrives.
  const holding = !elements.length || elements.some((e) => !e.snapshot);
  const out = [
    ...(holding
      ? [
          `<link rel="stylesheet"\n  href="${escapeHtml(cssUrl)}"${sri(release?.css?.integrity)}\n  crossorigin="anonymous">`,
        ]
      : []),
    ...dataPreloads(elements),
    ...scripts.files.map(({ file, integrity, entry = true }) =>
      entry
        ? `<script type="module"\n  src="${escapeHtml(urlOf(file))}"${sri(integrity)}\n  crossorigin="anonymous"></script>`
        : `<link rel="modulepreload"\n  href="${escapeHtml(urlOf(file))}"${sri(integrity)}\n  crossorigin="anonymous">`,
    ),
  ];
  const colour = brandColour(primary);
  if (colour && elements.length)
    out.push(`<style>${elements.map((e) => e.tag).join(', ')} { --sos-color-primary: ${colour}; }</style>`);
  for (const { tag, attrs, fallback: own, snapshot } of elements) {
    // Each element's own fallback link, else the shared one; `null` for an element that should show
    // nothing without its data (the news list). A snapshot (declarative shadow DOM the builder took
    // from its preview, markup the browser itself serialised) shows instead until the script is up.
    const link = own === undefined ? fallback : own;
    const href = link && (publishedUrl(link.href) ?? 'https://www.sos-childrensvillages.org/');
    const inner = [
      ...(snapshot ? [`  ${snapshot}`] : []),
      ...(link ? [`  <a href="${escapeHtml(href)}">${escapeHtml(link.text)}</a>`] : []),
    ];
    const checked = Object.fromEntries(
      Object.entries(attrs).map(([name, value]) => [
        name,
        URL_ATTRIBUTES.has(name) && value ? publishedUrl(value) : value,
      ]),
    );
    // `snapshot` tells the stylesheet that this element needs no space held: it has its content.
    const opening = attributes(snapshot ? { ...checked, snapshot: true } : checked);
    if (inner.length) out.push('', `<${tag}${opening}>`, ...inner, `</${tag}>`);
    else out.push('', `<${tag}${opening}></${tag}>`);
  }
  return { code: asciiSnippet(out.join('\n')), warnings };
}
