// The manifest partners' tools, Storybook and the README read: generated from the class comments.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/data-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.types.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
