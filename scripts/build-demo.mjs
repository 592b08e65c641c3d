// The demo pages that go into dist/, so dist/ works as plain static files: the partner article and
// the embed-code builder. Pages and styles are copied with their paths to the build's files made
// relative to dist/; the builder's scripts are bundled (they import the widgets' own URL check and
// profile parser from src/), snippet.js on its own and builder.js importing it.
//   node scripts/build-demo.mjs        (npm run build runs it after the partner files are built)
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const path = (p) => new URL(p, root).pathname;

/** Paths from demo/ to the build's files, as they read from dist/. */
const inDist = (text) =>
  text
    .replaceAll('../dist/sos-widgets.js', './sos-widgets.js')
    .replaceAll('../dist/sos-widgets.css', './sos-widgets.css')
    .replaceAll('../dist/integrity.json', './integrity.json');

export async function buildDemo() {
  for (const page of ['partner.html', 'partner.css', 'builder.html', 'builder.css']) {
    writeFileSync(path(`dist/${page}`), inDist(readFileSync(path(`demo/${page}`), 'utf8')));
  }
  // The only thing src/ takes from Lit here is `isServer`: not a second Lit on the builder's page.
  const common = {
    alias: { lit: 'lit-html/is-server.js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'error',
  };
  await build({ ...common, entryPoints: [path('demo/snippet.js')], outfile: path('dist/snippet.js') });
  await build({
    ...common,
    entryPoints: [path('demo/builder.js')],
    outfile: path('dist/builder.js'),
    external: ['./snippet.js'],
  });
  writeFileSync(path('dist/builder.js'), inDist(readFileSync(path('dist/builder.js'), 'utf8')));
}

if (import.meta.url === `file://${process.argv[1]}`) await buildDemo();
