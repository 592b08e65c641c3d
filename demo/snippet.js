// The embed-code builder's logic: measure how tall each widget gets at common column widths,
// and write the snippet a partner pastes. Plain JavaScript, so it also runs from a static dist/.

/** Column widths the reservation steps at (container query breakpoints). */
export const BREAKPOINTS = [320, 400, 480, 560, 640, 720, 960];
/** Widest column measured, for the last band. */
const WIDEST = 1200;

/** Each band's two edges: its breakpoint and the last pixel before the next one. */
const bandEdges = (i) => [BREAKPOINTS[i], (BREAKPOINTS[i + 1] ?? WIDEST + 1) - 1];

/** Every width `measure` samples by default. */
export const SAMPLE_WIDTHS = BREAKPOINTS.flatMap((_, i) => bandEdges(i));
/** Extra room over the measured height: the partner's font may wrap text differently. */
const SAFETY = 1.08;

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** `name="value"` pairs, escaped, for the attributes that are set. */
function attributes(attrs) {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/**
 * Heights of `tag` with `attrs` once ready, at each breakpoint width, rendered off-screen in this
 * page (the widgets must already be defined here).
 */
export async function measure(tag, attrs, widths = SAMPLE_WIDTHS) {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.className = 'measure-stage';
  document.body.append(stage);
  const heights = {};
  try {
    for (const width of widths) {
      stage.style.width = `${width}px`;
      stage.innerHTML = `<${tag}${attributes(attrs)}></${tag}>`;
      const el = stage.firstElementChild;
      await customElements.whenDefined(tag);
      for (let i = 0; i < 250 && el.state === 'loading'; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => requestAnimationFrame(r));
      heights[width] = Math.ceil(el.getBoundingClientRect().height);
    }
  } finally {
    stage.remove();
  }
  return heights;
}

/**
 * CSS that holds each widget's space before the script runs. The reservation has to live in the
 * host page: space reserved inside the shadow root arrives with the script, too late.
 * For each band between breakpoints it keeps the taller of the heights measured at its two edges
 * (a widget may change layout inside a band, so a band is held at its tallest).
 */
export function reservationCss(measured) {
  const lines = ['.sos-embed { container-type: inline-size; }'];
  const bands = new Map();
  for (const [tag, heights] of Object.entries(measured)) {
    BREAKPOINTS.forEach((width, i) => {
      const tallest = Math.max(...bandEdges(i).map((edge) => heights[edge] ?? 0));
      const px = Math.ceil((tallest * SAFETY) / 4) * 4;
      const rule = `.sos-embed > ${tag} { display: block; min-height: ${px}px; }`;
      if (!bands.has(width)) bands.set(width, []);
      bands.get(width).push(rule);
    });
  }
  for (const [width, rules] of bands) {
    if (width === BREAKPOINTS[0]) lines.push(...rules);
    else lines.push(`@container (min-width: ${width}px) {`, ...rules.map((rule) => `  ${rule}`), '}');
  }
  return lines.join('\n');
}

/**
 * The whole snippet: reserved space, the script with Subresource Integrity, and each element with
 * a plain link inside that works with no JavaScript at all.
 */
export function buildSnippet({ scriptUrl, integrity, elements, css, fallback }) {
  const out = ['<!-- SOS Children’s Villages widgets -->', '<style>', css, '</style>'];
  out.push(
    `<script type="module" src="${escapeHtml(scriptUrl)}"${integrity ? ` integrity="${escapeHtml(integrity)}"` : ''} crossorigin="anonymous"></script>`,
  );
  for (const { tag, attrs } of elements) {
    out.push(
      `<div class="sos-embed">`,
      `  <${tag}${attributes(attrs)}>`,
      `    <a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>`,
      `  </${tag}>`,
      `</div>`,
    );
  }
  return out.join('\n');
}
