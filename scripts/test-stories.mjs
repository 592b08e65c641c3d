// Opens every story of the built Storybook (storybook-static/index.json) in the local headless
// Chromium and fails on an uncaught error, a console error, a Lit dev-mode warning, a widget stuck
// loading where the story expects data, or an axe violation. Build first: npm run build-storybook.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';

const ROOT = new URL('../storybook-static/', import.meta.url).pathname;
if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('No built Storybook: run `npm run build-storybook` first.');
  process.exit(1);
}
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

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
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
const failures = [];

async function check(story) {
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(`console.error: ${text}`);
    if (message.type() === 'warning' && text.includes('lit.dev/msg') && !text.includes('lit.dev/msg/dev-mode')) problems.push(`Lit warning: ${text}`);
  });
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, null, { timeout: 10000 });
    const expected = story.tags?.includes('expect-loading') ? 'loading' : story.tags?.includes('expect-error') ? 'error' : 'ready';
    const settled = await page
      .waitForFunction(
        (expected) => {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('sos-'));
          return widgets.length > 0 && widgets.every((el) => (expected === 'loading' ? el.state === 'loading' : el.state === expected));
        },
        expected,
        { timeout: 8000, polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    if (!settled) {
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('sos-')).map((el) => `${el.localName}=${el.state}`),
      );
      problems.push(`expected every widget "${expected}", got ${states.join(', ') || 'no widgets'}`);
    }
    await page.waitForTimeout(150);
    await page.addScriptTag({ path: AXE });
    // Storybook's a11y addon runs axe on its own after each render; wait for it to finish.
    const violations = await page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
          });
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        } catch (error) {
          if (!String(error).includes('already running') || attempt > 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    problems.push(...violations.map((v) => `axe ${v}`));
  } catch (error) {
    problems.push(`could not render: ${error.message}`);
  } finally {
    await page.close();
  }
  if (problems.length) failures.push({ id: story.id, problems });
  process.stdout.write(problems.length ? 'F' : '.');
}

// A few pages at a time: each story is a fresh page, so nothing one story leaves behind leaks into another.
const queue = [...stories];
await Promise.all(
  Array.from({ length: 3 }, async () => {
    for (let story = queue.shift(); story; story = queue.shift()) await check(story);
  }),
);

await browser.close();
server.close();
process.stdout.write('\n');
for (const { id, problems } of failures) console.error(`✗ ${id}\n  ${problems.join('\n  ')}`);
console.log(`Rendered ${stories.length} stories: ${stories.length - failures.length} clean, ${failures.length} with problems.`);
process.exit(failures.length ? 1 : 0);
