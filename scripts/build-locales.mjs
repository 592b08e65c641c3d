// XLIFF (what translators and `lit-localize extract` work with) → src/locales/<lang>.json, the
// catalogs the widgets fetch on demand. Catalogs are data, not code: a text is a string, and a text
// with placeholders is an array of strings and placeholder indices (["до ", 0, " года"]).
// `lit-localize build` is not used: its runtime modules import @lit/localize, which the one-file
// partner bundle cannot share with a lazily loaded file.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const config = JSON.parse(readFileSync(new URL('lit-localize.json', root), 'utf8'));
const xliffDir = new URL(config.interchange.xliffDir.replace(/^\.\//, '').replace(/\/?$/, '/'), root);
const outDir = new URL('src/locales/', root);
mkdirSync(outDir, { recursive: true });

const unescape = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

for (const file of readdirSync(xliffDir).filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(new URL(file, xliffDir), 'utf8');
  const lang = /target-language="([^"]+)"/.exec(xml)?.[1];
  if (!lang) throw new Error(`${file}: no target-language`);
  const catalog = {};
  let missing = 0;
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined) {
      missing++;
      continue;
    }
    const parts = target.split(/<x id="(\d+)"[^>]*\/>/).map((part, i) => (i % 2 ? Number(part) : unescape(part)));
    catalog[id] = parts.length === 1 ? parts[0] : parts.filter((part) => part !== '');
  }
  writeFileSync(new URL(`${lang}.json`, outDir), JSON.stringify(catalog, null, 1) + '\n');
  console.log(
    `src/locales/${lang}.json: ${Object.keys(catalog).length} texts${missing ? `, ${missing} not yet translated` : ''}`,
  );
}
