// custom-elements.json as tools read it: what the package ships, the public API only, real unions,
// and no name a tool would confuse (Storybook keys controls by name across attributes and parts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTokens } from '../../.storybook/tokens.mjs';
import { TOKENS_END, TOKENS_START, elementsDoc, readmeTokens } from '../../scripts/elements-doc.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: mod.path })),
);
const definitions = manifest.modules.flatMap((mod) =>
  (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
);
const TAGS = [
  'sos-village',
  'sos-impact-stats',
  'sos-village-card',
  'sos-sponsor-button',
  'sos-village-story',
  'sos-village-facts',
  'sos-village-media',
  'sos-village-news',
];

test('every module path is a file the package ships, with its types beside it', () => {
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/lib\/.+\.js$/, mod.path);
    assert.ok(existsSync(new URL(mod.path, root)), `${mod.path} is built`);
    assert.ok(existsSync(new URL(mod.path.replace(/\.js$/, '.d.ts'), root)), `${mod.path} has types`);
  }
});

test('every element has a tag definition pointing at its class', () => {
  assert.deepEqual(definitions.map((d) => d.name).sort(), [...TAGS].sort());
  for (const definition of definitions) {
    const element = elements.find((e) => e.name === definition.declaration.name);
    assert.ok(element, `${definition.name} → ${definition.declaration.name}`);
    assert.equal(element.tagName, definition.name);
    assert.equal(element.path, definition.declaration.module);
  }
});

test('only public members, and only the documented sos-* events', () => {
  for (const element of elements) {
    for (const member of element.members ?? []) {
      assert.ok(
        !['private', 'protected'].includes(member.privacy),
        `${element.tagName}.${member.name} is ${member.privacy}`,
      );
    }
    for (const name of [
      'provided',
      'data',
      'view',
      'language',
      'ui',
      'announced',
      'handleSlotChange',
      'renderReady',
      'current',
    ]) {
      assert.ok(!(element.members ?? []).some((m) => m.name === name), `${element.tagName} lists ${name}`);
    }
    for (const event of element.events ?? []) assert.match(event.name, /^sos-[a-z-]+$/);
  }
});

test('aliases of literal unions are written out; attribute names are the HTML ones', () => {
  const stats = elements.find((e) => e.tagName === 'sos-impact-stats');
  const attribute = (name) => stats.attributes.find((a) => a.name === name);
  assert.equal(attribute('layout').type.text, "'grid' | 'list' | 'compact'");
  assert.equal(attribute('heading-level').type.text, '2 | 3 | 4 | 5 | 6');
  assert.equal(attribute('hide-descriptions').fieldName, 'hideDescriptions');
  assert.equal(attribute('state').type.text, "'loading' | 'ready' | 'error'");
  const button = elements.find((e) => e.tagName === 'sos-sponsor-button');
  assert.equal(button.attributes.find((a) => a.name === 'variant').type.text, "'primary' | 'secondary' | 'inverse'");
});

test('no element uses one name for two things (attribute or property, part, slot, event)', () => {
  for (const element of elements) {
    const names = [
      ...(element.attributes ?? []).map((a) => ['attribute', a.name]),
      ...(element.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.attribute)
        .map((m) => ['property', m.name]),
      ...(element.cssParts ?? []).map((p) => ['part', p.name]),
      ...(element.slots ?? []).filter((s) => s.name).map((s) => ['slot', s.name]),
      ...(element.events ?? []).map((e) => ['event', e.name]),
    ];
    const seen = new Map();
    for (const [kind, name] of names) {
      assert.ok(
        !seen.has(name) || seen.get(name) === kind,
        `${element.tagName}: "${name}" is both ${seen.get(name)} and ${kind}`,
      );
      seen.set(name, kind);
    }
  }
});

test('editor data and framework types are generated and listed in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  for (const file of [
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'web-types.json',
    'jsx.d.ts',
    'react.d.ts',
    'vue.d.ts',
    'svelte.d.ts',
    'svelte-elements.d.ts',
  ]) {
    assert.ok(existsSync(new URL(`dist/types/${file}`, root)), file);
  }
  const html = JSON.parse(readFileSync(new URL('dist/types/vscode.html-custom-data.json', root), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), [...TAGS].sort());
  const layout = html.tags.find((t) => t.name === 'sos-impact-stats').attributes.find((a) => a.name === 'layout');
  assert.deepEqual(
    layout.values.map((v) => v.name),
    ['grid', 'list', 'compact'],
  );
  const css = JSON.parse(readFileSync(new URL('dist/types/vscode.css-custom-data.json', root), 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--sos-color-primary'));
  assert.equal(pkg['web-types'].replace(/^\.\//, ''), 'dist/types/web-types.json');
  assert.ok(pkg.exports['./types/react'] && pkg.exports['./types/vue'] && pkg.exports['./types/svelte']);
});

// The editor data and the generated docs, held to the code: every token the styles read, once.
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const htmlData = readJson('dist/types/vscode.html-custom-data.json');
const cssData = readJson('dist/types/vscode.css-custom-data.json');
const webTypes = readJson('dist/types/web-types.json');
const DATA_TAGS = TAGS.filter((tag) => tag !== 'sos-village');
const READ_ONLY = ['state', 'empty', 'fallback'];

/** Every `--sos-*` name read through var() in src/, by a plain search (independent of readTokens()). */
function tokensRead() {
  const names = new Set();
  const srcDir = new URL('src/', root).pathname;
  for (const file of readdirSync(srcDir, { recursive: true })) {
    if (!/\.(ts|css)$/.test(file)) continue;
    for (const match of readFileSync(join(srcDir, file), 'utf8').matchAll(/var\(\s*(--sos-[\w-]+)/g))
      names.add(match[1]);
  }
  return [...names].sort();
}

/** Every `@cssprop` line in the class comments of src/: [name, default, description, file]. */
function cssprops() {
  const srcDir = new URL('src/', root).pathname;
  const found = [];
  for (const file of readdirSync(srcDir, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(join(srcDir, file), 'utf8').matchAll(
      /^\s*\* @cssprop \[(--sos-[\w-]+)(?:=([^\]]*))?\] - (.+)$/gm,
    )) {
      found.push({ name: match[1], default: match[2], description: match[3], file });
    }
  }
  return found;
}

test('every token the styles read is in the manifest, both editor data files, the README and the tokens page', () => {
  const read = tokensRead();
  assert.ok(read.length >= 40, `expected the styles to read their tokens, found ${read.length}`);
  const lists = {
    'custom-elements.json': elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)),
    'vscode.css-custom-data.json': cssData.properties.map((p) => p.name),
    'web-types.json (css)': webTypes.contributions.css.properties.map((p) => p.name),
    'web-types.json (elements)': webTypes.contributions.html.elements.flatMap((e) =>
      e.css.properties.map((p) => p.name),
    ),
    'README.md': [...readmeTokenBlock().matchAll(/`(--sos-[\w-]+)`/g)].map((m) => m[1]),
    'docs/elements.md': [
      ...readFileSync(new URL('docs/elements.md', root), 'utf8').matchAll(/^\| `(--sos-[\w-]+)`/gm),
    ].map((m) => m[1]),
    'the tokens page': readTokens().map((t) => t.name),
  };
  for (const [where, names] of Object.entries(lists)) {
    const missing = read.filter((name) => !names.includes(name));
    assert.deepEqual(missing, [], `read by the code but not in ${where}: ${missing.join(', ')}`);
    const extra = [...new Set(names)].filter((name) => !read.includes(name));
    assert.deepEqual(extra, [], `in ${where} but read nowhere: ${extra.join(', ')}`);
  }
});

test('each token is documented by one @cssprop, with the default the code falls back on', () => {
  const props = cssprops();
  const byName = new Map();
  for (const prop of props) byName.set(prop.name, [...(byName.get(prop.name) ?? []), prop]);
  for (const [name, found] of byName)
    assert.equal(
      found.length,
      1,
      `${name} is documented ${found.length} times: ${found.map((p) => p.file).join(', ')}`,
    );
  const undocumented = tokensRead().filter((name) => !byName.has(name));
  assert.deepEqual(undocumented, [], `no @cssprop for ${undocumented.join(', ')}`);
  for (const token of readTokens()) {
    const [prop] = byName.get(token.name);
    assert.equal(
      prop.default,
      token.default ?? undefined,
      `${token.name}: the comment says ${prop.default}, the code falls back on ${token.default}`,
    );
  }
});

test("each element's tokens are the ones its styles read, with the one description", () => {
  const tokens = readTokens();
  for (const element of elements.filter((e) => e.tagName)) {
    const reads = tokens
      .filter((t) => t.elements.includes(element.tagName))
      .map((t) => t.name)
      .sort();
    assert.deepEqual((element.cssProperties ?? []).map((p) => p.name).sort(), reads, element.tagName);
    for (const property of element.cssProperties ?? [])
      assert.ok(property.description, `${element.tagName} ${property.name} has no description`);
  }
  const card = elements.find((e) => e.tagName === 'sos-village-card');
  assert.ok(
    card.cssProperties.some((p) => p.name === '--sos-button-radius'),
    'the card reads the button radius through the sponsor link styles it imports',
  );
  assert.ok(
    !card.cssProperties.some((p) => p.name === '--sos-sponsor-button-padding'),
    "the card does not read the sponsor module's padding",
  );
});

test('VS Code CSS data: one entry per token and per part, each with one description', () => {
  const names = cssData.properties.map((p) => p.name);
  assert.equal(new Set(names).size, names.length, 'a token listed twice');
  const parts = cssData.pseudoElements.map((p) => p.name);
  assert.equal(new Set(parts).size, parts.length, 'a part listed twice');
  const allParts = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => `::part(${p.name})`)));
  assert.deepEqual([...allParts].sort(), [...parts].sort());
  const primary = cssData.properties.find((p) => p.name === '--sos-color-primary');
  assert.match(primary.description.value, /^Brand colour/);
  assert.match(primary.description.value, /light-dark\(#005aa7, #8cc8ff\)/, 'the real default, both schemes');
  const base = cssData.pseudoElements.find((p) => p.name === '::part(base)');
  for (const tag of DATA_TAGS)
    assert.ok(base.description.value.includes(`<${tag}>`), `::part(base) says what it is in <${tag}>`);
});

test('attributes: booleans as booleans, unions as choices, read-only ones not offered, real defaults', () => {
  for (const tag of htmlData.tags) {
    const element = elements.find((e) => e.tagName === tag.name);
    for (const attribute of tag.attributes) {
      assert.ok(
        !READ_ONLY.includes(attribute.name),
        `${tag.name} offers ${attribute.name}, which the element sets itself`,
      );
      assert.ok(!attribute.values || attribute.values.length, `${tag.name} ${attribute.name}: values: []`);
      const type = element.attributes.find((a) => a.name === attribute.name).type.text;
      if (type === 'boolean')
        assert.equal(attribute.valueSet, 'v', `${tag.name} ${attribute.name} is a boolean attribute`);
    }
    assert.ok(tag.description.value.includes('**Events**') && tag.description.value.includes('**Slots**'), tag.name);
  }
  const stats = htmlData.tags.find((t) => t.name === 'sos-impact-stats');
  assert.deepEqual(
    stats.attributes.find((a) => a.name === 'sponsor'),
    { ...stats.attributes.find((a) => a.name === 'sponsor'), valueSet: 'v' },
  );
  assert.match(stats.description.value, /`state`/, 'the state attribute is described as set by the element');
  for (const element of elements) {
    for (const attribute of element.attributes ?? []) {
      assert.doesNotMatch(
        String(attribute.default ?? ''),
        /^[A-Z_][A-Z0-9_]*$|_\d/,
        `${element.tagName} ${attribute.name} default ${attribute.default}`,
      );
    }
    for (const member of element.members ?? [])
      if (READ_ONLY.includes(member.name)) assert.equal(member.readonly, true, `${element.tagName}.${member.name}`);
  }
  const news = elements.find((e) => e.tagName === 'sos-village-news');
  assert.equal(news.attributes.find((a) => a.name === 'limit').default, '3');
  assert.equal(news.attributes.find((a) => a.name === 'timeout').default, '10000');
});

test('web-types: attributes, properties, events, slots and CSS in their own sections', () => {
  assert.equal(webTypes.name, 'sos-village-widgets');
  const tags = webTypes.contributions.html.elements.map((e) => e.name);
  assert.deepEqual([...tags].sort(), [...TAGS].sort());
  for (const entry of webTypes.contributions.html.elements) {
    const element = elements.find((e) => e.tagName === entry.name);
    assert.deepEqual(
      entry.events.map((e) => e.name),
      (element.events ?? []).map((e) => e.name),
      `${entry.name} events`,
    );
    assert.deepEqual(
      entry.js.events.map((e) => e.name),
      (element.events ?? []).map((e) => e.name),
      `${entry.name} js events`,
    );
    assert.deepEqual(
      entry.slots.map((s) => s.name),
      (element.slots ?? []).map((s) => s.name ?? ''),
      `${entry.name} slots`,
    );
    assert.deepEqual(
      entry.css.parts.map((p) => p.name),
      (element.cssParts ?? []).map((p) => p.name),
      `${entry.name} parts`,
    );
    assert.deepEqual(
      entry.css.properties.map((p) => p.name),
      (element.cssProperties ?? []).map((p) => p.name),
      `${entry.name} tokens`,
    );
    for (const attribute of entry.attributes) {
      assert.ok(!READ_ONLY.includes(attribute.name), `${entry.name} offers ${attribute.name}`);
      const type = element.attributes.find((a) => a.name === attribute.name).type.text;
      if (type === 'boolean') assert.equal(attribute.value.type, 'boolean');
    }
    const state = entry.js.properties.find((p) => p.name === 'state');
    assert.equal(state?.['read-only'], true, `${entry.name}.state is read-only`);
    assert.ok(!entry.js.properties.find((p) => p.name === 'src')['read-only'], `${entry.name}.src is settable`);
  }
});

/** The README's generated token list. */
function readmeTokenBlock() {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const start = readme.indexOf(TOKENS_START);
  const end = readme.indexOf(TOKENS_END);
  assert.ok(start >= 0 && end > start, 'README.md has the tokens markers in its theming section');
  return readme.slice(start + TOKENS_START.length, end);
}

test('docs/elements.md and the README token list are what the build writes from the manifest', () => {
  assert.equal(
    readFileSync(new URL('docs/elements.md', root), 'utf8'),
    elementsDoc(manifest),
    'docs/elements.md is stale: run npm run build',
  );
  assert.equal(
    readmeTokenBlock(),
    `\n${readmeTokens(manifest)}\n`,
    "the README's token list is stale: run npm run build",
  );
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  assert.match(readme, /\]\(docs\/elements\.md\)/, 'the README links the element reference');
  assert.doesNotMatch(readme, /elements:start/, 'the element reference lives in docs/elements.md');
  const doc = readFileSync(new URL('docs/elements.md', root), 'utf8');
  assert.doesNotMatch(doc, /DEFAULT_|\d_\d/, 'defaults are values');
});
