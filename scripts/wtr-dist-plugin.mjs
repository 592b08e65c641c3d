// Test-runner plugin for the tests of what `npm run build` makes: server-side commands that a
// browser test cannot do itself (brotli sizes, a fresh page with hooks installed before any of its
// scripts run), and the serving tweaks those pages need (a strict CSP header, a delayed script).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, createGzip, gzipSync } from 'node:zlib';
import { STRICT_CSP } from './csp.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Koa middleware: built files under /dist/ are served byte for byte (the dev server's own
 * transforms would change them and break their integrity hash, and hide a bare import);
 * `?csp=strict` serves a page under the strict policy; `?delay=ms` holds the response.
 */
export async function distMiddleware(ctx, next) {
  if (ctx.path.startsWith('/test/endpoints/')) return hostileEndpoint(ctx);
  if (ctx.path === '/test/pages/bundle.html') {
    ctx.type = 'html';
    ctx.body = bundlePage(Math.min(Math.max(Number(ctx.query.copies) || 1, 1), 5));
    if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (ctx.path === '/test/pages/elements.html') {
    ctx.type = 'html';
    ctx.body = elementsPage(
      String(ctx.query.tags ?? '')
        .split(',')
        .filter(Boolean),
      ctx.query,
    );
    if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const delay = Number(ctx.query.delay);
  if (delay > 0) await sleep(Math.min(delay, 10_000));
  if (ctx.path.startsWith('/dist/') && /\.(m?js|json|html|css|svg)$/.test(ctx.path) && !ctx.path.includes('..')) {
    try {
      ctx.body = readFileSync(`.${ctx.path}`);
      ctx.type = extname(ctx.path);
    } catch {
      ctx.status = 404;
    }
  } else {
    await next();
  }
  if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
}

/** Bytes each hostile endpoint produced before the client hung up, by endpoint name. */
const produced = {};

/**
 * Endpoints that lie about their size: `huge.json` streams 50 MB, `bomb.json` streams 1 GiB of
 * spaces gzip-compressed on the fly (about 1 MB on the wire); `produced.json?name=` tells how many
 * bytes (before compression) either made before the browser stopped reading.
 */
function hostileEndpoint(ctx) {
  const name = ctx.path.slice('/test/endpoints/'.length).replace(/\.json$/, '');
  if (name === 'produced') {
    ctx.body = { bytes: produced[ctx.query.name] ?? null };
    return;
  }
  const total = name === 'bomb' ? 2 ** 30 : name === 'huge' ? 50e6 : 0;
  if (!total) {
    ctx.status = 404;
    return;
  }
  produced[name] = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const body = Readable.from(
    (function* () {
      while (produced[name] < total) {
        produced[name] += chunk.length;
        yield chunk;
      }
    })(),
  );
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json';
  if (name === 'bomb') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = body.pipe(createGzip({ level: 1 }));
  } else {
    ctx.body = body;
  }
}

/** A plain page with the built bundle pasted `copies` times (the second and third under other URLs). */
function bundlePage(copies) {
  const scripts = Array.from(
    { length: copies },
    (_, i) => `<script type="module" src="/dist/sos-widgets.js${i ? `?copy=${i + 1}` : ''}"></script>`,
  );
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>The built bundle, pasted ${copies} time(s)</title>${scripts.join('')}</head>
  <body>
    <sos-village src="/dist/data/almaty.json">
      <sos-impact-stats></sos-impact-stats>
      <sos-village-card></sos-village-card>
      <sos-sponsor-button></sos-sponsor-button>
      <sos-village-story collapsible></sos-village-story>
      <sos-village-facts></sos-village-facts>
    </sos-village>
  </body>
</html>`;
}

/**
 * A page that loads some elements from dist/elements/ as the builder writes it: each shared chunk
 * preloaded with its integrity, then each element's entry. `bundle=before` also pastes the one
 * file first, `bundle=after` after; `again=1` loads each entry a second time from another URL;
 * `tamper=1` gives the core chunk a wrong integrity value.
 */
function elementsPage(tags, { bundle, again, tamper }) {
  const { files, elements } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const needed = [...new Set(tags.flatMap((tag) => elements[tag] ?? []))];
  const entries = new Set(tags.map((tag) => elements[tag]?.at(-1)));
  const wrong = 'sha384-' + 'A'.repeat(64);
  const integrity = (file) => (tamper && file === 'elements/core.js' ? wrong : files[file].integrity);
  const head = [
    ...needed
      .filter((f) => !entries.has(f))
      .map((f) => `<link rel="modulepreload" href="/dist/${f}" integrity="${integrity(f)}" crossorigin="anonymous">`),
    ...[...entries].map(
      (f) => `<script type="module" src="/dist/${f}" integrity="${integrity(f)}" crossorigin="anonymous"></script>`,
    ),
    ...(again ? [...entries].map((f) => `<script type="module" src="/dist/${f}?again=1"></script>`) : []),
  ];
  const oneFile = '<script type="module" src="/dist/sos-widgets.js"></script>';
  if (bundle === 'before') head.unshift(oneFile);
  if (bundle === 'after') head.push(oneFile);
  const body = tags.map(
    (tag) =>
      `<${tag} src="/dist/data/almaty.json"><a href="https://www.soschildrensvillages.ca/almaty">SOS Children's Village Almaty</a></${tag}>`,
  );
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Elements from dist/elements/</title>${head.join('')}</head>
  <body>${body.join('')}</body>
</html>`;
}

/** Every tag the build makes, as dist/integrity.json lists them (one entry file each). */
const elementTags = () => Object.keys(JSON.parse(readFileSync('dist/integrity.json', 'utf8')).elements);

function installHooks() {
  window.__violations = [];
  window.__cls = 0;
  window.__shifts = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      for (const source of entry.sources ?? []) {
        const node = source.node;
        const name = node
          ? node.nodeType === 1
            ? `${node.localName}.${node.className}`
            : `#text ${node.textContent.slice(0, 30)}`
          : '?';
        window.__shifts.push(
          `${entry.value.toFixed(5)} ${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`,
        );
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens `path` in a fresh tab (serving `html` for it when given) and reports what a partner would
 * care about. `data: 'fail'` answers the village data with HTTP 500; `javascript: false` turns
 * scripting off; `readerScheme` emulates the reader's prefers-color-scheme; `cache: false` turns
 * the browser's cache off; `respond` answers the paths it names with the JSON it gives.
 */
async function checkPage(
  session,
  {
    path,
    html,
    csp = false,
    viewport = { width: 1280, height: 900 },
    settle = 400,
    timeout = 8000,
    data,
    javascript = true,
    readerScheme,
    cache = true,
    respond = {},
  },
) {
  const testPage = session.browser.getPage(session.id);
  const origin = new URL(testPage.url()).origin;
  const page = await testPage.browser().newPage();
  const report = {
    console: [],
    pageErrors: [],
    requests: [],
    violations: [],
    cls: 0,
    shifts: [],
    states: [],
    defined: {},
  };
  try {
    await page.setViewport(viewport);
    if (!javascript) await page.setJavaScriptEnabled(false);
    if (!cache) await page.setCacheEnabled(false);
    if (readerScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: readerScheme }]);
    await page.evaluateOnNewDocument(installHooks);
    page.on('console', (m) => report.console.push({ type: m.type(), text: m.text() }));
    page.on('pageerror', (e) => report.pageErrors.push(String(e.message ?? e)));
    page.on('request', (r) => report.requests.push(r.url().replace(origin, '')));
    const url = origin + path;
    const answers = new Map(Object.entries(respond).map(([at, body]) => [origin + at, body]));
    if (html !== undefined || data === 'fail' || answers.size) {
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        if (html !== undefined && r.url() === url.split('#')[0])
          r.respond({
            status: 200,
            contentType: 'text/html',
            headers: csp ? { 'content-security-policy': STRICT_CSP } : {},
            body: html,
          });
        else if (answers.has(r.url()))
          r.respond({ status: 200, contentType: 'application/json', body: answers.get(r.url()) });
        else if (data === 'fail' && r.url().includes('/data/'))
          r.respond({ status: 500, contentType: 'text/plain', body: 'down' });
        else r.continue();
      });
    }
    await page.goto(url, { waitUntil: 'load' });
    if (javascript)
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('sos-') && el.localName !== 'sos-village')
              .every((el) => el.state === 'ready' || el.state === 'error'),
          { timeout, polling: 50 },
        )
        .catch(() => report.pageErrors.push('widgets did not settle in time'));
    // A page that says when it is done (the builder, writing its snapshot): until it is.
    if (javascript)
      await page
        .waitForFunction(() => document.body?.dataset.ready !== 'false', { timeout, polling: 50 })
        .catch(() => report.pageErrors.push('page not ready in time'));
    await new Promise((r) => setTimeout(r, settle));
    Object.assign(
      report,
      await page.evaluate(
        (tags) => ({
          violations: window.__violations,
          resources: performance
            .getEntriesByType('resource')
            .map(({ name, initiatorType }) => ({ name, initiatorType })),
          cls: window.__cls,
          shifts: window.__shifts,
          states: [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('sos-'))
            .map((el) => `${el.localName}:${el.getAttribute('state')}`),
          defined: Object.fromEntries(tags.map((t) => [t, !!customElements.get(t)])),
          bundleMarker: globalThis[Symbol.for('sos-village-widgets.bundle')] ?? null,
          // Each widget's height next to its fallback content's, and the colours it paints.
          boxes: [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('sos-') && el.localName !== 'sos-village')
            .map((el) => {
              const base = el.shadowRoot?.querySelector('[part~="base"], .error') ?? el;
              const children = [...el.children].map((child) => child.getBoundingClientRect().height);
              return {
                tag: el.localName,
                height: el.getBoundingClientRect().height,
                fallbackHeight: children.length ? Math.max(...children) : 0,
                background: getComputedStyle(base).backgroundColor,
                color: getComputedStyle(base).color,
              };
            }),
          pageBackground: getComputedStyle(document.body).backgroundColor,
          scrollWidth: document.documentElement.scrollWidth,
          // The embed-code builder's output, on its page.
          code: document.getElementById('code')?.textContent ?? null,
          invalidPatterns: [...document.querySelectorAll('input[pattern]')]
            .filter((input) => {
              try {
                new RegExp(`^(?:${input.pattern})$`, 'v');
                return false;
              } catch {
                return true;
              }
            })
            .map((input) => input.name),
          links: [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('sos-') && el.shadowRoot)
            .flatMap((el) =>
              [...el.shadowRoot.querySelectorAll('[href], [src]')].map(
                (node) => node.getAttribute('href') ?? node.getAttribute('src'),
              ),
            ),
          shadowText: [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('sos-') && el.shadowRoot)
            // Text a reader sees: a snapshot's <style> is not text.
            .map((el) => {
              const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
              let text = '';
              while (walker.nextNode())
                if (walker.currentNode.parentNode.localName !== 'style') text += walker.currentNode.data;
              return text.replace(/\s+/g, ' ');
            })
            .join(' | '),
        }),
        elementTags(),
      ),
    );
  } finally {
    await page.close();
  }
  return report;
}

export function distPlugin() {
  return {
    name: 'sos-dist-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'dist-size') {
        // A partner file of dist/ by its name there ('sos-widgets.js', 'standalone/sos-village.js').
        if (typeof payload !== 'string' || !/^(standalone\/)?[\w-]+\.js$/.test(payload))
          throw new Error(`dist-size: no such file ${payload}`);
        const bundle = readFileSync(`dist/${payload}`);
        const text = bundle.toString('utf8');
        return {
          raw: bundle.length,
          gzip: gzipSync(bundle, { level: 9 }).length,
          brotli: brotliCompressSync(bundle).length,
          // import/export statements or import() calls left in the bundle
          imports: (text.match(/(?:^|[;}\s])(?:import\s*[({"'*\w]|export\s*[{*\w])/g) ?? []).length,
        };
      }
      if (command === 'check-page') return checkPage(session, payload);
      return undefined;
    },
  };
}
