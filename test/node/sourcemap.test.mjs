// The source maps shipped in dist/ point each part of the built code at its source line, and carry
// that source (`sourcesContent`): the package does not ship src/, so devtools, profilers and size
// tools can only show the original code from the map itself (the load-once wrapper adds a line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';

const root = new URL('../../', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');

/** Where `needle` first sits in the built `file`, mapped back: the source (from the repository root), its line, and that line as the map holds it. */
function origin(file, needle) {
  const code = read(file);
  const map = new TraceMap(JSON.parse(read(`${file}.map`)));
  const at = code.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${file}`);
  const before = code.slice(0, at);
  const position = originalPositionFor(map, {
    line: before.split('\n').length,
    column: at - before.lastIndexOf('\n') - 1,
  });
  assert.ok(position.source, `${needle} in ${file} maps to a source`);
  const content = sourceContentFor(map, position.source);
  return {
    source: new URL(position.source, new URL(file, root)).pathname.slice(new URL(root).pathname.length),
    line: position.line,
    text: content?.split('\n')[position.line - 1],
  };
}

/** Where `needle` is written in `file`: its 1-based line and that line's text. */
function written(file, needle) {
  const lines = read(file).split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} is in ${file}`);
  return { line: index + 1, text: lines[index] };
}

const cases = [
  ['dist/sos-widgets.js', 'src/internal/data-element.ts', 'The village information could not be loaded.'],
  ['dist/sos-widgets.js', 'src/data/read.ts', 'Run npx sos-village-widgets validate on the profile for the full text.'],
  ['dist/sos-widgets.js', 'src/components/village-facts/village-facts.ts', 'No facts about this place yet.'],
  [
    'dist/elements/sos-village-facts.js',
    'src/components/village-facts/village-facts.ts',
    'No facts about this place yet.',
  ],
  [
    'dist/standalone/sos-village-facts.js',
    'src/components/village-facts/village-facts.ts',
    'No facts about this place yet.',
  ],
  ['dist/lib/internal/data-element.js', 'src/internal/data-element.ts', 'The village information could not be loaded.'],
  ['dist/lib/data/client.js', 'src/data/client.ts', 'The village data could not be reached.'],
];

for (const [built, source, needle] of cases) {
  test(`${built}.map maps "${needle}" back to ${source}, and holds that line`, () => {
    const { line, text } = written(source, needle);
    assert.deepEqual(origin(built, needle), { source, line, text });
  });
}

/** Every .map file under `dir`, recursively. */
const maps = (dir) =>
  readdirSync(new URL(dir, root), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.map'))
    .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.slice(new URL(root).pathname.length));

test('every map in dist/ carries the text of each of its sources, as it is in the repository', () => {
  const all = [...maps('dist/elements/'), ...maps('dist/standalone/'), ...maps('dist/lib/'), 'dist/sos-widgets.js.map'];
  assert.ok(all.length > 20, `maps found: ${all.length}`);
  for (const file of all) {
    const map = JSON.parse(read(file));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file}: sourcesContent for every source`);
    map.sources.forEach((source, i) => {
      const path = new URL(source, new URL(file, root)).pathname.slice(new URL(root).pathname.length);
      assert.equal(typeof map.sourcesContent[i], 'string', `${file}: the text of ${source}`);
      if (path.startsWith('src/')) assert.equal(map.sourcesContent[i], read(path), `${file}: ${path} as written`);
    });
  }
});

test('no declaration map points at sources the package does not ship', () => {
  assert.deepEqual(
    maps('dist/lib/').filter((file) => file.endsWith('.d.ts.map')),
    [],
  );
});
