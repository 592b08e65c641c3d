// Opens every story of the built Storybook (storybook-static/index.json) in the local headless
// Chromium and fails on an uncaught error, a console error, a Lit dev-mode warning, a widget in
// another state than the story shows, an accessibility violation, or a control that changes nothing
// the story renders. It also checks that the tokens page lists every token the code reads.
// Build first: npm run build-storybook.
//
// Nothing here waits a fixed time: each story's play function (stories/settle.ts) waits on the
// widgets' own events, and Storybook announces the end of a story (render, play, accessibility
// check) on its channel as `storyFinished`, with the accessibility report; the test waits for that.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';
import { readTokens } from '../.storybook/tokens.mjs';

const ROOT = new URL('../storybook-static/', import.meta.url).pathname;
if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('No built Storybook: run `npm run build-storybook` first.');
  process.exit(1);
}
/** How long a story may take before it counts as hung: a failure deadline, not a settling time. */
const HUNG_AFTER_MS = 60_000;
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
/** `npm run test:stories -- impact-stats` checks only the stories whose id contains that text. */
const only = process.argv[2];
const stories = entries.filter((entry) => entry.type === 'story' && (!only || entry.id.includes(only)));
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
const failures = [];

/**
 * Before Storybook's scripts run: keep every `storyFinished` and `storyErrored` announcement of the
 * preview's channel, and resolve `window.__storyFinished(n)` once n stories have finished.
 */
function recordChannel() {
  const finished = [];
  const waiting = [];
  const settle = () => {
    for (const wait of [...waiting]) {
      if (finished.length >= wait.count) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(finished[wait.count - 1]);
      }
    }
  };
  window.__storyFinished = (count) => new Promise((resolve) => (waiting.push({ count, resolve }), settle()));
  window.__storyCount = () => finished.length;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => (finished.push(event), settle()));
      value.on(
        'storyErrored',
        (event) => (finished.push({ status: 'error', errored: event?.title ?? 'story errored' }), settle()),
      );
      value.on(
        'storyThrewException',
        (error) => (finished.push({ status: 'error', errored: String(error?.message ?? error) }), settle()),
      );
    },
  });
}

/** What the story shows, through shadow roots: markup (without style attributes) and computed styles. */
function snapshot() {
  const STYLES = [
    'color',
    'background-color',
    'font-family',
    'font-size',
    'font-weight',
    'line-height',
    'border-radius',
    'border-color',
    'box-shadow',
    'padding',
    'gap',
    'margin',
    'max-inline-size',
    'inline-size',
    'block-size',
    'aspect-ratio',
    'object-position',
    'grid-template-columns',
    'direction',
  ];
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (child.data.trim()) out.push(child.data.trim());
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'style') continue;
      // A widget's own attributes are what the controls set, not what it renders: only what they change inside counts.
      const attributes = child.localName.startsWith('sos-')
        ? []
        : [...child.attributes].filter((a) => a.name !== 'style').map((a) => `${a.name}=${a.value}`);
      const computed = getComputedStyle(child);
      const styles = STYLES.map((name) => computed.getPropertyValue(name));
      // The private tokens a widget resolves its --sos-* tokens into (a focus ring colour shows nowhere until focused).
      if (child.localName.startsWith('sos-'))
        for (const name of computed)
          if (name.startsWith('--_')) styles.push(`${name}:${computed.getPropertyValue(name)}`);
      out.push(`<${child.localName} ${attributes.join(' ')} {${styles.join(';')}}>`);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
      out.push(`</${child.localName}>`);
    }
  };
  walk(document.querySelector('#storybook-root'));
  return out.join('\n');
}

/** The widgets whose state is not the one the story shows. */
function wrongStates(storyExpected) {
  return [...document.querySelectorAll('#storybook-root *')]
    .filter((el) => el.localName.startsWith('sos-'))
    .map((el) => ({
      tag: el.localName,
      state: el.state,
      expected: el.closest('[data-expect]')?.dataset.expect ?? storyExpected,
    }))
    .filter(({ state, expected }) => state !== expected)
    .map(({ tag, state, expected }) => `<${tag}> is "${state}" where the story shows "${expected}"`);
}

/** The controls a reader of the story sees: shown in the panel, enabled, and not hidden by a condition. */
async function visibleControls(page, id) {
  return page.evaluate(async (id) => {
    const preview = window.__STORYBOOK_PREVIEW__;
    const story = await preview.storyStoreValue.loadStory({ storyId: id });
    const parameters = story.parameters.controls ?? {};
    if (parameters.disable) return [];
    const args = preview.storyStoreValue.args.get(id);
    const matches = (list, name) =>
      Array.isArray(list) ? list.includes(name) : list instanceof RegExp ? list.test(name) : false;
    return Object.entries(story.argTypes)
      .filter(([name, argType]) => {
        if (!argType.control || argType.control.disable || argType.table?.disable) return false;
        if (parameters.include && !matches(parameters.include, name)) return false;
        if (parameters.exclude && matches(parameters.exclude, name)) return false;
        const condition = argType.if;
        if (condition?.arg) {
          const value = args[condition.arg];
          if ('truthy' in condition ? !!value !== condition.truthy : !value) return false;
        }
        return true;
      })
      .map(([name, argType]) => ({
        name,
        type: argType.control.type,
        options: argType.options ?? null,
        value: args[name],
      }));
  }, id);
}

/** A copy of a profile with " (probe)" after every text a reader sees: not its ids, addresses or codes. */
function markTexts(value, key = '') {
  if (typeof value === 'string')
    return /^(\$schema|id|url|src|type|kind|source|market|date|updatedAt|code|defaultLanguage|defaultMarket|topic|approximation)$/.test(
      key,
    )
      ? value
      : `${value} (probe)`;
  if (Array.isArray(value)) return value.map((item) => markTexts(item, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markTexts(v, k)]));
  return value;
}

/**
 * Values for the control that differ from the story's, of the kind the control edits. A control with
 * options offers each other option, since the first may be what the element does when unset.
 */
function probeValues(control) {
  const { options, value } = control;
  if (options?.length) return options.filter((option) => option !== value);
  if (control.type === 'number' || control.type === 'range')
    return [...new Set([(Number(value) || 0) + 1, Math.max(1, (Number(value) || 2) - 1)])].filter((v) => v !== value);
  const one = probeValue(control);
  return one === null ? [] : [one];
}

function probeValue({ name, type, value }) {
  if (type === 'boolean') return !value;
  if (type === 'number' || type === 'range') return (Number(value) || 0) + 1;
  if (type === 'color') return value === '#c8102e' ? '#00875a' : '#c8102e';
  if (type === 'object') return value && typeof value === 'object' ? markTexts(value) : null;
  if (name.startsWith('--sos-color')) return '#c8102e';
  if (/font-family/.test(name)) return 'monospace';
  if (/font-weight/.test(name)) return '300';
  if (/line-height/.test(name)) return '3';
  if (/columns/.test(name)) return value === '3' ? '1' : '3';
  if (/shadow/.test(name)) return '0 0 0 5px #c8102e';
  if (name.startsWith('--')) return '37px';
  const known = {
    src: value === '/mock/failing.json' ? '/data/almaty.json' : '/mock/failing.json',
    href: 'https://example.org/probe',
    lang: String(value).startsWith('fr') ? 'ru' : 'fr',
    fallback: '<a href="https://example.org/probe">Probe link</a>',
    programmes: 'youth-facility',
    sections: 'uk-intro',
    source: value === 'sos-uk' ? 'sos-canada' : 'sos-uk',
    aspect: '1/1',
    width: '300px',
    market: value === 'GB' ? 'CA' : 'GB',
  };
  return known[name] ?? `probe-${name}`;
}

/**
 * One page per worker, moved from story to story through Storybook's own channel (as its manager
 * does), so the preview loads once per worker rather than once per story.
 */
async function openWorker() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const worker = { page, problems: [], count: 0, opened: false };
  await page.addInitScript(recordChannel);
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      worker.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => worker.problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
      worker.problems.push(`console.error: ${text}`);
    if (message.type() === 'warning' && text.includes('lit.dev/msg') && !text.includes('lit.dev/msg/dev-mode'))
      worker.problems.push(`Lit warning: ${text}`);
  });
  return worker;
}

/** Resolves with the next `storyFinished` announcement, or `{ hung: true }` after the deadline. */
function nextFinish(worker) {
  return worker.page.evaluate(
    ([count, ms]) =>
      Promise.race([
        window.__storyFinished(count),
        new Promise((resolve) => setTimeout(() => resolve({ hung: true }), ms)),
      ]),
    [++worker.count, HUNG_AFTER_MS],
  );
}

const emit = (worker, event, payload) =>
  worker.page.evaluate(
    ([event, payload]) => window.__STORYBOOK_ADDONS_CHANNEL__.emit(event, payload),
    [event, payload],
  );

async function check(worker, story) {
  const problems = (worker.problems = []);
  const { page } = worker;
  const expected = story.tags?.includes('expect-loading')
    ? 'loading'
    : story.tags?.includes('expect-error')
      ? 'error'
      : 'ready';
  try {
    if (!worker.opened) {
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'domcontentloaded' });
      worker.opened = true;
    } else {
      await emit(worker, 'setCurrentStory', { storyId: story.id, viewMode: 'story' });
    }
    const first = await nextFinish(worker);
    if (first.hung) {
      problems.push(
        `did not finish within ${HUNG_AFTER_MS / 1000} s; ${(await page.evaluate(wrongStates, expected)).join('; ') || 'every widget in its state'}`,
      );
      await page.close(); // the next story starts on a fresh page
      worker.page = null;
      return;
    }
    if (first.storyId && first.storyId !== story.id)
      problems.push(`Storybook finished ${first.storyId}, not this story`);
    if (first.errored) problems.push(`could not render: ${first.errored}`);
    problems.push(...(await page.evaluate(wrongStates, expected)));
    const report = first.reporters?.find((r) => r.type === 'a11y');
    if (!report) problems.push('no accessibility report: the story turned the check off');
    for (const v of report?.result?.violations ?? [])
      problems.push(`axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    await probeControls(worker, story);
  } catch (error) {
    problems.push(`could not render: ${error.message}`);
  } finally {
    if (problems.length) failures.push({ id: story.id, problems: [...new Set(problems)] });
    process.stdout.write(problems.length ? 'F' : '.');
  }
}

/**
 * Every control the story shows changes what it renders. Each control is set to another value in
 * turn, on top of the ones before; one that seems to change nothing is tried again alone from the
 * story's own args before it counts. The accessibility check is off meanwhile: it already ran on the
 * story as written.
 */
async function probeControls(worker, story) {
  const { page, problems } = worker;
  const controls = await visibleControls(page, story.id);
  if (!controls.length) return;
  const setArgs = async (updatedArgs) => (
    await emit(worker, 'updateStoryArgs', { storyId: story.id, updatedArgs }),
    nextFinish(worker)
  );
  const reset = async () => (await emit(worker, 'resetStoryArgs', { storyId: story.id }), nextFinish(worker));
  await emit(worker, 'updateGlobals', { globals: { a11y: { manual: true } } });
  await nextFinish(worker);
  const initial = await page.evaluate(snapshot);
  let before = initial;
  let changed = false;
  // `src` last: a failing endpoint changes everything after it.
  for (const control of controls.sort((a, b) => (a.name === 'src') - (b.name === 'src'))) {
    const values = probeValues(control);
    let moved = false;
    for (const value of values) {
      if ((await setArgs({ [control.name]: value })).hung) {
        problems.push(
          `control "${control.name}": the story did not finish rendering with ${JSON.stringify(value).slice(0, 120)}`,
        );
        return;
      }
      changed = true;
      let after = await page.evaluate(snapshot);
      if (after === before) {
        // Perhaps an earlier probe hides this one: try it alone, from the story's own args.
        await reset();
        await setArgs({ [control.name]: value });
        after = await page.evaluate(snapshot);
        moved = after !== initial;
      } else moved = true;
      before = after;
      if (moved) break;
    }
    if (values.length && !moved)
      problems.push(
        `control "${control.name}" (${control.type}) changes nothing: tried ${values.map((v) => JSON.stringify(v).slice(0, 60)).join(', ')}`,
      );
  }
  if (changed) await reset();
  await emit(worker, 'updateGlobals', { globals: { a11y: { manual: false } } });
  await nextFinish(worker);
}

/** The tokens page lists every token the code reads (read here from src/, as the page's own list is). */
async function checkTokensPage() {
  const docs = entries.find((entry) => entry.type === 'docs' && entry.title === 'Design tokens/Tokens');
  if (!docs)
    return failures.push({ id: 'design-tokens', problems: ['no "Design tokens/Tokens" page in the built Storybook'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${origin}/iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('table.sb-tokens tr[data-token]', { timeout: HUNG_AFTER_MS });
    const listed = new Set(await page.$$eval('tr[data-token]', (rows) => rows.map((row) => row.dataset.token)));
    const missing = readTokens()
      .map((token) => token.name)
      .filter((name) => !listed.has(name));
    if (missing.length)
      failures.push({ id: docs.id, problems: [`the tokens page does not list ${missing.join(', ')}`] });
  } catch (error) {
    failures.push({ id: docs.id, problems: [`could not render: ${error.message}`] });
  } finally {
    await page.close();
  }
}

// Three workers, each with its own page.
const started = Date.now();
const queue = [...stories];
await Promise.all([
  checkTokensPage(),
  ...Array.from({ length: 3 }, async () => {
    let worker = await openWorker();
    for (let story = queue.shift(); story; story = queue.shift()) {
      await check(worker, story);
      if (!worker.page) worker = await openWorker();
    }
    await worker.page.close();
  }),
]);

await browser.close();
server.close();
process.stdout.write('\n');
for (const { id, problems } of failures) console.error(`✗ ${id}\n  ${problems.join('\n  ')}`);
console.log(
  `Rendered ${stories.length} stories and the tokens page in ${Math.round((Date.now() - started) / 1000)} s: ${failures.length} with problems.`,
);
process.exit(failures.length ? 1 : 0);
