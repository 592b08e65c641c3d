// The embed-code builder (dist/builder.html) and the snippet it writes, in Chromium: the snippet
// pasted on a partner page served with the README's strict Content-Security-Policy (a real header,
// plus only the hashes the builder lists) and declared windows-1252, its scripts and data answered
// from dist/ for their published URLs; hostile URLs typed in or found in a profile; the demo
// pages' accessibility.
// Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../../scripts/find-chrome.mjs';
import { STRICT_CSP } from '../../scripts/csp.mjs';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
const snippetModule = await import(new URL('dist/snippet.js', root).href);

const CDN = `https://cdn.jsdelivr.net/npm/sos-village-widgets@${version}/dist/`;
const LIVE = 'https://data.sos-childrensvillages.example/villages/';
/** A made-up village's host, answered by the test. */
const OTHER = 'https://data.example.org/';
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

/** A second village, made up: a square picture cropped off-centre, names outside ASCII, a market the widgets drop, a hostile page URL. */
const testville = {
  schemaVersion: 1,
  id: 'testville',
  defaultLanguage: 'fr',
  name: { fr: 'Village d’enfants SOS de Testville', en: 'SOS Children’s Village Testville' },
  country: { code: 'FR', name: 'France' },
  url: 'https://www.sos-childrensvillages.org@evil.example/almaty',
  impact: { totalBeneficiaries: 120, programmes: [{ type: 'kindergarten', facilities: 1, beneficiaries: 40 }] },
  sponsorship: {
    markets: [
      { market: 'FR', organisation: null, url: 'https://www.sos-villages-enfants.fr/', callToAction: 'Parrainer' },
      {
        market: 'BE',
        organisation: 'SOS Villages d’Enfants Belgique',
        url: 'http://www.sos-villages-enfants.be/parrainer',
        callToAction: 'Parrainer un enfant',
      },
    ],
  },
  media: [{ src: 'images/square.svg', alt: 'Un carré', width: 800, height: 800, focus: { x: 20, y: 80 } }],
};
const square =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800"><rect width="800" height="800" fill="#7aa"/></svg>';

const pages = new Map();
let server;
let origin;
let browser;

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
  // The demo server (npm start) as it is, so the demo pages that import src/ work too; partner
  // pages made here are served from memory with their Content-Security-Policy header.
  const demo = (await import('../../web-dev-server.config.mjs')).default;
  server = await startDevServer({
    config: {
      ...demo,
      rootDir: new URL('.', root).pathname,
      hostname: '127.0.0.1',
      port,
      middleware: [
        (ctx, next) => {
          if (ctx.path === '/favicon.ico') return void (ctx.status = 204);
          const page = pages.get(ctx.path);
          if (!page) return next();
          ctx.type = 'text/html; charset=windows-1252';
          ctx.body = page.html;
          if (page.csp) ctx.set('Content-Security-Policy', page.csp);
        },
        ...demo.middleware,
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

/** A page whose published URLs (the release on the CDN, the live data host, the made-up host) are answered from here; `hold` keeps the scripts back until it resolves. */
async function newPage({ javaScript = true, width = 1280, hold } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: javaScript,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const answer = (route, body, type) =>
    route.fulfill({ status: 200, body, headers: { 'content-type': type, 'access-control-allow-origin': '*' } });
  await page.route(`${CDN}**`, async (route) => {
    const file = route.request().url().slice(CDN.length).split(/[?#]/)[0];
    if (hold && file.endsWith('.js')) await hold;
    answer(route, readFileSync(new URL(`dist/${file}`, root)), TYPES[extname(file)]);
  });
  await page.route(`${LIVE}**`, (route) => {
    const file = route.request().url().slice(LIVE.length);
    answer(route, readFileSync(new URL(`dist/data/${file}`, root)), TYPES[extname(file)]);
  });
  await page.route(`${OTHER}**`, (route) => {
    const file = route.request().url().slice(OTHER.length);
    if (file === 'testville.json') return answer(route, JSON.stringify(testville), 'application/json');
    if (file === 'images/square.svg') return answer(route, square, 'image/svg+xml');
    return route.fulfill({ status: 404 });
  });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('favicon') && page.errors.push(m.text()));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return page;
}

const ready = (page) => page.waitForFunction(() => document.body?.dataset.ready === 'true', null, { timeout: 20000 });

/** The builder with `query`, then `fields` set as a person would (the data URL committed with a change). */
async function builder(page, query = '', fields = {}) {
  await page.goto(`${origin}/dist/builder.html${query}`);
  await ready(page);
  for (const [name, value] of Object.entries(fields)) {
    await page.evaluate(
      ([name, value]) => {
        const field = document.getElementById('options').elements[name];
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [name, value],
    );
    await ready(page);
  }
  return page.evaluate(() => ({
    code: document.getElementById('code').textContent,
    warnings: document.getElementById('warning').hidden ? '' : document.getElementById('warning').textContent,
    hashes: document.getElementById('snapshot-note').textContent.match(/'sha256-[\w+/=]+'/g) ?? [],
    markets: [...document.querySelector('[name=market]').options].map((o) => o.value),
    srcValid: document.querySelector('[name=src]').validity.valid,
  }));
}

/** The README's policy with the snippet's hosts added as it says, and `hashes` in style-src. */
const policy = (hashes) =>
  STRICT_CSP.replace("script-src 'self'", "script-src 'self' https://cdn.jsdelivr.net")
    .replace("style-src 'self'", `style-src 'self' https://cdn.jsdelivr.net ${hashes.join(' ')}`)
    .replace(
      "connect-src 'self'",
      `connect-src 'self' https://cdn.jsdelivr.net ${LIVE.slice(0, -9)} ${OTHER.slice(0, -1)}`,
    )
    .replace("img-src 'self'", `img-src 'self' ${LIVE.slice(0, -9)} ${OTHER.slice(0, -1)}`);

let pageCount = 0;
/** `snippet` pasted in a plain article, served under the strict policy with `hashes`. */
function partnerPage(snippet, hashes, lang = 'fr') {
  const path = `/test/partner-${++pageCount}.html`;
  const paragraph =
    '<p>Un paragraphe de l&#x2019;article, assez long pour tenir une ligne ou deux dans la colonne.</p>';
  pages.set(path, {
    csp: policy(hashes),
    html: `<!doctype html><html lang="${lang}"><head><title>Article</title></head><body><main>${paragraph}${snippet}${paragraph}</main></body></html>`,
  });
  return origin + path;
}

const settled = (page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('main > *')]
        .filter((el) => el.localName.startsWith('sos-'))
        .every((el) => ['ready', 'error'].includes(el.getAttribute('state'))),
    null,
    {
      timeout: 20000,
    },
  );

/** Each widget's box, and what its first picture draws: the crop, the frame's shape and its class. */
const drawn = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main > *')]
      .filter((el) => el.localName.startsWith('sos-'))
      .map((el) => {
        const img = el.shadowRoot?.querySelector('img');
        const frame = el.shadowRoot?.querySelector('.frame');
        return {
          tag: el.localName,
          top: Math.round(el.getBoundingClientRect().top),
          height: Math.round(el.getBoundingClientRect().height),
          imgClass: img?.getAttribute('class') ?? null,
          objectPosition: img ? getComputedStyle(img).objectPosition : null,
          aspect: frame ? getComputedStyle(frame).aspectRatio : null,
          primary: getComputedStyle(el).getPropertyValue('--sos-color-primary').trim(),
        };
      }),
  );

const ALL = ['sos-village-media', 'sos-impact-stats', 'sos-village-card', 'sos-sponsor-button'];

/** Ticks exactly `tags` among the widget checkboxes. */
async function choose(page, tags) {
  await page.evaluate((tags) => {
    for (const box of document.querySelectorAll('[name=element]')) box.checked = tags.includes(box.value);
    document.getElementById('options').dispatchEvent(new Event('input', { bubbles: true }));
  }, tags);
  await ready(page);
}

async function snippetFor(page, tags) {
  await choose(page, tags);
  return page.evaluate(() => ({
    code: document.getElementById('code').textContent,
    hashes: document.getElementById('snapshot-note').textContent.match(/'sha256-[\w+/=]+'/g) ?? [],
    warnings: document.getElementById('warning').hidden ? '' : document.getElementById('warning').textContent,
  }));
}

test('is built for a static host: its scripts import nothing from src/ (scripts/build-demo.mjs bundles them)', () => {
  for (const file of ['dist/builder.js', 'dist/snippet.js']) {
    assert.doesNotMatch(readFileSync(new URL(file, root), 'utf8'), /from\s*["'][^"']*\.ts["']|["']\.\.\/src\//, file);
  }
});

test('starts from the live data address and warns when a frozen sample is chosen', async () => {
  const page = await newPage();
  const live = await builder(page);
  assert.match(live.code, new RegExp(`src="${LIVE}almaty.json"`));
  assert.doesNotMatch(live.warnings, /frozen/);
  assert.deepEqual(live.markets, ['', 'auto', 'CA', 'GB']);
  const frozen = await builder(page, '', { src: `${CDN}data/almaty.json` });
  assert.match(frozen.warnings, /frozen sample/);
  assert.match(frozen.warnings, new RegExp(`${LIVE}almaty.json`));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const snapshot of [true, false]) {
  test(`its snippet${snapshot ? ' with snapshots' : ''} and a brand colour works under the README's strict CSP with only the hashes it lists`, async () => {
    const page = await newPage();
    await builder(page, `?lang=fr${snapshot ? '&snapshot=1' : ''}`, { primary: '#c8102e' });
    const { code, hashes, warnings } = await snippetFor(page, ALL);
    await page.context().close();
    assert.ok(code.length > 500, 'a snippet');
    assert.doesNotMatch(code, /style=/, 'no style attribute');
    assert.match(code, /^[\x00-\x7f]*$/, 'pure ASCII');
    if (snapshot)
      assert.match(code, /Village d&#x2019;enfants SOS d&#x2019;Almaty/, 'the French name, as character references');
    assert.equal(
      hashes.length,
      (code.match(/<style>/g) ?? []).length > 0 ? new Set(code.match(/<style>[\s\S]*?<\/style>/g)).size : 0,
      'a hash for each style block',
    );
    assert.ok(hashes.length >= 1, 'the brand colour block is listed');
    assert.equal((code.match(/<template shadowrootmode="open">/g) ?? []).length, snapshot ? ALL.length : 0);
    // With #c8102e, links and figures on a dark surface fall below 4.5:1: the builder says so.
    assert.match(warnings, /dark scheme reach only \d\.\d\d:1/);

    let release;
    const hold = new Promise((resolve) => (release = resolve));
    const partner = await newPage({ hold });
    await partner.goto(partnerPage(code, hashes), { waitUntil: 'commit' });
    if (snapshot) {
      // Before any script: the snapshot, cropped at the picture's focus point.
      await partner.waitForFunction(() => document.querySelector('sos-sponsor-button')?.shadowRoot?.querySelector('a'));
      const before = await drawn(partner);
      const media = before.find((d) => d.tag === 'sos-village-media');
      assert.match(media.imgClass, /\bsnapshot-\d+\b/, 'the crop is a class');
      assert.equal(media.objectPosition, '45% 70%', 'cropped at the focus point');
      release();
      await settled(partner);
      const afterwards = await drawn(partner);
      assert.deepEqual(
        afterwards.map((d) => [d.tag, d.top, d.height, d.objectPosition, d.aspect]),
        before.map((d) => [d.tag, d.top, d.height, d.objectPosition, d.aspect]),
        'the live widgets draw what the snapshot drew',
      );
    } else {
      release();
      await settled(partner);
    }
    const states = await partner.evaluate(() =>
      [...document.querySelectorAll('main > *')]
        .filter((el) => el.localName.startsWith('sos-'))
        .map((el) => el.getAttribute('state')),
    );
    assert.deepEqual(
      states,
      ALL.map(() => 'ready'),
    );
    const final = await drawn(partner);
    assert.deepEqual([...new Set(final.map((d) => d.primary))], ['#c8102e'], 'the brand colour reached every widget');
    assert.deepEqual(await partner.evaluate(() => window.violations), []);
    assert.deepEqual(partner.errors, []);
    await partner.context().close();
  });
}

for (const [village, src] of [
  ['Almaty', `${LIVE}almaty.json`],
  ['a made-up village', `${OTHER}testville.json`],
]) {
  test(`one element for ${village}: its standalone file and the data's preload, each fetched once, under the strict CSP`, async () => {
    const page = await newPage();
    await builder(page, '', { src });
    const { code, hashes } = await snippetFor(page, ['sos-sponsor-button']);
    await page.context().close();
    const scripts = [...code.matchAll(/<script type="module"\n {2}src="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [`${CDN}standalone/sos-sponsor-button.js`]);
    assert.doesNotMatch(code, /modulepreload|elements\//);
    assert.ok(
      code.includes(`<link rel="preload" as="fetch"\n  href="${src}"\n  crossorigin="anonymous">`),
      'the data preloaded',
    );

    const partner = await newPage();
    const requested = [];
    partner.on('request', (request) => requested.push(request.url()));
    const messages = [];
    partner.on('console', (m) => messages.push(m.text()));
    await partner.goto(partnerPage(code, hashes));
    await settled(partner);
    const states = await partner.evaluate(() =>
      [...document.querySelectorAll('main > sos-sponsor-button')].map((el) => el.getAttribute('state')),
    );
    assert.deepEqual(states, ['ready']);
    assert.deepEqual(
      requested.filter((url) => url.endsWith('.js')),
      [`${CDN}standalone/sos-sponsor-button.js`],
    );
    assert.deepEqual(
      requested.filter((url) => url === src),
      [src],
      'one request for the data',
    );
    assert.deepEqual(
      messages.filter((text) => /preload/i.test(text)),
      [],
    );
    assert.deepEqual(await partner.evaluate(() => window.violations), []);
    assert.deepEqual(partner.errors, []);
    await partner.context().close();
  });
}

test('a snapshot of a square picture keeps its shape and focus crop under the CSP, with JavaScript off and when the script comes (a made-up village)', async () => {
  const page = await newPage();
  const first = await builder(page, '?snapshot=1&lang=fr');
  assert.deepEqual(first.markets, ['', 'auto', 'CA', 'GB']);
  const built = await builder(page, '?snapshot=1&lang=fr', { src: `${OTHER}testville.json` });
  // The market without an organisation is left out, as the widgets leave it; Almaty's are gone.
  assert.deepEqual(built.markets, ['', 'auto', 'BE']);
  assert.equal(built.srcValid, true);
  const { code, hashes } = await snippetFor(page, ['sos-village-media', 'sos-village-card']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  assert.doesNotMatch(code, /evil\.example/, 'the hostile page URL never reaches the snippet');
  assert.doesNotMatch(code, /http:\/\//, 'no plain http');
  assert.doesNotMatch(code, /style=/);
  assert.match(code, /^[\x00-\x7f]*$/);
  assert.match(
    code,
    /href="https:\/\/www\.sos-villages-enfants\.be\/parrainer"/,
    'the market’s http: link, upgraded by the profile check',
  );
  assert.match(code, /src="https:\/\/data\.example\.org\/images\/square\.svg"/);

  const off = await newPage({ javaScript: false });
  await off.goto(partnerPage(code, hashes));
  const still = await drawn(off);
  await off.context().close();
  const media = still.find((d) => d.tag === 'sos-village-media');
  assert.equal(media.objectPosition, '20% 80%', 'cropped at the focus point with no script');
  assert.equal(media.aspect, '1 / 1', 'square with no script');

  const live = await newPage();
  await live.goto(partnerPage(code, hashes));
  await settled(live);
  const ready = await drawn(live);
  assert.deepEqual(
    ready.map((d) => [d.tag, d.height, d.objectPosition, d.aspect]),
    still.map((d) => [d.tag, d.height, d.objectPosition, d.aspect]),
  );
  assert.deepEqual(await live.evaluate(() => window.violations), []);
  assert.deepEqual(live.errors, []);
  await live.context().close();
});

test('refuses data and script URLs the widgets would refuse: user information, plain http, other schemes', async () => {
  const page = await newPage();
  for (const src of [
    'https://www.sos-childrensvillages.org@evil.example/almaty',
    'http://data.example.org/testville.json',
    'javascript:alert(1)',
    'http://127.0.0.1/almaty.json',
  ]) {
    const { code, warnings, srcValid } = await builder(page, '', { src });
    assert.equal(code, '', `no snippet for ${src}`);
    assert.equal(srcValid, false, `the field says ${src} is wrong`);
    assert.match(warnings, /not an https: address/);
  }
  const script = await builder(page, '', { script: 'https://cdn.example.org@evil.example/sos-widgets.js' });
  assert.equal(script.code, '');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  const { buildSnippet, asciiSnippet, styleHashes } = snippetModule;
  const elements = [{ tag: 'sos-sponsor-button', attrs: { src: `${LIVE}almaty.json` } }];
  const hostileLink = buildSnippet({
    scriptUrl: `${CDN}sos-widgets.js`,
    elements,
    fallback: { href: 'https://a@evil.example/', text: 'Parrainer l’enfant' },
  });
  assert.match(hostileLink.code, /href="https:\/\/www\.sos-childrensvillages\.org\/">Parrainer l&#x2019;enfant<\/a>/);
  const relative = buildSnippet({ scriptUrl: '/js/sos-widgets.js', elements, fallback: null });
  assert.match(relative.code, /src="\/js\/sos-widgets\.js"/);
  // CSS escapes inside a style block, character references outside; the hash is of the ASCII text.
  assert.equal(
    asciiSnippet('<p>é</p><style>a::after{content:"…"}</style>'),
    '<p>&#xE9;</p><style>a::after{content:"\\2026 "}</style>',
  );
  const expected = `'sha256-${createHash('sha256').update('a{}').digest('base64')}'`;
  assert.deepEqual(
    await styleHashes('<style>a{}</style><p>x</p><style>a{}</style>'),
    [expected],
    'one hash per distinct block',
  );
});

test('the preview: the article’s type, the chosen width marked, no space the widgets do not ask for', async () => {
  const page = await newPage();
  await builder(page);
  await choose(page, ['sos-impact-stats', 'sos-village-card', 'sos-sponsor-button']);
  const look = await page.evaluate(() => {
    const widgets = [...document.getElementById('widgets').children];
    const gaps = widgets
      .slice(1)
      .map((el, i) => Math.round(el.getBoundingClientRect().top - widgets[i].getBoundingClientRect().bottom));
    const margins = widgets.map((el) => parseFloat(getComputedStyle(el).marginTop));
    return {
      gaps,
      margins,
      font: getComputedStyle(document.getElementById('preview')).fontFamily,
      pressed: [...document.querySelectorAll('[data-width]')].map(
        (b) => `${b.textContent.trim()}:${b.getAttribute('aria-pressed')}`,
      ),
    };
  });
  assert.match(look.font, /Georgia/);
  assert.deepEqual(look.pressed, ['Phone:false', 'Article:true']);
  for (const gap of look.gaps)
    assert.ok(gap <= Math.max(...look.margins), `gap ${gap} px: only the widgets' own margin`);
  await page.click('text=Phone');
  await page.selectOption('[name=font]', 'sans');
  const after = await page.evaluate(() => ({
    font: getComputedStyle(document.getElementById('preview')).fontFamily,
    width: document.getElementById('preview').getBoundingClientRect().width,
    pressed: [...document.querySelectorAll('[data-width]')].map((b) => b.getAttribute('aria-pressed')),
    marker: getComputedStyle(document.querySelector('[aria-pressed=true]'), '::before').content,
  }));
  assert.doesNotMatch(after.font, /Georgia/);
  assert.match(after.font, /sans-serif/);
  assert.equal(after.width, 360);
  assert.deepEqual(after.pressed, ['true', 'false']);
  assert.notEqual(after.marker, 'none', 'the chosen width shows a mark, not only a colour');
  await page.context().close();
});

for (const path of [
  '/dist/builder.html',
  '/demo/builder.html',
  '/dist/partner.html',
  '/demo/partner.html',
  '/demo/index.html',
  '/demo/donor.html',
]) {
  test(`${path} has a main landmark and no axe violations`, async () => {
    const page = await newPage();
    await page.goto(origin + path);
    await page.waitForFunction(
      () =>
        document.body?.dataset.ready !== 'false' &&
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('sos-') && el.localName !== 'sos-village')
          .every((el) => ['ready', 'error'].includes(el.getAttribute('state'))),
      null,
      { timeout: 20000 },
    );
    await page.addScriptTag({ content: readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8') });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(violations, []);
    assert.equal(await page.locator('main').count(), 1);
    await page.context().close();
  });
}
