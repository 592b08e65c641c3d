// Static checks of the widgets' styles that a browser test could only catch by chance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../../src/', import.meta.url).pathname;
const styleFiles = readdirSync(src, { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .map((file) => join(src, String(file)));

test('container queries are in px: an em query can be evaluated before the host font size applies', () => {
  const found = [];
  for (const file of styleFiles) {
    for (const match of readFileSync(file, 'utf8').matchAll(/@container[^{]*\d(?:em|rem|ch|ex)\b[^{]*/g))
      found.push(`${file}: ${match[0].trim()}`);
  }
  assert.deepEqual(found, []);
});
