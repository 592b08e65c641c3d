// Builds dist/sos-widgets.js: the one self-contained, minified ES module partners paste.
// (The npm modules in dist/lib are plain `tsc` output; see scripts/build.mjs.)
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import replace from '@rollup/plugin-replace';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** TypeScript (with Lit's decorators) to JavaScript, by esbuild: no type checking here, `npm test` does that. */
function typescript() {
  return {
    name: 'esbuild-typescript',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2021',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Runs the whole bundle at most once per page, whatever the page does: the first copy wins, a
 * later one does nothing (not even create Lit's Trusted Types policy, which would throw under
 * `trusted-types lit-html`), and a copy of another version says so once.
 */
function loadOnce() {
  const key = JSON.stringify('sos-village-widgets.bundle');
  const v = JSON.stringify(version);
  return {
    name: 'load-once',
    renderChunk(code) {
      // No declarations of its own: the bundle's top-level names live inside the block. The
      // wrapper moves every line down by one, so it returns its own map for rollup to chain.
      const wrapped = new MagicString(code)
        .prepend(
          `if(globalThis[Symbol.for(${key})]){globalThis[Symbol.for(${key})]!==${v}&&console.warn("sos-village-widgets "+${v}+": version "+globalThis[Symbol.for(${key})]+" is already on this page; keeping it.")}else{globalThis[Symbol.for(${key})]=${v};\n`,
        )
        .append('\n}');
      return { code: wrapped.toString(), map: wrapped.generateMap({ hires: true }) };
    },
  };
}

export default {
  input: 'src/embed.ts',
  output: {
    file: 'dist/sos-widgets.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    typescript(),
    // Whitespace and comments out of html`` and css`` templates; case kept, or SVG's viewBox breaks.
    minifyHTMLLiterals({ options: { minifyOptions: { caseSensitive: true, keepClosingSlash: true } } }),
    // Locale catalogs sit in dist/locales/, next to the bundle rather than one folder up.
    replace({ include: 'src/internal/localize.ts', preventAssignment: false, delimiters: ['', ''], values: { '../locales/': './locales/' } }),
    nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js'] }),
    loadOnce(),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
