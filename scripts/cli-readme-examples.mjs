// The README's validation-CLI examples, run as a reader would run them (part of
// scripts/readme-examples.mjs):
// - the publishing layout of "Publishing live data" (its index.json line and its profile files)
//   is built in a temporary folder, and each `validate` command of the README's sh blocks must
//   pass on it, with a --base-url that is the layout's own address;
// - the sample problem the README quotes ("villages/almaty.json: impact.totalBeneficiaries: must
//   be 0 or more") is printed, word for word, for a profile with that field below 0;
// - the command the README gives for this repository (`node bin/sos-village-widgets.mjs validate
//   demo/data`) passes.
// Returns one line per problem, "README.md:LINE: …".
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/sos-village-widgets.mjs');
const SAMPLE = JSON.parse(readFileSync(join(ROOT, 'demo/data/almaty.json'), 'utf8'));
const validate = (args, cwd) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
const lineAt = (readme, index) => readme.slice(0, index).split('\n').length;
const firstLines = (text, n = 5) => text.trim().split('\n').slice(0, n).join(' | ');

export function cliProblems(readme) {
  const problems = [];
  // Fenced blocks, also those indented in a list item (their indent removed).
  const blocks = [...readme.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((match) => ({
    lang: match[2],
    code: match[3].replace(new RegExp(`^${match[1]}`, 'gm'), ''),
    line: lineAt(readme, match.index),
  }));
  const section = readme.indexOf('\n## Publishing live data');
  if (section < 0) return ['README.md: no "Publishing live data" section, which the CLI examples are read from'];
  const sectionLine = lineAt(readme, section + 1);
  const layout = blocks.find((block) => block.lang === '' && block.line > sectionLine);
  const commands = blocks
    .filter((block) => block.lang === 'sh')
    .flatMap((block) => block.code.split('\n').map((text, i) => ({ text: text.trim(), line: block.line + 1 + i })))
    .filter(({ text }) => /^npx sos-village-widgets validate /.test(text));
  if (!layout) problems.push(`README.md:${sectionLine}: no layout block (\`\`\`) in "Publishing live data"`);
  if (!commands.length)
    problems.push(`README.md:${sectionLine}: no \`npx sos-village-widgets validate\` command in an sh block`);
  if (!layout || !commands.length) return problems;

  // The layout: its address on the first line, then "path   content" lines.
  const [rootLine, ...entries] = layout.code.trimEnd().split('\n');
  const root = rootLine.trim();
  const dir = mkdtempSync(join(tmpdir(), 'sos-readme-layout-'));
  try {
    for (const entry of entries) {
      const match = /^\s*([\w./-]+\.json)\s+(.*)$/.exec(entry);
      if (!match) continue;
      const [, path, content] = match;
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      if (content.startsWith('[')) {
        // The index, as shown: the "…" stands for more villages.
        writeFileSync(join(dir, path), content.replace(/,\s*…\s*]$/, ']'));
      } else {
        writeFileSync(
          join(dir, path),
          JSON.stringify({
            ...SAMPLE,
            id: path
              .split('/')
              .pop()
              .replace(/\.json$/, ''),
          }),
        );
      }
    }
    for (const { text, line } of commands) {
      const args = text.split(/\s+/).slice(2);
      const base = args[args.indexOf('--base-url') + 1];
      if (args.includes('--base-url') && base !== root)
        problems.push(`README.md:${line}: --base-url ${base} is not the layout's address ${root}`);
      const result = validate(args, dir);
      if (result.status !== 0) {
        problems.push(
          `README.md:${line}: \`${text}\` fails on the README's own layout (README.md:${layout.line}), exit ${result.status}: ${firstLines(result.stdout + result.stderr)}`,
        );
      }
    }

    // The sample problem, word for word.
    const quoted = /\("([\w./-]+\.json):\s+([\w.[\]]+):\s+([^"]+)"\)/.exec(readme.slice(section));
    if (!quoted)
      problems.push(`README.md:${sectionLine}: no sample problem ("file: path: message") next to the validate command`);
    else {
      const [text, file, path, message] = quoted;
      const line = lineAt(readme, section + quoted.index);
      const profile = structuredClone(SAMPLE);
      const keys = path.split('.');
      let at = profile;
      for (const key of keys.slice(0, -1)) at = at?.[key];
      if (!at || !(keys.at(-1) in at))
        problems.push(`README.md:${line}: the sample's path ${path} is not a field of demo/data/almaty.json`);
      else {
        at[keys.at(-1)] = -1;
        const sampleDir = join(dir, 'sample');
        mkdirSync(join(sampleDir, dirname(file)), { recursive: true });
        writeFileSync(join(sampleDir, file), JSON.stringify(profile));
        const expected = `${file}: ${path}: ${message.replace(/\s+/g, ' ')}`;
        const result = validate(['validate', file], sampleDir);
        if (!result.stdout.split('\n').includes(expected))
          problems.push(
            `README.md:${line}: the CLI does not print ${text.replace(/\s+/g, ' ')} for ${path} = -1; it prints: ${firstLines(result.stdout)}`,
          );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The commands for this repository, run in it.
  for (const match of readme.matchAll(/`node bin\/sos-village-widgets\.mjs (validate [^`]+)`/g)) {
    const result = validate(match[1].split(/\s+/), ROOT);
    if (result.status !== 0)
      problems.push(
        `README.md:${lineAt(readme, match.index)}: \`node bin/sos-village-widgets.mjs ${match[1]}\` fails, exit ${result.status}: ${firstLines(result.stdout + result.stderr)}`,
      );
  }
  return problems;
}
