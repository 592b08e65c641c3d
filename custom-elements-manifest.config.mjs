// The manifest partners' tools, Storybook and the README read: generated from the class comments,
// then made to describe the package as shipped (scripts/manifest/plugins.mjs). The framework types
// and editor data in dist/types/ are generated from it by the manifest tools of this ecosystem.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
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
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
    customElementSveltePlugin({ ...types, fileName: 'svelte.d.ts' }),
    customElementVsCodePlugin({ outdir: 'dist/types', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist/types', fileName: 'web-types.json', packageJson: true, hideLogs: true }),
    frameworkTypesPlugin({ outdir: 'dist/types' }),
    shippedPathsPlugin(),
  ],
};
