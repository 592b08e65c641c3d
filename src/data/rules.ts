/**
 * The rules of the village-profile contract that are not valibot: caps, patterns and the checks
 * behind them. The valibot schema (`schema.ts`) and the lean reader of the partner bundles
 * (`read.ts`) both take them from here, so the two cannot drift apart on a number or a pattern.
 */
import { safeHref } from './url.js';

/**
 * List caps, also published in the JSON Schema as `maxItems`. Each is several times what a real
 * village needs (the Almaty sample: 4 programmes, 7 story sections of at most 5 paragraphs, 11
 * facts, 2 markets, 2 pictures), and small enough that a widget showing a full list stays within
 * its render budget (test/render-budget.test.ts).
 */
export const LIMITS = {
  programmes: 12,
  story: 16,
  paragraphs: 12,
  facts: 24,
  sources: 24,
  markets: 32,
  media: 16,
  news: 24,
  appeal: 4,
  languages: 32,
} as const;

/**
 * Characters a text may hold: a label (a name, a title, a caption; the sample's longest is 107)
 * and prose (a paragraph, a description; the sample's longest is 571).
 */
export const TEXT_LIMITS = {
  label: 200,
  prose: 2000,
} as const;

/**
 * Characters of text one reader can see in a whole profile: each text counted in its longest
 * language, since a reader sees one of them. The Almaty sample holds 10,026. Every widget on a page
 * together lays out at most this much text, which keeps rendering within budget where the caps
 * on each list multiplied (sections × paragraphs × prose) would not. Not expressible in JSON
 * Schema: the published schema says so in its description, and the parsers and the CLI check it.
 */
export const MAX_READING = 30_000;

/** The fields that hold text a reader sees (`LocalizedText`, or lists of it). */
const TEXT_FIELDS = new Set([
  'name',
  'city',
  'summary',
  'beneficiariesLabel',
  'description',
  'heading',
  'paragraphs',
  'note',
  'text',
  'comparison',
  'organisation',
  'callToAction',
  'appeal',
  'alt',
  'caption',
  'credit',
  'title',
]);

/** Marks, format and default-ignorable characters: what stacks on the character before it, or draws nothing. */
const MARK = String.raw`\p{M}\p{Cf}\p{DI}`;

/**
 * What a mark or an invisible character costs in `MAX_READING`: drawing a letter with accents
 * stacked on it takes the browser several times as long as a plain letter (at 4× CPU throttling,
 * 30,000 characters of letters each carrying 8 accents took 225 ms to lay out in one widget where
 * 30,000 of plain prose took 109 ms), so each counts as this many characters.
 */
export const MARK_WEIGHT = 4;
const MARKS = new RegExp(`[${MARK}]`, 'gu');

/** A text's length for `MAX_READING`: its characters, marks and invisible ones weighing `MARK_WEIGHT`. */
export function readingWeight(text: string): number {
  let marks = 0;
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) marks++;
  return text.length + marks * (MARK_WEIGHT - 1);
}

/** One text's length as a reader may see it: its longest language. */
function longest(value: unknown): number {
  if (typeof value === 'string') return readingWeight(value);
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + longest(item), 0);
  if (!value || typeof value !== 'object') return 0;
  let most = 0;
  for (const key of Object.keys(value)) {
    const text = (value as Record<string, unknown>)[key];
    if (typeof text === 'string') most = Math.max(most, readingWeight(text));
  }
  return most;
}

/** The characters of text one reader can see in `profile` (a parsed one): what `MAX_READING` caps. */
export function readingLength(profile: unknown): number {
  if (Array.isArray(profile)) return profile.reduce<number>((sum, item) => sum + readingLength(item), 0);
  if (!profile || typeof profile !== 'object') return 0;
  let sum = 0;
  for (const key of Object.keys(profile)) {
    const value = (profile as Record<string, unknown>)[key];
    sum += TEXT_FIELDS.has(key) ? longest(value) : readingLength(value);
  }
  return sum;
}

/** The problem of a profile over `MAX_READING`, or undefined. */
export function readingProblem(profile: unknown): string | undefined {
  const length = readingLength(profile);
  return length > MAX_READING
    ? `holds ${length} characters of text for one reader (each text counted in its longest language, an accent or invisible character as ${MARK_WEIGHT}), over the ${MAX_READING} the widgets show: shorten the story, the news or the facts`
    : undefined;
}

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
const MARK_RUN = new RegExp(`[${MARK}]{${MAX_MARK_RUN + 1}}`, 'u');

/**
 * The longest word: characters with no space between them, in scripts that put spaces between
 * words. A line can only break inside a longer one by force, which the browser works out letter by
 * letter: at 4× CPU throttling, the news list with 800-character words took 82 ms where the same
 * amount of prose took 19. Long German compounds run to about 60 characters, an address pasted
 * into a sentence to about 100.
 */
export const MAX_WORD = 120;
/** Scripts written without spaces between words, where a line may break between letters or by dictionary. */
const NO_SPACE = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\p{sc=Yi}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}`;
const LONG_WORD = new RegExp(`[^\\s${NO_SPACE}]{${MAX_WORD + 1}}`, 'u');

/**
 * The text rule, as one pattern for the valibot schema, the JSON Schema (`pattern`, with Unicode
 * property escapes) and the lean reader: at least one visible character, no run of more than
 * `MAX_MARK_RUN` marks or invisible characters, and no word longer than `MAX_WORD`. Refused, never
 * trimmed: text an editor wrote is shown as written or not at all, and the file says where.
 */
export const TEXT = new RegExp(
  `^(?=[\\s\\S]*?[^${INVISIBLE}])(?![\\s\\S]*[${MARK}]{${MAX_MARK_RUN + 1}})(?![\\s\\S]*[^\\s${NO_SPACE}]{${MAX_WORD + 1}})`,
  'u',
);

/** True when `value` shows at least one visible character. */
export const isVisibleText = (value: string) => VISIBLE.test(value);

/** Why `value` breaks the text rule (`TEXT`), in words an editor can act on. */
export function textProblem(value: string): string {
  if (!isVisibleText(value)) return 'must have a visible character, not only spaces or invisible ones';
  const where = (match: RegExpExecArray | null) => (match ? [...value.slice(0, match.index)].length + 1 : 0);
  const run = MARK_RUN.exec(value);
  if (run) {
    return `has more than ${MAX_MARK_RUN} accents, marks or invisible characters in a row (from character ${where(run)}): keep at most ${MAX_MARK_RUN} on one letter`;
  }
  return `has a word of more than ${MAX_WORD} characters with no space to break the line (from character ${where(LONG_WORD.exec(value))}): add spaces, or put a long address in a url field`;
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
export const missing = (hints: Readonly<Record<string, string>>, key: string) =>
  `is missing: ${hints[key] ?? 'add it'}`;

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
  const words = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right].map(
    (word) => parseInt(word, 16),
  );
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
 * `http:` upgraded except on loopback hosts), or `{ local }`: whether it failed only for naming the
 * reader's own computer or a private network, which passes only in `development`. The messages
 * (`URL_PROBLEM`, `LOCAL_URL_PROBLEM`) are the full parser's; the widgets' reader has none.
 */
export function checkUrl(
  value: string,
  base: string | undefined,
  development: boolean,
): { href: string } | { local: boolean } {
  const href = safeHref(value, base);
  if (!href) return { local: false };
  if (!development && isLocalHost(new URL(href).hostname)) return { local: true };
  return { href };
}

/**
 * The development switch when a caller leaves it unset: on exactly when the profile's own URL
 * (else the page's) is on this computer or a private network, so a profile served by a
 * development server may use its own addresses, and a published one never can.
 */
export function isDevelopmentBase(base: string | undefined): boolean {
  // A profile given without its own URL is judged by the page it is shown on.
  const address = base || (typeof location === 'object' && location !== null ? String(location.href) : '');
  if (!address) return false;
  try {
    return isLocalHost(new URL(address).hostname);
  } catch {
    return false;
  }
}

/** The fields each kind of fact must have, besides its kind. */
const FACT_NEEDS: Record<string, string> = {
  population: '"value", a number of inhabitants',
  'former-capital': '"until", a year',
  'unemployment-rate': '"percent", a number from 0 to 100',
  location: '"text"',
  statement: '"topic" and "text"',
};

/** Why a fact cannot be read as any kind of fact: what its own kind needs, when it names one. */
export function factProblem(value: unknown): string {
  const kind = value && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && Object.hasOwn(FACT_NEEDS, kind)
    ? `must be a ${kind} fact, with ${FACT_NEEDS[kind]}`
    : 'must be a fact whose "kind" is population, former-capital, unemployment-rate, location or statement';
}
