// The tokens page lists every design token the code reads. The page (stories/tokens/design-tokens.mdx)
// takes its list from `virtual:sos-tokens`, which .storybook/main.ts fills with readTokens() when
// Storybook builds; these tests hold readTokens() to a plain search of src/ and check that the page
// and the build really use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GROUPS, readTokens } from '../../.storybook/tokens.mjs';
import { tokensPlugin } from '../../scripts/manifest/api.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every `--sos-*` name read through var() anywhere in a folder's .ts and .css files, however it is spaced. */
function tokensRead(dir) {
  const names = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|css)$/.test(entry.name))
        for (const match of readFileSync(path, 'utf8').matchAll(/var\(\s*(--sos-[\w-]+)/g)) names.add(match[1]);
    }
  };
  walk(dir);
  return names;
}

test('the tokens page lists every --sos-* token the code reads', () => {
  const listed = new Set(readTokens().map((token) => token.name));
  const read = tokensRead(join(ROOT, 'src'));
  assert.ok(read.size > 20, `expected the components to read their tokens, found ${read.size}`);
  const missing = [...read].filter((name) => !listed.has(name));
  assert.deepEqual(missing, [], `read by the code but not on the tokens page: ${missing.join(', ')}`);
  const extra = [...listed].filter((name) => !read.has(name));
  assert.deepEqual(extra, [], `on the tokens page but read nowhere: ${extra.join(', ')}`);
});

test('every token is grouped, has its default from the code, and names the elements that read it', () => {
  for (const token of readTokens()) {
    assert.ok(
      GROUPS.includes(token.group) && token.group !== 'other',
      `${token.name} falls in no group (colour, type, space, shape, motion)`,
    );
    assert.ok(token.elements.length > 0, `${token.name} is read by no element`);
    assert.ok(
      token.description,
      `${token.name} has no @cssprop description (the base class documents the shared tokens, an element its own)`,
    );
    // A default may be absent only where the element computes the value itself.
    if (token.default === null) continue;
    assert.doesNotMatch(token.default, /var\(--_/, `${token.name}'s default names a private token: ${token.default}`);
  }
  const primary = readTokens().find((token) => token.name === '--sos-color-primary');
  assert.match(
    primary.default,
    /^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/i,
    'colour defaults keep their light and dark pair',
  );
  assert.equal(primary.pair, '--sos-color-on-primary');
});

test('a token added to a component is listed, with its fallback, without touching the page', () => {
  const src = mkdtempSync(join(tmpdir(), 'sos-tokens-'));
  try {
    mkdirSync(join(src, 'internal'));
    mkdirSync(join(src, 'components', 'made-up'), { recursive: true });
    writeFileSync(join(src, 'internal', 'tokens.styles.ts'), 'css`:host { --_gap: var(--sos-space-m, 1em); }`');
    writeFileSync(
      join(src, 'components', 'made-up', 'made-up.styles.ts'),
      'css`.a { color: var(\n    --sos-color-made-up,\n    light-dark(#111111, #eeeeee)\n  ); gap: var(--sos-made-up-gap, var(--_gap)); }`',
    );
    const tokens = readTokens({ src, manifest: join(src, 'none.json') });
    const byName = Object.fromEntries(tokens.map((token) => [token.name, token]));
    assert.deepEqual(Object.keys(byName).sort(), ['--sos-color-made-up', '--sos-made-up-gap', '--sos-space-m']);
    assert.equal(byName['--sos-color-made-up'].default, 'light-dark(#111111, #eeeeee)');
    assert.equal(byName['--sos-color-made-up'].group, 'colour');
    assert.deepEqual(byName['--sos-color-made-up'].elements, ['sos-made-up']);
    assert.equal(
      byName['--sos-made-up-gap'].default,
      'var(--sos-space-m, 1em)',
      'a private fallback is shown as the token it reads',
    );
    assert.deepEqual(
      byName['--sos-space-m'].elements,
      ['sos-made-up'],
      'a shared token reaches the element that reads it through a private one',
    );
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
});

test('the tokens page and the theme editor take their list from the build, not a copy', () => {
  const main = readFileSync(join(ROOT, '.storybook', 'main.ts'), 'utf8');
  assert.match(main, /readTokens\(\)/, '.storybook/main.ts serves readTokens() as virtual:sos-tokens');
  const page = readFileSync(join(ROOT, 'stories', 'tokens', 'design-tokens.mdx'), 'utf8');
  assert.match(page, /from 'virtual:sos-tokens'/);
  assert.doesNotMatch(page, /<td><code>--sos-/, 'the page lists no token by hand');
  const editor = readFileSync(join(ROOT, 'stories', 'tokens', 'theme-editor.stories.ts'), 'utf8');
  assert.match(editor, /from 'virtual:sos-tokens'/);
});

test('a component reads the tokens of the styles it imports from another, and only those; the manifest lists them', () => {
  const src = mkdtempSync(join(tmpdir(), 'sos-tokens-'));
  try {
    mkdirSync(join(src, 'components', 'made-up-link'), { recursive: true });
    mkdirSync(join(src, 'components', 'made-up-card'), { recursive: true });
    writeFileSync(
      join(src, 'components', 'made-up-link', 'made-up-link.styles.ts'),
      'export const linkStyles = css`a { color: var(--sos-made-up-link, teal); }`;\nexport const styles = css`.box { padding: var(--sos-made-up-link-padding, 1em); }`;',
    );
    mkdirSync(join(src, 'internal'));
    writeFileSync(
      join(src, 'internal', 'made-up-rule.styles.ts'),
      'export const ruleStyles = css`hr { border-color: var(--sos-made-up-rule, gray); }`;',
    );
    writeFileSync(
      join(src, 'components', 'made-up-card', 'made-up-card.ts'),
      "import { linkStyles } from '../made-up-link/made-up-link.styles.js';\nimport { ruleStyles } from '../../internal/made-up-rule.styles.js';",
    );
    const byName = Object.fromEntries(
      readTokens({ src, manifest: join(src, 'none.json') }).map((token) => [token.name, token]),
    );
    assert.deepEqual(byName['--sos-made-up-link'].elements, ['sos-made-up-card', 'sos-made-up-link']);
    assert.deepEqual(byName['--sos-made-up-link-padding'].elements, ['sos-made-up-link']);
    assert.deepEqual(
      byName['--sos-made-up-rule'].elements,
      ['sos-made-up-card'],
      'a shared style module outside the components counts for the elements that import it',
    );

    // The manifest: each element gets the tokens it reads, with the one description its @cssprop
    // gives; a token nobody documented is listed with none, which the test above fails on.
    const manifest = {
      modules: [
        {
          path: 'src/components/made-up-link/made-up-link.ts',
          declarations: [
            {
              name: 'SosMadeUpLink',
              tagName: 'sos-made-up-link',
              customElement: true,
              cssProperties: [{ name: '--sos-made-up-link', description: 'Link colour.', default: 'teal' }],
            },
          ],
        },
        {
          path: 'src/components/made-up-card/made-up-card.ts',
          declarations: [{ name: 'SosMadeUpCard', tagName: 'sos-made-up-card', customElement: true }],
        },
      ],
    };
    tokensPlugin({ src }).packageLinkPhase({ customElementsManifest: manifest });
    const [link, card] = manifest.modules.map((mod) => mod.declarations[0]);
    assert.deepEqual(
      [...card.cssProperties].sort((a, b) => a.name.localeCompare(b.name)),
      [
        { name: '--sos-made-up-link', description: 'Link colour.', default: 'teal' },
        { name: '--sos-made-up-rule', description: '' },
      ],
    );
    assert.deepEqual(
      link.cssProperties.map((p) => [p.name, p.description]),
      [
        ['--sos-made-up-link', 'Link colour.'],
        ['--sos-made-up-link-padding', ''],
      ],
    );
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
});
