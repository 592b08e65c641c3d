// `npm start`: builds, serves the demo pages, prints their addresses, and stops cleanly (server
// and all) on Ctrl+C, on a SIGTERM, or when npm's own process is stopped.
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startDevServer({
  config: (await import('../web-dev-server.config.mjs')).default,
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
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// npm does not pass a SIGTERM on to the script it runs: when npm's process goes, so does this one.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 500).unref();
