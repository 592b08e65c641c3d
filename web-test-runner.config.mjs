import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { distMiddleware, distPlugin } from './scripts/wtr-dist-plugin.mjs';
import { cdpPlugin } from './scripts/wtr-cdp-plugin.mjs';

const executablePath = requireChrome();
// Test files run in parallel tabs; a background tab must still get animation frames,
// IntersectionObserver callbacks and timers, or fixtures wait forever.
const args = [
  ...chromeArgs(),
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [distMiddleware],
  plugins: [distPlugin(), cdpPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  // One tab at a time: axe and lazy images stall in a tab Chromium considers hidden.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Lit says it is in development mode once per test file: that line only buries the summary.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
