// Finding and reading the files to check, trusting none of them: only regular files are read (a
// named pipe would block for ever, a device never ends), the size is checked before a byte is
// read, a link to a file is read but a link that loops is a problem of its own entry, and a
// folder search does not follow links to folders (they may lead anywhere, or back up the tree).
import { Buffer, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A name the widgets' profiles are published under: exactly `.json` (what a folder search takes). */
const isJsonName = (name) => name.endsWith('.json');
const isIndexName = (name) => name === 'index.json';
// Opening never waits, even if a named pipe takes the place of a file between the check and the open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1 << 20;

/** What a thing that is not a regular file is, in words. */
function kindOf(stats) {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Why a path cannot be read, in words (the system's code for anything unusual). */
function cannotRead(error) {
  switch (error?.code) {
    case 'ENOENT':
      return 'cannot be read: there is no such file or folder; check the name';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied; let the account that runs the check read it';
    case 'ELOOP':
      return 'cannot be read: a link on the way leads round in a loop';
    case 'ENOTDIR':
      return 'cannot be read: a part of the path is a file, not a folder';
    case 'ENAMETOOLONG':
      return 'cannot be read: the name is too long';
    default:
      return `cannot be read: ${error?.code ?? error?.message ?? error}`;
  }
}

/** A path's own kind, and where it is a link, what the link leads to; or the problem in words. */
function look(path) {
  let own;
  try {
    own = lstatSync(path);
  } catch (error) {
    // A name with bytes that are not UTF-8 reaches Node with U+FFFD in their place, and no such
    // name is on the disk.
    if (error.code === 'ENOENT' && path.includes('\ufffd'))
      return { problem: 'cannot be read: its name is not UTF-8 (shown here with "\ufffd"): rename it' };
    return { problem: cannotRead(error) };
  }
  if (!own.isSymbolicLink()) return { stats: own, link: false };
  try {
    return { stats: statSync(path), link: true };
  } catch (error) {
    if (error.code === 'ELOOP')
      return {
        problem: 'is a link that leads round in a loop, so it was not followed: point it at a profile or remove it',
      };
    if (error.code === 'ENOENT')
      return { problem: 'is a link to a file that does not exist: point it at a profile or remove it' };
    return { problem: cannotRead(error) };
  }
}

function notAFile(stats, link) {
  return `is ${link ? `a link to ${kindOf(stats)}` : kindOf(stats)}, not a regular file: only files are read; put the profile itself here`;
}

/**
 * The files to check, from the names on the command line: each a `{ path }` (which
 * `readRegularFile` may still refuse), or a `{ path, folder: true, problem }` for a folder that
 * cannot be read or has no profile in it, or a `{ path, folder: true, warning }` for a link to a
 * folder that was not followed. A folder search takes names ending in `.json` exactly; a folder
 * named on the command line is walked even when the name is a link.
 */
export function collect(inputs) {
  const entries = [];
  const listed = new Set();
  const walked = new Set();
  const add = (entry) => {
    if (listed.has(entry.path)) return;
    listed.add(entry.path);
    entries.push(entry);
  };

  // A folder named twice (or by two names) is walked once.
  function walk(dir, stats, found) {
    const identity = stats && `${stats.dev}:${stats.ino}`;
    if (walked.has(identity)) return;
    if (identity) walked.add(identity);
    let dirents;
    try {
      dirents = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      add({ path: dir, folder: true, problem: cannotRead(error) });
      return;
    }
    for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const { name } = dirent;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      // A folder inside is walked; a link to a folder is not followed (it could lead anywhere on
      // the disk, or back up the tree) but named, so nothing is left out unsaid. Files are read
      // later, by readRegularFile; a name not ending in .json is never touched.
      if (dirent.isDirectory()) {
        walk(path, look(path).stats, found);
        continue;
      }
      if (dirent.isSymbolicLink() && look(path).stats?.isDirectory()) {
        add({
          path,
          folder: true,
          warning:
            'is a link to a folder, which a folder search does not follow: name that folder on the command line to check it',
        });
        continue;
      }
      if (!isJsonName(name)) {
        if (/\.json$/i.test(name)) found.nearMisses.push(name);
        continue;
      }
      add({ path });
      if (!isIndexName(name)) found.profiles++;
    }
  }

  for (const input of inputs) {
    const path = resolve(input);
    const seen = look(path);
    if (!seen.stats?.isDirectory()) {
      add({ path });
      continue;
    }
    if (walked.has(`${seen.stats.dev}:${seen.stats.ino}`)) continue;
    const found = { profiles: 0, nearMisses: [] };
    walk(path, seen.stats, found);
    if (!found.profiles) add({ path, folder: true, problem: noProfile(found.nearMisses) });
  }
  return entries;
}

function noProfile(nearMisses) {
  const message = 'has no profile to check: no file in it has a name ending in ".json"';
  if (!nearMisses.length) return message;
  const shown = nearMisses
    .slice(0, 3)
    .map((name) => `"${name}"`)
    .join(', ');
  const more = nearMisses.length > 3 ? ` and ${nearMisses.length - 3} more` : '';
  return `${message} (${shown}${more} end${nearMisses.length === 1 ? 's' : ''} otherwise: rename ${nearMisses.length === 1 ? 'it' : 'them'} to end in lower-case ".json")`;
}

const bytesOf = (n) => `${n.toLocaleString('en')} bytes`;
const tooLarge = (size, limit, atLeast = false) =>
  `is ${atLeast ? 'more than ' : ''}${bytesOf(size)}; the widgets refuse a profile over ${bytesOf(limit)} (${limit / 1_000_000} MB): make it smaller`;

/**
 * A regular file's bytes, at most `limit` of them: `{ bytes }`, or `{ problem }` in words. The
 * size is checked on the path and again on the open file before anything is read, and reading
 * stops past `limit` whatever the size said (a file may grow, and some report 0).
 */
export function readRegularFile(path, limit) {
  const seen = look(path);
  if (seen.problem) return { problem: seen.problem };
  if (!seen.stats.isFile()) return { problem: notAFile(seen.stats, seen.link) };
  if (seen.stats.size > limit) return { problem: tooLarge(seen.stats.size, limit) };
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { problem: cannotRead(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return { problem: `changed while it was being read (it is now ${kindOf(stats)}): check it again` };
    if (stats.size > limit) return { problem: tooLarge(stats.size, limit) };
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (!read) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) return { problem: tooLarge(limit, limit, true) };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a file's bytes as a browser's `TextDecoder` reads it, which is what the widgets see:
 * a UTF-8 byte-order mark dropped, each invalid byte read as U+FFFD. `invalidLine` is the line of
 * the first invalid byte, if any.
 */
export function decode(bytes) {
  const text = new TextDecoder().decode(bytes);
  if (isUtf8(bytes)) return { text };
  const at = firstInvalidByte(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return { text, invalidLine: line };
}

function firstInvalidByte(bytes) {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (!length || (length > 1 && !isUtf8(bytes.subarray(i, i + length)))) return i;
    i += length;
  }
  return bytes.length;
}
