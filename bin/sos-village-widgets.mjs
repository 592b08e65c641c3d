#!/usr/bin/env node
// sos-village-widgets validate FILE|FOLDER… — checks village profiles with the schema the widgets
// use (the same `parseProfile`), for editors and for a CMS's publishing pipeline.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseProfile } from '../dist/lib/data/parse.js';
import { MAX_PROFILE_BYTES } from '../dist/lib/data/client.js';

const USAGE = `Usage: sos-village-widgets validate [options] FILE|FOLDER…

Checks village profile JSON files against the schema the widgets use. A folder is searched for
*.json files. Prints each problem as "file: path: message"; a malformed optional part, which the
widgets leave out, is a warning. A file named index.json is a list of villages
([{"id", "name", "country", "url"}, …]): each entry's url must lead to a profile checked in the
same run, with the same id.

Options:
  --base-url URL  where the files are published (relative URLs in them resolve against
                  URL + the file's path from the current folder); default https://data.invalid/
  --strict        count warnings as errors
  --json          print one JSON report instead of lines
  --help          this text

Exit status: 0 when every file is valid, 1 when any is not, 2 on a usage error.`;

function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return print(USAGE, 0);
  if (command !== 'validate') return print(`Unknown command "${command}".\n\n${USAGE}`, 2, true);
  const options = { baseUrl: 'https://data.invalid/', strict: false, json: false };
  const inputs = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return print(USAGE, 0);
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--base-url') options.baseUrl = rest[++i] ?? '';
    else if (arg.startsWith('--base-url=')) options.baseUrl = arg.slice('--base-url='.length);
    else if (arg.startsWith('--')) return print(`Unknown option "${arg}".\n\n${USAGE}`, 2, true);
    else inputs.push(arg);
  }
  if (!/^https?:\/\/[^/]/.test(options.baseUrl)) return print('--base-url must be an http(s) URL.', 2, true);
  if (!inputs.length) return print(`Name at least one file or folder.\n\n${USAGE}`, 2, true);

  const files = [];
  for (const input of inputs) {
    try {
      collect(resolve(input), files);
    } catch {
      files.push({ path: resolve(input), missing: true });
    }
  }
  const reports = files.map((file) => (basename(file.path) === 'index.json' ? { path: file.path, index: true } : validate(file, options)));
  const byPath = new Map(reports.filter((report) => !report.index).map((report) => [resolve(report.file), report]));
  reports.forEach((report, i) => {
    if (report.index) reports[i] = validateIndex(report.path, byPath);
  });
  const ids = new Map();
  for (const report of reports) {
    if (!report.id) continue;
    const first = ids.get(report.id);
    if (first) report.errors.push({ path: 'id', message: `is "${report.id}", already the id of ${first}` });
    else ids.set(report.id, report.file);
  }
  for (const report of reports) report.ok = report.errors.length === 0 && !(options.strict && report.warnings.length);

  const failed = reports.filter((report) => !report.ok).length;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ok: failed === 0, files: reports.map(({ id, ...report }) => report) }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      for (const { path, message } of report.errors) console.log(`${report.file}: ${path}: ${message}`);
      for (const { path, message } of report.warnings) console.log(`${report.file}: warning: ${path}: ${message}`);
    }
    const warned = reports.filter((report) => report.warnings.length).length;
    console.log(`${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${reports.length - failed} valid, ${failed} not${warned ? `; ${warned} with parts the widgets leave out` : ''}.`);
  }
  return failed ? 1 : 0;
}

function collect(path, files) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = join(path, name);
      if (statSync(child).isDirectory()) collect(child, files);
      else if (name.endsWith('.json')) files.push({ path: child });
    }
  } else files.push({ path });
}

function validate({ path, missing }, options) {
  const file = relative(process.cwd(), path) || path;
  const report = { file, ok: false, errors: [], warnings: [] };
  if (missing) {
    report.errors.push({ path: '(file)', message: 'cannot be read: no such file or folder' });
    return report;
  }
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    report.errors.push({ path: '(file)', message: `cannot be read: ${error.code ?? error.message}` });
    return report;
  }
  if (Buffer.byteLength(text) > MAX_PROFILE_BYTES) {
    report.errors.push({ path: '(file)', message: `is larger than ${MAX_PROFILE_BYTES / 1_000_000} MB, which the widgets refuse` });
    return report;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report.errors.push({ path: '(file)', message: `is not JSON: ${error.message}` });
    return report;
  }
  const result = parseProfile(json, { baseUrl: new URL(file.split(/[\\/]/).map(encodeURIComponent).join('/'), options.baseUrl).href });
  report.warnings = result.warnings;
  if (result.ok) report.id = result.profile.id;
  else report.errors.push(...result.error.issues);
  return report;
}

/** An index of villages: a list of entries whose `url` leads to a profile of this run with the same `id`. */
function validateIndex(path, profiles) {
  const file = relative(process.cwd(), path) || path;
  const report = { file, ok: false, errors: [], warnings: [] };
  let entries;
  try {
    entries = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    report.errors.push({ path: '(file)', message: `is not a readable JSON list: ${error.message}` });
    return report;
  }
  if (!Array.isArray(entries)) {
    report.errors.push({ path: '(file)', message: 'must be a list of villages: [{"id": …, "url": …}, …]' });
    return report;
  }
  const seen = new Set();
  entries.forEach((entry, i) => {
    const at = `[${i}]`;
    if (!entry || typeof entry !== 'object' || typeof entry.id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(entry.id)) {
      report.errors.push({ path: `${at}.id`, message: 'must be the id of a village: lower-case letters, digits and hyphens' });
      return;
    }
    if (seen.has(entry.id)) report.errors.push({ path: `${at}.id`, message: `"${entry.id}" is listed twice` });
    seen.add(entry.id);
    if (typeof entry.url !== 'string' || !entry.url) {
      report.errors.push({ path: `${at}.url`, message: 'must be the address of the village profile' });
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(entry.url) || entry.url.startsWith('//')) return; // published elsewhere: not checked here
    const target = profiles.get(resolve(dirname(path), entry.url.split(/[?#]/)[0]));
    if (!target) report.errors.push({ path: `${at}.url`, message: `"${entry.url}" is not a profile checked in this run` });
    else if (target.id && target.id !== entry.id) report.errors.push({ path: `${at}.id`, message: `is "${entry.id}", but ${target.file} has the id "${target.id}"` });
  });
  return report;
}

function print(text, code, error = false) {
  (error ? console.error : console.log)(text);
  return code;
}

process.exitCode = main(process.argv.slice(2));
