// npm run bench: what the widgets cost a reader's phone and the partner's article, against the
// static floor, the article alone and iframes.
//
// Arms, loaded side by side (interleaved in each round, the order turning each round):
//   floor       the article with each widget's ready render as static HTML (declarative shadow DOM
//               from Lit SSR of the same element and profile), no script at all;
//   article     the article alone, no snippet: the baseline of the article's own first paint;
//   readme      the README's snippet exactly as written, pasted in the article where the widget
//               goes (stylesheet beside the widget, the data's preload, the one file), N widgets;
//   no-preload  that without the preload line;
//   head        that with the stylesheet moved into <head>, where a partner might put it;
//   builder     the embed-code builder's snippet for <sos-impact-stats> alone (its standalone file,
//               the preload, the stylesheet), as demo/snippet.js writes it;
//   snapshot    that with the builder's snapshot in every element: drawn at once, then brought up
//               to date by the script;
//   iframes     N iframes, each a page holding the README's snippet: what most donation embeds do.
// On two networks: loopback, and slow (150 ms round trip, 1.6 Mbps down, 750 kbps up, emulated by
// Chromium as Lighthouse's mobile preset does). Files go out brotli-compressed, as a CDN sends them.
// Each load: a fresh browser context (cold cache), a 412×823 viewport, 4× CPU throttling.
//
// Figures per load: *rendered*, when every widget's content is drawn (the frame after its `sos-load`;
// for the floor, the article and the snapshot, the later of the end of parsing and the first
// contentful paint); *live*, when every widget has drawn its own render from the data it fetched;
// the article's own *first contentful paint*; total blocking time (long tasks over 50 ms, until
// live); requests, bytes transferred and JS heap once live. Ratios are taken within a round (to the
// floor's rendered time, to the article's first paint) and reported as the median over rounds with
// their spread (lowest–highest).
//
//   npm run build && npm run bench               # loopback at 1, 10, 100, 1000; slow at 1, 10; 7 rounds
//   npm run bench -- --quick                     # 1 and 10 widgets on loopback, 1 on the slow network, 3 rounds: a few minutes
//   npm run bench -- --counts=1,10 --slow-counts= --rounds=5 --arms=floor,readme,no-preload
//
// A full run writes docs/bench.md and the README's figures (between its bench marks); a quick run or
// one with chosen arms prints its table and writes nothing unless given --write. A measurement, not
// a test: nothing here fails.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';

const root = new URL('../', import.meta.url);
const flag = (name) => process.argv.includes(`--${name}`);
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const list = (text) => text.split(',').filter(Boolean);
const QUICK = flag('quick');
const COUNTS = list(arg('counts', QUICK ? '1,10' : '1,10,100,1000')).map(Number);
const SLOW_COUNTS = list(arg('slow-counts', QUICK ? '1' : '1,10')).map(Number);
const ROUNDS = Number(arg('rounds', QUICK ? '3' : '7'));
const THROTTLE = Number(arg('throttle', '4'));
// A thousand iframes take minutes a load; past this many the iframe arm is left out.
const IFRAMES_MAX = Number(arg('iframes-max', QUICK ? '1' : '100'));
const ALL_ARMS = ['floor', 'article', 'readme', 'no-preload', 'head', 'builder', 'snapshot', 'iframes'];
const ARMS = list(arg('arms', ALL_ARMS.join(',')));
for (const arm of ARMS)
  if (!ALL_ARMS.includes(arm)) throw new Error(`--arms: no arm "${arm}" (arms: ${ALL_ARMS.join(', ')})`);
// The floor and the article are what the others are measured against.
for (const needed of ['floor', 'article']) if (!ARMS.includes(needed)) ARMS.unshift(needed);
const FULL = !QUICK && !process.argv.some((a) => /^--(arms|counts|slow-counts|rounds)=/.test(a));
const WRITE = FULL || flag('write');
const armsFor = (n) => ARMS.filter((arm) => arm !== 'iframes' || n <= IFRAMES_MAX);
/** Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
const NETWORKS = {
  loopback: { counts: COUNTS },
  slow: {
    counts: SLOW_COUNTS,
    conditions: {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 / 8) * 0.9,
      uploadThroughput: (750e3 / 8) * 0.9,
    },
  },
};

if (!existsSync(new URL('dist/integrity.json', root)) || !existsSync(new URL('dist/snippet.js', root))) {
  console.error('Run `npm run build` first: the benchmark loads dist/.');
  process.exit(1);
}
const release = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
const CDN = `https://cdn.jsdelivr.net/npm/sos-village-widgets@${release.version}/dist/`;
const LIVE = 'https://data.sos-childrensvillages.example/villages/almaty.json';
const DATA = '/dist/data/almaty.json';
/** A published snippet pointed at this server: the release's files and the data from dist/. */
const local = (code) => code.replaceAll(CDN, '/dist/').replaceAll(LIVE, DATA);

// The README's snippet, exactly as written (the first html block of its partner section).
const readme = readFileSync(new URL('README.md', root), 'utf8');
const README_SNIPPET = local(
  /```html\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## For partner sites: paste this')))[1],
);
const WIDGET = /<sos-impact-stats[\s\S]*<\/sos-impact-stats>/.exec(README_SNIPPET)?.[0];
const STYLESHEET = /<link rel="stylesheet"[\s\S]*?>/.exec(README_SNIPPET)?.[0];
const PRELOAD = /<link rel="preload"[\s\S]*?>\n?/.exec(README_SNIPPET)?.[0];
if (!/<a [\s\S]*?<\/a>/.test(WIDGET ?? '') || !STYLESHEET || !PRELOAD)
  throw new Error(
    'The README snippet no longer has a <sos-impact-stats> with a fallback link, a stylesheet and a preload: update scripts/bench.mjs.',
  );
for (const [file, integrity] of [
  [release.file, release.integrity],
  [release.css.file, release.css.integrity],
]) {
  if (!README_SNIPPET.includes(`/dist/${file}"\n  integrity="${integrity}"`))
    throw new Error(
      `The README's snippet does not carry this build's integrity for ${file}: run \`npm run build\`, which writes it.`,
    );
}

// The floor's markup: the same element and profile, rendered by Lit SSR into declarative shadow DOM.
await import(new URL('dist/lib/define/impact-stats.js', root).href);
const { parseProfile } = await import(new URL('dist/lib/data/parse.js', root).href);
const sample = JSON.parse(readFileSync(new URL('dist/data/almaty.json', root), 'utf8'));
const parsed = parseProfile(sample, { baseUrl: LIVE });
const rendered = await collectResult(
  render(html`<sos-impact-stats .profile=${parsed.profile} state="ready"></sos-impact-stats>`),
);
// Lit SSR's hydration comments are for a script that never comes here.
const floorWidget = local(rendered.replace(/<!--[^>]*-->/g, ''));
const shadow = /<template[\s\S]*<\/template>/.exec(rendered)?.[0];
if (!shadow) throw new Error('Lit SSR wrote no declarative shadow DOM for the floor.');

// The builder's snippets for one <sos-impact-stats>, by the builder's own code: without and with a snapshot.
const { buildSnippet, releaseUrl } = await import(new URL('dist/snippet.js', root).href);
const builderSnippet = (snapshot) => {
  const elements = [
    {
      tag: 'sos-impact-stats',
      attrs: { src: LIVE },
      fallback: { href: 'https://www.soschildrensvillages.ca/almaty', text: "What SOS Children's Village Almaty does" },
      snapshot,
    },
  ];
  const { code, warnings } = buildSnippet({
    scriptUrl: releaseUrl(release.version, 'sos-widgets.js'),
    release,
    elements,
    fallback: null,
  });
  if (!code || warnings.length) throw new Error(`The builder wrote no snippet: ${warnings.join(' ')}`);
  return local(code);
};
const BUILDER = builderSnippet();
const SNAPSHOT = builderSnippet(shadow.replace(/<!--[^>]*-->/g, ''));

/** The first snippet's element, then `n - 1` more like it. */
const more = (snippet, n) =>
  snippet + ('\n' + /<sos-impact-stats[\s\S]*<\/sos-impact-stats>/.exec(snippet)[0]).repeat(n - 1);
const paragraph = (text) =>
  `<p>${text} The council said on Tuesday that the programme would continue for another three years, after a review found that families in the district had used it far more than expected.</p>`;
/** A news article: a headline and a lead, then `inside` where a partner pastes the snippet, then more text. */
const articlePage = (inside, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title>${head}<style>body{margin:0 16px;font:18px/1.5 Georgia,serif}h1{font-size:28px;line-height:1.2}</style></head>` +
  `<body><main><article><h1>Families in Almaty get more support</h1>${paragraph('Lead.')}${inside}${paragraph('More.')}${paragraph('And more.')}${paragraph('The end.')}</article></main></body></html>`;

const pages = {
  floor: (n) => articlePage(floorWidget.repeat(n)),
  article: () => articlePage(''),
  readme: (n) => articlePage(more(README_SNIPPET, n)),
  'no-preload': (n) => articlePage(more(README_SNIPPET.replace(PRELOAD, ''), n)),
  head: (n) => articlePage(more(README_SNIPPET.replace(STYLESHEET, ''), n), STYLESHEET),
  builder: (n) => articlePage(more(BUILDER, n)),
  snapshot: (n) => articlePage(more(SNAPSHOT, n)),
  iframes: (n) =>
    articlePage(
      `<iframe src="/bench/one/1" title="SOS Children's Village Almaty" style="display:block;width:100%;height:660px;border:0"></iframe>`.repeat(
        n,
      ),
    ),
  one: () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One widget</title><style>body{margin:0;font:18px/1.5 Georgia,serif}</style></head><body>${README_SNIPPET}</body></html>`,
};

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
/** Files and pages brotli-compressed once each: a CDN's level for files, a quicker one for pages. */
const compressed = new Map();
const brotli = (key, make, quality) => {
  if (!compressed.has(key))
    compressed.set(key, brotliCompressSync(make(), { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }));
  return compressed.get(key);
};
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const [, bench, arm, n] = url.pathname.split('/');
  const send = (type, body, cache) => {
    response.writeHead(200, {
      'content-type': type,
      'content-encoding': 'br',
      'cache-control': cache,
      vary: 'accept-encoding',
    });
    response.end(body);
  };
  if (bench === 'bench' && pages[arm])
    return send(
      'text/html; charset=utf-8',
      brotli(url.pathname, () => pages[arm](Number(n)), 5),
      'no-store',
    );
  const file = new URL(`.${url.pathname}`, root);
  if (!url.pathname.startsWith('/dist/') || url.pathname.includes('..') || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  send(
    TYPES[extname(url.pathname)] ?? 'application/octet-stream',
    brotli(url.pathname, () => readFileSync(file), 11),
    'max-age=31536000',
  );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// In every frame, before its own scripts. The top page records long tasks (they include its
// same-origin frames': one thread), its first contentful paint, and the time the last widget was
// drawn: the frame after each widget's `sos-load` (or, for static pages, after the parser is done
// and the page has painted), frames reporting to it.
const OBSERVE = () => {
  const [, , arm, n] = location.pathname.split('/');
  const top = window.top;
  const still = arm === 'floor' || arm === 'article' || arm === 'snapshot';
  const fcp = new Promise((resolve) =>
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (entry) resolve(performance.timeOrigin + entry.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );
  if (window === top) {
    // The static pages report once for the page; the others once for each widget.
    const expected = arm === 'floor' || arm === 'article' ? 1 : Number(n);
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
    // Settles once every widget is drawn and live and the page has painted: awaited by the
    // benchmark, which polls nothing (polling would run its own script in the page and count as
    // blocking time).
    let settle;
    window.__settled = new Promise((resolve) => (settle = resolve));
    const check = () =>
      window.__renderedAt !== undefined && window.__liveAt !== undefined && window.__fcpAt !== undefined && settle();
    window.__drawn = (at) => drawn(at, (t) => ((window.__renderedAt = t), check()));
    window.__live = (at) => live(at, (t) => ((window.__liveAt = t), check()));
    fcp.then((at) => ((window.__fcpAt = at - performance.timeOrigin), check()));
  }
  // Reported in the top page's clock: a frame's own clock starts later.
  const now = () => performance.timeOrigin + performance.now();
  const after = (report) => () => requestAnimationFrame(() => report(now()));
  if (still) {
    const parsed = new Promise((resolve) =>
      document.addEventListener('readystatechange', () => document.readyState === 'interactive' && resolve(now())),
    );
    Promise.all([parsed, fcp]).then(([a, b]) => {
      const at = Math.max(a, b);
      for (let i = 0; i < (arm === 'snapshot' ? Number(n) : 1); i++) top.__drawn(at);
      if (arm !== 'snapshot') top.__live(at);
    });
    if (arm === 'snapshot')
      document.addEventListener(
        'sos-load',
        after((at) => top.__live(at)),
        true,
      );
  } else {
    document.addEventListener(
      'sos-load',
      after((at) => (top.__drawn(at), top.__live(at))),
      true,
    );
  }
};

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });

async function load(arm, n, network) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  await tab.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (NETWORKS[network].conditions) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORKS[network].conditions);
  }
  tab.on('crash', () => console.error(`\nThe tab crashed: ${arm}, ${n} widgets, ${network}.`));
  await tab.goto(`${origin}/bench/${arm}/${n}`, { waitUntil: 'commit' });
  // A page that never settles (a widget that failed, say) stops the benchmark with its name.
  let timer;
  const stuck = new Promise(
    (resolve, reject) => (timer = setTimeout(() => reject(new Error('not within 5 minutes')), 300_000)),
  );
  await Promise.race([tab.evaluate(() => window.__settled), stuck])
    .catch((error) => {
      throw new Error(`The ${arm} page with ${n} widgets (${network}) did not settle: ${error.message}`);
    })
    .finally(() => clearTimeout(timer));
  const result = await tab.evaluate(() => {
    const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)];
    let requests = 0;
    let bytes = 0;
    for (const doc of docs) {
      const win = doc.defaultView;
      for (const entry of [
        ...win.performance.getEntriesByType('navigation'),
        ...win.performance.getEntriesByType('resource'),
      ]) {
        requests++;
        bytes += entry.transferSize;
      }
    }
    window.__takeLongTasks();
    const blocking = window.__longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
    return {
      rendered: window.__renderedAt,
      live: window.__liveAt,
      fcp: window.__fcpAt,
      tbt: blocking,
      requests,
      bytes,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await context.close();
  return { ...result, heap };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const started = Date.now();
// Other work on the machine slows every arm, the more so under CPU throttling: the report says how busy it was.
const busy = [loadavg()[0]];
const sampler = setInterval(() => busy.push(loadavg()[0]), 10_000);
/** results[network][n][arm]: one load's figures per round. */
const results = {};
for (const [network, { counts }] of Object.entries(NETWORKS)) {
  results[network] = {};
  for (const n of counts) {
    const arms = armsFor(n);
    results[network][n] = Object.fromEntries(arms.map((arm) => [arm, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, the order turning each round, so drift on the machine falls on every arm alike.
      for (const arm of arms.map((_, i) => arms[(i + round) % arms.length]))
        results[network][n][arm].push(await load(arm, n, network));
      process.stdout.write(`\r${network}, ${n} widgets: round ${round + 1} of ${ROUNDS}`);
    }
    process.stdout.write('\n');
  }
}
clearInterval(sampler);
const version = browser.version();
await browser.close();
server.close();

const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const mb = (v) => `${(v / 1048576).toFixed(1)} MB`;
const x = (v) => `${v.toFixed(2)}×`;
/** The per-round values' median, with their lowest and highest. */
const spread = (values, format) => {
  const sorted = [...values].sort((a, b) => a - b);
  const bare = (v) => format(v).replace('×', '');
  return `${format(median(sorted))} (${bare(sorted[0])}–${bare(sorted.at(-1))})`;
};
/** Per round: `arm`'s `figure` over `by`'s `byFigure` in the same round. */
const ratios = (runs, arm, figure, by, byFigure = figure) =>
  runs[arm]?.map((run, i) => run[figure] / runs[by][i][byFigure]);
const ratio = (runs, arm, figure, by, byFigure) => {
  const values = ratios(runs, arm, figure, by, byFigure);
  return values ? spread(values, x) : 'not run';
};
const figure = (runs, arm, name, format) => (runs[arm] ? format(median(runs[arm].map((r) => r[name]))) : 'not run');

const summary = [
  '| network | widgets | rendered ÷ floor: README snippet | without its preload | builder, one element | snapshot | snapshot live | article’s first paint ÷ without the snippet: README snippet | stylesheet in `<head>` | total blocking time: README snippet | iframes ÷ README snippet |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const detail = [
  '| network | widgets | arm | rendered | ÷ floor | live | ÷ floor | first contentful paint | ÷ article | total blocking time | requests | transferred | JS heap |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const [network, byCount] of Object.entries(results)) {
  for (const [n, runs] of Object.entries(byCount)) {
    const count = Number(n).toLocaleString('en');
    summary.push(
      `| ${network} | ${count} | ${ratio(runs, 'readme', 'rendered', 'floor')} | ${ratio(runs, 'no-preload', 'rendered', 'floor')} | ${ratio(runs, 'builder', 'rendered', 'floor')} | ${ratio(runs, 'snapshot', 'rendered', 'floor')} | ${ratio(runs, 'snapshot', 'live', 'floor', 'rendered')} | ${ratio(runs, 'readme', 'fcp', 'article')} | ${ratio(runs, 'head', 'fcp', 'article')} | ${figure(runs, 'readme', 'tbt', ms)} | ${ratio(runs, 'iframes', 'rendered', 'readme')} |`,
    );
    for (const arm of Object.keys(runs)) {
      const base = arm === 'floor' || arm === 'article';
      detail.push(
        `| ${network} | ${count} | ${arm} | ${figure(runs, arm, 'rendered', ms)} | ${base ? '' : ratio(runs, arm, 'rendered', 'floor')} | ${figure(runs, arm, 'live', ms)} | ${base ? '' : ratio(runs, arm, 'live', 'floor', 'rendered')} | ${figure(runs, arm, 'fcp', ms)} | ${arm === 'article' ? '' : ratio(runs, arm, 'fcp', 'article')} | ${figure(runs, arm, 'tbt', ms)} | ${figure(runs, arm, 'requests', String)} | ${figure(runs, arm, 'bytes', kb)} | ${figure(runs, arm, 'heap', mb)} |`,
      );
    }
  }
}

const standalone = release.standalone['sos-impact-stats'];
const minutes = ((Date.now() - started) / 60000).toFixed(0);
const report = `# Benchmark

Written by \`npm run bench\` (scripts/bench.mjs) in ${minutes} minutes; run it again after \`npm run build\`
on the machine in question. The machine's load average during the run: ${median(busy).toFixed(1)} (median; ${Math.min(...busy).toFixed(1)}–${Math.max(...busy).toFixed(1)}) on ${availableParallelism()} cores. Chromium ${version}, ${THROTTLE}× CPU throttling, 412×823 viewport, a cold cache for every
load, ${ROUNDS} rounds with the arms interleaved. Ratios are taken within each round and given as the
median over rounds, with the lowest and highest in brackets. Files are sent brotli-compressed: the one
file ${release.bytes.brotli.toLocaleString('en')} B (${release.bytes.raw.toLocaleString('en')} B raw), the builder's file for one
\`<sos-impact-stats>\` ${standalone.bytes.brotli.toLocaleString('en')} B, the stylesheet ${release.css.bytes.brotli.toLocaleString('en')} B, the profile ${brotli(DATA, () => readFileSync(new URL(`.${DATA}`, root)), 11).length.toLocaleString('en')} B.

- **floor**: the article with each widget's ready render as static HTML (declarative shadow DOM from Lit SSR), no script.
- **article**: the article alone, without the snippet: the baseline for the article's own first contentful paint.
- **readme**: the README's snippet exactly as written, pasted in the article where the widget goes (the stylesheet beside the widget, the data's preload, the one file), then N − 1 more \`<sos-impact-stats>\`.
- **no-preload**: that without the preload line. **head**: that with the stylesheet moved into \`<head>\`.
- **builder**: the embed-code builder's snippet for \`<sos-impact-stats>\` alone (its standalone file, the preload, the stylesheet).
- **snapshot**: that with the builder's snapshot in each element.
- **iframes**: N iframes, each a page with the README's snippet, as most donation embeds work (up to ${IFRAMES_MAX}).

Networks: **loopback**, and **slow**: 150 ms round trip, 1.6 Mbps down, 750 kbps up (Chromium's network
emulation, Lighthouse's mobile figures). *Rendered* is when every widget's content is drawn: the frame
after the last \`sos-load\`; for the floor, the article and the snapshot, the later of the end of parsing
and the first contentful paint. *Live* is when every widget has drawn its own render from the data it
fetched. The *first contentful paint* is the article's own (its headline and lead come before the
snippet). Total blocking time counts long tasks until live.

<!-- bench-summary -->
${summary.join('\n')}
<!-- /bench-summary -->

${detail.join('\n')}
`;

console.log(`\n${summary.join('\n')}\n\n${detail.join('\n')}`);
if (WRITE) {
  writeFileSync(new URL('docs/bench.md', root), report);
  // The README's figures, between its marks: the summary table, and the stylesheet's cost in words.
  const slow = results.slow?.[1];
  const words =
    slow?.readme && slow.head
      ? `on the slow network the article's first paint takes ${x(median(ratios(slow, 'readme', 'fcp', 'article')))} its time without the snippet, and ${x(median(ratios(slow, 'head', 'fcp', 'article')))} with the stylesheet in \`<head>\`, as \`npm run bench\` measures`
      : 'measured by `npm run bench`';
  const readmeUrl = new URL('README.md', root);
  const text = readFileSync(readmeUrl, 'utf8')
    .replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/, `<!-- bench -->\n${summary.join('\n')}\n<!-- /bench -->`)
    .replace(/<!-- bench-css -->[\s\S]*?<!-- \/bench-css -->/, `<!-- bench-css -->${words}<!-- /bench-css -->`);
  writeFileSync(readmeUrl, text);
  console.log('\nWrote docs/bench.md and the README’s figures.');
}
