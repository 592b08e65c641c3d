// Docs that stay true: every size, timing and version figure in the README, CONTRIBUTING, the
// changelog, SECURITY.md and docs/ is written by the build (between its markers), by npm run bench
// (docs/bench.md), or checked here against what it describes. A figure this test does not know
// fails it: put it between build markers, add a check below, or leave it out. Run after a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** The documents held to this, and the generated ones that are not (checked where they are written). */
const GENERATED = ['docs/elements.md', 'docs/bench.md'];
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'SECURITY.md',
  ...readdirSync(new URL('docs/', root))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].filter((doc) => existsSync(new URL(doc, root)) && !GENERATED.includes(doc));

/** A document's text on one line, with what the build writes between markers blanked out. */
function prose(doc) {
  return read(doc)
    .replace(/<!-- ([\w-]+)(?: [^>]*)? -->[\s\S]*?<!-- \/\1 -->/g, ' ')
    .replace(/<!-- tokens:start[\s\S]*?<!-- tokens:end -->/g, ' ')
    .replace(/\s+/g, ' ');
}

/** A size or duration: `2 MB`, `33,792 bytes`, `1.5 s`, `25 ms`, `1.7×`. */
const FIGURE = /(?<![\w.,-])\d[\d,.]*[ \u00a0]?(?:KB|kB|MB|MiB|GiB|B|bytes|ms|s|×)(?![\w-])/g;

// What the figures describe, measured or read from the code that sets them.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const brotli = (path) => brotliCompressSync(readFileSync(new URL(path, root))).length;
const number = (text, pattern, what) => {
  const match = pattern.exec(text);
  assert.ok(match, `cannot find ${what}`);
  return Number(match[1].replace(/_/g, ''));
};
const client = read('src/data/client.ts');
const constant = (name) =>
  number(client, new RegExp(`export const ${name} = ([\\d_]+);`), `${name} in src/data/client.ts`);
const distTest = read('test/dist.test.ts');
const budget = (name) =>
  number(distTest, new RegExp(`const ${name} = (\\d+) \\* 1024;`), `${name} in test/dist.test.ts`) * 1024;
const LANGUAGES = { fr: 'French', ru: 'Russian', kk: 'Kazakh' };

/** Each checked figure as the sentence it sits in should read, computed: [document, text]. */
function expected() {
  const catalogs = readdirSync(new URL('dist/locales/', root)).map((file) => ({
    lang: file.replace('.json', ''),
    bytes: brotli(`dist/locales/${file}`),
  }));
  const largest = catalogs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const sample = readFileSync(new URL('demo/data/almaty.json', root));
  const cap = constant('MAX_PROFILE_BYTES');
  assert.ok(50e6 > cap && 2 ** 30 > cap, 'the README’s examples of bodies too large to read are larger than the cap');
  const [one, element, three, alone] = [
    budget('BUDGET'),
    budget('ELEMENT_BUDGET'),
    budget('THREE_BUDGET'),
    budget('ONE_ELEMENT_BUDGET'),
  ];
  const timeouts = `default ${constant('DEFAULT_TIMEOUT') / 1000} s, at least ${constant('MIN_TIMEOUT') / 1000} s, at most ${constant('MAX_TIMEOUT') / 1000} s`;
  const core = JSON.parse(read('dist/integrity.json')).files['elements/core.js'].bytes.brotli;
  const release = number(
    read('scripts/hold/css.mjs'),
    /animation:sos-release 0s (\d+)s/,
    'the hold release delay in scripts/hold/css.mjs',
  );
  const heldBack = number(
    distTest,
    /sos-widgets\.js\?delay=(\d+)"'\)/,
    'the delay the layout-shift test holds the script back by',
  );
  return [
    ['README.md', `it lets the space go after ${release} s`],
    ['README.md', `the script held back ${heldBack / 1000} s`],
    ['README.md', `the largest, ${LANGUAGES[largest.lang]}, is ${kb(largest.bytes)} brotli`],
    ['README.md', `cost every page ${kb(catalogs.reduce((sum, c) => sum + c.bytes, 0))} brotli`],
    [
      'README.md',
      `reading stops past ${cap / 1e6} MB. So neither a 50 MB body nor a small gzip body that expands to 1 GiB`,
    ],
    ['README.md', `(${timeouts};`],
    [
      'README.md',
      `**Language files** get ${number(read('src/internal/localize.ts'), /CATALOG_TIMEOUT = ([\d_]+);/, 'CATALOG_TIMEOUT') / 1000} s.`,
    ],
    ['README.md', `a byte-order mark allowed, at most ${cap / 1e6} MB)`],
    ['README.md', `Almaty sample, ${kb(sample.length)} raw and ${kb(brotliCompressSync(sample).length)} brotli`],
    [
      'README.md',
      `${one / 1024} KB (${one.toLocaleString('en')} bytes) brotli for the one file, ${element / 1024} KB for any one element with the chunks it needs, ${three / 1024} KB for the impact figures`,
    ],
    ['README.md', `${alone / 1024} KB for one element as the builder writes it`],
    ['README.md', `core.js\`, about ${Math.round(core / 1024)} KB brotli`],
    [
      'CONTRIBUTING.md',
      `under ${one / 1024} KB (${one.toLocaleString('en')} bytes) brotli, any one element with its chunks under ${element / 1024} KB, and the impact figures, card and sponsor button together under ${three / 1024} KB`,
    ],
    ['CHANGELOG.md', `reading stops past ${cap / 1e6} MB`],
    ['CHANGELOG.md', `\`timeout\`: ${timeouts},`],
  ];
}

test('each checked figure reads as the code and the build make it', () => {
  const problems = expected()
    .filter(([doc, text]) => !prose(doc).includes(text))
    .map(([doc, text]) => `${doc} should say "${text}"`);
  assert.deepEqual(problems, []);
});

test('every size and timing figure in the docs is written by the build or checked here', () => {
  const checked = expected();
  const unknown = [];
  for (const doc of DOCS) {
    const text = prose(doc);
    const covered = checked
      .filter(([d]) => d === doc)
      .flatMap(([, phrase]) => {
        const spans = [];
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
          spans.push([at, at + phrase.length]);
        return spans;
      });
    for (const match of text.matchAll(FIGURE)) {
      if (!covered.some(([from, to]) => match.index >= from && match.index < to))
        unknown.push(`${doc}: "${text.slice(Math.max(0, match.index - 50), match.index + match[0].length)}"`);
    }
  }
  assert.deepEqual(unknown, [], 'figures no build writes and no test checks');
});

test('version figures: every versioned URL names the package version, and the changelog holds what the README’s build is', () => {
  for (const doc of DOCS) {
    for (const match of read(doc).matchAll(/sos-village-widgets@(\d+\.\d+\.\d+)/g))
      assert.equal(match[1], pkg.version, `${doc} names @${match[1]}`);
  }
  const changelog = read('CHANGELOG.md');
  const first = /^## \[([^\]]+)\](?: - (.+))?$/m.exec(changelog);
  assert.ok(first, 'CHANGELOG.md has a version heading');
  assert.equal(
    first[1],
    pkg.version,
    "the changelog's first section is package.json's version: the README's @version snippets come from its build",
  );
  assert.match(first[2] ?? '', /^(Unreleased|\d{4}-\d{2}-\d{2})$/);
  assert.doesNotMatch(
    changelog,
    /^## \[Unreleased\]/m,
    'no separate Unreleased section: its changes would be in the README’s @version build',
  );
  const unpublished = first[2] === 'Unreleased';
  const status = /(\d+\.\d+\.\d+) is the first release and is not on npm yet/.exec(read('README.md'));
  assert.equal(
    Boolean(status),
    unpublished,
    'the README says the version is unpublished exactly when the changelog does',
  );
  if (status) assert.equal(status[1], pkg.version);
});

test('the scan finds figures, and a figure nobody checks fails it', () => {
  const sample = 'The one file is 31.2 KB, drawn in 25 ms, 1.7× the floor; 16 width bands.';
  assert.deepEqual(
    [...sample.matchAll(FIGURE)].map((m) => m[0]),
    ['31.2 KB', '25 ms', '1.7×'],
  );
  assert.ok(prose('README.md').match(FIGURE).length >= 10, 'the README has figures to check');
});

test('the package says where it lives, and SECURITY.md ships with its promises and how to report', () => {
  const repo = 'https://github.com/sos-childrensvillages/sos-village-widgets';
  assert.equal(pkg.repository?.url, `git+${repo}.git`);
  assert.equal(pkg.bugs?.url, `${repo}/issues`);
  assert.ok(pkg.homepage?.startsWith(repo), pkg.homepage);
  assert.ok(pkg.files.includes('SECURITY.md'), 'SECURITY.md is in the package');
  const security = read('SECURITY.md');
  for (const promise of [
    /Only `http\(s\)` URLs reach the DOM/,
    /never rendered as HTML/,
    /Content-Security-Policy and Trusted Types/,
    /Subresource Integrity/,
    /No cookies/,
    /Prototype-pollution safety/,
    /## Reporting a vulnerability/,
  ]) {
    assert.match(security, promise);
  }
  assert.ok(security.includes(`${repo}/security/advisories/new`), 'private reporting through GitHub');
  for (const [, path] of security.matchAll(/`((?:test|src)\/[\w./-]+\.(?:ts|mjs))`/g))
    assert.ok(existsSync(new URL(path, root)), `SECURITY.md names ${path}, which does not exist`);
});

/** GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

test('every link to a heading, within a document or to another, finds it', () => {
  const all = [...DOCS, ...GENERATED.filter((doc) => existsSync(new URL(doc, root)))];
  const anchors = new Map(
    all.map((doc) => [doc, new Set([...read(doc).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])))]),
  );
  const broken = [];
  for (const doc of all) {
    for (const [, target, anchor] of read(doc).matchAll(/\]\(([\w./-]*?)#([\w-]+)\)/g)) {
      const file = target ? new URL(target, new URL(doc, root)).pathname.slice(new URL(root).pathname.length) : doc;
      if (anchors.has(file) && !anchors.get(file).has(anchor)) broken.push(`${doc}: ${target}#${anchor}`);
    }
  }
  assert.deepEqual(broken, []);
});
