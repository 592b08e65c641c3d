// The React wrappers end to end: test/react/ssr-app.tsx rendered on the server with
// react-dom/server, hydrated in Chromium with hydrateRoot (a production and a development build
// of the same client), then checked: no console errors or React warnings, every element ready
// (the wrappers set `profile` after hydration), the handlers ran, preventDefault() in
// onSosSponsorClick keeps the page where it is. One line per check; exit code 1 on any failure.
// Usage: node test/react/run.mjs   (bundles go to test/react/out/)
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { chromeArgs, requireChrome } from '../../scripts/find-chrome.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = join(here, 'out');
const started = Date.now();
const TAGS = [
  'sos-village',
  'sos-impact-stats',
  'sos-village-card',
  'sos-village-story',
  'sos-village-facts',
  'sos-village-media',
  'sos-village-news',
  'sos-sponsor-button',
];

let failed = 0;
function check(ok, name, detail = '') {
  if (!ok) failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${!ok && detail ? `: ${detail}` : ''}`);
}

// 'use client' must stay the first statement of every wrapper module once compiled, for Next.js.
for (const file of readdirSync(join(root, 'src/react')).filter(
  (name) => name.endsWith('.ts') && name !== 'events.ts',
)) {
  const source = readFileSync(join(root, 'src/react', file), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 },
  });
  check(/^'use client';/.test(outputText), `src/react/${file} compiles with 'use client' first`);
}

// Bundles: the server's (react, react-dom/server, lit's Node build and the library, all inside)
// and the browser's, in production and in development (where React reports hydration mismatches).
mkdirSync(out, { recursive: true });
const common = {
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};
const client = (mode) =>
  build({
    ...common,
    entryPoints: [join(here, 'client.tsx')],
    outfile: join(out, `client.${mode}.js`),
    platform: 'browser',
    conditions: mode === 'development' ? ['development'] : [],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  });
await Promise.all([
  build({
    ...common,
    stdin: {
      contents:
        "export { renderToString } from 'react-dom/server'; export { createElement } from 'react'; export { App } from './ssr-app.tsx';",
      resolveDir: here,
      loader: 'ts',
      sourcefile: 'server-entry.ts',
    },
    outfile: join(out, 'server.mjs'),
    platform: 'node',
    define: { 'process.env.NODE_ENV': '"development"' },
    // React's CommonJS asks for Node built-ins with require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  client('production'),
  client('development'),
]);

// (a) Server rendering, with React's development warnings counted as failures.
const serverLog = [];
const { renderToString, createElement, App } = await import(
  `${pathToFileURL(join(out, 'server.mjs')).href}?${Date.now()}`
);
const { error: consoleError, warn: consoleWarn } = console;
console.error = console.warn = (...args) => serverLog.push(args.join(' '));
let markup = '';
try {
  markup = renderToString(createElement(App));
} finally {
  Object.assign(console, { error: consoleError, warn: consoleWarn });
}
check(serverLog.length === 0, 'server render logs no errors or warnings', serverLog.join(' | '));
check(
  TAGS.every((tag) => markup.includes(`<${tag}`)),
  'server HTML has every element tag',
);
check(
  markup.includes('What SOS Children&#x27;s Village Almaty does</a></sos-impact-stats>'),
  'server HTML keeps the light-DOM fallback',
);
check(!/ (profile|layout|market)=/.test(markup), 'properties are not rendered as attributes on the server');

// (b, c) A tiny server: the server HTML and the client bundles.
const page = (mode) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>React SSR</title>
<script type="module" src="/client.${mode}.js"></script></head>
<body><div id="root">${markup}</div></body></html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const mode = { '/': 'production', '/dev': 'development' }[path];
  if (mode) return response.writeHead(200, { 'content-type': 'text/html' }).end(page(mode));
  const bundle = /^\/client\.(production|development)\.js$/.test(path) && join(out, path.slice(1));
  if (bundle) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
  response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
try {
  for (const [mode, path] of [
    ['production', '/'],
    ['development', '/dev'],
  ]) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    const outside = [];
    tab.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || (message.type() === 'warning' && !/Lit is in dev mode/.test(text)))
        problems.push(`${message.type()}: ${text}`);
    });
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // The profile's pictures come from demo/data (its baseUrl is https://example.org/data/); nothing else leaves.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      const url = new URL(route.request().url());
      if (url.origin === 'https://example.org' && url.pathname.startsWith('/data/images/')) {
        const file = join(root, 'demo', url.pathname);
        return route.fulfill({
          body: readFileSync(file),
          contentType: extname(file) === '.svg' ? 'image/svg+xml' : 'application/octet-stream',
        });
      }
      outside.push(url.href);
      return route.abort();
    });
    await tab.goto(origin + path);
    const ready = await tab
      .waitForFunction(
        (tags) => {
          const elements = document.querySelectorAll(tags.join(','));
          return (
            elements.length === tags.length &&
            Array.from(elements).every((element) => element.getAttribute('state') === 'ready')
          );
        },
        TAGS,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    const states = await tab.evaluate(
      (tags) =>
        Array.from(
          document.querySelectorAll(tags.join(',')),
          (el) => `${el.localName}=${el.getAttribute('state')}`,
        ).join(' '),
      TAGS,
    );
    check(ready, `${mode}: every element reaches state="ready" after hydration`, states);
    const loaded = await tab
      .waitForFunction(
        (count) => document.getElementById('loaded')?.textContent?.split(' ').length === count,
        TAGS.length,
        { timeout: 2000 },
      )
      .then(
        () => true,
        () => false,
      );
    const result = await tab.evaluate(() => ({
      ...window.reactTest,
      serverNodes: undefined,
      keptNodes:
        window.reactTest.serverNodes.length > 0 && window.reactTest.serverNodes.every((node) => node.isConnected),
      loaded: document.getElementById('loaded')?.textContent,
      standaloneClass: document.getElementById('standalone')?.getAttribute('class'),
    }));
    check(result.keptNodes, `${mode}: React hydrated the server's nodes (no client re-render)`);
    check(loaded && result.loads.length > 0, `${mode}: onSosLoad handlers ran and updated React state`, result.loaded);
    check(result.errors.length === 0, `${mode}: no onSosError`, result.errors.join(' '));
    check(result.standaloneClass === 'cta', `${mode}: className reaches the element as class`, result.standaloneClass);

    const url = tab.url();
    const clicked = await tab
      .locator('#standalone a[part="button"]')
      .click({ timeout: 2000 })
      .then(
        () => true,
        (error) => error.message.split('\n')[0],
      );
    check(clicked === true, `${mode}: the sponsor link can be clicked`, clicked);
    await tab.waitForTimeout(250);
    const clicks = (await tab.evaluate(() => window.reactTest?.clicks).catch(() => undefined)) ?? [];
    check(
      clicks.length === 1 && /^https:\/\/www\.soschildrensvillages\./.test(clicks[0].url),
      `${mode}: onSosSponsorClick ran with the event's detail`,
      JSON.stringify(clicks),
    );
    check(
      tab.url() === url && outside.length === 0,
      `${mode}: preventDefault() kept the page (no navigation)`,
      `${tab.url()} ${outside.join(' ')}`,
    );
    check(
      problems.length === 0,
      `${mode}: no console errors or warnings (React hydration included)`,
      problems.join(' | '),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `${failed ? 'FAILED' : 'passed'}: React SSR and hydration in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
