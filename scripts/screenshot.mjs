// Screenshots a page at phone and desktop widths with the local Chromium:
//   node scripts/screenshot.mjs <url> <out-prefix> [--dark]
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';

const [url, prefix = '.screenshots/page'] = process.argv.slice(2);
const dark = process.argv.includes('--dark');
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
for (const [name, width] of [
  ['phone', 390],
  ['desktop', 1280],
]) {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${name}] ${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${prefix}-${name}.png`, fullPage: true });
}
await browser.close();
