// What each per-element entry (dist/elements/) loads: itself and the chunks it imports, with their
// integrity values and sizes; and each element's standalone file (dist/standalone/). Build and
// builder both read them from dist/integrity.json.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
export const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes).length,
});

/** The relative static imports of a minified ES module: `import{…}from"./core.js"`, `import"./x.js"`. */
const importsOf = (code) =>
  [...code.matchAll(/\bimport\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);

/**
 * `{ files: { 'elements/core.js': { integrity, bytes } … }, elements: { 'sos-impact-stats':
 * ['elements/core.js', …, 'elements/sos-impact-stats.js'] } }`: each element's files in the order a
 * page should preload them, its entry last.
 */
export function elementFiles(dir) {
  const names = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const code = Object.fromEntries(names.map((name) => [name, readFileSync(new URL(name, dir))]));
  const files = {};
  for (const name of names) files[`elements/${name}`] = { integrity: sri(code[name]), bytes: measure(code[name]) };
  const closure = (name, seen = new Set()) => {
    for (const dep of importsOf(code[name].toString())) {
      if (!code[dep]) throw new Error(`dist/elements/${name} imports ${dep}, which the build did not write.`);
      if (!seen.has(dep)) closure(dep, seen).add(dep);
    }
    return seen;
  };
  const elements = {};
  for (const name of names.filter((n) => n.startsWith('sos-')).sort()) {
    elements[name.replace(/\.js$/, '')] = [...closure(name), name].map((n) => `elements/${n}`);
  }
  return { files, elements };
}

/**
 * Each element's one tree-shaken file (dist/standalone/): `{ 'sos-impact-stats': { file:
 * 'standalone/sos-impact-stats.js', integrity, bytes } … }`.
 */
export function standaloneFiles(dir) {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  return Object.fromEntries(
    names.map((name) => {
      const code = readFileSync(new URL(name, dir));
      return [name.replace(/\.js$/, ''), { file: `standalone/${name}`, integrity: sri(code), bytes: measure(code) }];
    }),
  );
}
