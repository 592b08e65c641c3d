// Server rendering (docs/ssr.md): every element renders its ready content with Lit SSR from the npm
// modules in dist/lib, and the page hydrates in Chromium without a mismatch and without a flash.
// Needs `npm run build` (or `npx tsc -p tsconfig.build.json` with dist/lib/locales in place).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { renderPage, pageProfiles } from '../../scripts/ssr/render.mjs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { requireChrome, chromeArgs } from '../../scripts/find-chrome.mjs';

const root = new URL('../../', import.meta.url);
const { parseProfile } = await import(new URL('dist/lib/data/parse.js', root).href);
const raw = JSON.parse(readFileSync(new URL('demo/data/almaty.json', root), 'utf8'));

const WIDGETS = [
  'sos-impact-stats',
  'sos-village-card',
  'sos-sponsor-button',
  'sos-village-story',
  'sos-village-facts',
  'sos-village-media',
  'sos-village-news',
];
/** What each element's server-rendered shadow root says, in English. */
const READY_TEXT = {
  'sos-impact-stats': ['in figures', '459', 'in 4 youth facilities', 'More about'],
  'sos-village-card': ["SOS Children's Village Almaty", '459', 'people supported'],
  'sos-sponsor-button': ['Sponsor a child'],
  'sos-village-story': ["SOS Children's Villages in Almaty", 'Editor’s note:'],
  'sos-village-facts': ['Population', '1.4–1.5 million'],
  'sos-village-media': ['1 of 2', 'Next picture'],
  'sos-village-news': ['News from', 'A second family house opens (example)'],
};

const pages = new Map();
let server;
let browser;
let origin;

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The demo server's way of serving: bare imports resolved from node_modules, so dist/lib and the
  // hydration support share one Lit. Pages made here are served from memory.
  server = await startDevServer({
    config: {
      rootDir: new URL('.', root).pathname,
      hostname: '127.0.0.1',
      port,
      nodeResolve: { exportConditions: ['development'] },
      middleware: [
        (ctx, next) => {
          if (ctx.path === '/favicon.ico') return void (ctx.status = 204);
          if (!pages.has(ctx.path)) return next();
          ctx.type = ctx.path.endsWith('.js') ? 'js' : 'html';
          ctx.body = pages.get(ctx.path);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Console errors and warnings, and uncaught errors, of a page (Lit's dev-mode notice aside). */
function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type())) return;
    if (message.text().includes('Lit is in dev mode')) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/**
 * Holds back requests for `pattern` until `release()`: so a test can read the page as the browser
 * parsed it, before the element definitions run. `requested` settles when the request is made.
 */
async function hold(page, pattern) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let requested;
  const asked = new Promise((resolve) => (requested = resolve));
  await page.route(pattern, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}

/** Each sos-* element's tag, `state` attribute, definedness and shadow-root text, in page order. */
const snapshot = () =>
  [...document.querySelectorAll('main *')]
    .filter((el) => el.localName.startsWith('sos-'))
    .map((el) => ({
      tag: el.localName,
      lang: el.getAttribute('lang'),
      state: el.getAttribute('state'),
      defined: !!customElements.get(el.localName),
      text: el.shadowRoot
        ? [...el.shadowRoot.querySelectorAll(':not(style)')]
            .flatMap((node) =>
              [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.data),
            )
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim()
        : null,
    }));

test('every element renders its ready content on the server, into declarative shadow DOM', async () => {
  const profiles = pageProfiles('https://data.example.org/villages/almaty.json');
  for (const tag of WIDGETS) {
    const profile = tag === 'sos-village-news' ? profiles['almaty-news'] : profiles.almaty;
    const name = unsafeStatic(tag);
    const out = await collectResult(render(staticHtml`<${name} .profile=${profile}></${name}>`));
    assert.match(out, new RegExp(`<${tag}[^>]* state="ready"`), tag);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/, tag);
    const text = out
      .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
      .replaceAll('&#39;', "'")
      .replace(/\s+/g, ' ');
    for (const words of READY_TEXT[tag]) assert.ok(text.includes(words), `${tag} says ${words}`);
  }
  // A <sos-village> hands its profile to the widgets inside it, on the server too.
  const provided = await collectResult(
    render(
      html`<sos-village .profile=${profiles.almaty}><sos-impact-stats></sos-impact-stats><sos-village-card></sos-village-card></sos-village>`,
    ),
  );
  assert.equal(provided.match(/state="ready"/g)?.length, 3);
  assert.ok(provided.includes('in figures'));
});

test('loading and error states render on the server without a DOM, a fetch or a timer', async () => {
  const out = await collectResult(
    render(html`
      <sos-impact-stats src="/villages/almaty.json"><a href="https://example.org/">Fallback</a></sos-impact-stats>
      <sos-village-card></sos-village-card>
      <sos-sponsor-button href="https://example.org/sponsor"></sos-sponsor-button>
      <sos-village-news src="https://data.example.org/almaty.json"></sos-village-news>
      <sos-village-media .profile=${{ not: 'a profile' }}></sos-village-media>
      <sos-village src="https://data.example.org/almaty.json"><sos-village-facts></sos-village-facts></sos-village>
    `),
  );
  assert.equal(out.match(/state="loading"/g)?.length, 6);
  assert.equal(out.match(/state="error"/g)?.length, 1);
  assert.ok(out.includes('href="https://example.org/sponsor"'), 'the sponsor button works before its data');
  // node --test fails a file whose process is kept alive: no request or timer was left behind.
});

test('parseProfile gives the same profile on the server and in the browser for the same baseUrl', async () => {
  const baseUrl = 'https://data.example.org/villages/almaty.json';
  const onServer = parseProfile(raw, { baseUrl });
  assert.ok(onServer.ok);
  assert.equal(onServer.profile.media[0].src, 'https://data.example.org/villages/images/almaty-village.svg');
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'domcontentloaded' });
    const inBrowser = await page.evaluate(
      async ([json, base]) => {
        const { parseProfile } = await import('/dist/lib/data/parse.js');
        return JSON.stringify(parseProfile(JSON.parse(json), { baseUrl: base }));
      },
      [JSON.stringify(raw), baseUrl],
    );
    assert.equal(inBrowser, JSON.stringify(onServer));
  } finally {
    await page.close();
  }
  // Without one, a server has no document to resolve against: relative URLs are left out, and said so.
  const unresolved = parseProfile(raw);
  assert.ok(unresolved.ok);
  assert.deepEqual(unresolved.profile.media, []);
  assert.ok(unresolved.warnings.some((warning) => warning.path.startsWith('media[0].src')));
});

test('the server-rendered page hydrates: no mismatch, no flash, every element ready', async () => {
  pages.set('/ssr/page.html', await renderPage({ base: `${origin}/demo/data/almaty.json` }));
  const page = await browser.newPage();
  const problems = watch(page);
  try {
    // The definitions wait until the page as parsed (server content only) has been read.
    const definitions = await hold(page, '**/dist/lib/define/all.js*');
    const navigation = page.goto(`${origin}/ssr/page.html`);
    await definitions.requested;
    await page.waitForFunction(() => document.readyState !== 'loading'); // parsed: server content only
    const before = await page.evaluate(snapshot);
    await page.evaluate(() => {
      // The server's nodes, to find again after hydration: rendering again would replace them.
      window.serverNodes = [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('sos-'))
        .map((el) => [el, [...el.shadowRoot.querySelectorAll('*')]]);
      window.loads = [];
      document.addEventListener('sos-load', (event) => window.loads.push(event.target.localName));
    });
    definitions.release();
    await navigation;

    // Ready, hydrated, and drawn again with what only the page knows (texts loaded where needed).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.localName.startsWith('sos-') && el.localName !== 'sos-village')
          .every((el) => el.hasUpdated && el.state === 'ready'),
      undefined,
      { timeout: 15000, polling: 50 },
    );
    await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('sos-'));
      for (let pass = 0; pass < 3; pass++) await Promise.all(elements.map((el) => el.updateComplete));
    });
    const afterHydration = await page.evaluate(snapshot);
    const replaced = await page.evaluate(() =>
      window.serverNodes
        .filter(([el, nodes]) => {
          const now = [...el.shadowRoot.querySelectorAll('*')];
          return now.length !== nodes.length || now.some((node, i) => node !== nodes[i]);
        })
        .map(([el]) => el.localName),
    );

    // What the server drew, as the browser parsed it before any script: every element, ready.
    assert.deepEqual(
      before.map((el) => el.tag),
      [
        'sos-village',
        'sos-impact-stats',
        'sos-village-card',
        'sos-sponsor-button',
        ...WIDGETS.slice(3),
        'sos-impact-stats',
      ],
    );
    for (const el of before) {
      assert.equal(el.defined, false, `${el.tag} is not defined yet`);
      assert.equal(el.state, 'ready', `${el.tag} was rendered ready`);
      assert.notEqual(el.text, null, `${el.tag} has a declarative shadow root`);
      if (el.lang === 'fr') assert.ok(el.text.includes('en chiffres'), 'the French element was rendered in French');
      else for (const words of READY_TEXT[el.tag] ?? []) assert.ok(el.text.includes(words), `${el.tag} says ${words}`);
    }
    // No flash: each element kept the server's nodes (it hydrated them rather than rendering
    // again, which is what happens when the hydration support loads after Lit), and its shadow
    // root says exactly what the server said.
    assert.deepEqual(replaced, [], 'hydrated, not rendered again');
    assert.deepEqual(
      afterHydration,
      before.map((el) => ({ ...el, defined: true })),
    );
    assert.deepEqual(problems, [], 'no hydration mismatch or other error or warning');
    const loads = await page.evaluate(() => window.loads.sort());
    assert.deepEqual(
      loads,
      [...WIDGETS, 'sos-impact-stats', 'sos-village'].sort(),
      'sos-load once per element, after hydration',
    );

    // No silent mismatch either (Lit does not check text and attribute values when it hydrates):
    // each hydrated shadow root is the same DOM as a fresh browser render of the same element.
    const differences = await page.evaluate(async () => {
      const shape = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ').trim();
        if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style') return '';
        const attributes = [...node.attributes]
          .map((a) => `${a.name}="${a.value}"`)
          .sort()
          .join(' ');
        return `<${node.localName} ${attributes}>${[...node.childNodes].map(shape).join('')}</${node.localName}>`;
      };
      const rootShape = (el) => [...el.shadowRoot.childNodes].map(shape).join('');
      const profiles = JSON.parse(document.getElementById('sos-profiles').textContent);
      const fresh = document.createElement('div');
      const copy = (el) => {
        const clone = document.createElement(el.localName);
        for (const { name, value } of el.attributes)
          if (!['state', 'empty'].includes(name)) clone.setAttribute(name, value);
        if (el.dataset.profile) clone.profile = profiles[el.dataset.profile];
        for (const child of el.children) clone.append(copy(child));
        return clone;
      };
      for (const el of document.querySelectorAll('main > section > *')) fresh.append(copy(el));
      document.body.append(fresh);
      const pairs = [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('sos-'))
        .map((el, i) => [el, [...fresh.querySelectorAll('*')].filter((e) => e.localName.startsWith('sos-'))[i]]);
      for (let pass = 0; pass < 20 && pairs.some(([, made]) => made.state !== 'ready'); pass++)
        await new Promise((r) => setTimeout(r, 50));
      for (let pass = 0; pass < 3; pass++) await Promise.all(pairs.map(([, made]) => made.updateComplete));
      return pairs
        .filter(([hydrated, made]) => rootShape(hydrated) !== rootShape(made))
        .map(([el, made]) => ({ tag: el.localName, hydrated: rootShape(el), fresh: rootShape(made) }));
    });
    assert.deepEqual(differences, []);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('an element the server rendered loading hydrates, then shows its data, also from a kept copy', async () => {
  const body = await collectResult(
    render(html`<main>
      <sos-impact-stats src="/demo/data/almaty.json"></sos-impact-stats>
      <sos-village src="/demo/data/almaty.json"><sos-village-card></sos-village-card></sos-village>
    </main>`),
  );
  pages.set(
    '/ssr/loading.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading on the server</title>
    <script type="application/json" id="sos-profiles">{}</script><script type="module" src="/scripts/ssr/hydrate.mjs"></script>
    </head><body>${body}</body></html>`,
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  try {
    // The second visit finds the profile kept in sessionStorage: ready at once in the browser,
    // loading on the server. The first render still draws what the server drew.
    for (const visit of ['first', 'second']) {
      await page.goto(`${origin}/ssr/loading.html`);
      await page.waitForFunction(
        () =>
          ['sos-impact-stats', 'sos-village-card'].every(
            (tag) => document.querySelector(tag)?.state === 'ready' && document.querySelector(tag).hasUpdated,
          ),
        undefined,
        { timeout: 15000, polling: 50 },
      );
      const texts = await page.evaluate(() =>
        ['sos-impact-stats', 'sos-village-card'].map((tag) => document.querySelector(tag).shadowRoot.textContent),
      );
      assert.ok(texts[0].includes('in figures') && texts[1].includes('Almaty'), `${visit} visit shows the data`);
      assert.deepEqual(problems, [], `${visit} visit`);
    }
  } finally {
    await context.close();
  }
});

test('without hydration support (the one-file bundle has its own Lit) the server content is replaced, never doubled', async () => {
  pages.set(
    '/ssr/bundle.html',
    await renderPage({ base: `${origin}/demo/data/almaty.json`, client: '/ssr/bundle-client.js' }),
  );
  pages.set(
    '/ssr/bundle-client.js',
    `const profiles = JSON.parse(document.getElementById('sos-profiles').textContent);
    for (const element of document.querySelectorAll('[data-profile]')) element.profile = profiles[element.dataset.profile];
    await import('/dist/sos-widgets.js');`,
  );
  const page = await browser.newPage();
  const problems = watch(page);
  try {
    const bundle = await hold(page, '**/dist/sos-widgets.js');
    const navigation = page.goto(`${origin}/ssr/bundle.html`);
    await bundle.requested;
    await page.waitForFunction(() => document.readyState !== 'loading');
    const before = await page.evaluate(snapshot);
    bundle.release();
    await navigation;
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.localName.startsWith('sos-'))
          .every((el) => el.hasUpdated && el.state === 'ready'),
      undefined,
      { timeout: 15000, polling: 50 },
    );
    await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('sos-'));
      for (let pass = 0; pass < 3; pass++) await Promise.all(elements.map((el) => el.updateComplete));
    });
    const after = await page.evaluate(snapshot);
    assert.deepEqual(
      after,
      before.map((el) => ({ ...el, defined: true })),
    );
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("a widget server-rendered inside a site's own Lit component hydrates with it and hears its fallback children", async () => {
  await import('../../scripts/ssr/site-article.mjs'); // after the DOM shim, which render.mjs installs
  const body = await collectResult(
    render(html`<main>
      <site-article src="/demo/data/almaty.json"></site-article>
      <site-article src="/demo/data/missing.json"></site-article>
    </main>`),
  );
  assert.equal(
    body.match(/<sos-impact-stats[^>]* defer-hydration/g)?.length,
    2,
    'the widgets wait for their component',
  );
  pages.set(
    '/ssr/nested.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inside a site's component</title>
    <script type="module" src="/scripts/ssr/site-article-client.mjs"></script></head><body>${body}</body></html>`,
  );
  const page = await browser.newPage();
  const problems = watch(page);
  // What a missing profile answers: counted as the error it is, not a problem of the page.
  page.on(
    'console',
    (message) => message.text().includes('404') && problems.splice(problems.indexOf(`error: ${message.text()}`), 1),
  );
  try {
    await page.goto(`${origin}/ssr/nested.html`);
    const widgets = () =>
      [...document.querySelectorAll('site-article')].map((article) =>
        article.shadowRoot.querySelector('sos-impact-stats'),
      );
    await page.waitForFunction(
      (find) => new Function(`return (${find})()`)().every((el) => el.hasUpdated && el.state !== 'loading'),
      widgets.toString(),
      { timeout: 15000, polling: 50 },
    );
    const states = await page.evaluate((find) => {
      const shown = (el) => {
        const slot = el.shadowRoot.querySelector('slot');
        const link = el.querySelector('a');
        return {
          state: el.state,
          deferred: el.hasAttribute('defer-hydration'),
          fallback: !!slot && slot.assignedElements().includes(link) && link.getBoundingClientRect().height > 0,
          text: [...el.shadowRoot.children]
            .filter((child) => child.localName !== 'style')
            .map((child) => child.textContent)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        };
      };
      return new Function(`return (${find})()`)().map(shown);
    }, widgets.toString());
    assert.deepEqual(
      states.map(({ state, deferred, fallback }) => ({ state, deferred, fallback })),
      [
        { state: 'ready', deferred: false, fallback: false },
        { state: 'error', deferred: false, fallback: true },
      ],
    );
    assert.ok(states[0].text.includes('in figures'), states[0].text);
    // Its fallback removed, the failed widget hears it (slotchange) and says so in its own words.
    const own = await page.evaluate(async (find) => {
      const el = new Function(`return (${find})()`)()[1];
      el.querySelector('a').remove();
      for (let i = 0; i < 50 && el.shadowRoot.querySelector('slot'); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return el.shadowRoot.querySelector('[part="error-message"]')?.textContent.replace(/\s+/g, ' ').trim();
    }, widgets.toString());
    assert.match(own ?? '', /could not be loaded/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
