// index.json: the list of villages a CMS publishes beside the profiles. Each entry's url is read
// as a browser reads it (resolved against the index's own address, then through the widgets' own
// URL check), and one that lands under --base-url must lead to a profile of the same run.
import { clip } from './printable.mjs';

const CONTROL = /[\u0000-\u001f\u007f]/;
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record, key) => (Object.hasOwn(record, key) ? record[key] : undefined);
const quoted = (value) => `"${clip(value, 200)}"`;

/**
 * A URL as a static host finds the file: origin and path, percent-escapes decoded per segment (so
 * `v%31.json` is `v1.json`), query and fragment left out. An escaped slash stays escaped: it never
 * names a file in a folder.
 */
export function urlKey(href) {
  const url = new URL(href);
  const path = url.pathname
    .split('/')
    .map((segment) => {
      if (/%2f|%5c/i.test(segment)) return segment;
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
  return `${url.origin}${path}`;
}

/** Why the widgets' URL check (`safeHref`) refuses `value`, in words. */
function refusal(value, base) {
  const trimmed = value.trim();
  if (CONTROL.test(trimmed)) return `${quoted(value)} has a control character in it: remove it`;
  let url;
  try {
    url = new URL(trimmed, base);
  } catch {
    return `${quoted(value)} is not an address a browser can read: write it as a path such as "almaty.json", or in full with https:`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `${quoted(value)} starts with ${clip(url.protocol, 40)}, but the address of a profile must be https:`;
  if (url.username || url.password)
    return `${quoted(value)} has a user name or password before the host, which hides the real host: remove the part up to "@"`;
  return `${quoted(value)} is not an address the widgets accept: use an https: address`;
}

/**
 * The problems of one index: `{ errors, warnings }`, each `{ path, message }`. `profiles` maps
 * `urlKey` of each profile's published address to its report (`file`, `id`).
 */
export function checkIndex(list, { indexUrl, baseUrl, profiles, safeHref, ID }) {
  const errors = [];
  const warnings = [];
  if (!Array.isArray(list)) {
    errors.push({
      path: '(file)',
      message: 'must be a list of villages: [{"id": …, "name": …, "country": …, "url": …}, …]',
    });
    return { errors, warnings };
  }
  const baseKey = urlKey(baseUrl);
  const seen = new Set();
  list.forEach((entry, i) => {
    const at = `[${i}]`;
    if (!isRecord(entry)) {
      errors.push({ path: at, message: 'must be a village: {"id": …, "name": …, "country": …, "url": …}' });
      return;
    }
    const id = own(entry, 'id');
    if (typeof id !== 'string' || !ID.test(id)) {
      errors.push({
        path: `${at}.id`,
        message: 'must be the id of a village, as in its profile: lower-case letters, digits and hyphens',
      });
      return;
    }
    if (seen.has(id)) errors.push({ path: `${at}.id`, message: `"${id}" is listed twice: list each village once` });
    seen.add(id);

    const url = own(entry, 'url');
    if (typeof url !== 'string' || !url.trim()) {
      errors.push({ path: `${at}.url`, message: 'must be the address of the village profile, such as "almaty.json"' });
      return;
    }
    const href = safeHref(url, indexUrl);
    if (!href) {
      errors.push({ path: `${at}.url`, message: refusal(url, indexUrl) });
      return;
    }
    const key = urlKey(href);
    if (!key.startsWith(baseKey)) {
      warnings.push({
        path: `${at}.url`,
        message: `${quoted(url)} leads outside --base-url (${clip(baseUrl, 200)}), so this run cannot check that a profile is there`,
      });
      return;
    }
    const target = profiles.get(key);
    if (!target) {
      errors.push({
        path: `${at}.url`,
        message: `${quoted(url)} leads to ${clip(key.slice(baseKey.length), 200)}, which is not a profile checked in this run (a relative url resolves against the address of the index itself, as in a browser): correct the url, or check that profile too`,
      });
    } else if (target.id && target.id !== id) {
      errors.push({
        path: `${at}.id`,
        message: `is "${id}", but ${target.file} has the id "${target.id}": make them the same`,
      });
    }
  });
  return { errors, warnings };
}
