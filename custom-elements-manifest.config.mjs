// The manifest partners' tools, Storybook and the README read: generated from the class comments,
// then made to describe the package as shipped (scripts/manifest/plugins.mjs). The framework types
// in dist/types/ are generated from it by the manifest tools of this ecosystem; the editor data by
// scripts/manifest/editor-data.mjs (one entry per token and part, read-only properties kept out).
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { readFileSync } from 'node:fs';
import { apiFactsPlugin, tokensPlugin } from './scripts/manifest/api.mjs';
import { editorDataPlugin } from './scripts/manifest/editor-data.mjs';
import { definitionsPlugin, frameworkTypesPlugin, literalUnionsPlugin, publicOnlyPlugin, shippedPathsPlugin } from './scripts/manifest/plugins.mjs';

/** Where the generated type and editor files go, and how they reach the element classes. */
const types = { outdir: 'dist/types', globalTypePath: '../lib/index.js', hideLogs: true };

export default {
  globs: ['src/components/**/*.ts', 'src/internal/data-element.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.types.ts', 'src/define/all.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    definitionsPlugin(),
    publicOnlyPlugin(),
    literalUnionsPlugin(),
    apiFactsPlugin(),
    tokensPlugin(),
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
    customElementSveltePlugin({ ...types, fileName: 'svelte.d.ts' }),
    frameworkTypesPlugin({ outdir: 'dist/types' }),
    shippedPathsPlugin(),
    editorDataPlugin({ outdir: 'dist/types', pkg: JSON.parse(readFileSync('package.json', 'utf8')) }),
  ],
};
