// The manifest partners' tools, Storybook and the README read: generated from the class comments,
// then made to describe the package as shipped (scripts/manifest/plugins.mjs). The editor data in
// dist/types/ is generated from it by the manifest tools of this ecosystem, the framework types by
// scripts/manifest/framework-types.mjs.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { frameworkTypesPlugin } from './scripts/manifest/framework-types.mjs';
import { definitionsPlugin, literalUnionsPlugin, publicOnlyPlugin, shippedPathsPlugin } from './scripts/manifest/plugins.mjs';

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
    customElementVsCodePlugin({ outdir: 'dist/types', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist/types', fileName: 'web-types.json', packageJson: true, hideLogs: true }),
    frameworkTypesPlugin({ outdir: 'dist/types' }),
    shippedPathsPlugin(),
  ],
};
