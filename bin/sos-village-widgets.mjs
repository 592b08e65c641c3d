#!/usr/bin/env node
// sos-village-widgets validate FILE|FOLDER|URL… — checks village profiles with the schema the
// widgets use (the same `parseProfile`), reading each file as the widgets read a response, for
// editors, for a CMS's publishing pipeline, and for a partner whose page names a profile the
// widgets would not show (their console gives its URL, with the paths in a word each; this gives
// the full text). Every option is checked before any file is touched, and every character a
// terminal would act on is escaped in what is printed.
import { relative, resolve, basename } from 'node:path';
import { collect, decode, readRegularFile } from './lib/files.mjs';
import { checkIndex, urlKey } from './lib/index-file.mjs';
import { clip, printable, printableJson } from './lib/printable.mjs';

const USAGE = `Usage: sos-village-widgets validate [options] FILE|FOLDER|URL…

Checks village profile JSON files against the schema the widgets use, reading each as the widgets
do: UTF-8 (a byte-order mark allowed), at most 2 MB. A folder is searched for files whose names
end in ".json"; a folder with none fails. An http(s) URL is fetched as the widgets fetch it (no
cookies, at most 2 MB, within 10 s), and relative URLs in it resolve against its own address. Only regular files are read: a named pipe, a device or
a link that loops is reported, never read. Prints each problem as "file: path: message"; a
malformed optional part, which the widgets leave out, is a warning. A file named index.json is a
list of villages ([{"id", "name", "country", "url"}, …]): each entry's url resolves against the
index's own address, as in a browser, must be an https: address, and when it is under --base-url
must lead to a profile checked in the same run, with the same id.

Options:
  --base-url URL  the address the current folder is published at: a file's address is URL plus
                  its path from here, and relative URLs in it resolve against that address;
                  default https://data.invalid/
  --strict        count warnings as errors
  --dev           allow addresses on this machine or a private network (localhost, 127.0.0.1,
                  10.x…), as a test page has them; published profiles never may. Without it they
                  are allowed only when --base-url is itself such an address
  --json          print one JSON report instead of lines (a usage error too)
  --help          this text
  --              what follows are files and folders, even if they start with "-"

Exit status: 0 when every file is valid, 1 when any is not or a folder has no profile, 2 on a
usage error.`;

const DEFAULT_BASE_URL = 'https://data.invalid/';
/** Problems listed per file and kind: a broken file never floods a terminal or a CI log. */
const MAX_LISTED = 50;

/** The command line read into options, or `{ usage }` (a message) when it cannot be followed. */
function readArguments(argv) {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  const json = flags.includes('--json');
  if (flags.includes('--help') || flags.includes('-h')) return { help: true, json };
  const [command, ...rest] = argv;
  if (command === undefined) return { json, usage: 'Name a command: validate.', withUsage: true };
  if (command !== 'validate') return { json, usage: `Unknown command "${clip(command, 100)}".`, withUsage: true };
  const options = { json, strict: false, dev: false, baseUrl: DEFAULT_BASE_URL, inputs: [] };
  let onlyNames = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyNames || arg === '-' || !arg.startsWith('-')) options.inputs.push(arg);
    else if (arg === '--') onlyNames = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--dev') options.dev = true;
    else if (arg === '--json') continue;
    else if (arg === '--base-url' || arg.startsWith('--base-url=')) {
      const value = arg === '--base-url' ? rest[++i] : arg.slice('--base-url='.length);
      if (value === undefined || value.startsWith('--'))
        return { json, usage: '--base-url needs a URL after it, such as --base-url https://data.example.org/' };
      const base = folderUrl(value);
      if (base.problem) return { json, usage: base.problem };
      options.baseUrl = base.href;
    } else return { json, usage: `Unknown option "${clip(arg, 100)}".`, withUsage: true };
  }
  if (!options.inputs.length) return { json, usage: 'Name at least one file or folder to check.', withUsage: true };
  return options;
}

/** `--base-url` as the address of a folder (a final "/" added), or `{ problem }` in words. */
function folderUrl(value) {
  const shown = `"${clip(value, 200)}"`;
  const example = 'such as https://data.example.org/';
  if (!value) return { problem: `--base-url needs a URL, ${example}` };
  if (/[\u0000-\u0020\u007f]/.test(value))
    return {
      problem: `--base-url ${shown} has a space or a control character in it: write the URL without them (a space in a path as %20)`,
    };
  let url;
  try {
    url = new URL(value);
  } catch {
    return { problem: `--base-url ${shown} is not a URL a browser can read: write it in full, ${example}` };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname)
    return { problem: `--base-url ${shown} must be an http(s) address, ${example}` };
  if (url.username || url.password) return { problem: `--base-url ${shown} must not carry a user name or password` };
  if (url.search || url.hash)
    return { problem: `--base-url ${shown} must be the address of a folder, without a ?query or #fragment` };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { href: url.href };
}

/** The widgets' own parser, size cap, URL check and id rule, from the build. */
async function loadWidgets() {
  const [{ parseProfile }, { MAX_PROFILE_BYTES }, { safeHref }, { ID }] = await Promise.all([
    import('../dist/lib/data/parse.js'),
    import('../dist/lib/data/client.js'),
    import('../dist/lib/data/url.js'),
    import('../dist/lib/data/rules.js'),
  ]);
  return { parseProfile, MAX_PROFILE_BYTES, safeHref, ID };
}

async function main(argv) {
  const options = readArguments(argv);
  if (options.help) return { out: USAGE.split('\n'), code: 0 };
  if (options.usage) {
    if (options.json) return { json: { ok: false, usage: options.usage, files: [] }, code: 2 };
    return {
      err: options.withUsage
        ? [options.usage, '', ...USAGE.split('\n')]
        : [options.usage, 'See sos-village-widgets --help.'],
      code: 2,
    };
  }
  let widgets;
  try {
    widgets = await loadWidgets();
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return failure(options, 'the built widgets (dist/lib/) are missing: run "npm run build" first');
  }

  const addresses = options.inputs.filter(isAddress);
  const reports = [
    ...collect(options.inputs.filter((input) => !isAddress(input))).map((entry) =>
      entry.folder ? folderReport(entry) : readReport(entry, options, widgets),
    ),
    ...(await Promise.all(addresses.map((address) => fetchReport(address, options, widgets)))),
  ];
  const profiles = new Map(reports.filter((report) => report.key).map((report) => [report.key, report]));
  for (const report of reports) {
    if (report.index === undefined) continue;
    const found = checkIndex(report.index, {
      indexUrl: report.url,
      baseUrl: options.baseUrl,
      profiles,
      safeHref: widgets.safeHref,
      ID: widgets.ID,
    });
    report.errors.push(...found.errors);
    report.warnings.push(...found.warnings);
  }
  const ids = new Map();
  for (const report of reports) {
    if (!report.id) continue;
    const first = ids.get(report.id);
    if (first)
      report.errors.push({
        path: 'id',
        message: `is "${report.id}", already the id of ${first}: give each village its own id`,
      });
    else ids.set(report.id, report.file);
  }
  const shown = reports.map(({ file, folder, errors, warnings }) => ({
    file,
    ...(folder ? { folder } : {}),
    ok: errors.length === 0 && !(options.strict && warnings.length),
    errors: listed(errors),
    warnings: listed(warnings),
  }));
  const failed = shown.filter((report) => !report.ok).length;
  if (options.json) return { json: { ok: failed === 0, files: shown }, code: failed ? 1 : 0 };

  const lines = [];
  for (const report of shown) {
    for (const { path, message } of report.errors) lines.push(`${report.file}: ${path}: ${message}`);
    for (const { path, message } of report.warnings) lines.push(`${report.file}: warning: ${path}: ${message}`);
  }
  const files = shown.filter((report) => !report.folder);
  const folders = shown.filter((report) => report.folder && report.errors.length).length;
  const notValid = files.filter((report) => !report.ok).length;
  const warned = files.filter((report) => report.warnings.length).length;
  lines.push(
    `${plural(files.length, 'file')} checked: ${files.length - notValid} valid, ${notValid} not` +
      `${warned ? `; ${warned} with parts the widgets leave out` : ''}` +
      `${folders ? `; ${plural(folders, 'folder')} with nothing checked` : ''}.`,
  );
  return { out: lines, code: failed ? 1 : 0 };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** At most MAX_LISTED problems, each path and message of a bounded length. */
function listed(problems) {
  const kept = problems
    .slice(0, MAX_LISTED)
    .map(({ path, message }) => ({ path: clip(path || '(the profile itself)', 300), message: clip(message, 600) }));
  if (problems.length > MAX_LISTED)
    kept.push({ path: '(file)', message: `and ${problems.length - MAX_LISTED} more not listed: correct these first` });
  return kept;
}

const nameOf = (path) => relative(process.cwd(), path) || '.';

/** The address a file is published at: --base-url plus its path from the current folder. */
const publishedUrl = (file, baseUrl) => new URL(file.split(/[\\/]/).map(encodeURIComponent).join('/'), baseUrl).href;

function folderReport({ path, problem, warning }) {
  const listOf = (message) => (message ? [{ path: '(folder)', message }] : []);
  return { file: nameOf(path), folder: true, errors: listOf(problem), warnings: listOf(warning) };
}

/** Reads one file as the widgets read a response, and checks it (an index later, with the rest). */
function readReport({ path }, options, widgets) {
  const file = nameOf(path);
  const report = { file, url: publishedUrl(file, options.baseUrl), errors: [], warnings: [] };
  const read = readRegularFile(path, widgets.MAX_PROFILE_BYTES);
  if (read.problem) return fileProblem(report, read.problem);
  return checkBytes(report, read.bytes, basename(path) === 'index.json', options, widgets);
}

/** Whether a command-line name is an http(s) address rather than a file or folder. */
const isAddress = (input) => /^https?:\/\//i.test(input);
/** How long a profile at an address may take to arrive, as long as a widget waits at most. */
const FETCH_TIMEOUT = 10_000;

/** Fetches one profile (or index) as the widgets fetch it, and checks it against its own address. */
async function fetchReport(address, options, widgets) {
  const report = { file: clip(address, 300), url: address, errors: [], warnings: [] };
  let url;
  try {
    url = new URL(address);
  } catch {
    return fileProblem(
      report,
      'is not an address a browser can read: write it in full, such as https://data.example.org/villages/almaty.json',
    );
  }
  if (url.username || url.password) return fileProblem(report, 'must not carry a user name or password');
  let response;
  try {
    response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT) });
  } catch (error) {
    const why =
      error?.name === 'TimeoutError'
        ? `it did not arrive within ${FETCH_TIMEOUT / 1000} s`
        : (error?.cause?.code ?? error?.message ?? String(error));
    return fileProblem(report, `could not be fetched: ${why}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return fileProblem(report, `could not be fetched: the server answered ${response.status}`);
  }
  report.url = response.url || address; // after redirects: what relative URLs resolve against
  const read = await readBody(response, widgets.MAX_PROFILE_BYTES);
  if (read.problem) return fileProblem(report, read.problem);
  return checkBytes(report, read.bytes, basename(new URL(report.url).pathname) === 'index.json', options, widgets);
}

/** A response's body, counting bytes as they arrive and stopping past `limit`, as the widgets do. */
async function readBody(response, limit) {
  const tooLarge = {
    problem: `is larger than ${limit / 1_000_000} MB, where the widgets stop reading: make it smaller`,
  };
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel().catch(() => {});
    return tooLarge;
  }
  const chunks = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > limit) return tooLarge; // leaving the loop cancels the rest of the body
      chunks.push(chunk);
    }
  } catch (error) {
    return { problem: `was cut off: ${error?.cause?.code ?? error?.message ?? error}` };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

function fileProblem(report, message) {
  report.errors.push({ path: '(file)', message });
  return report;
}

/** Checks the bytes of a file or response as the widgets read them: a profile, or an index for later. */
function checkBytes(report, bytes, isIndex, options, { parseProfile }) {
  const { url } = report;
  const { text, invalidLine } = decode(bytes);
  if (invalidLine) {
    report.warnings.push({
      path: '(file)',
      message: `has bytes that are not UTF-8 (the first on line ${invalidLine}), which the widgets show as "\ufffd": save the file as UTF-8`,
    });
  }
  if (!text.trim()) return fileProblem(report, 'is empty: a profile is a JSON object, {"schemaVersion": 1, …}');
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fileProblem(report, `is not JSON: ${error.message}${lineOf(text, error.message)}`);
  }
  if (isIndex) {
    report.index = json;
    return report;
  }
  const result = parseProfile(json, options.dev ? { baseUrl: url, development: true } : { baseUrl: url });
  report.warnings.push(...result.warnings);
  if (result.ok) {
    report.id = result.profile.id;
    report.key = urlKey(url);
  } else report.errors.push(...result.error.issues);
  return report;
}

/** " (line L, column C)" for a JSON error that gives a position. */
function lineOf(text, message) {
  const position = Number(/at position (\d+)/.exec(message)?.[1]);
  if (!Number.isInteger(position)) return '';
  const before = text.slice(0, position).split('\n');
  return ` (line ${before.length}, column ${before.at(-1).length + 1})`;
}

function failure(options, message) {
  if (options.json) return { json: { ok: false, error: message, files: [] }, code: 1 };
  return { err: [`sos-village-widgets: ${message}`], code: 1 };
}

/** Writes `lines`, one a line, with every character a terminal acts on escaped (a new line in a name too). */
function write(stream, lines) {
  if (lines) stream.write(`${lines.map(printable).join('\n')}\n`);
}

const argv = process.argv.slice(2);
let result;
try {
  result = await main(argv);
} catch (error) {
  result = failure({ json: argv.includes('--json') }, `could not finish: ${error?.stack ?? error}`);
}
process.stdout.on('error', () => {});
if (result.json) process.stdout.write(`${printableJson(result.json)}\n`);
write(process.stdout, result.out);
write(process.stderr, result.err);
process.exitCode = result.code;
