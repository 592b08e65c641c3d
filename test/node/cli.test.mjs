// The validation CLI, run as a CMS pipeline runs it: a folder of profiles, one command, an exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../bin/sos-village-widgets.mjs', import.meta.url).pathname;
const almaty = JSON.parse(readFileSync(new URL('../../demo/data/almaty.json', import.meta.url), 'utf8'));
const run = (args, cwd) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'sos-profiles-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const made = (id, change = () => {}) => {
  const profile = structuredClone(almaty);
  profile.id = id;
  change(profile);
  return profile;
};

test('passes a folder of valid profiles with exit status 0', () => {
  const dir = folder({ 'villages/almaty.json': almaty, 'villages/nordhavn.json': made('nordhavn') });
  const result = run(['validate', 'villages'], dir);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /2 files checked: 2 valid, 0 not\./);
});

test('names each problem as file: path: message and exits 1', () => {
  const dir = folder({
    'villages/good.json': made('good'),
    'villages/bad.json': made('bad', (p) => {
      p.impact.totalBeneficiaries = -4;
      delete p.name;
    }),
    'villages/broken.json': '{"schemaVersion": 1,',
  });
  const result = run(['validate', 'villages'], dir);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^villages\/bad\.json: name: /m);
  assert.match(result.stdout, /^villages\/bad\.json: impact\.totalBeneficiaries: must be 0 or more$/m);
  assert.match(result.stdout, /^villages\/broken\.json: \(file\): is not JSON: /m);
  assert.match(result.stdout, /3 files checked: 1 valid, 2 not\./);
});

test('lists parts the widgets would leave out as warnings, errors only with --strict', () => {
  const dir = folder({ 'a.json': made('a', (p) => (p.media[0].src = 'javascript:alert(1)')) });
  const lenient = run(['validate', 'a.json'], dir);
  assert.equal(lenient.status, 0);
  assert.match(lenient.stdout, /^a\.json: warning: media\[0\]\.src: must be an https: URL/m);
  assert.equal(run(['validate', '--strict', 'a.json'], dir).status, 1);
});

test('refuses two profiles with one id', () => {
  const dir = folder({ 'a.json': made('same'), 'b.json': made('same') });
  const result = run(['validate', '.'], dir);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^b\.json: id: is "same", already the id of a\.json$/m);
});

test('reports as JSON for CI', () => {
  const dir = folder({ 'a.json': made('a'), 'b.json': { schemaVersion: 2 } });
  const result = run(['validate', '--json', '.'], dir);
  assert.equal(result.status, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.ok, false);
  assert.deepEqual(report.files.map((f) => [f.file, f.ok]), [['a.json', true], ['b.json', false]]);
  assert.ok(report.files[1].errors.some((e) => e.path === 'schemaVersion'));
});

test('resolves relative URLs against --base-url and the file path', () => {
  const dir = folder({ 'villages/a.json': made('a', (p) => (p.media[0].src = '../images/a.svg')) });
  const result = run(['validate', '--json', '--base-url', 'https://data.example.org/', 'villages/a.json'], dir);
  assert.equal(result.status, 0, result.stdout);
  assert.deepEqual(JSON.parse(result.stdout).files[0].warnings, []);
});

test('says how to use it, with exit status 2 on a usage error', () => {
  assert.equal(run(['--help']).status, 0);
  const wrong = run(['check', 'x.json']);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Usage: sos-village-widgets validate/);
  assert.equal(run(['validate']).status, 2);
  const missing = run(['validate', 'nowhere.json']);
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /nowhere\.json: \(file\): cannot be read/);
});

test('checks hundreds of files quickly', () => {
  const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`v/${i}.json`, made(`village-${i}`)]));
  const dir = folder(files);
  const started = Date.now();
  const result = run(['validate', 'v'], dir);
  assert.equal(result.status, 0, result.stdout.slice(0, 500));
  assert.match(result.stdout, /300 files checked: 300 valid/);
  console.log(`300 profiles validated in ${Date.now() - started} ms`);
});

test('checks an index of villages against the profiles beside it', () => {
  const index = [
    { id: 'almaty', name: "SOS Children's Village Almaty", country: 'KZ', url: 'almaty.json' },
    { id: 'nordhavn', name: 'Nordhavn', country: 'DK', url: 'nordhavn.json' },
  ];
  const good = folder({ 'villages/index.json': index, 'villages/almaty.json': almaty, 'villages/nordhavn.json': made('nordhavn') });
  const passed = run(['validate', 'villages'], good);
  assert.equal(passed.status, 0, passed.stdout);
  assert.match(passed.stdout, /3 files checked: 3 valid/);

  const bad = folder({
    'villages/index.json': [...index, { id: 'almaty', url: 'almaty.json' }, { id: 'gone', url: 'gone.json' }, { url: 'x.json' }],
    'villages/almaty.json': almaty,
    'villages/nordhavn.json': made('other-id'),
  });
  const failed = run(['validate', 'villages'], bad);
  assert.equal(failed.status, 1);
  assert.match(failed.stdout, /^villages\/index\.json: \[1\]\.id: is "nordhavn", but villages\/nordhavn\.json has the id "other-id"$/m);
  assert.match(failed.stdout, /^villages\/index\.json: \[2\]\.id: "almaty" is listed twice$/m);
  assert.match(failed.stdout, /^villages\/index\.json: \[3\]\.url: "gone\.json" is not a profile checked in this run$/m);
  assert.match(failed.stdout, /^villages\/index\.json: \[4\]\.id: must be the id of a village/m);
});
