// npm run shots: screenshots of the partner page as partners see it, for a person to look at.
//   node scripts/shots.mjs [--only=<substring>]
// Every combination of width (390, 1280), page scheme (a light page read in dark mode, a dark
// page read in light mode), language, and data state (loading, ready, failing, JavaScript off),
// into .screenshots/partner-<width>-<scheme>-<lang>-<state>.png.
import { createServer } from 'node:http';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};
const DARK_PAGE =
  '<style>:root{color-scheme:dark}body{background:#15171a;color:#e6e6e6}header{border-color:#eee}a{color:#ff8a80}</style>';

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
mkdirSync(join(root, '.screenshots'), { recursive: true });

// No classic scrollbar: it would take 15 px from the page until the full-page capture grows the
// viewport, and widgets near a container-query threshold would change layout in between.
const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: [...chromeArgs(), '--hide-scrollbars'],
});
const partner = readFileSync(join(root, 'dist/partner.html'), 'utf8');
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'fr', 'ru', 'kk']) {
        for (const state of ['loading', 'ready', 'error', 'nojs']) {
          const name = `partner-${width}-${scheme}-${lang}-${state}`;
          if (only && !name.includes(only)) continue;
          const context = await browser.newContext({
            viewport: { width, height: 844 },
            // A light page read by someone in dark mode, and a dark page read in light mode.
            colorScheme: scheme === 'light' ? 'dark' : 'light',
            javaScriptEnabled: state !== 'nojs',
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          page.on('pageerror', (e) => console.log(`${name}: pageerror ${e.message}`));
          await page.route('**/dist/partner.html', (route) =>
            route.fulfill({
              contentType: 'text/html',
              body: partner
                .replace('<html lang="en">', `<html lang="${lang}">`)
                .replace('</head>', `${scheme === 'dark' ? DARK_PAGE : ''}</head>`),
            }),
          );
          if (state === 'loading') await page.route('**/data/almaty.json', () => {});
          if (state === 'error')
            await page.route('**/data/almaty.json', (route) => route.fulfill({ status: 500, body: 'down' }));
          await page.goto(`${origin}/dist/partner.html`);
          if (state !== 'nojs') {
            await page.waitForFunction(
              (want) =>
                [...document.querySelectorAll('sos-impact-stats,sos-village-card,sos-sponsor-button')].every(
                  (el) => el.getAttribute('state') === want,
                ),
              state === 'loading' ? 'loading' : state === 'ready' ? 'ready' : 'error',
              { timeout: 15000 },
            );
          }
          // Lazy pictures load once scrolled to, and fonts may still be on their way: let the page
          // reach its final height before the full-page capture measures it.
          if (state !== 'nojs')
            await page.evaluate(async () => {
              window.scrollTo(0, document.documentElement.scrollHeight);
              await new Promise((resolve) => setTimeout(resolve, 200));
              await document.fonts.ready;
              window.scrollTo(0, 0);
            });
          // The whole page in one viewport, as tall as the page once laid out at that size.
          for (let pass = 0; pass < 3; pass++) {
            const height = await page.evaluate(() => document.documentElement.scrollHeight).catch(() => 0);
            if (!height || height === page.viewportSize()?.height) break;
            await page.setViewportSize({ width, height });
            await page.waitForTimeout(300);
          }
          await page.screenshot({ path: join(root, `.screenshots/${name}.png`), fullPage: true });
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log('screenshots in .screenshots/');
