// `npm start`: builds, serves the demo pages, prints their addresses, then rebuilds on change and
// reloads the open pages: an edit in src/ rebuilds the partner bundles (dist/sos-widgets.js and
// dist/elements/, by rollup in watch mode), an edit in demo/ the static copies in dist/. Pages that
// import src/ (demo/index.html) take the edit at once. Sizes, integrity values and README figures
// are those of the first build: `npm run build` writes them again. Stops cleanly (server, watcher
// and all) on Ctrl+C, on a SIGTERM, or when npm's own process is stopped.
import { spawnSync } from 'node:child_process';
import { watch as watchFiles } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { watch } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { buildDemo } from './build-demo.mjs';

const root = new URL('..', import.meta.url).pathname;

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startDevServer({
  // watch: a page reloads when a file it loaded changes (and the addresses stay on the screen).
  config: { ...(await import('../web-dev-server.config.mjs')).default, watch: true, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const base = `http://localhost:${server.config.port}`;
console.log(`\nDemo pages (Ctrl+C stops the server):
  ${base}/demo/index.html     every element and variant in a news article
  ${base}/demo/partner.html   a partner article exactly as pasted (also ${base}/dist/partner.html)
  ${base}/demo/donor.html     the charity's own site: define modules, profile set directly, its brand
  ${base}/demo/builder.html   the embed-code builder
Watching src/ and demo/: an edit rebuilds what it changes and reloads the open pages.
`);

// The partner bundles, as `npm run build` makes them, again on every change to what they import.
const { options, warnings } = await loadConfigFile(`${root}rollup.config.mjs`);
warnings.flush();
const bundles = watch(
  options.map((config) => ({ ...config, watch: { clearScreen: false, exclude: 'node_modules/**' } })),
);
bundles.on('event', (event) => {
  if (event.code === 'BUNDLE_START' || event.code === 'BUNDLE_END') event.result?.close();
  if (event.code === 'START') console.log('Rebuilding the partner bundles…');
  if (event.code === 'END') console.log('Partner bundles rebuilt: the open pages reload.');
  // A broken edit says so and waits for the next one; the server keeps serving the last good build.
  if (event.code === 'ERROR') console.error(`Partner bundles not rebuilt: ${event.error.message}`);
});

// dist/partner.html, dist/builder.html and their scripts are copies of demo/.
let demoTimer;
const demoWatcher = watchFiles(`${root}demo`, { recursive: true }, () => {
  clearTimeout(demoTimer);
  demoTimer = setTimeout(
    () => buildDemo().catch((error) => console.error(`dist/ pages not rebuilt: ${error.message}`)),
    100,
  );
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  demoWatcher.close();
  await bundles.close();
  await server.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// npm does not pass a SIGTERM on to the script it runs: when npm's process goes, so does this one.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 500).unref();
