// Screenshot a page clipped into vertical tiles so each can be looked at at full size.
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';
const [url, prefix, width = '1280', tile = '1400'] = process.argv.slice(2);
const dark = process.argv.includes('--dark');
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: dark ? 'dark' : 'light',
  reducedMotion: 'reduce',
});
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < height; y += Number(tile)) {
  await page.screenshot({
    path: `${prefix}-${i++}.png`,
    fullPage: true,
    clip: { x: 0, y, width: Number(width), height: Math.min(Number(tile), height - y) },
  });
}
console.log(`height ${height}, ${i} tiles`);
await browser.close();
