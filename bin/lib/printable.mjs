// What the CLI prints comes from files it does not trust: names, JSON texts, keys and values. A
// terminal acts on control characters (ESC sequences set the window title, write to the
// clipboard, clear the screen and the scrollback; C1 controls do the same in one character) and
// direction overrides reorder what is shown, so none of them reaches the terminal as it is.

// C0 controls, DEL, C1 controls, the direction marks, embeddings, overrides and isolates, the
// line and paragraph separators, and lone surrogates (which cannot be written as UTF-8).
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const hex = (char, digits) => char.charCodeAt(0).toString(16).padStart(digits, '0');

/** `text` for one line of a terminal: every character above written as `\n`, `\x1b` or `\u202e`. */
export function printable(text) {
  return String(text).replace(
    UNPRINTABLE,
    (char) => NAMED[char] ?? (char.charCodeAt(0) < 0x100 ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`),
  );
}

// JSON.stringify already writes C0 controls and lone surrogates as \u escapes; these it leaves raw.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * `value` as JSON with every character `printable` escapes written as a `\u` escape: the same
 * strings once parsed, and safe to `cat`. (Outside strings JSON.stringify writes none of them.)
 */
export function printableJson(value) {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${hex(char, 4)}`);
}

/** `text` cut to at most `max` characters (never inside a surrogate pair), marked with "…". */
export function clip(text, max) {
  const value = String(text);
  if (value.length <= max) return value;
  const end = /[\ud800-\udbff]/.test(value[max - 2]) ? max - 2 : max - 1;
  return `${value.slice(0, end)}…`;
}
