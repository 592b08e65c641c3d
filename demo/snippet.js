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
export const releaseUrl = (version, file) => `https://cdn.jsdelivr.net/npm/sos-village-widgets@${version}/dist/${file}`;

/**
 * The snippet: the stylesheet that holds each widget's space while it loads, the script, and each
 * element with a plain link inside that works with no JavaScript at all. `integrity` values are
 * given only for the release's own URLs (`release`: `{ version, integrity, css: { integrity } }`);
 * for any other script URL they are left out, and `warnings` says so.
 */
export function buildSnippet({ scriptUrl, release, elements, fallback, primary }) {
  const warnings = [];
  const cssUrl = scriptUrl.replace(/\.js(?=$|[?#])/, '.css');
  const official = release?.version && scriptUrl === releaseUrl(release.version, 'sos-widgets.js');
  if (!official) warnings.push('The script URL is not this release’s published URL, so the snippet carries no integrity values: add them for the files you host.');
  const sri = (value) => (official && value ? `\n  integrity="${escapeHtml(value)}"` : '');
  const out = [
    `<link rel="stylesheet"\n  href="${escapeHtml(cssUrl)}"${sri(release?.css?.integrity)}\n  crossorigin="anonymous">`,
    `<script type="module"\n  src="${escapeHtml(scriptUrl)}"${sri(release?.integrity)}\n  crossorigin="anonymous"></script>`,
  ];
  if (primary) out.push(`<style>${elements.map((e) => e.tag).join(', ')} { --sos-color-primary: ${escapeHtml(primary)}; }</style>`);
  for (const { tag, attrs, fallback: own } of elements) {
    // Each element's own fallback link, else the shared one; `null` for an element that should show
    // nothing without its data (the news list).
    const link = own === undefined ? fallback : own;
    if (link) out.push('', `<${tag}${attributes(attrs)}>`, `  <a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`, `</${tag}>`);
    else out.push('', `<${tag}${attributes(attrs)}></${tag}>`);
  }
  return { code: out.join('\n'), warnings };
}
