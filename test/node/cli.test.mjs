// The validation CLI, run as a CMS pipeline runs it: a folder of profiles, one command, an exit code.
// And run against what a hostile or broken folder holds: named pipes, huge sparse files, links to
// devices and in loops, escape sequences in names and data, bad options.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../bin/sos-village-widgets.mjs', import.meta.url).pathname;
const almaty = JSON.parse(readFileSync(new URL('../../demo/data/almaty.json', import.meta.url), 'utf8'));
// A hang (a named pipe read, a device read) fails the test instead of stopping the suite.
const run = (args, cwd) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
const posix = process.platform !== 'win32';

const folders = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sos-profiles-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(
      join(dir, name),
      typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content),
    );
  }
  return dir;
}

const made = (id, change = () => {}) => {
  const profile = structuredClone(almaty);
  profile.id = id;
  change(profile);
  return profile;
};
// A second, made-up village: another country, name and figures.
const nordhavn = () =>
  made('nordhavn', (p) => {
    p.name = 'SOS Children’s Village Nordhavn';
    p.country = { code: 'DK', name: 'Denmark' };
    p.city = 'Nordhavn';
    p.impact.totalBeneficiaries = 812;
  });

function mkfifo(path) {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
}

/** Characters a terminal acts on, or that reorder what it shows: none may reach it raw. */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

test('passes a folder of valid profiles with exit status 0', () => {
  const dir = folder({ 'villages/almaty.json': almaty, 'villages/nordhavn.json': nordhavn() });
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
    'villages/broken.json': '{"schemaVersion": 1,\n"id": }',
    'villages/empty.json': '  \n',
  });
  const result = run(['validate', 'villages'], dir);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^villages\/bad\.json: name: /m);
  assert.match(result.stdout, /^villages\/bad\.json: impact\.totalBeneficiaries: must be 0 or more$/m);
  assert.match(result.stdout, /^villages\/broken\.json: \(file\): is not JSON: Unexpected token '\}'/m);
  assert.match(result.stdout, /^villages\/empty\.json: \(file\): is empty: a profile is a JSON object/m);
  assert.match(result.stdout, /4 files checked: 1 valid, 3 not\./);
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
  assert.match(result.stdout, /^b\.json: id: is "same", already the id of a\.json: give each village its own id$/m);
});

test('reports as JSON for CI', () => {
  const dir = folder({ 'a.json': made('a'), 'b.json': { schemaVersion: 2 } });
  const result = run(['validate', '--json', '.'], dir);
  assert.equal(result.status, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.ok, false);
  assert.deepEqual(
    report.files.map((f) => [f.file, f.ok]),
    [
      ['a.json', true],
      ['b.json', false],
    ],
  );
  assert.ok(report.files[1].errors.some((e) => e.path === 'schemaVersion'));
});

test('resolves relative URLs against --base-url and the file path', () => {
  const dir = folder({ 'villages/a.json': made('a', (p) => (p.media[0].src = '../images/a.svg')) });
  const result = run(['validate', '--json', '--base-url', 'https://data.example.org/', 'villages/a.json'], dir);
  assert.equal(result.status, 0, result.stdout);
  assert.deepEqual(JSON.parse(result.stdout).files[0].warnings, []);
});

test('says how to use it, with exit status 2 on a usage error', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: sos-village-widgets validate/);
  const none = run([]);
  assert.equal(none.status, 2, 'no arguments at all is a usage error');
  assert.match(none.stderr, /Usage: sos-village-widgets validate/);
  const wrong = run(['check', 'x.json']);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /^Unknown command "check"\./);
  assert.equal(run(['validate']).status, 2);
  assert.equal(run(['validate', '--nope', 'x.json']).status, 2);
  assert.equal(run(['validate', 'x.json', '--base-url']).status, 2);
  const missing = run(['validate', 'nowhere.json']);
  assert.equal(missing.status, 1);
  assert.match(
    missing.stdout,
    /^nowhere\.json: \(file\): cannot be read: there is no such file or folder; check the name$/m,
  );
});

test(
  'checks every option before touching a file, and answers in JSON under --json',
  { skip: !posix && 'needs mkfifo' },
  () => {
    // A named pipe as the input: any read of it before the options are checked would block.
    const dir = folder();
    mkfifo(join(dir, 'pipe.json'));
    for (const baseUrl of [
      'https://a b/',
      'http://[::1',
      ':99999',
      'https://host:99999/',
      'javascript:alert(1)',
      'https://user:pw@data.example.org/',
      'https://data.example.org/?v=1',
      '',
    ]) {
      for (const args of [['--base-url', baseUrl], [`--base-url=${baseUrl}`]]) {
        const text = run(['validate', ...args, 'pipe.json'], dir);
        assert.equal(text.status, 2, `${args}: ${text.stdout}${text.stderr}`);
        assert.match(text.stderr, /^--base-url /, `${args}`);
        assert.equal(text.stdout, '');
        const json = run(['validate', '--json', ...args, 'pipe.json'], dir);
        assert.equal(json.status, 2, `${args}`);
        const answer = JSON.parse(json.stdout);
        assert.equal(answer.ok, false);
        assert.match(answer.usage, /^--base-url /);
        assert.deepEqual(answer.files, []);
      }
    }
    for (const args of [[], ['--nope'], ['--base-url'], ['--base-url', '--strict']]) {
      const json = run(['validate', '--json', ...args], dir);
      assert.equal(json.status, 2, `${args}`);
      assert.equal(JSON.parse(json.stdout).ok, false);
    }
    // A folder URL gains its final slash; a file named like an option follows "--".
    const profiles = folder({
      'villages/a.json': made('a', (p) => (p.media[0].src = '../images/a.svg')),
      '--strict.json': made('b'),
    });
    const ok = run(
      ['validate', '--json', '--base-url=https://data.example.org/root', '--', 'villages', '--strict.json'],
      profiles,
    );
    assert.equal(ok.status, 0, ok.stdout);
    assert.deepEqual(
      JSON.parse(ok.stdout).files.map((f) => [f.file, f.warnings.length]),
      [
        ['villages/a.json', 0],
        ['--strict.json', 0],
      ],
    );
  },
);

test(
  'reads regular files only: pipes, devices, huge sparse files and loops are reported, never read, and the rest is checked',
  { skip: !posix && 'needs mkfifo and symbolic links' },
  () => {
    const dir = folder({ 'v/almaty.json': almaty, 'v/nordhavn.json': nordhavn() });
    const v = join(dir, 'v');
    mkfifo(join(v, 'b.json'));
    symlinkSync('b.json', join(v, 'pipe-link.json'));
    writeFileSync(join(v, 'big.json'), '');
    truncateSync(join(v, 'big.json'), 1_900_000_000); // sparse: no disk used
    symlinkSync('/dev/zero', join(v, 'zero.json'));
    symlinkSync('loop.json', join(v, 'loop.json'));
    symlinkSync('ping.json', join(v, 'pong.json'));
    symlinkSync('pong.json', join(v, 'ping.json'));
    symlinkSync('gone.json', join(v, 'dangling.json'));
    symlinkSync('almaty.json', join(v, 'same.json')); // a link to a file is read
    symlinkSync('..', join(v, 'up'));
    symlinkSync('/', join(v, 'root'));
    symlinkSync('/dev/zero', join(v, 'zero'));
    writeFileSync(Buffer.concat([Buffer.from(join(v, 'latin-')), Buffer.from([0xe9]), Buffer.from('.json')]), '{}'); // a name in Latin-1

    const started = Date.now();
    const result = run(['validate', 'v', 'v/b.json'], dir);
    const took = Date.now() - started;
    assert.equal(result.signal, null, 'finished on its own');
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const line = (file, message) =>
      assert.match(result.stdout, new RegExp(`^v/${file.replace('.', '\\.')}: \\(file\\): ${message}`, 'm'));
    line('b.json', 'is a named pipe, not a regular file');
    line('pipe-link.json', 'is a link to a named pipe, not a regular file');
    line(
      'big.json',
      'is 1,900,000,000 bytes; the widgets refuse a profile over 2,000,000 bytes \\(2 MB\\): make it smaller',
    );
    line('zero.json', 'is a link to a device, not a regular file');
    line('loop.json', 'is a link that leads round in a loop');
    line('ping.json', 'is a link that leads round in a loop');
    line('pong.json', 'is a link that leads round in a loop');
    line('dangling.json', 'is a link to a file that does not exist');
    line('latin-\ufffd.json', 'cannot be read: its name is not UTF-8 \\(shown here with "\ufffd"\\): rename it');
    assert.match(
      result.stdout,
      /^v\/up: warning: \(folder\): is a link to a folder, which a folder search does not follow/m,
    );
    assert.match(result.stdout, /^v\/root: warning: \(folder\): is a link to a folder/m);
    assert.doesNotMatch(result.stdout, /v\/zero:/, 'a link to a device not named .json is not a profile: left alone');
    // The two profiles were still checked, and the link to one of them read (so its id is a duplicate).
    assert.doesNotMatch(result.stdout, /^v\/(almaty|nordhavn)\.json:/m);
    assert.match(result.stdout, /^v\/same\.json: id: is "almaty", already the id of v\/almaty\.json/m);
    assert.match(result.stdout, /^12 files checked: 2 valid, 10 not\.$/m);
    console.log(`hostile folder (pipe, 1.9 GB sparse file, /dev/zero, loops) checked in ${took} ms`);

    const json = JSON.parse(run(['validate', '--json', 'v'], dir).stdout);
    assert.deepEqual(
      json.files.filter((f) => f.ok && !f.folder).map((f) => f.file),
      ['v/almaty.json', 'v/nordhavn.json'],
    );
  },
);

test('fails on a folder with no profile in it', () => {
  const empty = folder();
  mkdirSync(join(empty, 'villages'));
  const none = run(['validate', 'villages'], empty);
  assert.equal(none.status, 1);
  assert.match(
    none.stdout,
    /^villages: \(folder\): has no profile to check: no file in it has a name ending in "\.json"$/m,
  );
  assert.match(none.stdout, /0 files checked: 0 valid, 0 not; 1 folder with nothing checked\./);

  const upper = folder({ 'villages/ALMATY.JSON': almaty, 'villages/notes.txt': 'x' });
  const cased = run(['validate', '--json', 'villages'], upper);
  assert.equal(cased.status, 1);
  const [report] = JSON.parse(cased.stdout).files;
  assert.equal(report.folder, true);
  assert.match(report.errors[0].message, /"ALMATY\.JSON" ends otherwise: rename it to end in lower-case "\.json"/);

  const onlyIndex = folder({ 'villages/index.json': [] });
  assert.equal(run(['validate', 'villages'], onlyIndex).status, 1, 'an index is not a profile');
});

test(
  'escapes every control character it prints, in lines and in JSON',
  { skip: !posix && 'needs control characters in file names' },
  () => {
    const title = '\u001b]0;owned\u0007'; // sets the terminal's title
    const clipboard = '\u001b]52;c;aGVsbG8=\u0007'; // writes the clipboard
    const clear = '\u001b[2J\u001b[3J'; // clears the screen and the scrollback
    const csi = '\u009b31m'; // C1: the same in one character
    const rlo = '\u202e'; // right-to-left override
    const dir = folder({
      [`${title}.json`]: '{"schemaVersion": 1, ' + clear + '}',
      [`k${csi}.json`]: made('keys', (p) => (p.name = { [clipboard]: 'x', [`${rlo}en`]: 'y' })),
      [`v${rlo}.json`]: made('values', (p) => (p.schemaVersion = `${clear}${csi}\u007f`)),
      'quoted.json': made('quoted', (p) => (p.country = `${title}${csi}`)), // the schema library may quote a value
      'line\nforged.json: ok\n.json': made('forged', (p) => (p.impact.totalBeneficiaries = -1)),
      'index.json': [
        { id: 'almaty', url: `${clear}almaty.json` },
        { id: 'other', url: `https://${title}x.example/` },
        { id: 'third', url: `third${csi}.json` },
      ],
      'almaty.json': almaty,
    });
    const text = run(['validate', '.'], dir);
    assert.equal(text.status, 1, text.stdout + text.stderr);
    const lines = text.stdout.split('\n');
    assert.ok(lines.length > 5);
    for (const line of lines) assert.doesNotMatch(line, UNSAFE_FOR_TERMINAL, JSON.stringify(line));
    assert.match(text.stdout, /^\\x1b\]0;owned\\x07\.json: \(file\): is not JSON: /m, 'the file name, escaped');
    assert.match(text.stdout, /\\x1b\[2J\\x1b\[3J/, 'the JSON error, escaped');
    assert.match(
      text.stdout,
      /^k\\x9b31m\.json: name\.\\x1b\]52;c;aGVsbG8=\\x07: /m,
      'a language key in a path, escaped',
    );
    assert.match(text.stdout, /^v\\u202e\.json: schemaVersion: /m);
    assert.match(text.stdout, /^quoted\.json: country: /m);
    assert.match(
      text.stdout,
      /^line\\nforged\.json: ok\\n\.json: impact\.totalBeneficiaries: /m,
      'a new line in a name cannot forge a line of output',
    );
    assert.match(
      text.stdout,
      /^index\.json: \[0\]\.url: "\\x1b\[2J\\x1b\[3Jalmaty\.json" has a control character in it: remove it$/m,
    );
    assert.match(
      text.stdout,
      /^index\.json: \[2\]\.url: "third\\x9b31m\.json" leads to third\\x9b31m\.json, which is not a profile/m,
    );

    const json = run(['validate', '--json', '.'], dir);
    assert.doesNotMatch(json.stdout, UNSAFE_FOR_TERMINAL);
    const report = JSON.parse(json.stdout);
    // The JSON escapes are lossless: the names come back exactly.
    assert.ok(report.files.some((f) => f.file === `${title}.json`));
    assert.ok(report.files.some((f) => f.file === `k${csi}.json`));
    assert.ok(report.files.some((f) => f.file === `v${rlo}.json`));
    assert.ok(report.files.some((f) => f.file === 'line\nforged.json: ok\n.json'));

    // Usage errors echo what was typed: escaped too.
    const usage = run(['validate', `--${clear}`, 'x.json']);
    assert.equal(usage.status, 2);
    for (const line of usage.stderr.split('\n')) assert.doesNotMatch(line, UNSAFE_FOR_TERMINAL);
    assert.match(usage.stderr, /^Unknown option "--\\x1b\[2J\\x1b\[3J"\./);
    const base = run(['validate', '--base-url', `https://x.example/${title}`, 'x.json']);
    assert.equal(base.status, 2);
    assert.doesNotMatch(base.stderr.replaceAll('\n', ''), UNSAFE_FOR_TERMINAL);
  },
);

test('reads files as the widgets do: a byte-order mark, and the size in raw bytes', () => {
  const BOM = '\ufeff';
  const profile = JSON.stringify(nordhavn());
  // Bytes that are not UTF-8, in a key the widgets drop unread: 1.4 MB on disk, 4.2 MB once
  // each invalid byte is decoded as U+FFFD.
  const invalid = Buffer.concat([
    Buffer.from(`${profile.slice(0, -1)}, "x-notes": "`),
    Buffer.alloc(1_400_000, 0xff),
    Buffer.from('"}'),
  ]);
  const padded = (size) =>
    Buffer.concat([Buffer.from(JSON.stringify(made('padded'))), Buffer.alloc(size, ' ')]).subarray(0, size);
  const dir = folder({
    'bom/almaty.json': BOM + JSON.stringify(almaty),
    'bom/index.json': BOM + JSON.stringify([{ id: 'almaty', name: 'Almaty', country: 'KZ', url: 'almaty.json' }]),
    'latin/nordhavn.json': invalid,
    'cap/at.json': padded(2_000_000),
    'cap/over.json': padded(2_000_001),
  });
  const bom = run(['validate', 'bom'], dir);
  assert.equal(bom.status, 0, bom.stdout);

  const latin = run(['validate', 'latin'], dir);
  assert.equal(latin.status, 0, latin.stdout);
  assert.doesNotMatch(latin.stdout, /refuse|larger/);
  assert.match(
    latin.stdout,
    /^latin\/nordhavn\.json: warning: \(file\): has bytes that are not UTF-8 \(the first on line 1\), which the widgets show as "\uFFFD": save the file as UTF-8$/m,
  );
  assert.equal(run(['validate', '--strict', 'latin'], dir).status, 1);

  const cap = run(['validate', 'cap'], dir);
  assert.equal(cap.status, 1);
  assert.doesNotMatch(cap.stdout, /^cap\/at\.json:/m, 'exactly 2 MB is accepted');
  assert.match(
    cap.stdout,
    /^cap\/over\.json: \(file\): is 2,000,001 bytes; the widgets refuse a profile over 2,000,000 bytes/m,
  );
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
  const good = folder({
    'villages/index.json': index,
    'villages/almaty.json': almaty,
    'villages/nordhavn.json': nordhavn(),
  });
  const passed = run(['validate', 'villages'], good);
  assert.equal(passed.status, 0, passed.stdout);
  assert.match(passed.stdout, /3 files checked: 3 valid/);

  const bad = folder({
    'villages/index.json': [
      ...index,
      { id: 'almaty', url: 'almaty.json' },
      { id: 'gone', url: 'gone.json' },
      { url: 'x.json' },
      'almaty',
    ],
    'villages/almaty.json': almaty,
    'villages/nordhavn.json': made('other-id'),
  });
  const failed = run(['validate', 'villages'], bad);
  assert.equal(failed.status, 1);
  assert.match(
    failed.stdout,
    /^villages\/index\.json: \[1\]\.id: is "nordhavn", but villages\/nordhavn\.json has the id "other-id": make them the same$/m,
  );
  assert.match(failed.stdout, /^villages\/index\.json: \[2\]\.id: "almaty" is listed twice: list each village once$/m);
  assert.match(
    failed.stdout,
    /^villages\/index\.json: \[3\]\.url: "gone\.json" leads to villages\/gone\.json, which is not a profile checked in this run/m,
  );
  assert.match(failed.stdout, /^villages\/index\.json: \[4\]\.id: must be the id of a village/m);
  assert.match(failed.stdout, /^villages\/index\.json: \[5\]: must be a village: \{"id"/m);
});

test('resolves index URLs as a browser does, and refuses the ones the widgets refuse', () => {
  const base = 'https://data.example.org/';
  const dir = folder({
    'villages/v1.json': made('v1'),
    'villages/v2.json': nordhavn(),
    'villages/v3.json': made('v3'),
    'villages/v4.json': made('v4'),
  });
  const check = (entries) => {
    writeFileSync(join(dir, 'villages/index.json'), JSON.stringify(entries));
    return run(['validate', '--base-url', base, 'villages'], dir);
  };
  const browserLike = check([
    { id: 'v1', url: 'v%31.json' }, // a static host serves villages/v1.json for this
    { id: 'nordhavn', url: 'v2.json\t' }, // the URL parser trims it
    { id: 'v3', url: '/villages/v3.json?v=2#top' },
    { id: 'v4', url: `${base}villages/./v4.json` },
  ]);
  assert.equal(browserLike.status, 0, browserLike.stdout);
  assert.match(browserLike.stdout, /5 files checked: 5 valid/);

  const hostile = check([
    { id: 'v1', url: 'javascript:alert(1)' },
    { id: 'v2', url: 'data:application/json,{}' },
    { id: 'v3', url: 'file:///etc/passwd' },
    { id: 'v4', url: `https://editor:secret@data.example.org/villages/v4.json` },
    { id: 'a5', url: 'ftp://data.example.org/villages/v1.json' },
    { id: 'a6', url: 'https://[::1' },
    { id: 'a7', url: 'villages/v1.json' }, // resolves against the index: villages/villages/v1.json
    { id: 'a8', url: 'https://elsewhere.example/v1.json' },
  ]);
  assert.equal(hostile.status, 1);
  const at = (i, message) =>
    assert.ok(
      hostile.stdout.split('\n').some((line) => line.startsWith(`villages/index.json: ${message}`)),
      `[${i}]: ${hostile.stdout}`,
    );
  at(0, '[0].url: "javascript:alert(1)" starts with javascript:, but the address of a profile must be https:');
  at(1, '[1].url: "data:application/json,{}" starts with data:, but');
  at(2, '[2].url: "file:///etc/passwd" starts with file:, but');
  at(
    3,
    '[3].url: "https://editor:secret@data.example.org/villages/v4.json" has a user name or password before the host',
  );
  at(4, '[4].url: "ftp://data.example.org/villages/v1.json" starts with ftp:, but');
  at(5, '[5].url: "https://[::1" is not an address a browser can read');
  at(
    6,
    '[6].url: "villages/v1.json" leads to villages/villages/v1.json, which is not a profile checked in this run (a relative url resolves against the address of the index itself, as in a browser)',
  );
  at(7, 'warning: [7].url: "https://elsewhere.example/v1.json" leads outside --base-url (https://data.example.org/)');

  // A broken index lists 50 problems, then a count.
  const many = check(Array.from({ length: 120 }, (_, i) => ({ id: `x${i}`, url: `javascript:${i}` })));
  assert.equal(many.stdout.match(/^villages\/index\.json: \[\d+\]\.url:/gm).length, 50);
  assert.match(many.stdout, /^villages\/index\.json: \(file\): and 70 more not listed: correct these first$/m);
});

test('refuses addresses on the reader’s own machine in published data, unless --dev says it is a test page', () => {
  const local = made('local', (p) => {
    p.url = 'http://127.1/almaty';
  });
  const dir = folder({ 'local.json': local });
  const published = run(['validate', '--strict', 'local.json'], dir);
  assert.equal(published.status, 1, published.stdout + published.stderr);
  assert.match(published.stdout + published.stderr, /url/);
  const dev = run(['validate', '--strict', '--dev', 'local.json'], dir);
  assert.equal(dev.status, 0, dev.stdout + dev.stderr);
});

/** Serves `routes` (path → body, or [status, body]) on a loopback port for the duration of `fn`. */
async function serving(routes, fn) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url, 'http://x').pathname];
    const [status, body] = Array.isArray(route) ? route : route === undefined ? [404, 'not here'] : [200, route];
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    return await fn(`http://127.0.0.1:${server.address().port}`);
  } finally {
    await new Promise((closed) => server.close(closed));
  }
}

/** The CLI run without blocking this process, which serves what it fetches. */
const runAsync = (args) =>
  new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) =>
      done({ status: error ? error.code : 0, stdout, stderr }),
    );
  });

test('fetches a profile at an address as the widgets do, and gives the full text of what their console names in a word', async () => {
  const broken = nordhavn();
  broken.impact.totalBeneficiaries = -1;
  const warned = structuredClone(almaty);
  warned.media[0].src = 'javascript:alert(1)';
  await serving(
    {
      '/villages/almaty.json': warned,
      '/villages/nordhavn.json': broken,
      '/villages/empty.json': '',
      '/villages/huge.json': JSON.stringify({ ...almaty, padding: 'x'.repeat(2_100_000) }),
      '/villages/gone.json': [500, 'down'],
    },
    async (origin) => {
      const good = await runAsync(['validate', `${origin}/villages/almaty.json`]);
      assert.equal(good.status, 0, good.stdout + good.stderr);
      assert.equal(
        good.stdout,
        `${origin}/villages/almaty.json: warning: media[0].src: must be an https: URL without a user name or password; left out media[0]\n` +
          '1 file checked: 1 valid, 0 not; 1 with parts the widgets leave out.\n',
      );

      const names = ['nordhavn', 'empty', 'huge', 'gone', 'missing'].map((name) => `${origin}/villages/${name}.json`);
      const bad = await runAsync(['validate', ...names]);
      assert.equal(bad.status, 1);
      const lines = bad.stdout.split('\n');
      assert.ok(lines.includes(`${names[0]}: impact.totalBeneficiaries: must be 0 or more`), bad.stdout);
      assert.ok(
        lines.some((line) => line.startsWith(`${names[1]}: (file): is empty`)),
        bad.stdout,
      );
      assert.ok(
        lines.includes(`${names[2]}: (file): is larger than 2 MB, where the widgets stop reading: make it smaller`),
        bad.stdout,
      );
      assert.ok(lines.includes(`${names[3]}: (file): could not be fetched: the server answered 500`), bad.stdout);
      assert.ok(lines.includes(`${names[4]}: (file): could not be fetched: the server answered 404`), bad.stdout);
      assert.match(bad.stdout, /5 files checked: 0 valid, 5 not/);
    },
  );
});

test('refuses an address it cannot use, and checks files and addresses together', async () => {
  const dir = folder({ 'villages/almaty.json': almaty });
  const result = await runAsync([
    'validate',
    'https://user:secret@127.0.0.1:1/x.json',
    'http://[::1',
    join(dir, 'villages'),
  ]);
  assert.equal(result.status, 1);
  assert.match(
    result.stdout,
    /https:\/\/user:secret@127\.0\.0\.1:1\/x\.json: \(file\): must not carry a user name or password/,
  );
  assert.match(result.stdout, /http:\/\/\[::1: \(file\): is not an address a browser can read/);
  assert.match(result.stdout, /3 files checked: 1 valid, 2 not\./);
});
