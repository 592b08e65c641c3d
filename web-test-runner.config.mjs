import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { distMiddleware, distPlugin } from './scripts/wtr-dist-plugin.mjs';
import { cdpPlugin } from './scripts/wtr-cdp-plugin.mjs';

const executablePath = requireChrome();
// Test files run side by side, each in a window of its own: a window in the background must still
// get animation frames, IntersectionObserver callbacks and timers, or fixtures wait forever.
const args = [
  ...chromeArgs(),
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// `npm run test:unit` leaves out the tests of what `npm run build` makes. Files named on the command
// line (`npm run test:unit -- test/village-card.test.ts`) replace the list, whichever script runs.
const NEED_BUILD = ['test/dist.test.ts', 'test/hold.test.ts'];
// `npm run test:quick` also leaves out the long property-based, fuzzing, leak and timing tests.
const SLOW = ['test/read.test.ts', 'test/fuzz.test.ts', 'test/leak.test.ts', 'test/render-budget.test.ts'];
const script = process.env.npm_lifecycle_event;
const leftOut = script === 'test:quick' ? [...NEED_BUILD, ...SLOW] : script === 'test:unit' ? NEED_BUILD : [];

export default {
  files: ['test/**/*.test.ts', ...leftOut.map((file) => `!${file}`)],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [distMiddleware],
  plugins: [distPlugin(), cdpPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args },
      // A window per test file, not a tab: axe and lazy images stall in a tab Chromium considers hidden.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  // Two files at a time: the long ones (read, dist, render-budget) no longer hold up all the others.
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Lit says it is in development mode once per test file: that line only buries the summary.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
