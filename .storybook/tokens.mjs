// The design tokens as the code reads them: every `var(--sos-*)` in src/, with the fallback the code
// gives it, the group it belongs to, the elements that read it and the manifest's description.
// Storybook's tokens page, its theme editor and the token test all take the list from here, so the
// page cannot drift from the styles: a token added to a component shows up on the next build.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

export const GROUPS = ['colour', 'type', 'space', 'shape', 'motion', 'other'];

/** The group a token belongs to, by the words in its name. */
export function groupOf(name) {
  if (/-colou?r-/.test(name)) return 'colour';
  if (/-(font|line-height|letter)/.test(name)) return 'type';
  if (
    /-(space|padding|gap|margin|columns|max-width|width|lines)$/.test(name) ||
    /-(space|padding|gap|margin)-/.test(name)
  )
    return 'space';
  if (/-(radius|shadow|border-width|rule)/.test(name)) return 'shape';
  if (/-(duration|easing|transition|motion)/.test(name)) return 'motion';
  return 'other';
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(ts|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The text between the parenthesis opened before `start` and the one that closes it. */
function untilClose(text, start) {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** Every `var(--name, fallback)` in `text`: name, fallback (or null) and offset. */
export function varReads(text, prefix = '--sos-') {
  const reads = [];
  const pattern = new RegExp(`var\\(\\s*(${prefix}[a-z0-9-]+)\\s*(,?)`, 'g');
  for (const match of text.matchAll(pattern)) {
    const fallback = match[2]
      ? untilClose(text, match.index + match[0].length)
          .replace(/\s+/g, ' ')
          .trim()
      : null;
    reads.push({ name: match[1], fallback, index: match.index });
  }
  return reads;
}

/** Private `--_x: …;` definitions and the public tokens each one reads, followed through other private ones. */
function privateTokens(text) {
  const direct = new Map();
  for (const match of text.matchAll(/(--_[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    const names = direct.get(match[1]) ?? new Set();
    for (const read of varReads(match[2])) names.add(read.name);
    for (const inner of match[2].matchAll(/var\(\s*(--_[a-z0-9-]+)/g)) names.add(inner[1]);
    direct.set(match[1], names);
  }
  const resolveName = (name, seen = new Set()) => {
    if (seen.has(name)) return [];
    seen.add(name);
    return [...(direct.get(name) ?? [])].flatMap((n) => (n.startsWith('--_') ? resolveName(n, seen) : [n]));
  };
  return new Map([...direct.keys()].map((name) => [name, new Set(resolveName(name))]));
}

/** The tag each component folder defines: src/components/village-card → sos-village-card. */
function tagOf(src, file) {
  const folder = relative(join(src, 'components'), file).split(/[\\/]/)[0];
  return folder && !folder.startsWith('..') ? `sos-${folder}` : null;
}

function manifestProperties(manifestPath) {
  const descriptions = new Map();
  if (!existsSync(manifestPath)) return descriptions;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        if (property.description && !descriptions.has(property.name))
          descriptions.set(property.name, property.description);
      }
    }
  }
  return descriptions;
}

/**
 * Every `--sos-*` token the code in src/ reads, sorted by group then name:
 * `{ name, group, default, defaults, elements, description, pair }` (`pair`: the colour a colour's
 * contrast is judged against). `default` is the fallback in the
 * shared token definitions when there is one (else the first one in a component); `defaults` lists
 * every distinct fallback the code gives, for the tokens components fall back on differently.
 */
export function readTokens({ src = SRC, manifest = join(ROOT, 'custom-elements.json') } = {}) {
  // Where the tokens every element shares are defined: its fallbacks are the defaults.
  const SHARED = join(src, 'internal', 'tokens.styles.ts');
  const files = walk(src).sort((a, b) => (a === SHARED ? -1 : b === SHARED ? 1 : a.localeCompare(b)));
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const privates = privateTokens(texts.get(SHARED) ?? '');
  const tags = [...new Set(files.map((file) => tagOf(src, file)).filter(Boolean))].sort();
  const dataTags = tags.filter((tag) => tag !== 'sos-village');
  const tokens = new Map();
  const entry = (name) => {
    if (!tokens.has(name))
      tokens.set(name, { name, group: groupOf(name), default: null, defaults: [], elements: new Set() });
    return tokens.get(name);
  };

  // A component that imports styles from elsewhere (the card and the impact figures draw the
  // sponsor button's link with its `buttonStyles`; the story and the facts share
  // `internal/disclosure.styles.ts`) reads the tokens of what it imports.
  const imports = new Map(); // file → [{ tag, names }]
  for (const [file, text] of texts) {
    const tag = tagOf(src, file);
    if (!tag) continue;
    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(\.\.?\/[\w./-]+)\.js'/g)) {
      const imported = join(dirname(file), `${match[2]}.ts`);
      if (!texts.has(imported) || imported === SHARED || tagOf(src, imported) === tag) continue;
      const names = match[1].split(',').map((name) => name.trim().split(/\s+as\s+/)[0]);
      imports.set(imported, [...(imports.get(imported) ?? []), { tag, names }]);
    }
  }
  /** The exported css`` block an offset of a style module falls in. */
  const exportAt = (text, index) => {
    for (const match of text.matchAll(/export const (\w+)\s*=\s*css`/g)) {
      if (index > match.index && index < text.indexOf('`;', match.index)) return match[1];
    }
    return undefined;
  };

  for (const [file, text] of texts) {
    const tag = tagOf(src, file);
    // The shared definitions reach every element built on the data element; a component file, its
    // own element and the components that import the styles it is in.
    const readersAt = (index) => {
      if (file === SHARED) return dataTags;
      const name = imports.has(file) ? exportAt(text, index) : undefined;
      return [
        ...(tag ? [tag] : []),
        ...(imports.get(file) ?? []).filter((i) => name && i.names.includes(name)).map((i) => i.tag),
      ];
    };
    for (const read of varReads(text)) {
      const token = entry(read.name);
      if (read.fallback !== null && !token.defaults.includes(read.fallback)) token.defaults.push(read.fallback);
      if (token.default === null && read.fallback !== null) token.default = read.fallback;
      readersAt(read.index).forEach((t) => token.elements.add(t));
    }
    // A component reading a private token (`var(--_primary)`) reads the public one behind it.
    if (file !== SHARED) {
      for (const match of text.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)) {
        for (const name of privates.get(match[1]) ?? [])
          readersAt(match.index).forEach((t) => entry(name).elements.add(t));
      }
    }
  }

  // A fallback that names a private token (`var(--_space-m)`) is shown as what that token reads.
  const definitions = new Map();
  for (const text of texts.values()) {
    for (const match of text.matchAll(/(--_[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
      if (!definitions.has(match[1])) definitions.set(match[1], match[2].replace(/\s+/g, ' ').trim());
    }
  }
  const readable = (value) => {
    for (let i = 0; value && i < 5 && /var\(--_/.test(value); i++) {
      value = value.replace(/var\((--_[a-z0-9-]+)\)/g, (whole, name) => definitions.get(name) ?? whole);
    }
    return value;
  };

  const descriptions = manifestProperties(manifest);
  const names = [...tokens.keys()];
  return [...tokens.values()]
    .map((token) => ({
      ...token,
      default: readable(token.default),
      defaults: token.defaults.map(readable),
      elements: [...token.elements].sort(),
      description: descriptions.get(token.name) ?? '',
      pair: token.group === 'colour' ? pairOf(token.name, names) : null,
    }))
    .sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.name.localeCompare(b.name));
}

/**
 * The colour a token's contrast is judged against: `--sos-color-on-x` against `--sos-color-x`,
 * `--sos-color-x-hover` against the text on `x`, and any other colour against the surface.
 */
export function pairOf(name, names) {
  const has = (n) => names.includes(n);
  const on = name.match(/^--sos-color-on-(.+)$/);
  if (on && has(`--sos-color-${on[1]}`)) return `--sos-color-${on[1]}`;
  const base = name.replace(/-hover$/, '');
  if (has(base.replace('--sos-color-', '--sos-color-on-'))) return base.replace('--sos-color-', '--sos-color-on-');
  if (/-surface/.test(name)) return has('--sos-color-text') ? '--sos-color-text' : null;
  return has('--sos-color-surface') ? '--sos-color-surface' : null;
}
