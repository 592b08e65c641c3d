// `npm run lint`: rules that catch real bugs in Lit and custom-element code, not matters of taste.
// Layout is Prettier's (`npm run format`); unused names are tsc's (noUnusedLocals, noUnusedParameters).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const ONLY = 'Commit no .only: it skips every other test.';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'test/readme/',
      'test/react/out/',
      // Written to fail type-checking on purpose: the framework samples that must be rejected.
      'test/types/',
      'test/frameworks/',
      'test/react/wrong.tsx',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': 'off',
      // Taste: the code reaches for `any` at a few deliberate boundaries (hostile input, Storybook's args).
      '@typescript-eslint/no-explicit-any': 'off',
      // The URL and text checks strip control characters on purpose.
      'no-control-regex': 'off',
      // Flags `list = []` that lets the collector take what the list held, and a `let x = null` before try.
      'no-useless-assignment': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: ONLY },
        { object: 'it', property: 'only', message: ONLY },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.js'],
    ...lit.configs['flat/recommended'],
    rules: {
      ...lit.configs['flat/recommended'].rules,
      // An overridden lifecycle method that forgets super breaks Lit's own update cycle.
      'lit/lifecycle-super': 'error',
      // A camelCase attribute cannot be written in HTML.
      'lit/attribute-names': 'error',
      // A property named like a global attribute (title, hidden, id) fights the browser's own.
      'lit/no-native-attributes': 'error',
      // `value=` sets an input's default, not what it shows: bind `.value`.
      'lit/no-value-attribute': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      // It flags every property set in update(), also those before super.update(), which Lit draws in
      // the same update (the base class sets `state` there on a failed draw).
      'lit/no-property-change-update': 'off',
      // Not lit/no-classfield-shadowing: with `useDefineForClassFields: false` (tsconfig.json) a field
      // declared without a value emits nothing, so it cannot hide the reactive property of that name.
    },
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    rules: {
      ...wc.configs['flat/best-practice'].rules,
      // LitElement defines every callback: an unguarded super call is right.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An unawaited fixture, `oneEvent` or `expect(el).to.be.accessible()` lets a test pass unchecked.
      // @open-wc/testing types every `.equal` as a promise (for its DOM diff): those are synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      // `if (promise)` is always true. (Async callbacks here catch their own errors: no void-return check.)
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions: `expect(x).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/testing's `html` is Lit's static html: `<${unsafeStatic(tag)}>` is a tag binding by design.
      'lit/binding-positions': 'off',
      'lit/no-invalid-html': 'off',
      // Hostile input on purpose: markup in attribute values, holes in arrays.
      'lit/attribute-value-entities': 'off',
      'no-sparse-arrays': 'off',
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    rules: {
      // `(a = b), c()` in the page scripts the benchmarks inject.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
