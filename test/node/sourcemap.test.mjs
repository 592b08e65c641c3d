// dist/sos-widgets.js.map points each part of the bundle at its source line, so profilers and
// size tools attribute time and bytes to the right code (the load-once wrapper adds a line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const root = new URL('../../', import.meta.url);
const code = readFileSync(new URL('dist/sos-widgets.js', root), 'utf8');
const map = new TraceMap(JSON.parse(readFileSync(new URL('dist/sos-widgets.js.map', root), 'utf8')));

/** The source file and line of the first place `needle` sits in the bundle. */
function origin(needle) {
  const at = code.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the bundle`);
  const before = code.slice(0, at);
  const position = originalPositionFor(map, { line: before.split('\n').length, column: at - before.lastIndexOf('\n') - 1 });
  return { source: position.source?.replace(/^(\.\.\/)+/, ''), line: position.line };
}

/** Where `needle` is written in `file`, 1-based. */
function written(file, needle) {
  const lines = readFileSync(new URL(file, root), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(needle)) + 1;
}

for (const [file, needle] of [
  ['src/internal/data-element.ts', 'The village information could not be loaded.'],
  ['src/data/read.ts', 'Run npx sos-village-widgets validate on the profile for the full text.'],
  ['src/components/village-facts/village-facts.ts', 'No facts about this place yet.'],
]) {
  test(`maps "${needle}" back to ${file}`, () => {
    assert.deepEqual(origin(needle), { source: file, line: written(file, needle) });
  });
}
