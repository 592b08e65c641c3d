// The embed-code builder's logic: the snippet a partner pastes. Plain JavaScript, so it also runs
// from a static dist/.

const escapeHtml = (value) =>
  String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** `name="value"` pairs, escaped, for the attributes that are set. */
function attributes(attrs) {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** The published, versioned URL of a release's file: immutable, so its integrity value holds. */
/** `url` when it is an absolute http(s) URL, else `otherwise`: nothing else goes into a snippet's links. */
export function httpUrl(url, otherwise) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : otherwise;
  } catch {
    return otherwise;
  }
}

export const releaseUrl = (version, file) => `https://cdn.jsdelivr.net/npm/sos-village-widgets@${version}/dist/${file}`;

/**
 * The files a page needs for `tags`, in the order to list them: `{ files: [{ file, integrity }],
 * bytes }` from the per-element build (`dist/elements/`: each element's entry and the chunks it
 * imports), or `{ files: [the one file], bytes }` when that costs fewer bytes (most elements at
 * once). `release` is the build's `integrity.json`.
 */
export function scriptsFor(release, tags) {
  const oneFile = { files: [{ file: release?.file ?? 'sos-widgets.js', integrity: release?.integrity }], bytes: release?.bytes?.brotli };
  if (!release?.elements || !tags.length || tags.some((tag) => !release.elements[tag])) return oneFile;
  const chunks = [...new Set(tags.flatMap((tag) => release.elements[tag]))];
  const bytes = chunks.reduce((sum, file) => sum + release.files[file].bytes.brotli, 0);
  if (!(bytes < oneFile.bytes)) return oneFile;
  // Shared chunks first (preloaded, so their integrity is checked too), then each element's entry.
  const entries = new Set(tags.map((tag) => release.elements[tag].at(-1)));
  const ordered = [...chunks.filter((file) => !entries.has(file)), ...entries];
  return { files: ordered.map((file) => ({ file, integrity: release.files[file].integrity, entry: entries.has(file) })), bytes };
}

/**
 * The snippet: the stylesheet that holds each widget's space while it loads (left out when every
 * widget has a snapshot), the scripts, and each
 * element with a plain link inside that works with no JavaScript at all. The scripts are those
 * `scriptsFor` picks: the one file, or each element's own file with the chunks it shares,
 * preloaded. `scriptUrl` is where the one file is (its folder holds the rest). `integrity`
 * values are given only for the release's own URLs (`release`: the build's `integrity.json`); for
 * any other script URL they are left out, and `warnings` says so.
 */
export function buildSnippet({ scriptUrl, release, elements, fallback, primary }) {
  const warnings = [];
  const cssUrl = scriptUrl.replace(/\.js(?=$|[?#])/, '.css');
  const official = release?.version && scriptUrl === releaseUrl(release.version, 'sos-widgets.js');
  if (!official) warnings.push('The script URL is not this release’s published URL, so the snippet carries no integrity values: add them for the files you host.');
  const sri = (value) => (official && value ? `\n  integrity="${escapeHtml(value)}"` : '');
  const scripts = scriptsFor(release, elements.map((e) => e.tag));
  // Beside the one file, whatever form its URL has (absolute, root-relative, half typed).
  const folder = scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const urlOf = (file) => (file === (release?.file ?? 'sos-widgets.js') ? scriptUrl : folder + file);
  // The stylesheet holds space for widgets that load; widgets that all come with a snapshot have
  // their content, and their height, before any file arrives.
  const holding = !elements.length || elements.some((e) => !e.snapshot);
  const out = [
    ...(holding ? [`<link rel="stylesheet"\n  href="${escapeHtml(cssUrl)}"${sri(release?.css?.integrity)}\n  crossorigin="anonymous">`] : []),
    ...scripts.files.map(({ file, integrity, entry = true }) =>
      entry
        ? `<script type="module"\n  src="${escapeHtml(urlOf(file))}"${sri(integrity)}\n  crossorigin="anonymous"></script>`
        : `<link rel="modulepreload"\n  href="${escapeHtml(urlOf(file))}"${sri(integrity)}\n  crossorigin="anonymous">`,
    ),
  ];
  if (primary) out.push(`<style>${elements.map((e) => e.tag).join(', ')} { --sos-color-primary: ${escapeHtml(primary)}; }</style>`);
  for (const { tag, attrs, fallback: own, snapshot } of elements) {
    // Each element's own fallback link, else the shared one; `null` for an element that should show
    // nothing without its data (the news list). A snapshot (declarative shadow DOM the builder took
    // from its preview, markup the browser itself serialised) shows instead until the script is up.
    const link = own === undefined ? fallback : own;
    const inner = [...(snapshot ? [`  ${snapshot}`] : []), ...(link ? [`  <a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`] : [])];
    // `snapshot` tells the stylesheet that this element needs no space held: it has its content.
    const opening = attributes(snapshot ? { ...attrs, snapshot: true } : attrs);
    if (inner.length) out.push('', `<${tag}${opening}>`, ...inner, `</${tag}>`);
    else out.push('', `<${tag}${opening}></${tag}>`);
  }
  return { code: out.join('\n'), warnings };
}
