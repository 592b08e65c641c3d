// The shipped framework types, checked the way each framework's users check them: a strict
// project in React (tsc), Vue (vue-tsc, strictTemplates) and Svelte (svelte-check) must accept
// correct use of every kind (our attributes, properties and events, and the HTML every element
// takes: `id`, `lang`, `slot`, `part`, `data-*`, `aria-*`, `role`, `tabindex`, `inert`, click
// handlers, `ref` as the element class) and reject a wrong layout, a wrong profile, a wrong
// variant, a misspelled event and a misspelled attribute, hyphenated as written on a tag.
// Needs a build (the types are in dist/types/).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
/** Runs a checker; the four run side by side. */
const run = (name, args) =>
  new Promise((resolve) =>
    execFile(bin(name), args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      resolve({ ok: !error, out: `${stdout ?? ''}${stderr ?? ''}` }),
    ),
  );

const failures = [];
const check = (what, result) => {
  if (!result.ok) failures.push(`${what}:\n${result.out}`);
  else console.log(`ok: ${what}`);
};

// React and Vue: correct and wrong use side by side, each wrong line marked as an expected error,
// so the check fails when a wrong line is accepted as much as when a right one is refused.
const [react, vue, svelte, wrong] = await Promise.all([
  run('tsc', ['-p', 'test/frameworks/react/tsconfig.json']),
  run('vue-tsc', ['-p', 'test/frameworks/vue/tsconfig.json']),
  run('svelte-check', ['--workspace', 'test/frameworks/svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings']),
  // Svelte has no expect-error comment in markup: the wrong file must fail on exactly its six lines.
  run('svelte-check', [
    '--workspace',
    'test/frameworks/svelte-wrong',
    '--tsconfig',
    './tsconfig.json',
    '--output',
    'machine',
  ]),
]);
check('React 19, strict TSX (JSX.IntrinsicElements)', react);
check('Vue 3, vue-tsc with strictTemplates (GlobalComponents)', vue);
check('Svelte 5, svelte-check (SvelteHTMLElements)', svelte);
const lines = [...wrong.out.matchAll(/ERROR "Wrong\.svelte" (\d+):/g)].map((match) => Number(match[1]));
const expected = [8, 9, 10, 11, 12, 13];
if (wrong.ok || JSON.stringify(lines) !== JSON.stringify(expected)) {
  failures.push(
    `Svelte 5: Wrong.svelte must fail on lines 8–13 (layout, profile, variant, event, attribute, profile as text), failed on [${lines}]:\n${wrong.out}`,
  );
} else
  console.log(
    'ok: Svelte 5 rejects a wrong layout, profile and variant, a misspelled event and attribute, a profile as text',
  );

if (failures.length) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
