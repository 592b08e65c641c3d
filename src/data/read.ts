/**
 * The lean profile reader of the partner bundles: `parseProfile` with the results of `parse.ts`
 * (the same profile, and warnings and errors at the same paths, for any input) but without
 * valibot, at a fraction of its size and time. The npm package, the CLI and the JSON Schema keep
 * the valibot schema (`schema.ts`); this file writes the same rules out as small readers, and
 * test/read.test.ts holds the two parsers to the same answers.
 *
 * To give the same answers it mirrors the full parser step by step:
 * 1. Each pass walks the data once, beside the rules: own properties of the keys the rules name,
 *    nothing of unknown keys, and a list over its cap is refused before its items are read (in
 *    the first pass, such a refusal is all that counts, as the full parser's copy finds them
 *    before validating).
 * 2. Problems are found where valibot finds them, at the same paths. A union (text or texts by
 *    language; a fact by kind; one source id or a list) reports what its one fitting option
 *    reports, or a single problem of its own when that option cannot read the value at all:
 *    valibot's "typed" rule, which decides, say, whether a bad note costs a fact its note or the
 *    whole fact.
 * 3. A pass whose problems all lie in optional parts (a field, or one item of a list) leaves the
 *    nearest such part out, with a warning, and reads its own output again; a problem in a
 *    required part fails the profile with every such path listed.
 * 4. The result is frozen plain data (`parse.ts` says why): every optional field the profile lacks
 *    is there as its own `undefined`.
 *
 * Its messages are one word each (`stats[2].value: invalid`, `name: missing`), and say where the
 * full ones are: `npx sos-village-widgets validate`, which the CLI and `parse.ts` give. The words
 * cost a few bytes where the sentences and hints cost every partner bundle about 1.5 KB brotli.
 */
import type { ParseOptions, ParseResult } from './parse.js';
import type { VillageProfile } from './schema.js';
import type { ProfileIssue } from './errors.js';
import {
  describeWarnings as describe,
  formatPath,
  invalidProfile,
  type PathKey,
  type Telling,
  WHOLE,
} from './issues.js';
import { APPROXIMATIONS, FACT_KINDS, FACT_TOPICS, PROGRAMME_TYPES, SCHEMA_VERSION } from './profile.types.js';
import {
  COUNTRY_CODE,
  ID,
  ISO_DATE,
  LANGUAGE_TAG,
  LIMITS,
  MAX_READING,
  TEXT,
  TEXT_LIMITS,
  checkUrl,
  isDevelopmentBase,
  readingLength,
  realDay,
} from './rules.js';
import { documentBase } from './url.js';
import { hasOwn, withPlainPrototype } from './plain.js';

export { formatPath };

export type { ParseOptions, ParseResult };

/** How the reader tells its problems: one word after a colon, then where the full text is. */
const SHORT: Telling = {
  separator: ': ',
  more: ' Run npx sos-village-widgets validate on the profile for the full text.',
};

/** The console line for parts left out, in the reader's words. */
export const describeWarnings = (warnings: readonly ProfileIssue[]): string => describe(warnings, SHORT);

// The reader's words for a problem.
const INVALID = 'invalid';
const MISSING = 'missing';

type Data = Record<PathKey, unknown>;
/** The way to a value, innermost key first; `drop` marks a part that may be left out (an optional field, a list item). */
type Trail = { key: PathKey; up: Trail; drop?: boolean } | undefined;
interface Problem {
  at: Trail;
  message: string;
  /** A list or a text over its cap, found before its items are read. */
  cap?: boolean;
}
/**
 * Reads the value at `at` and returns what the profile gets there, reporting what is wrong. A value
 * that fails comes back as it came (a failed union as `null`), so that reading this output again
 * finds the same problems: the next pass reads it.
 */
type Read = (value: unknown, at: Trail) => unknown;
type Check = (value: any) => boolean;

/** In a pass's output, a part left out: the next pass reads it as absent. */
const DROPPED = Symbol('dropped');

/** Profiles this reader returned: given again (a widget handed what `loadProfile` gave), taken as they are. */
const READ = new WeakSet<object>();

// The state of one pass (saved and restored around a parse, should a getter in the input parse another).
let problems: Problem[] = [];
/** How many values had the wrong type: valibot's "untyped", which decides what a union reports. */
let untyped = 0;
let urlBase: string | undefined;
let development = false;

const report = (at: Trail, message = INVALID) => {
  problems.push({ at, message });
};

/** A value of the wrong type: reported, counted, and returned for the next pass to refuse again. */
const wrong = (at: Trail, value: unknown, message?: string) => {
  untyped++;
  report(at, message);
  return value;
};

/** A list or a text with too many items or languages; its part is left out (or the profile fails) before its items count. */
const overCap = (at: Trail) => {
  problems.push({ at, message: 'too many', cap: true });
  return [];
};

/** A string or a number, then checks, as valibot's pipe (which reports each check that fails: one problem here). */
const scalar =
  (type: 'string' | 'number', ...checks: Check[]): Read =>
  (value, at) => {
    if (typeof value !== type || value !== value) return wrong(at, value); // NaN is not a number here either
    if (!checks.every((check) => check(value))) report(at);
    return value;
  };

const matches =
  (pattern: RegExp): Check =>
  (value: string) =>
    pattern.test(value);

const oneOf =
  (options: readonly unknown[]): Read =>
  (value, at) =>
    options.includes(value) ? value : wrong(at, value);

/**
 * valibot's union, for options told apart by the type of the value: what the option that takes
 * the value reports, or one problem naming the union when that option cannot read it at all.
 */
function union(value: unknown, at: Trail, option: Read | undefined): unknown {
  const mark = problems.length;
  const typed = untyped;
  if (option) {
    const out = option(value, at);
    if (untyped === typed) return out;
    problems.length = mark;
  }
  return wrong(at, null);
}

/** The readers of optional fields (in a set of our own: a page may add an `optional` key to Function.prototype). */
const OPTIONAL = new WeakSet<Read>();

/** An optional field, with the value it takes when absent. */
function optional(read: Read, fallback?: unknown): Read {
  const optionalRead: Read = (value, at) => {
    if (value === undefined) value = fallback;
    return value === undefined ? undefined : read(value, at);
  };
  OPTIONAL.add(optionalRead);
  return optionalRead;
}

/**
 * An object of known fields, read from own properties only, into a plain object holding every
 * field (an absent optional one as `undefined`). valibot takes an array for an object: the full
 * parser hands it an empty one (leaving the items behind), where it finds only what a page put on
 * `Array.prototype`. So does this.
 */
function object(fields: Record<string, Read>): Read {
  const keys = Object.keys(fields);
  const optionals = keys.map((key) => OPTIONAL.has(fields[key]));
  return (value, at) => {
    if (!value || typeof value !== 'object') return wrong(at, value);
    // Plain, as the page's keys on Object.prototype are set aside while a parse runs (`withPlainPrototype`).
    const out: Data = {};
    const source = (Array.isArray(value) ? [] : value) as Data;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const read = fields[key];
      const item = (source === value ? hasOwn(value, key) : key in source) ? source[key] : DROPPED;
      const drop = optionals[i];
      const here: Trail = { key, up: at, drop };
      if (item !== DROPPED) out[key] = read(item, here);
      else if (drop)
        out[key] = read(undefined, here); // its default, or undefined
      else wrong(here, 0, MISSING);
    }
    return Object.freeze(out);
  };
}

/** A list of at most `max` items, checked before the items; `least` when it must not be empty. */
const list =
  (item: Read, max: number, least?: boolean): Read =>
  (value, at) => {
    if (!Array.isArray(value)) return wrong(at, value);
    if (value.length > max) return overCap(at);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry = value[i];
      if (entry !== DROPPED) out.push(item(entry, { key: out.length, up: at, drop: true }));
    }
    if (least && !out.length) report(at);
    return Object.freeze(out);
  };

/** Text a person reads: trimmed, not empty, at most `max` characters, with something visible. */
function text(max: number): Read {
  return (value, at) => {
    if (typeof value !== 'string') return wrong(at, value);
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > max || !TEXT.test(trimmed)) report(at);
    return trimmed;
  };
}

/** `LocalizedText`: a text, or texts by language tag. */
function localized(max: number): Read {
  const plain = text(max);
  const byLanguage: Read = (value, at) => {
    const names = Array.isArray(value) ? [] : Object.keys(value as object); // valibot reads an array as no languages
    if (names.length > LIMITS.languages) return overCap(at);
    const out: Data = {};
    let languages = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === '__proto__') continue;
      const item = (value as Data)[name]; // read even when skipped below, as the full parser's copy reads it
      if (name === 'constructor' || name === 'prototype') continue; // keys valibot does not take
      const here: Trail = { key: name, up: at };
      if (!LANGUAGE_TAG.test(name)) report(here);
      out[name] = plain(item, here);
      languages++;
    }
    // valibot checks this only when every text is a string, as it is when there are none.
    if (!languages) report(at);
    return Object.freeze(out);
  };
  // A string is always read as a text, so only other values need the union's rule.
  return (value, at) =>
    typeof value === 'string'
      ? plain(value, at)
      : union(value, at, value && typeof value === 'object' ? byLanguage : undefined);
}

const label = localized(TEXT_LIMITS.label);
const prose = localized(TEXT_LIMITS.prose);

/** An https URL, resolved against the profile's own URL; local hosts only in development. */
const url: Read = (value, at) => {
  if (typeof value !== 'string') return wrong(at, value);
  const checked = checkUrl(value, urlBase, development);
  return 'href' in checked ? checked.href : wrong(at, value);
};

const id = scalar('string', matches(ID));
const countryCode = scalar('string', matches(COUNTRY_CODE));
const date = scalar('string', matches(ISO_DATE), (value: string) => realDay(value.slice(0, 10)));

const count = (...more: Check[]) =>
  scalar(
    'number',
    Number.isInteger,
    (value: number) => value >= 0,
    (value: number) => value <= 1e10,
    ...more,
  );
const pixels = count((value: number) => value >= 1);
const year = scalar(
  'number',
  Number.isInteger,
  (value: number) => value >= 1000,
  (value: number) => value <= 2999,
);
const percent = scalar(
  'number',
  (value: number) => value >= 0,
  (value: number) => value <= 100,
);

const sourceIds = list(id, 8, true);
const factSource = optional((value, at) =>
  union(value, at, typeof value === 'string' ? id : Array.isArray(value) ? sourceIds : undefined),
);
const factNote = optional(prose);
/** The kind is matched before its fields are read, so here it is taken as it is. */
const kind: Read = (value) => value;

/**
 * The fields of each kind of fact, in the order of `FACT_KINDS` and of the schema's union: the full
 * parser copies them in this order, so refusals over a cap come in it.
 */
const FACT_FIELDS: Record<string, Read>[] = [
  {
    kind,
    value: count(),
    approximation: optional(oneOf(APPROXIMATIONS), 'exact'),
    year: optional(year),
    source: factSource,
    note: factNote,
  },
  { kind, until: year, source: factSource, note: factNote },
  {
    kind,
    percent,
    comparison: optional(label),
    source: factSource,
    note: factNote,
  },
  { kind, text: prose, source: factSource, note: factNote },
  {
    kind,
    topic: oneOf(FACT_TOPICS),
    text: prose,
    source: factSource,
    note: factNote,
  },
];
const FACTS = FACT_FIELDS.map((fields) => object(fields));
const ANY_FACT = object(Object.assign({}, ...FACT_FIELDS));

const fact: Read = (value, at) => {
  // The full parser's copy takes the fields of every kind of fact, whatever this one's kind, and
  // refuses those over their caps: read them all, keeping only such refusals...
  const mark = problems.length;
  const typed = untyped;
  const fields = ANY_FACT(value, at) as Data;
  problems = problems.filter((problem, i) => i < mark || problem.cap);
  untyped = typed;
  // ...then check the copy by its kind.
  const option =
    fields && typeof fields === 'object' ? FACTS[(FACT_KINDS as readonly unknown[]).indexOf(fields.kind)] : undefined;
  // A fact that fails comes back as read, not as null: when this pass counts only refusals over a
  // cap, the next reads it again, as the full parser validates its copy.
  const out = union(fields, at, option);
  return out === null ? fields : out;
};

const PROFILE = object({
  schemaVersion: (value, at) => (value === SCHEMA_VERSION ? value : wrong(at, value)),
  id,
  defaultLanguage: optional(scalar('string', matches(LANGUAGE_TAG)), 'en'),
  name: label,
  country: object({ code: countryCode, name: label }),
  city: optional(label),
  summary: optional(prose),
  url: optional(url),
  impact: object({
    totalBeneficiaries: count(),
    programmes: list(
      object({
        type: oneOf(PROGRAMME_TYPES),
        facilities: count(),
        beneficiaries: count(),
        beneficiariesLabel: label,
        description: optional(prose),
      }),
      LIMITS.programmes,
    ),
  }),
  story: optional(
    list(
      object({
        id: optional(id),
        heading: optional(label),
        source: optional(id),
        paragraphs: list(prose, LIMITS.paragraphs, true),
        note: optional(prose),
      }),
      LIMITS.story,
    ),
  ),
  facts: optional(list(fact, LIMITS.facts)),
  sources: optional(list(object({ id, name: label, url: optional(url) }), LIMITS.sources)),
  sponsorship: optional(
    object({
      defaultMarket: optional(countryCode),
      markets: list(
        object({
          market: countryCode,
          organisation: label,
          url,
          callToAction: label,
          appeal: optional(list(prose, LIMITS.appeal)),
          note: optional(label),
        }),
        LIMITS.markets,
        true,
      ),
    }),
  ),
  media: optional(
    list(
      object({
        src: url,
        alt: label,
        caption: optional(label),
        credit: optional(label),
        width: pixels,
        height: pixels,
        focus: optional(object({ x: percent, y: percent })),
      }),
      LIMITS.media,
    ),
  ),
  news: optional(
    list(
      object({
        title: label,
        url,
        date: optional(date),
        summary: optional(prose),
        source: optional(id),
      }),
      LIMITS.news,
    ),
  ),
  updatedAt: optional(date),
});

/** As parse.ts allows. At most three passes ever find problems: caps, then the rest, then lists left empty by the repair. */
const MAX_PASSES = 8;

/** `parseProfile` of parse.ts, with the same results in its own words: see the top of this file. */
export function parseProfile(input: unknown, options: ParseOptions = {}): ParseResult {
  if (READ.has(input as object)) return { ok: true, profile: input as VillageProfile, warnings: [] };
  const base = (hasOwn(options, 'baseUrl') ? options.baseUrl : undefined) ?? documentBase();
  const dev = hasOwn(options, 'development') ? options.development === true : isDevelopmentBase(base);
  return (
    withPlainPrototype(() => readWith(input, base, dev)) ?? {
      ok: false,
      error: invalidProfile([
        {
          path: WHOLE,
          message: 'cannot be checked: the page made Object.prototype unchangeable with keys of its own',
        },
      ]),
      warnings: [],
    }
  );
}

/** The profile fails with `issues`, each path and word once. */
function failure(issues: ProfileIssue[], warnings: ProfileIssue[]): ParseResult {
  const lines = new Set<string>();
  const once = issues.filter(({ path, message }) => lines.size < lines.add(`${path}: ${message}`).size);
  return { ok: false, error: invalidProfile(once, SHORT), warnings };
}

function readWith(input: unknown, base: string | undefined, dev: boolean): ParseResult {
  const warnings: ProfileIssue[] = [];
  const saved = [problems, untyped, urlBase, development] as const;
  urlBase = base;
  development = dev;
  try {
    let candidate = input;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      problems = [];
      let output = PROFILE(candidate, undefined) as VillageProfile;
      // The full schema's check of the whole, once every other problem is repaired.
      if (!problems.length && readingLength(output) > MAX_READING) report(undefined, 'too long');
      // The full parser's copy refuses lists over their caps before anything is validated: when
      // this pass met one, only such refusals count (the rest is found again in the next pass).
      const caps = problems.filter((problem) => problem.cap);
      const found = caps.length ? caps : problems;
      if (!found.length) {
        READ.add(output);
        return { ok: true, profile: output, warnings };
      }
      const parts = found.map((problem) => droppable(problem.at));
      if (parts.includes(undefined)) return failure(found.filter((_, i) => !parts[i]).map(toIssue), warnings);
      const reported = new Set<string>();
      found.forEach((problem, i) => {
        const keys = keysOf(parts[i]);
        const dropped = formatPath(keys);
        output = leaveOut(output, keys, 0) as VillageProfile;
        if (reported.has(dropped)) return; // one warning per part left out
        reported.add(dropped);
        warnings.push({
          path: formatPath(keysOf(problem.at)),
          message: `${problem.message}; left out ${dropped}`,
        });
      });
      candidate = output;
    }
    return failure([{ path: WHOLE, message: 'too many problems' }], warnings);
  } catch {
    // A getter or proxy in a profile set from script threw: nothing we can read.
    return failure([{ path: WHOLE, message: 'unreadable' }], warnings);
  } finally {
    [problems, untyped, urlBase, development] = saved;
  }
}

function toIssue(problem: Problem): ProfileIssue {
  return { path: formatPath(keysOf(problem.at)), message: problem.message };
}

function keysOf(trail: Trail): PathKey[] {
  const keys: PathKey[] = [];
  for (let step = trail; step; step = step.up) keys.unshift(step.key);
  return keys;
}

/** The nearest part on the way to a problem that may be left out, or undefined when every step is required. */
function droppable(trail: Trail): Trail {
  let step = trail;
  while (step && !step.drop) step = step.up;
  return step;
}

/**
 * A pass's output with the part at `keys` marked as left out, for the next pass to skip. What a
 * pass builds is frozen, so the objects and lists on the way are copied.
 */
function leaveOut(data: unknown, keys: PathKey[], depth: number): unknown {
  if (!data || typeof data !== 'object') return data; // inside a part already left out, or one that failed as a whole
  const copy: Data = Array.isArray(data) ? data.slice() : Object.assign(Object.create(null), data);
  const key = keys[depth];
  copy[key] = depth === keys.length - 1 ? DROPPED : leaveOut(copy[key], keys, depth + 1);
  return copy;
}
