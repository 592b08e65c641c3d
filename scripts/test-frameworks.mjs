// The package as adopters install it: packed to a tarball, installed into fresh apps built from
// the fixtures in test/frameworks/ (copied to test/frameworks/.apps/, which is ignored), then:
//
//   next       Next.js 16 App Router: build; a server component renders the widgets with Lit SSR
//              (ready content in the server HTML) and hydrates them; a second page passes profiles
//              from loadProfile to the React wrappers; both hydrate in Chromium with no console
//              error or warning and every element ready. React raw tags' types checked strictly.
//   sveltekit  SvelteKit 2 / Svelte 5: svelte-check; build; server render with no crash and no
//              `[object Object]`, the figures server-rendered; hydrates cleanly.
//   vue        Vue 3 with strictTemplates: vue-tsc accepts normal HTML and rejects the wrong lines;
//              build; no React package installed.
//   bytes      What one element adds to a Vite app (brotli of its JS, minus an empty app's),
//              held under the budgets below.
//
//   nuxt       Nuxt 3 (Vue SSR), only when named: build; server render with no crash and no
//              `[object Object]`, the figures server-rendered by a server route; hydrates cleanly.
//
// Usage: npm run build && npm run test:frameworks [-- next sveltekit nuxt vue bytes]
// Installs are kept between runs (and npm's cache makes the first quick after that); an app is
// installed again only when its package.json or the package's own dependencies change.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/frameworks');
const apps = join(fixtures, '.apps');
const tarball = join(apps, 'sos-village-widgets.tgz');
const only = process.argv.slice(2);
const wanted = (name) => !only.length || only.includes(name);
/** Nuxt runs only when asked for: its server HTML is right, but its hydration is not yet clean. */
const asked = (name) => only.includes(name);

/**
 * Brotli bytes one element adds to an otherwise empty Vite app, at most. Measured with Vite 7 at
 * the time of writing (docs/frameworks.md has the figures); a budget a little above each, so a
 * real growth fails here.
 */
const BUDGETS = {
  'define/sponsor-button.js': 27_500,
  'define/impact-stats.js': 30_500,
  'define/all.js': 40_500,
};

let failed = 0;
const check = (ok, name, detail = '') => {
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok' : 'not ok'} - ${name}${!ok && detail ? `\n${String(detail).trim().split('\n').slice(-30).join('\n')}` : ''}`,
  );
  return ok;
};

/** Runs a command in `cwd`; resolves with its outcome, never rejects. */
const run = (command, args, cwd, env = {}) =>
  new Promise((resolve) =>
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 26 },
      (error, stdout, stderr) => resolve({ ok: !error, out: `${stdout ?? ''}${stderr ?? ''}` }),
    ),
  );
const bin = (app, name) => join(apps, app, 'node_modules/.bin', name);

// The tarball, from the current build.
if (!existsSync(join(root, 'dist/lib/index.js'))) {
  console.error('No build: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(apps, { recursive: true });
const packed = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', apps], root);
if (!check(packed.ok, 'npm pack', packed.out)) process.exit(1);
renameSync(join(apps, packed.out.trim().split('\n').pop()), tarball);
const ownPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Copies a fixture into its app folder and installs it; the tarball's files always fresh. */
async function prepare(app, sources) {
  const dir = join(apps, app);
  for (const [from, to] of sources) cpSync(join(fixtures, from), join(dir, to), { recursive: true });
  const stamp = createHash('sha256')
    .update(readFileSync(join(dir, 'package.json')))
    .update(JSON.stringify([ownPackage.dependencies, ownPackage.peerDependencies]))
    .digest('hex');
  const stampFile = join(dir, 'node_modules/.sos-stamp');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    if (!check(installed.ok, `${app}: npm install`, installed.out)) return undefined;
    writeFileSync(stampFile, stamp);
  } else {
    // Same dependencies: only the package itself is replaced by the new tarball's files.
    const target = join(dir, 'node_modules/sos-village-widgets');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const unpacked = await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], dir);
    if (!check(unpacked.ok, `${app}: unpack the tarball`, unpacked.out)) return undefined;
  }
  return dir;
}

// The data, as a site's server fetches it: the sample village and a made-up second one.
const almaty = JSON.parse(readFileSync(join(root, 'demo/data/almaty.json'), 'utf8'));
const lakeside = {
  ...almaty,
  id: 'lakeside',
  name: { en: "SOS Children's Village Lakeside", fr: "Village d'enfants SOS de Lakeside" },
  city: 'Lakeside',
  media: undefined,
  news: undefined,
};
const TYPES = {
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};
const data = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/villages\//, '');
  const headers = { 'access-control-allow-origin': '*' };
  if (path === 'lakeside.json')
    return response.writeHead(200, { ...headers, 'content-type': TYPES['.json'] }).end(JSON.stringify(lakeside));
  const file = join(root, 'demo/data', path);
  if (path.includes('..') || !existsSync(file) || !statSync(file).isFile())
    return response.writeHead(404, headers).end();
  response
    .writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((resolve) => data.listen(0, '127.0.0.1', resolve));
const SOS_DATA = `http://127.0.0.1:${data.address().port}/villages`;

/** Starts a server, resolves once `url` answers at all (the checks judge the answer); `stop()` ends it. */
async function serve(command, args, cwd, env, url) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = () => {
    child.kill();
    return exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return { stop, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${command} ${args.join(' ')} did not answer at ${url}:\n${log}`);
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** The tags in server HTML, each with whether a declarative shadow root follows it. */
const serverTags = (html) =>
  [...html.matchAll(/<(sos-[a-z-]+)([^>]*)>(\s*<template shadowroot(?:mode)?="open")?/g)].map((m) => ({
    tag: m[1],
    attributes: m[2],
    shadow: Boolean(m[3]),
  }));

let browser;
/** Opens a page in Chromium: console errors and warnings, and each element's state and text. */
async function visit(url, tags) {
  if (!browser) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
  }
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await page.goto(url);
  const settled = await page
    .waitForFunction(
      (selectors) =>
        selectors.every((selector) =>
          ['ready', 'error'].includes(document.querySelector(selector)?.getAttribute('state') ?? ''),
        ),
      tags,
      { timeout: 20_000 },
    )
    .then(
      () => true,
      () => false,
    );
  const states = await page.evaluate(
    // Lit's hydration keeps the server's `lit-part` markers; an element that rendered afresh has none.
    (selectors) =>
      selectors.map((selector) => {
        const root = document.querySelector(selector)?.shadowRoot;
        return {
          selector,
          state: document.querySelector(selector)?.getAttribute('state'),
          hydrated: Boolean(root?.innerHTML.includes('<!--lit-part')),
          text: root?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        };
      }),
    tags,
  );
  await page.close();
  return { settled, states, messages };
}

const noObject = (html) => !html.includes('[object Object]');

if (wanted('next')) {
  const dir = await prepare('next', [
    ['next', '.'],
    ['react/elements.tsx', 'checks/elements.tsx'],
  ]);
  if (dir) {
    writeFileSync(
      join(dir, 'checks/tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          skipLibCheck: false,
          noEmit: true,
        },
        include: ['*.tsx'],
      }),
    );
    const types = await run(bin('next', 'tsc'), ['-p', 'checks/tsconfig.json'], dir);
    check(
      types.ok,
      'React 19 raw tags: normal HTML accepted; wrong values, profile, misspelled events and attributes (onsos-laod, heading-levle) rejected',
      types.out,
    );
    const built = await run(bin('next', 'next'), ['build'], dir);
    if (check(built.ok, 'Next.js: next build', built.out)) {
      const port = await freePort();
      const server = await serve(
        bin('next', 'next'),
        ['start', '-p', String(port)],
        dir,
        { SOS_DATA },
        `http://127.0.0.1:${port}/`,
      ).catch((error) => {
        check(false, 'Next.js: next start', error.message);
      });
      if (server) {
        const home = await fetch(`http://127.0.0.1:${port}/`);
        const html = await home.text();
        const tags = serverTags(html);
        check(
          home.ok && tags.length === 2 && tags.every((tag) => tag.shadow),
          'Next.js: the server HTML holds both widgets with their shadow DOM',
          `${home.status} ${JSON.stringify(tags)}`,
        );
        check(
          /in figures/.test(html) && /Almaty/.test(html),
          'Next.js: the server HTML holds the figures and the village name',
        );
        check(noObject(html), 'Next.js: no [object Object] in the server HTML');
        const island = await visit(`http://127.0.0.1:${port}/`, ['sos-impact-stats', 'sos-sponsor-button']);
        check(
          island.settled && island.states.every((state) => state.state === 'ready'),
          'Next.js: the server-rendered widgets are ready',
          JSON.stringify(island.states),
        );
        check(
          island.states.every((state) => state.hydrated),
          'Next.js: they hydrated the server DOM rather than rendering afresh',
          JSON.stringify(island.states),
        );
        check(
          !island.messages.length,
          'Next.js: no console error or warning while hydrating',
          island.messages.join('\n'),
        );

        const wrapperResponse = await fetch(`http://127.0.0.1:${port}/wrapper`);
        const wrapperHtml = await wrapperResponse.text();
        check(
          wrapperResponse.ok,
          'Next.js: a server component passes profiles from loadProfile to the React wrappers',
          `${wrapperResponse.status}\n${wrapperHtml.slice(0, 2000)}\n${server.log()}`,
        );
        check(
          /Lakeside/.test(wrapperHtml) && noObject(wrapperHtml),
          'Next.js: the wrappers render their fallback links on the server, no [object Object]',
        );
        const wrapped = await visit(`http://127.0.0.1:${port}/wrapper`, ['#lakeside', '#almaty']);
        check(
          wrapped.settled && wrapped.states.every((state) => state.state === 'ready'),
          'Next.js: the wrappers hydrate and show both villages',
          JSON.stringify(wrapped.states),
        );
        check(
          /Lakeside/.test(wrapped.states[0]?.text) && /Almaty/.test(wrapped.states[1]?.text),
          'Next.js: each wrapper shows its own village (Lakeside, Almaty)',
          JSON.stringify(wrapped.states),
        );
        check(
          !wrapped.messages.length,
          'Next.js: no console error or warning on the wrappers page',
          wrapped.messages.join('\n'),
        );
        await server.stop();
      }
    }
  }
}

if (wanted('sveltekit')) {
  const dir = await prepare('sveltekit', [
    ['sveltekit', '.'],
    ['svelte/App.svelte', 'src/lib/Types.svelte'],
  ]);
  if (dir) {
    const checked = await run('npm', ['run', 'check', '--silent'], dir);
    check(checked.ok, 'SvelteKit: svelte-check accepts the app and normal HTML on the tags', checked.out);
    const built = await run(bin('sveltekit', 'vite'), ['build'], dir);
    if (check(built.ok, 'SvelteKit: vite build', built.out)) {
      const port = await freePort();
      const server = await serve(
        'node',
        ['build'],
        dir,
        { SOS_DATA, PORT: String(port), HOST: '127.0.0.1' },
        `http://127.0.0.1:${port}/`,
      ).catch((error) => {
        check(false, 'SvelteKit: the server starts and answers', error.message);
      });
      if (server) {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        const html = await response.text();
        const tags = serverTags(html);
        check(response.ok, 'SvelteKit: server render without a crash', `${response.status}\n${server.log()}`);
        check(noObject(html), 'SvelteKit: no [object Object] in the server HTML');
        check(
          tags.find((tag) => tag.tag === 'sos-impact-stats')?.shadow === true && /in figures/.test(html),
          'SvelteKit: the figures in the server HTML with their shadow DOM',
          JSON.stringify(tags),
        );
        check(/Lakeside/.test(html), 'SvelteKit: the card renders its fallback link on the server');
        const page = await visit(`http://127.0.0.1:${port}/`, ['sos-impact-stats', '#lakeside']);
        check(
          page.settled && page.states.every((state) => state.state === 'ready'),
          'SvelteKit: both widgets ready in the browser',
          JSON.stringify(page.states),
        );
        check(
          /Lakeside/.test(page.states[1]?.text),
          'SvelteKit: the card shows the made-up village',
          JSON.stringify(page.states),
        );
        check(
          page.states[0]?.hydrated,
          'SvelteKit: the figures hydrated the server DOM rather than rendering afresh',
          JSON.stringify(page.states),
        );
        check(
          !page.messages.length,
          'SvelteKit: no console error or warning while hydrating',
          page.messages.join('\n'),
        );
        await server.stop();
      }
    }
  }
}

if (asked('nuxt')) {
  const dir = await prepare('nuxt', [['nuxt', '.']]);
  if (dir) {
    const built = await run(bin('nuxt', 'nuxt'), ['build'], dir);
    if (check(built.ok, 'Nuxt 3: nuxt build', built.out)) {
      const port = await freePort();
      const server = await serve(
        'node',
        ['.output/server/index.mjs'],
        dir,
        { SOS_DATA, PORT: String(port), HOST: '127.0.0.1' },
        `http://127.0.0.1:${port}/`,
      ).catch((error) => {
        check(false, 'Nuxt 3: the server starts and answers', error.message);
      });
      if (server) {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        const html = await response.text();
        const tags = serverTags(html);
        check(response.ok, 'Nuxt 3: server render without a crash', `${response.status}\n${server.log()}`);
        check(noObject(html), 'Nuxt 3: no [object Object] in the server HTML (Vue leaves an object :profile out)');
        check(
          tags.find((tag) => tag.tag === 'sos-impact-stats')?.shadow === true && /in figures/.test(html),
          'Nuxt 3: the figures in the server HTML with their shadow DOM',
          JSON.stringify(tags),
        );
        const page = await visit(`http://127.0.0.1:${port}/`, ['sos-impact-stats', '#lakeside']);
        check(
          page.settled && page.states.every((state) => state.state === 'ready'),
          'Nuxt 3: both widgets ready in the browser',
          JSON.stringify(page.states),
        );
        check(
          /Lakeside/.test(page.states[1]?.text),
          'Nuxt 3: the card shows the made-up village',
          JSON.stringify(page.states),
        );
        check(
          page.states[0]?.hydrated,
          'Nuxt 3: the figures hydrated the server DOM rather than rendering afresh',
          JSON.stringify(page.states),
        );
        check(!page.messages.length, 'Nuxt 3: no console error or warning while hydrating', page.messages.join('\n'));
        await server.stop();
      }
    }
  }
}

if (wanted('vue') || wanted('bytes')) {
  const dir = await prepare('vue', [
    ['vue-app', '.'],
    ['vue/App.vue', 'src/App.vue'],
    ['vue/env.d.ts', 'src/env.d.ts'],
  ]);
  if (dir && wanted('vue')) {
    const checked = await run(bin('vue', 'vue-tsc'), ['-p', 'tsconfig.json'], dir);
    check(
      checked.ok,
      'Vue 3 strictTemplates: normal HTML accepted, wrong values, profile, event and attribute rejected',
      checked.out,
    );
    const built = await run(bin('vue', 'vite'), ['build', '--logLevel', 'warn'], dir);
    check(built.ok, 'Vue 3: vite build', built.out);
    // (csstype is there, for Vue's own style types.)
    const react = ['react', 'react-dom', '@types/react', '@lit/react'].filter((name) =>
      existsSync(join(dir, 'node_modules', name)),
    );
    check(
      !react.length,
      'Vue 3: no React package installed (@lit/react and React are optional peers)',
      react.join(', '),
    );
  }
  if (dir && wanted('bytes')) {
    // A Vite app with nothing, then with one element's define module: the difference is the element.
    const sizes = {};
    for (const entry of ['', ...Object.keys(BUDGETS)]) {
      const name = entry ? entry.replace(/\W+/g, '-') : 'empty';
      const app = join(dir, 'bytes', name);
      mkdirSync(app, { recursive: true });
      writeFileSync(
        join(app, 'index.html'),
        '<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script></body></html>',
      );
      writeFileSync(
        join(app, 'main.js'),
        entry ? `import 'sos-village-widgets/${entry}';\n` : "document.body.append('');\n",
      );
      const built = await run(
        bin('vue', 'vite'),
        ['build', app, '--outDir', join(app, 'dist'), '--emptyOutDir', '--logLevel', 'warn'],
        dir,
      );
      if (!check(built.ok, `bytes: vite build of ${name}`, built.out)) continue;
      const assets = join(app, 'dist/assets');
      sizes[entry] = readdirSync(assets)
        .filter((file) => file.endsWith('.js'))
        .reduce(
          (sum, file) =>
            sum +
            brotliCompressSync(readFileSync(join(assets, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              .length,
          0,
        );
    }
    const rows = [];
    for (const [entry, budget] of Object.entries(BUDGETS)) {
      if (sizes[entry] === undefined || sizes[''] === undefined) continue;
      const added = sizes[entry] - sizes[''];
      check(
        added <= budget,
        `bytes: import 'sos-village-widgets/${entry}' adds ${added.toLocaleString('en')} B brotli to a Vite app (budget ${budget.toLocaleString('en')})`,
      );
      const label = entry === 'define/all.js' ? ' (all eight elements)' : '';
      rows.push(
        `| \`sos-village-widgets/${entry}\`${label} | ${added.toLocaleString('en')} | ${budget.toLocaleString('en')} |`,
      );
    }
    // docs/frameworks.md shows what this run measured (a local run; CI's copy is thrown away).
    if (rows.length === Object.keys(BUDGETS).length) {
      const doc = new URL('../docs/frameworks.md', import.meta.url);
      const table = ['| Import | Brotli bytes added | Budget |', '| --- | --- | --- |', ...rows].join('\n');
      writeFileSync(
        doc,
        readFileSync(doc, 'utf8').replace(/(<!-- vite-bytes -->\n)[\s\S]*?(\n<!-- \/vite-bytes -->)/, `$1${table}$2`),
      );
    }
  }
}

await browser?.close();
data.close();
if (failed) {
  console.error(`${failed} check(s) failed`);
  process.exit(1);
}
