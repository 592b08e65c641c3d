/**
 * The rules of the village-profile contract that are not valibot: caps, patterns and the checks
 * behind them. The valibot schema (`schema.ts`) and the lean reader of the partner bundles
 * (`read.ts`) both take them from here, so the two cannot drift apart on a number or a pattern.
 */
import { safeHref } from '../internal/url.js';

/** List caps, also published in the JSON Schema as `maxItems`. */
export const LIMITS = {
  programmes: 24,
  story: 24,
  paragraphs: 40,
  facts: 40,
  sources: 40,
  markets: 64,
  media: 24,
  news: 50,
  appeal: 6,
  languages: 32,
} as const;

/** A BCP 47-like language tag: "en", "kk", "fr-CA". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A profile, section or source id. */
export const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An ISO 3166-1 alpha-2 country code. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * An ISO 8601 date ("2026-11-01"), optionally with a time of day: hours and minutes, then optional
 * seconds and fraction, then optional `Z` or offset ("2026-11-01T09:30", "2026-11-01T09:30:15.5+05:00").
 * Every field in its range, so whatever passes is a time `Date.parse` reads.
 */
export const ISO_DATE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;

/**
 * Characters that draw nothing on their own, in the `\p{…}` notation JSON Schema validators read
 * too: format and default-ignorable characters, assigned or not: format and default-ignorable
 * characters, assigned or not (zero-width space and joiners, direction marks and overrides, the
 * byte-order mark, tag characters), separators, controls, combining marks and the blank letters
 * some scripts have. A text made only of these would render as an empty link.
 */
const INVISIBLE = String.raw`\p{Cf}\p{Z}\p{Cc}\p{M}\p{DI}\u115f\u1160\u3164\uffa0\u2800\u{1d159}\u{1d15a}`;
const VISIBLE = new RegExp(`[^${INVISIBLE}]`, 'u');

/**
 * How many marks and invisible characters may follow one another: a base letter carries a few
 * accents (Vietnamese "ệ" decomposed is three code points, Hebrew with points and cantillation
 * four or five), an emoji a joiner or a variation selector, a subdivision flag six tag characters.
 * A longer run is no language: `"a"` followed by 5,000 combining marks draws one glyph thousands
 * of marks high and holds the page's main thread for seconds; a flood of zero-width or direction
 * characters is the same attack, invisible.
 */
export const MAX_MARK_RUN = 8;
/** Marks, format and default-ignorable characters: what stacks on the character before it, or draws nothing. */
const MARK = String.raw`\p{M}\p{Cf}\p{DI}`;
const MARK_RUN = new RegExp(`[${MARK}]{${MAX_MARK_RUN + 1}}`, 'u');

/**
 * The text rule, as one pattern for the valibot schema, the JSON Schema (`pattern`, with Unicode
 * property escapes) and the lean reader: at least one visible character, and no run of more than
 * `MAX_MARK_RUN` marks or invisible characters. Refused, never trimmed: text an editor wrote is
 * shown as written or not at all, and the file says where.
 */
export const TEXT = new RegExp(`^(?=[^]*?[^${INVISIBLE}])(?![^]*[${MARK}]{${MAX_MARK_RUN + 1}})`, 'u');

/** True when `value` shows at least one visible character. */
export const isVisibleText = (value: string) => VISIBLE.test(value);

/** Why `value` breaks the text rule (`TEXT`), in words an editor can act on. */
export function textProblem(value: string): string {
  if (!isVisibleText(value)) return 'must have a visible character, not only spaces or invisible ones';
  const run = MARK_RUN.exec(value);
  const at = run ? [...value.slice(0, run.index)].length + 1 : 0;
  return `has more than ${MAX_MARK_RUN} accents, marks or invisible characters in a row (from character ${at}): keep at most ${MAX_MARK_RUN} on one letter`;
}

/** True for a day that exists: "2025-02-30" parses (as 2 March) but is not one. */
export const realDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
};

/** What a value that should hold named fields is told when it does not. */
export const NOT_AN_OBJECT = 'must be an object: named fields in braces, {"…": …}';

const programmeTypes =
  'one of kindergarten, social-centre, childrens-village, youth-facility, school, vocational-training, medical-centre, emergency-relief';

/**
 * The fix for each required field, by the object that holds it: "name is missing: add the
 * village's name as text". Every required field of the schema has its line here.
 */
export const MISSING = {
  profile: {
    schemaVersion: 'add "schemaVersion": 1 at the top',
    id: 'add the village\'s id: lower-case letters, digits and hyphens, such as "almaty"',
    name: "add the village's name as text",
    country: 'add the country as {"code": "KZ", "name": "Kazakhstan"}',
    impact: 'add the impact figures as {"totalBeneficiaries": 459, "programmes": […]}',
  },
  country: {
    code: 'add the two-letter country code, such as "KZ"',
    name: "add the country's name as text",
  },
  impact: {
    totalBeneficiaries: 'add the number of people the village reaches',
    programmes: 'add the list of programmes ([] when there are none to show)',
  },
  programme: {
    type: `add the kind of programme: ${programmeTypes}`,
    facilities: 'add how many facilities the programme runs, as a number',
    beneficiaries: 'add how many people the programme reaches, as a number',
    beneficiariesLabel: 'add the label shown under the number of people, such as "Kindergarten students"',
  },
  section: {
    paragraphs: 'add the section\'s text as a list of paragraphs, ["…"]',
  },
  fact: {
    kind: 'add the kind of fact: population, former-capital, unemployment-rate, location or statement',
    value: 'add the number of inhabitants',
    until: 'add the year the city stopped being the capital',
    percent: 'add the unemployment rate in percent, as a number',
    text: 'add the text of the fact',
    topic: 'add the topic: standing, economy, living-standards, children-at-risk, history or other',
  },
  source: {
    id: 'add the source\'s id: lower-case letters, digits and hyphens, such as "sos-canada"',
    name: "add the source's name as text",
  },
  sponsorship: { markets: 'add the list of markets where readers can sponsor' },
  market: {
    market: 'add the two-letter country code of the market, such as "CA"',
    organisation: 'add the name of the organisation readers sponsor through',
    url: 'add the https: address of the sponsorship page',
    callToAction: 'add the words of the sponsor button, such as "Sponsor a child"',
  },
  image: {
    src: "add the picture's https: address, or its path next to the profile",
    alt: 'add what the picture shows, for readers who cannot see it',
    width: "add the picture's width in pixels",
    height: "add the picture's height in pixels",
  },
  focus: {
    x: "add the focus point's distance from the left, in percent",
    y: "add the focus point's distance from the top, in percent",
  },
  news: {
    title: 'add the title of the news item as text',
    url: 'add the https: address of the news item',
  },
} as const;

/** The message for a field missing from an object of kind `holder`. */
export const missing = (hints: Readonly<Record<string, string>>, key: string) => `is missing: ${hints[key] ?? 'add it'}`;

/** Whether an IPv4 address (as its first two numbers) is on this computer, a private network or no network at all. */
const localV4 = (a: number, b: number) =>
  a === 0 ||
  a === 10 ||
  a === 127 ||
  a >= 224 ||
  (a === 100 && b >= 64 && b < 128) ||
  (a === 169 && b === 254) ||
  (a === 172 && b >= 16 && b < 32) ||
  (a === 192 && b === 168);

/**
 * True for a host, as the URL parser writes it (`new URL('http://0x7f.1/').hostname` is
 * "127.0.0.1"), that names the reader's own computer or a private network: `localhost` and its
 * subdomains, loopback, private, link-local, shared, unspecified and multicast addresses, IPv6
 * included (`[::1]`, `[fd00::1]`, `[fe80::1]`, `[::ffff:7f00:1]`). A public name that resolves to
 * one is not seen here: that takes a DNS lookup, and the browser's own private-network checks.
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) return localV4(Number(v4[1]), Number(v4[2]));
  if (!host.startsWith('[')) return false;
  const [head, tail = ''] = host.slice(1, -1).split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const words = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right].map((word) => parseInt(word, 16));
  if (words.slice(0, 5).every((word) => word === 0) && (words[5] === 0 || words[5] === 0xffff)) {
    // ::, ::1, and IPv4 written as IPv6 (::ffff:7f00:1, ::7f00:1)
    return words[5] === 0 && words[6] === 0 ? true : localV4(words[6] >> 8, words[6] & 0xff);
  }
  return (words[0] & 0xfe00) === 0xfc00 || (words[0] & 0xffc0) === 0xfe80 || (words[0] & 0xff00) === 0xff00;
}

export const URL_PROBLEM = 'must be an https: URL without a user name or password';
export const LOCAL_URL_PROBLEM =
  "must not point at the reader's own computer or a private network (localhost, 127.0.0.1, 10.…, 192.168.…): use the public https: address (such addresses pass only in development)";

/**
 * A profile URL made absolute and safe (`safeHref`: http(s) only, no user information, plain
 * `http:` upgraded except on loopback hosts), or why it cannot be used. Hosts on the reader's own
 * computer or a private network pass only in `development`.
 */
export function checkUrl(value: string, base: string | undefined, development: boolean): { href: string } | { problem: string } {
  const href = safeHref(value, base);
  if (!href) return { problem: URL_PROBLEM };
  if (!development && isLocalHost(new URL(href).hostname)) return { problem: LOCAL_URL_PROBLEM };
  return { href };
}

/**
 * The development switch when a caller leaves it unset: on exactly when the profile's own URL
 * (else the page's) is on this computer or a private network, so a profile served by a
 * development server may use its own addresses, and a published one never can.
 */
export function isDevelopmentBase(base: string | undefined): boolean {
  if (!base) return false;
  try {
    return isLocalHost(new URL(base).hostname);
  } catch {
    return false;
  }
}
