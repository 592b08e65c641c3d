// custom-elements.json as tools read it: what the package ships, the public API only, real unions,
// and no name a tool would confuse (Storybook keys controls by name across attributes and parts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: mod.path })));
const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
const TAGS = ['sos-village', 'sos-impact-stats', 'sos-village-card', 'sos-sponsor-button', 'sos-village-story', 'sos-village-facts', 'sos-village-media', 'sos-village-news'];

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
      assert.ok(!['private', 'protected'].includes(member.privacy), `${element.tagName}.${member.name} is ${member.privacy}`);
    }
    for (const name of ['provided', 'data', 'view', 'language', 'ui', 'announced', 'handleSlotChange', 'renderReady', 'current']) {
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
      ...(element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.attribute).map((m) => ['property', m.name]),
      ...(element.cssParts ?? []).map((p) => ['part', p.name]),
      ...(element.slots ?? []).filter((s) => s.name).map((s) => ['slot', s.name]),
      ...(element.events ?? []).map((e) => ['event', e.name]),
    ];
    const seen = new Map();
    for (const [kind, name] of names) {
      assert.ok(!seen.has(name) || seen.get(name) === kind, `${element.tagName}: "${name}" is both ${seen.get(name)} and ${kind}`);
      seen.set(name, kind);
    }
  }
});

test('editor data and framework types are generated and listed in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', 'jsx.d.ts', 'react.d.ts', 'vue.d.ts', 'svelte.d.ts', 'svelte-elements.d.ts']) {
    assert.ok(existsSync(new URL(`dist/types/${file}`, root)), file);
  }
  const html = JSON.parse(readFileSync(new URL('dist/types/vscode.html-custom-data.json', root), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), [...TAGS].sort());
  const layout = html.tags.find((t) => t.name === 'sos-impact-stats').attributes.find((a) => a.name === 'layout');
  assert.deepEqual(layout.values.map((v) => v.name), ['grid', 'list', 'compact']);
  const css = JSON.parse(readFileSync(new URL('dist/types/vscode.css-custom-data.json', root), 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--sos-color-primary'));
  assert.equal(pkg['web-types'].replace(/^\.\//, ''), 'dist/types/web-types.json');
  assert.ok(pkg.exports['./types/react'] && pkg.exports['./types/vue'] && pkg.exports['./types/svelte']);
});
