// npm run build: everything in dist/, then the figures.
//   dist/sos-widgets.js           the one-file partner bundle (rollup.config.mjs)
//   dist/elements/                one entry per element sharing a core chunk (rollup.config.mjs)
//   dist/standalone/              each element alone in one tree-shaken file (rollup.config.mjs)
//   dist/sos-widgets.css          the partner stylesheet that holds each widget's space while it
//                                 loads, from the heights npm run measure wrote (scripts/hold/)
//   dist/lib/                     the npm modules and their .d.ts (tsc)
//   dist/village-profile.schema.json, dist/data/   the data contract and the sample
//   dist/partner.html, dist/builder.html            pages that work as plain static files
//   dist/integrity.json           sizes and SRI hashes of every partner file, which files each
//                                 element needs, and each standalone file; custom-elements.json at the top
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { elementFiles, measure, sri, standaloneFiles } from './elements.mjs';
import { updateReadme } from './elements-doc.mjs';
import { holdCss } from './hold/css.mjs';
import { buildDemo } from './build-demo.mjs';

const root = new URL('..', import.meta.url);
const path = (p) => new URL(p, root).pathname;
const run = (cmd, args) =>
  execFileSync(path(`node_modules/.bin/${cmd}`), args, { cwd: path('.'), stdio: ['ignore', 'ignore', 'inherit'] });
const pkg = JSON.parse(readFileSync(path('package.json'), 'utf8'));

rmSync(path('dist'), { recursive: true, force: true });
execFileSync(process.execPath, [path('scripts/build-locales.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
run('tsc', ['-p', 'tsconfig.build.json']);
run('rollup', ['-c', '--silent']);
run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs']);

// The data contract as JSON Schema, from the same valibot schema the code validates with.
const { toJsonSchema } = await import('@valibot/to-json-schema');
const { VillageProfileSchema } = await import(path('dist/lib/data/schema.js'));
const schema = toJsonSchema(VillageProfileSchema, { errorMode: 'ignore' });
schema.$id = `https://cdn.jsdelivr.net/npm/sos-village-widgets@${pkg.version}/dist/village-profile.schema.json`;
schema.title = 'SOS Children’s Village profile';
const { MAX_READING } = await import(path('dist/lib/data/rules.js'));
schema.description =
  'A village profile as read by sos-village-widgets. URLs may be relative to the profile’s own URL, and may not name this ' +
  'computer or a private network (localhost, 127.0.0.1, 10.…) outside development. Text patterns use Unicode property ' +
  `escapes (compile them with the "u" flag). One rule this schema cannot state: the profile's text for one reader, each ` +
  `text counted in its longest language, is at most ${MAX_READING} characters.`;
schema.properties.$schema = { type: 'string' };
writeFileSync(path('dist/village-profile.schema.json'), JSON.stringify(schema, null, 2) + '\n');

// Sample data and static pages, so dist/ can go on any static host as it is.
cpSync(path('demo/data'), path('dist/data'), { recursive: true });
// Locale catalogs, next to each build that fetches them (../locales/ from dist/lib/internal/).
cpSync(path('src/locales'), path('dist/locales'), { recursive: true });
cpSync(path('src/locales'), path('dist/lib/locales'), { recursive: true });
writeFileSync(
  path('dist/sos-widgets.css'),
  holdCss(JSON.parse(readFileSync(path('scripts/hold/heights.json'), 'utf8'))),
);
const bundle = readFileSync(path('dist/sos-widgets.js'));
const stylesheet = readFileSync(path('dist/sos-widgets.css'));
const integrity = sri(bundle);
const cssIntegrity = sri(stylesheet);
// The partner article and the embed-code builder, as static pages (the builder's scripts bundled).
await buildDemo();

const sizes = measure(bundle);
const cssSizes = measure(stylesheet);
const perElement = elementFiles(new URL('dist/elements/', root));
const standalone = standaloneFiles(new URL('dist/standalone/', root));
const TAGS = Object.keys(perElement.elements);
/** Choices whose cost the build prints and the README tables: each element alone, then three, five and all. */
const ELEMENT_CHOICES = [
  ...TAGS.map((tag) => [`\`<${tag}>\``, [tag]]),
  ['impact figures, card and sponsor button', ['sos-impact-stats', 'sos-village-card', 'sos-sponsor-button']],
  [
    'those three, the provider and the story',
    ['sos-village', 'sos-impact-stats', 'sos-village-card', 'sos-sponsor-button', 'sos-village-story'],
  ],
  ['all eight', TAGS],
];
const release = {
  file: 'sos-widgets.js',
  version: pkg.version,
  integrity,
  bytes: sizes,
  css: { file: 'sos-widgets.css', integrity: cssIntegrity, bytes: cssSizes },
  ...perElement,
  standalone,
};
writeFileSync(path('dist/integrity.json'), JSON.stringify(release, null, 2) + '\n');

// What the builder writes for each choice, by the builder's own rule (the cheapest form).
const { scriptsFor } = await import(path('dist/snippet.js'));
const written = (chosen) => scriptsFor(release, chosen);
const form = ({ files }) =>
  files.length > 1
    ? 'own files'
    : files[0].file.startsWith('standalone/')
      ? 'standalone'
      : files[0].file === release.file
        ? 'one file'
        : 'own file';

/** The README's table of what some elements cost as the builder writes them, against the one file. */
function elementSizes() {
  const rows = ELEMENT_CHOICES.map(([label, chosen]) => {
    const { files, bytes } = written(chosen);
    return `| ${label} | ${form({ files })} | ${files.length} | ${bytes.toLocaleString('en')} B | ${((bytes / sizes.brotli) * 100).toFixed(0)}% |`;
  });
  return [
    '| elements | as the builder writes them | files | brotli | of the one file |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

// The README's versioned snippet carries the hash of this build.
const readmePath = path('README.md');
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  const updated = readme
    .replace(
      /<!-- size -->[^<]*<!-- \/size -->/,
      `<!-- size -->${sizes.raw} B raw, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli<!-- /size -->`,
    )
    .replace(/(sos-widgets\.js"\s+integrity=")sha384-[A-Za-z0-9+/=]+/g, `$1${integrity}`)
    .replace(/(sos-widgets\.css"\s+integrity=")sha384-[A-Za-z0-9+/=]+/g, `$1${cssIntegrity}`)
    .replace(
      /<!-- css-size -->[^<]*<!-- \/css-size -->/g,
      `<!-- css-size -->${cssSizes.raw} B raw, ${cssSizes.brotli} B brotli<!-- /css-size -->`,
    )
    .replace(
      /(dist\/((?:elements|standalone)\/[\w.-]+\.js)"\s+integrity=")sha384-[A-Za-z0-9+/=]+/g,
      (whole, start, file) => {
        const built = perElement.files[file] ?? Object.values(standalone).find((alone) => alone.file === file);
        if (!built) throw new Error(`README names dist/${file}, which the build did not write.`);
        return start + built.integrity;
      },
    )
    .replace(
      /<!-- one-file -->[^<]*<!-- \/one-file -->/,
      `<!-- one-file -->${sizes.brotli.toLocaleString('en')} B<!-- /one-file -->`,
    )
    .replace(
      /<!-- element-sizes -->[\s\S]*?<!-- \/element-sizes -->/,
      `<!-- element-sizes -->\n${elementSizes()}\n<!-- /element-sizes -->`,
    )
    .replace(/sos-village-widgets@\d+\.\d+\.\d+/g, `sos-village-widgets@${pkg.version}`);
  if (updated !== readme) writeFileSync(readmePath, updated);
  updateReadme(readmePath, path('custom-elements.json'));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/sos-widgets.js  ${sizes.raw} B raw (${kb(sizes.raw)}) · ${sizes.gzip} B gzip (${kb(sizes.gzip)}) · ${sizes.brotli} B brotli (${kb(sizes.brotli)})`,
);
console.log(`integrity            ${integrity}`);
console.log(`dist/sos-widgets.css ${cssSizes.raw} B raw · ${cssSizes.brotli} B brotli · ${cssIntegrity}`);
// What a page pays for some elements as the builder writes them, against the one file.
for (const [label, chosen] of ELEMENT_CHOICES) {
  const { files, bytes } = written(chosen);
  console.log(
    `builder: ${label.padEnd(40)} ${String(bytes).padStart(6)} B brotli, ${form({ files }).padEnd(10)} (${((bytes / sizes.brotli) * 100).toFixed(0)}% of the one file)`,
  );
}
