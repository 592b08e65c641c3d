// Runs a command and keeps its output to itself unless it fails: `node scripts/quiet.mjs "label"
// cmd args…`. On success one line says what ran and how long it took; on failure the whole output
// follows, so nothing is lost. Used for the Storybook build inside `npm test`.
import { spawn } from 'node:child_process';

const [label, command, ...args] = process.argv.slice(2);
const started = Date.now();
const child = spawn(command, args, { shell: process.platform === 'win32', env: process.env });
const output = [];
child.stdout.on('data', (chunk) => output.push(chunk));
child.stderr.on('data', (chunk) => output.push(chunk));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code) => {
  if (code === 0) {
    console.log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else {
    process.stdout.write(Buffer.concat(output));
    console.error(`${label}: failed (exit ${code})`);
  }
  process.exit(code ?? 1);
});
