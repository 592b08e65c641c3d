// Builds what partners paste, minified ES modules:
//   dist/sos-widgets.js   every element in one self-contained file;
//   dist/elements/        one entry per element (dist/elements/sos-impact-stats.js…), sharing
//                         dist/elements/core.js (Lit, the data client, the base class), so a page
//                         that uses one element loads that element and the core, nothing more;
//   dist/standalone/      each element alone in one tree-shaken file (dist/standalone/sos-impact-stats.js…):
//                         what the builder writes for a page with one element, when it is smaller.
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
 * `trusted-types lit-html`), and a copy of another version says so once. `name` is the bundle's
 * own mark; `covered` the marks of bundles that already hold everything it would define.
 */
function loadOnce(name = 'bundle', covered = []) {
  const marks = [name, ...covered].map(
    (mark) => `globalThis[Symbol.for(${JSON.stringify(`sos-village-widgets.${mark}`)})]`,
  );
  const held = marks.join('||');
  const own = marks[0];
  const v = JSON.stringify(version);
  return {
    name: 'load-once',
    renderChunk(code) {
      // No declarations of its own: the bundle's top-level names live inside the block. The
      // wrapper moves every line down by one, so it returns its own map for rollup to chain.
      const wrapped = new MagicString(code)
        .prepend(
          `if(${held}){(${held})!==${v}&&console.warn("sos-village-widgets "+${v}+": version "+(${held})+" is already on this page; keeping it.")}else{${own}=${v};\n`,
        )
        .append('\n}');
      return { code: wrapped.toString(), map: wrapped.generateMap({ hires: true }) };
    },
  };
}

/** The partner scripts register each tag in a task of its own (`IN_OWN_TASK` in src/internal/define.ts). */
function defineInOwnTask() {
  const flag = 'const IN_OWN_TASK = false;';
  return {
    name: 'define-in-own-task',
    transform(code, id) {
      if (!/[\\/]src[\\/]internal[\\/]define\.ts$/.test(id)) return null;
      if (!code.includes(flag))
        this.error(`src/internal/define.ts no longer says "${flag}": update defineInOwnTask().`);
      const out = new MagicString(code);
      const at = code.indexOf(flag);
      out.overwrite(at, at + flag.length, 'const IN_OWN_TASK = true;');
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

const plugins = (...extra) => [
  typescript(),
  defineInOwnTask(),
  // Whitespace and comments out of html`` and css`` templates; case kept, or SVG's viewBox breaks.
  minifyHTMLLiterals({ options: { minifyOptions: { caseSensitive: true, keepClosingSlash: true } } }),
  ...extra,
  nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js'] }),
];

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

/** The tag each define module registers: src/define/impact-stats.ts → sos-impact-stats. */
const ELEMENTS = [
  'village',
  'impact-stats',
  'village-card',
  'sponsor-button',
  'village-story',
  'village-facts',
  'village-media',
  'village-news',
];

const oneFile = {
  input: 'src/embed.ts',
  output: {
    file: 'dist/sos-widgets.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    // Locale catalogs sit in dist/locales/, next to the bundle rather than one folder up.
    ...plugins(
      replace({
        include: 'src/internal/localize.ts',
        preventAssignment: false,
        delimiters: ['', ''],
        values: { '../locales/': './locales/' },
      }),
    ),
    loadOnce(),
    minify(),
  ],
};

/**
 * Per-element entries. Everything outside an element's own folder (Lit, @lit/context, the data
 * client and validation, localisation, the base class, tokens) goes into one core chunk, so any
 * choice of elements loads core.js once plus each element's own file; code two elements share
 * (the sponsor link) gets a chunk of its own. The module map runs each file once per URL; across
 * URLs or versions, each tag is defined once (defineElement).
 */
const perElement = {
  input: Object.fromEntries(ELEMENTS.map((name) => [`sos-${name}`, `src/define/${name}.ts`])),
  output: {
    dir: 'dist/elements',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    // @lit/context goes with the only element that uses it at run time, the provider.
    manualChunks: (id) =>
      /[\\/]node_modules[\\/]@lit[\\/]context[\\/]/.test(id)
        ? undefined
        : /[\\/]src[\\/](components|define)[\\/]/.test(id)
          ? /sponsor-(link|button\.styles)\.ts$/.test(id)
            ? 'sponsor-link'
            : undefined
          : 'core',
  },
  plugins: [...plugins(), minify()],
};

/**
 * Each element in one file of its own, tree-shaken: for a page with that element alone, one request
 * and fewer bytes than its entry with the shared chunks. Run at most once per page, and not at all
 * after the one file, which defines it already; another element's file still runs. Where the
 * element's own files (dist/elements/) defined the tag first, defineElement keeps theirs.
 */
const standalone = ELEMENTS.map((name) => ({
  input: `src/define/${name}.ts`,
  output: { file: `dist/standalone/sos-${name}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [...plugins(), loadOnce(`sos-${name}`, ['bundle']), minify()],
}));

export default [oneFile, perElement, ...standalone];
