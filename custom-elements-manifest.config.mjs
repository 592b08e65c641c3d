// The manifest partners' tools, Storybook and the README read: generated from the class comments,
// then made to describe the package as shipped (scripts/manifest/plugins.mjs). From it come the
// framework types in dist/types/ (scripts/manifest/framework-types.mjs) and the editor data
// (scripts/manifest/editor-data.mjs: one entry per token and part, read-only properties kept out).
import { readFileSync } from 'node:fs';
import { apiFactsPlugin, tokensPlugin } from './scripts/manifest/api.mjs';
import { editorDataPlugin } from './scripts/manifest/editor-data.mjs';
import { frameworkTypesPlugin } from './scripts/manifest/framework-types.mjs';
import {
  definitionsPlugin,
  literalUnionsPlugin,
  publicOnlyPlugin,
  shippedPathsPlugin,
} from './scripts/manifest/plugins.mjs';

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
    frameworkTypesPlugin({ outdir: 'dist/types' }),
    shippedPathsPlugin(),
    editorDataPlugin({ outdir: 'dist/types', pkg: JSON.parse(readFileSync('package.json', 'utf8')) }),
  ],
};
