// Checks every code example in README.md, so the README cannot rot:
// - each ```ts block is compiled, as a module of a strict project (noUnusedLocals and
//   noUnusedParameters on) that installed the package, against the built .d.ts files;
// - each ```html block's custom elements exist, and when it follows a ```ts block (the npm
//   example), that block imports the define module of every tag the HTML uses;
// - each ```html block's attributes are ones the manifest (custom-elements.json) lists;
// - each ```tsx block is compiled as React 19 (strict, react-jsx), each ```vue block with vue-tsc
//   (strictTemplates) and each ```svelte block with svelte-check, as the framework sections say;
// - each ```sh block's npm scripts exist in package.json;
// - the validation CLI's examples pass the CLI: the publishing layout with the README's validate
//   command, the sample problem it quotes, the command for this repository (cli-readme-examples.mjs).
// The partner snippet itself is loaded and measured in a browser by test/dist.test.ts.
// Run after `npm run build`; exits 1 with one line per problem.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cliProblems } from './cli-readme-examples.mjs';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
  lang: match[1],
  code: match[2],
  line: readme.slice(0, match.index).split('\n').length,
}));

// Tags and their attributes, from the manifest.
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName)
      elements.set(declaration.tagName, new Set((declaration.attributes ?? []).map((a) => a.name)));
  }
}
const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'lang', 'dir', 'style', 'slot', 'hidden', 'title', 'part']);

// TypeScript blocks: one module each, in a throwaway strict project.
const dir = 'test/readme';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const tsBlocks = blocks.filter((block) => block.lang === 'ts' || block.lang === 'tsx');
tsBlocks.forEach((block, i) =>
  writeFileSync(
    `${dir}/example-${i + 1}.${block.lang}`,
    `// README.md line ${block.line}\n${block.code}\nexport {};\n`,
  ),
);
writeFileSync(
  `${dir}/tsconfig.json`,
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        jsx: 'react-jsx',
        // The package by its name, as an installed copy would resolve it (exports map included).
        paths: {
          'sos-village-widgets': ['../../dist/lib/index.d.ts'],
          'sos-village-widgets/react': ['../../dist/lib/react/index.d.ts'],
          'sos-village-widgets/types/*': ['../../dist/types/*.d.ts'],
          'sos-village-widgets/*': ['../../dist/lib/*'],
        },
      },
      include: ['*.ts', '*.tsx'],
    },
    null,
    2,
  ),
);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
if (compiled.status !== 0) {
  for (const line of compiled.stdout.trim().split('\n')) {
    const match = line.match(/example-(\d+)\.tsx?\((\d+),\d+\): (.*)/);
    problems.push(match ? `README.md:${tsBlocks[match[1] - 1].line + Number(match[2]) - 1}: ${match[3]}` : line);
  }
}

// Vue and Svelte blocks: one component each, checked by the framework's own checker in a strict
// project that installed the package (the package resolves by its name, through its exports).
const frameworkProblems = (lang, checker, args) => {
  const own = blocks.filter((block) => block.lang === lang);
  if (!own.length) return;
  const where = `${dir}/${lang}`;
  mkdirSync(where, { recursive: true });
  own.forEach((block, i) => writeFileSync(`${where}/Example${i + 1}.${lang}`, block.code));
  const types = lang === 'vue' ? 'sos-village-widgets/types/vue' : 'sos-village-widgets/types/svelte';
  writeFileSync(`${where}/env.d.ts`, `import type {} from '${types}';\n`);
  writeFileSync(
    `${where}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        noEmit: true,
        verbatimModuleSyntax: lang === 'svelte',
      },
      ...(lang === 'vue' ? { vueCompilerOptions: { strictTemplates: true } } : {}),
      include: [`*.${lang}`, '*.ts'],
    }),
  );
  const bin = createRequire(import.meta.url).resolve(checker);
  const result = spawnSync(process.execPath, [bin, ...args(where)], { encoding: 'utf8' });
  if (result.status !== 0) {
    for (const line of `${result.stdout}${result.stderr}`.trim().split('\n')) {
      const match = line.match(/Example(\d+)\.(?:vue|svelte)["(:\s]+(\d+)[,:]\d+\)?:?\s*"?(.*)/);
      if (match) problems.push(`README.md:${own[match[1] - 1].line + Number(match[2])}: ${match[3]}`);
      else if (/error/i.test(line) && !/ COMPLETED | START /.test(line)) problems.push(`${lang}: ${line}`);
    }
  }
};
frameworkProblems('vue', 'vue-tsc/bin/vue-tsc.js', (where) => ['-p', where]);
frameworkProblems('svelte', 'svelte-check/bin/svelte-check', (where) => [
  '--workspace',
  where,
  '--tsconfig',
  './tsconfig.json',
  '--output',
  'machine',
]);

// HTML blocks: known tags and attributes, and the define modules the example before them imports.
blocks.forEach((block, i) => {
  if (block.lang !== 'html') return;
  const tags = new Map();
  for (const match of block.code.matchAll(/<(sos-[a-z-]+)([^>]*)>/g)) {
    const attributes = [...match[2].matchAll(/\s([a-z][a-z-]*)(?==|\s|$)/g)].map((m) => m[1]);
    tags.set(match[1], [...(tags.get(match[1]) ?? []), ...attributes]);
  }
  for (const [tag, attributes] of tags) {
    const known = elements.get(tag);
    if (!known) {
      problems.push(`README.md:${block.line}: <${tag}> is not an element of this package`);
      continue;
    }
    for (const attribute of attributes) {
      if (!known.has(attribute) && !GLOBAL_ATTRIBUTES.has(attribute))
        problems.push(`README.md:${block.line}: <${tag}> has no attribute "${attribute}"`);
    }
  }
  const previous = blocks[i - 1];
  if (previous?.lang === 'ts') {
    for (const tag of tags.keys()) {
      const module = `sos-village-widgets/define/${tag.replace(/^sos-/, '')}.js`;
      if (!previous.code.includes(`'${module}'`))
        problems.push(`README.md:${block.line}: <${tag}> is used, but the example above does not import '${module}'`);
    }
  }
});

// Shell blocks: every `npm run x` / `npm x` names a script that exists.
for (const block of blocks.filter((b) => b.lang === 'sh')) {
  for (const match of block.code.matchAll(/npm (?:run )?([a-z][\w:-]*)/g)) {
    const name = match[1];
    if (
      ['install', 'ci', 'i', 'test', 'start'].includes(name) &&
      ((name !== 'test' && name !== 'start') || pkg.scripts[name])
    )
      continue;
    if (!pkg.scripts[name]) problems.push(`README.md:${block.line}: "npm ${name}" is not a script in package.json`);
  }
}

// The validation CLI, on the README's own layout and commands.
problems.push(...cliProblems(readme));

if (problems.length) {
  console.error(
    `README examples: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.join('\n')}`,
  );
  process.exit(1);
}
const count = (lang) => blocks.filter((b) => b.lang === lang).length;
console.log(
  `README examples: ${tsBlocks.length} TypeScript and TSX compiled, ${count('vue')} Vue and ${count('svelte')} Svelte checked, ${count('html')} HTML checked against the manifest, the validation CLI run on the publishing layout.`,
);
