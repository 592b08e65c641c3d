// npm run bench: what the widgets cost a reader's phone, against the static floor and iframes.
//
// Five arms, loaded side by side in one run (interleaved in each round, medians over rounds):
//   widgets   the partner snippet as pasted: sos-widgets.css, sos-widgets.js and N <sos-impact-stats>
//             fetching the sample profile;
//   element   the same with the element's own files (dist/elements/: core.js and sponsor-link.js
//             preloaded, then sos-impact-stats.js), as the builder writes it for one element;
//   snapshot  that, each element carrying its ready render as declarative shadow DOM (the
//             builder's snapshot option): drawn at once, then brought up to date by the script;
//   floor     the same final DOM as static HTML: each widget's ready render as declarative shadow
//             DOM (Lit SSR of the same element and profile), no script at all;
//   iframes   N iframes, each a page holding one widget: what most donation embeds do.
// Each load: a fresh browser context (cold cache), a 412×823 viewport, 4× CPU throttling.
// Figures per arm: time until every widget is rendered (its content drawn: for the floor and the
// snapshot, the later of the end of parsing and the first contentful paint), until every widget is live (its script's own render, `sos-load`), total blocking
// time (long tasks over 50 ms, until live), requests, bytes transferred and JS heap once live.
// Ratios are to the floor of the same round, then the median of those.
//
//   npm run build && npm run bench                   # 1, 10, 100, 1000 widgets, 7 rounds
//   npm run bench -- --counts=1,10 --rounds=3        # quicker
//
// Writes docs/bench.md (the README links it). A measurement, not a test: nothing here fails.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';

const root = new URL('../', import.meta.url);
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const COUNTS = arg('counts', '1,10,100,1000').split(',').map(Number);
const ROUNDS = Number(arg('rounds', '7'));
const THROTTLE = Number(arg('throttle', '4'));
// A thousand iframes take minutes a load; past this many the iframe arm is left out (`--iframes-max`).
const IFRAMES_MAX = Number(arg('iframes-max', '100'));
const ALL_ARMS = ['floor', 'widgets', 'element', 'snapshot', 'iframes'];
const armsFor = (n) => ALL_ARMS.filter((arm) => arm !== 'iframes' || n <= IFRAMES_MAX);

if (!existsSync(new URL('dist/sos-widgets.js', root))) {
  console.error('Run `npm run build` first: the benchmark loads dist/.');
  process.exit(1);
}

// The floor's markup: the same element and profile, rendered by Lit SSR into declarative shadow DOM.
await import(new URL('dist/lib/define/impact-stats.js', root).href);
const { parseProfile } = await import(new URL('dist/lib/data/parse.js', root).href);
const sample = JSON.parse(readFileSync(new URL('dist/data/almaty.json', root), 'utf8'));
const DATA = '/dist/data/almaty.json';
const parsed = parseProfile(sample, { baseUrl: `http://127.0.0.1${DATA}` });
const rendered = await collectResult(render(html`<sos-impact-stats .profile=${parsed.profile} state="ready"></sos-impact-stats>`));
// Lit SSR's hydration comments are for a script that never comes here.
const floorWidget = rendered.replace(/<!--[^>]*-->/g, '');

const FALLBACK = `<a href="https://www.soschildrensvillages.ca/almaty">What SOS Children's Village Almaty does</a>`;
const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title>${head}<style>body{margin:0 16px;font:18px/1.5 Georgia,serif}</style></head><body>${body}</body></html>`;
const SNIPPET = '<link rel="stylesheet" href="/dist/sos-widgets.css"><script type="module" src="/dist/sos-widgets.js"></script>';
const widget = `<sos-impact-stats src="${DATA}">${FALLBACK}</sos-impact-stats>`;
// One element's own files, as the builder writes them: shared chunks preloaded, then the entry.
const { elements, files } = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
const ELEMENT_SNIPPET = [
  '<link rel="stylesheet" href="/dist/sos-widgets.css">',
  ...elements['sos-impact-stats'].map((file, i, all) =>
    i < all.length - 1
      ? `<link rel="modulepreload" href="/dist/${file}" integrity="${files[file].integrity}" crossorigin="anonymous">`
      : `<script type="module" src="/dist/${file}" integrity="${files[file].integrity}" crossorigin="anonymous"></script>`,
  ),
].join('');
// The floor's markup as the element's snapshot: its data URL, the `snapshot` mark, the fallback.
const snapshotWidget = floorWidget.replace(/^<sos-impact-stats[^>]*>/, `<sos-impact-stats src="${DATA}" snapshot>`).replace(/<\/sos-impact-stats>$/, `${FALLBACK}</sos-impact-stats>`);
if (snapshotWidget === floorWidget) throw new Error('The floor markup is not one <sos-impact-stats>: the snapshot arm cannot be made from it.');

const pages = {
  widgets: (n) => page(widget.repeat(n), SNIPPET),
  element: (n) => page(widget.repeat(n), ELEMENT_SNIPPET),
  // As the builder writes it: with a snapshot in every element there is no space to hold, so no stylesheet.
  snapshot: (n) => page(snapshotWidget.repeat(n), ELEMENT_SNIPPET.replace('<link rel="stylesheet" href="/dist/sos-widgets.css">', '')),
  floor: (n) => page(floorWidget.repeat(n)),
  iframes: (n) => page(`<iframe src="/bench/one" title="SOS Children's Village Almaty" style="display:block;width:100%;height:660px;border:0"></iframe>`.repeat(n)),
  one: () => page(widget, SNIPPET),
};

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const [, bench, arm, n] = url.pathname.split('/');
  if (bench === 'bench' && pages[arm]) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return response.end(pages[arm](Number(n)));
  }
  const file = new URL(`.${url.pathname}`, root);
  if (!url.pathname.startsWith('/dist/') || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// In every frame, before its own scripts. The top page records long tasks (they include its
// same-origin frames': one thread) and the time the last widget was drawn: the frame after each
// widget's `sos-load` (or, for the static floor, after the parser is done), frames reporting to it.
const OBSERVE = () => {
  const [, , arm, n] = location.pathname.split('/');
  const top = window.top;
  if (window === top) {
    const expected = arm === 'floor' ? 1 : Number(n);
    const track = () => {
      let done = 0;
      let last = 0;
      return (at, set) => {
        last = Math.max(last, at - performance.timeOrigin);
        if (++done === expected) set(last);
      };
    };
    window.__longTasks = [];
    const record = (entries) => window.__longTasks.push(...entries.map((e) => e.duration));
    window.__longTaskObserver = new PerformanceObserver((list) => record(list.getEntries()));
    window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
    // Entries not yet delivered to the observer (the last task's, say), taken when the figures are read.
    window.__takeLongTasks = () => record(window.__longTaskObserver.takeRecords());
    const drawn = track();
    const live = track();
    // Settles once every widget is drawn and live: awaited by the benchmark, which polls nothing
    // (polling would run its own script in the page and count as blocking time).
    let settle;
    window.__settled = new Promise((resolve) => (settle = resolve));
    const check = () => window.__renderedAt !== undefined && window.__liveAt !== undefined && settle();
    window.__drawn = (at) => drawn(at, (t) => ((window.__renderedAt = t), check()));
    window.__live = (at) => live(at, (t) => ((window.__liveAt = t), check()));
  }
  // Reported in the top page's clock: a frame's own clock starts later.
  const now = () => performance.timeOrigin + performance.now();
  const after = (report) => () => requestAnimationFrame(() => report(now()));
  if (arm === 'floor' || arm === 'snapshot') {
    // Drawn when the parser has put every widget in the page (before any module script runs) and
    // the page has painted: the later of the two.
    let parsed;
    let painted;
    const drawn = () => {
      if (parsed === undefined || painted === undefined) return;
      const at = Math.max(parsed, painted);
      for (let i = 0; i < (arm === 'floor' ? 1 : Number(n)); i++) top.__drawn(at);
      if (arm === 'floor') top.__live(at);
    };
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (parsed = now()), drawn();
    });
    new PerformanceObserver((list) => {
      const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (fcp && painted === undefined) (painted = performance.timeOrigin + fcp.startTime), drawn();
    }).observe({ type: 'paint', buffered: true });
    if (arm === 'snapshot') document.addEventListener('sos-load', after((at) => top.__live(at)), true);
  } else {
    document.addEventListener('sos-load', after((at) => (top.__drawn(at), top.__live(at))), true);
  }
};

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });

async function load(arm, n) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  await tab.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await tab.goto(`${origin}/bench/${arm}/${n}`, { waitUntil: 'commit' });
  await tab.evaluate(() => window.__settled);
  const result = await tab.evaluate(() => {
    const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)];
    let requests = 0;
    let bytes = 0;
    for (const doc of docs) {
      const win = doc.defaultView;
      for (const entry of [...win.performance.getEntriesByType('navigation'), ...win.performance.getEntriesByType('resource')]) {
        requests++;
        bytes += entry.transferSize;
      }
    }
    window.__takeLongTasks();
    const blocking = window.__longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
    return { renderedAt: window.__renderedAt, liveAt: window.__liveAt, requests, bytes, blocking };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await context.close();
  return { rendered: result.renderedAt, live: result.liveAt, tbt: result.blocking, requests: result.requests, bytes: result.bytes, heap };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = {};
for (const n of COUNTS) {
  const arms = armsFor(n);
  results[n] = Object.fromEntries(arms.map((arm) => [arm, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, the order turning each round, so drift on the machine falls on every arm alike.
    for (const arm of arms.map((_, i) => arms[(i + round) % arms.length])) results[n][arm].push(await load(arm, n));
    process.stdout.write(`\r${n} widgets: round ${round + 1} of ${ROUNDS}`);
  }
  process.stdout.write('\n');
}
await browser.close();
server.close();

const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const mb = (v) => `${(v / 1048576).toFixed(1)} MB`;
const x = (v) => `${v.toFixed(2)}×`;
const lines = [
  '| widgets | arm | rendered | ÷ floor | live | ÷ floor | total blocking time | requests | transferred | JS heap |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const summary = [];
/** The median over rounds of `arm`'s `figure` divided by `by`'s in the same round. */
const ratio = (n, arm, figure, by = 'floor', byFigure = figure) =>
  results[n][arm] && median(results[n][arm].map((run, i) => run[figure] / results[n][by][i][byFigure]));
const tbt = (n, arm) => ms(median(results[n][arm].map((r) => r.tbt)));
for (const n of COUNTS) {
  for (const arm of armsFor(n)) {
    const runs = results[n][arm];
    const floor = arm === 'floor';
    lines.push(
      `| ${n.toLocaleString('en')} | ${arm} | ${ms(median(runs.map((r) => r.rendered)))} | ${floor ? '' : x(ratio(n, arm, 'rendered'))} | ${ms(median(runs.map((r) => r.live)))} | ${floor ? '' : x(ratio(n, arm, 'live', 'floor', 'rendered'))} | ${tbt(n, arm)} | ${median(runs.map((r) => r.requests))} | ${kb(median(runs.map((r) => r.bytes)))} | ${mb(median(runs.map((r) => r.heap)))} |`,
    );
  }
  const iframes = ratio(n, 'iframes', 'rendered', 'widgets');
  summary.push(
    `| ${n.toLocaleString('en')} | ${x(ratio(n, 'widgets', 'rendered'))} | ${x(ratio(n, 'element', 'rendered'))} | ${x(ratio(n, 'snapshot', 'rendered'))} (live ${x(ratio(n, 'snapshot', 'live', 'floor', 'rendered'))}) | ${tbt(n, 'widgets')} · ${tbt(n, 'element')} · ${tbt(n, 'snapshot')} | ${iframes ? x(iframes) : 'not run'} |`,
  );
}

const { bytes: bundle } = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
const own = elements['sos-impact-stats'].reduce((sum, file) => sum + files[file].bytes.brotli, 0);
const report = `# Benchmark

Written by \`npm run bench\` (scripts/bench.mjs); run it again after \`npm run build\` on the
machine in question. Chromium ${browser.version()}, ${THROTTLE}× CPU throttling, 412×823 viewport, a
cold cache for every load, ${ROUNDS} rounds with the arms interleaved, medians. Scripts measured:
the one file ${bundle.raw.toLocaleString('en')} B raw, ${bundle.brotli.toLocaleString('en')} B brotli; the
element's own files ${elements['sos-impact-stats'].length} files, ${own.toLocaleString('en')} B brotli (the benchmark's
server sends them uncompressed, so transferred bytes are raw sizes).

- **widgets**: the partner snippet as pasted, N \`<sos-impact-stats>\` fetching the sample profile, with the one file \`sos-widgets.js\`.
- **element**: the same with the element's own files from \`dist/elements/\` (shared chunks preloaded), as the builder writes them for one element.
- **snapshot**: that, with each element carrying its ready render (the builder's snapshot option).
- **floor**: the same final DOM as static HTML (declarative shadow DOM from Lit SSR), no script.
- **iframes**: N iframes of one widget each, as most donation embeds work (up to ${IFRAMES_MAX}).

*Rendered* is when every widget's content is drawn: for the floor and the snapshot, the later of
the end of parsing and the first contentful paint; for the others, the frame after the last
\`sos-load\`. *Live* is when
every widget has drawn its own render from the data it fetched (\`sos-load\`). Total blocking
time counts long tasks until live.

| widgets | rendered ÷ floor: one file | own files | snapshot | total blocking time: one file · own files · snapshot | rendered: iframes ÷ one file |
| ---: | ---: | ---: | ---: | ---: | ---: |
${summary.join('\n')}

${lines.join('\n')}
`;
writeFileSync(new URL('docs/bench.md', root), report);
console.log(report);
