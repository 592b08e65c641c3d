// What a site's bundler keeps of the package on the paths the README gives browsers: an element,
// a class from the main entry, loadProfile. The elements read profiles with their own lean reader
// (src/data/read.ts), so none of these carries valibot, the schema or the full parser; only
// parseProfile, for servers, the CLI and editors, does. Needs dist/ (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
/** The modules of valibot and of the full parser. */
const FULL_PARSER = /node_modules\/valibot\/|dist\/lib\/data\/(schema|parse)\.js$/;

/** `contents` bundled and minified as a site's build would, with the modules that put bytes in it. */
async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const kept = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  const code = result.outputFiles[0].text;
  return { code, kept, brotli: brotliCompressSync(code).length };
}

const BROWSER_PATHS = {
  'one element, registered': `import 'sos-village-widgets/define/impact-stats.js';`,
  'every element, registered': `import 'sos-village-widgets/define/all.js';`,
  'a class from the main entry': `import { SosImpactStats } from 'sos-village-widgets'; customElements.define('site-impact-stats', class extends SosImpactStats {});`,
  'loadProfile and an element': `import 'sos-village-widgets/define/village.js'; import { loadProfile } from 'sos-village-widgets'; loadProfile('/villages/almaty.json').then(({ profile }) => { document.querySelector('sos-village').profile = profile; });`,
};

for (const [name, contents] of Object.entries(BROWSER_PATHS)) {
  test(`${name}: no valibot, schema or full parser in the bundle`, async () => {
    const { code, kept, brotli } = await bundle(contents);
    assert.deepEqual(
      kept.filter((file) => FULL_PARSER.test(file)),
      [],
    );
    assert.ok(
      kept.some((file) => file.endsWith('dist/lib/data/read.js')),
      'the lean reader is there instead',
    );
    assert.ok(!code.includes('valibot'), 'no valibot code');
    console.log(`${name}: ${brotli} B brotli`);
  });
}

test('parseProfile, for servers, the CLI and editors, brings valibot (the check above can fail)', async () => {
  const { code, kept, brotli } = await bundle(
    `import { parseProfile } from 'sos-village-widgets'; console.log(parseProfile({}));`,
  );
  assert.ok(kept.some((file) => file.includes('node_modules/valibot/')));
  assert.ok(kept.some((file) => file.endsWith('dist/lib/data/schema.js')));
  assert.ok(code.includes('valibot'));
  console.log(`parseProfile alone: ${brotli} B brotli`);
});
