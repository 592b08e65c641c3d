/**
 * The lean profile reader of the partner bundles: `parseProfile` with the results of `parse.ts`
 * (the same profile, warnings and errors for any input) but without valibot, at a fraction of its
 * size and time. The npm package, the CLI and the JSON Schema keep the valibot schema
 * (`schema.ts`); this file writes the same rules out as small readers, and test/read.test.ts
 * holds the two parsers to the same answers.
 *
 * To give the same answers it mirrors the full parser step by step:
 * 1. Each pass walks the data once, beside the rules: own properties of the keys the rules name,
 *    nothing of unknown keys, and a list over its cap is refused before its items are read (in
 *    the first pass, such a refusal is all that counts, as the full parser's copy finds them
 *    before validating).
 * 2. Problems are those valibot reports, with the same paths, messages and number. A union (text
 *    or texts by language; a fact by kind; one source id or a list) reports what its one fitting
 *    option reports, or a single problem of its own when that option cannot read the value at
 *    all: valibot's "typed" rule, which decides, say, whether a bad note costs a fact its note
 *    or the whole fact.
 * 3. A pass whose problems all lie in optional parts (a field, or one item of a list) leaves the
 *    nearest such part out, with a warning, and reads its own output again; a problem in a
 *    required part fails the profile with every such path listed.
 * 4. The result is built from objects without a prototype, and frozen.
 */
import type { ParseOptions, ParseResult } from './parse.js';
import type { VillageProfile } from './schema.js';
import type { ProfileIssue } from './errors.js';
import { describeWarnings, formatPath, invalidProfile, type PathKey } from './issues.js';
import { APPROXIMATIONS, FACT_KINDS, FACT_TOPICS, PROGRAMME_TYPES, SCHEMA_VERSION } from './profile.types.js';
import {
  COUNTRY_CODE,
  ID,
  ISO_DATE,
  LANGUAGE_TAG,
  LIMITS,
  MISSING,
  NOT_AN_OBJECT,
  TEXT,
  TEXT_LIMITS,
  checkUrl,
  factProblem,
  readingProblem,
  isDevelopmentBase,
  missing,
  realDay,
  textProblem,
} from './rules.js';
import { documentBase } from './url.js';
import { hasOwn, withPlainPrototype } from './plain.js';

export { describeWarnings, formatPath };

export type { ParseOptions, ParseResult };

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
type Check = [passes: (value: any) => boolean, message: string];

/** In a pass's output, a part left out: the next pass reads it as absent. */
const DROPPED = Symbol('dropped');

// The state of one pass (saved and restored around a parse, should a getter in the input parse another).
let problems: Problem[] = [];
/** How many values had the wrong type: valibot's "untyped", which decides what a union reports. */
let untyped = 0;
let urlBase: string | undefined;
let development = false;

const report = (at: Trail, message: string) => {
  problems.push({ at, message });
};

/** A value of the wrong type: reported, counted, and returned for the next pass to refuse again. */
const wrong = (at: Trail, message: string, value: unknown) => {
  untyped++;
  report(at, message);
  return value;
};

/** A list or a text with too many items or languages; its part is left out (or the profile fails) before its items count. */
const overCap = (at: Trail, message: string) => {
  problems.push({ at, message, cap: true });
  return [];
};

/** A string or a number, then checks that each report a problem but let the others run, as valibot's pipe does. */
const scalar =
  (type: 'string' | 'number', message: string, ...checks: Check[]): Read =>
  (value, at) => {
    if (typeof value !== type || value !== value) return wrong(at, message, value); // NaN is not a number here either
    for (let i = 0; i < checks.length; i++) if (!checks[i][0](value)) report(at, checks[i][1]);
    return value;
  };

const matches = (pattern: RegExp, message: string): Check => [(value: string) => pattern.test(value), message];

const oneOf =
  (options: readonly unknown[]): Read =>
  (value, at) =>
    options.includes(value) ? value : wrong(at, `must be one of: ${options.join(', ')}`, value);

/**
 * valibot's union, for options told apart by the type of the value: what the option that takes
 * the value reports, or one problem naming the union when that option cannot read it at all.
 */
function union(value: unknown, at: Trail, message: string, option: Read | undefined): unknown {
  const mark = problems.length;
  const typed = untyped;
  if (option) {
    const out = option(value, at);
    if (untyped === typed) return out;
    problems.length = mark;
  }
  return wrong(at, message, null);
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
 * An object of known fields, read from own properties only. valibot takes an array for an object:
 * the full parser hands it an empty one (leaving the items behind), where it finds only what a
 * page put on `Array.prototype`. So does this.
 */
function object(fields: Record<string, Read>, hints: Readonly<Record<string, string>> = {}): Read {
  const keys = Object.keys(fields);
  const optionals = keys.map((key) => OPTIONAL.has(fields[key]));
  return (value, at) => {
    if (!value || typeof value !== 'object') return wrong(at, NOT_AN_OBJECT, value);
    const out: Data = Object.create(null);
    const source = (Array.isArray(value) ? [] : value) as Data;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const read = fields[key];
      const item = (source === value ? hasOwn(value, key) : key in source) ? source[key] : DROPPED;
      const drop = optionals[i];
      const here: Trail = { key, up: at, drop };
      if (item !== DROPPED) out[key] = read(item, here);
      else if (!drop) wrong(here, missing(hints, key), 0);
      else if ((out[key] = read(undefined, here)) === undefined) delete out[key]; // a default fills in, or the field stays absent
    }
    return Object.freeze(out);
  };
}

/** A list of at most `max` items, checked before the items; `least` when it must not be empty. */
const list =
  (item: Read, max: number, message: string, least?: string): Read =>
  (value, at) => {
    if (!Array.isArray(value)) return wrong(at, message, value);
    if (value.length > max) return overCap(at, `must hold at most ${max} items (it holds ${value.length})`);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry = value[i];
      if (entry !== DROPPED) out.push(item(entry, { key: out.length, up: at, drop: true }));
    }
    if (least && !out.length) report(at, least);
    return Object.freeze(out);
  };

/** Text a person reads: trimmed, not empty, at most `max` characters, with something visible. */
function text(max: number): Read {
  return (value, at) => {
    if (typeof value !== 'string') return wrong(at, 'must be text', value);
    const trimmed = value.trim();
    if (!trimmed) report(at, 'must not be empty');
    if (trimmed.length > max) report(at, `must be at most ${max} characters`);
    if (!TEXT.test(trimmed)) report(at, textProblem(trimmed));
    return trimmed;
  };
}

/** `LocalizedText`: a text, or texts by language tag. */
function localized(max: number): Read {
  const plain = text(max);
  const byLanguage: Read = (value, at) => {
    const names = Array.isArray(value) ? [] : Object.keys(value as object); // valibot reads an array as no languages
    if (names.length > LIMITS.languages) return overCap(at, `must hold at most ${LIMITS.languages} languages (it holds ${names.length})`);
    const out: Data = Object.create(null);
    let languages = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === '__proto__') continue;
      const item = (value as Data)[name]; // read even when skipped below, as the full parser's copy reads it
      if (name === 'constructor' || name === 'prototype') continue; // keys valibot does not take
      const here: Trail = { key: name, up: at };
      if (!LANGUAGE_TAG.test(name)) report(here, 'must be a language tag such as "en", "ru" or "fr-CA"');
      out[name] = plain(item, here);
      languages++;
    }
    // valibot checks this only when every text is a string, as it is when there are none.
    if (!languages) report(at, 'must hold at least one language');
    return Object.freeze(out);
  };
  // A string is always read as a text, so only other values need the union's rule.
  return (value, at) =>
    typeof value === 'string'
      ? plain(value, at)
      : union(
          value,
          at,
          'must be text, or texts by language such as {"en": "…", "ru": "…"}',
          value && typeof value === 'object' ? byLanguage : undefined,
        );
}

const label = localized(TEXT_LIMITS.label);
const prose = localized(TEXT_LIMITS.prose);

/** An https URL, resolved against the profile's own URL; local hosts only in development. */
const url: Read = (value, at) => {
  if (typeof value !== 'string') return wrong(at, 'must be a URL', value);
  const checked = checkUrl(value, urlBase, development);
  return 'href' in checked ? checked.href : wrong(at, checked.problem, value);
};

const id = scalar('string', 'must be an id', matches(ID, 'must be lower-case letters, digits and hyphens'));
const countryCode = scalar(
  'string',
  'must be a country code',
  matches(COUNTRY_CODE, 'must be a two-letter upper-case country code such as "KZ", "CA" or "GB"'),
);
const date = scalar(
  'string',
  'must be a date',
  matches(ISO_DATE, 'must be an ISO date such as "2026-11-01", or a date and time such as "2026-11-01T09:30Z"'),
  [(value: string) => realDay(value.slice(0, 10)), 'must be a real calendar date'],
);

const AT_LEAST_0: Check = [(value: number) => value >= 0, 'must be 0 or more'];
const count = (what: string, ...more: Check[]) =>
  scalar(
    'number',
    `must be a number of ${what}`,
    [Number.isInteger, 'must be a whole number'],
    AT_LEAST_0,
    [(value: number) => value <= 1e10, 'is implausibly large'],
    ...more,
  );
const pixels = count('pixels', [(value: number) => value >= 1, 'must be at least 1']);
const year = scalar(
  'number',
  'must be a year',
  [Number.isInteger, 'must be a whole year'],
  [(value: number) => value >= 1000, 'must be a four-digit year'],
  [(value: number) => value <= 2999, 'must be a four-digit year'],
);
const percent = scalar('number', 'must be a percentage', AT_LEAST_0, [(value: number) => value <= 100, 'must be 100 or less']);

const sourceIds = list(id, 8, 'must be a list of source ids', 'must hold at least one source id');
const factSource = optional((value, at) =>
  union(value, at, 'must be a source id or a list of them', typeof value === 'string' ? id : Array.isArray(value) ? sourceIds : undefined),
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
    value: count('inhabitants'),
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
const FACTS = FACT_FIELDS.map((fields) => object(fields, MISSING.fact));
const ANY_FACT = object(Object.assign({}, ...FACT_FIELDS), MISSING.fact);

const fact: Read = (value, at) => {
  // The full parser's copy takes the fields of every kind of fact, whatever this one's kind, and
  // refuses those over their caps: read them all, keeping only such refusals...
  const mark = problems.length;
  const typed = untyped;
  const fields = ANY_FACT(value, at) as Data;
  problems = problems.filter((problem, i) => i < mark || problem.cap);
  untyped = typed;
  // ...then check the copy by its kind.
  const option = fields && typeof fields === 'object' ? FACTS[(FACT_KINDS as readonly unknown[]).indexOf(fields.kind)] : undefined;
  // A fact that fails comes back as read, not as null: when this pass counts only refusals over a
  // cap, the next reads it again, as the full parser validates its copy.
  const out = union(fields, at, factProblem(fields), option);
  return out === null ? fields : out;
};

const PROFILE = object(
  {
    schemaVersion: (value, at) => (value === SCHEMA_VERSION ? value : wrong(at, `must be ${SCHEMA_VERSION}, the version this release reads`, value)),
    id,
    defaultLanguage: optional(
      scalar('string', 'must be a language tag', matches(LANGUAGE_TAG, 'must be a language tag such as "en", "ru" or "fr-CA"')),
      'en',
    ),
    name: label,
    country: object({ code: countryCode, name: label }, MISSING.country),
    city: optional(label),
    summary: optional(prose),
    url: optional(url),
    impact: object(
      {
        totalBeneficiaries: count('people'),
        programmes: list(
          object(
            {
              type: oneOf(PROGRAMME_TYPES),
              facilities: count('facilities'),
              beneficiaries: count('people'),
              beneficiariesLabel: label,
              description: optional(prose),
            },
            MISSING.programme,
          ),
          LIMITS.programmes,
          'must be a list of programmes',
        ),
      },
      MISSING.impact,
    ),
    story: optional(
      list(
        object(
          {
            id: optional(id),
            heading: optional(label),
            source: optional(id),
            paragraphs: list(prose, LIMITS.paragraphs, 'must be a list of paragraphs', 'must hold at least one paragraph'),
            note: optional(prose),
          },
          MISSING.section,
        ),
        LIMITS.story,
        'must be a list of sections',
      ),
    ),
    facts: optional(list(fact, LIMITS.facts, 'must be a list of facts')),
    sources: optional(list(object({ id, name: label, url: optional(url) }, MISSING.source), LIMITS.sources, 'must be a list of sources')),
    sponsorship: optional(
      object(
        {
          defaultMarket: optional(countryCode),
          markets: list(
            object(
              {
                market: countryCode,
                organisation: label,
                url,
                callToAction: label,
                appeal: optional(list(prose, LIMITS.appeal, 'must be a list of paragraphs')),
                note: optional(label),
              },
              MISSING.market,
            ),
            LIMITS.markets,
            'must be a list of markets',
            'must hold at least one market',
          ),
        },
        MISSING.sponsorship,
      ),
    ),
    media: optional(
      list(
        object(
          {
            src: url,
            alt: label,
            caption: optional(label),
            credit: optional(label),
            width: pixels,
            height: pixels,
            focus: optional(object({ x: percent, y: percent }, MISSING.focus)),
          },
          MISSING.image,
        ),
        LIMITS.media,
        'must be a list of images',
      ),
    ),
    news: optional(
      list(
        object(
          {
            title: label,
            url,
            date: optional(date),
            summary: optional(prose),
            source: optional(id),
          },
          MISSING.news,
        ),
        LIMITS.news,
        'must be a list of news items',
      ),
    ),
    updatedAt: optional(date),
  },
  MISSING.profile,
);

/** As parse.ts allows. At most three passes ever find problems: caps, then the rest, then lists left empty by the repair. */
const MAX_PASSES = 8;

/** `parseProfile` of parse.ts, with the same results: see the top of this file. */
export function parseProfile(input: unknown, options: ParseOptions = {}): ParseResult {
  const base = (hasOwn(options, 'baseUrl') ? options.baseUrl : undefined) ?? documentBase();
  const dev = hasOwn(options, 'development') ? options.development === true : isDevelopmentBase(base);
  return (
    withPlainPrototype(() => readWith(input, base, dev)) ?? {
      ok: false,
      error: invalidProfile([
        {
          path: '',
          message: 'cannot be checked: the page made Object.prototype unchangeable with keys of its own',
        },
      ]),
      warnings: [],
    }
  );
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
      let output = PROFILE(candidate, undefined);
      // The full schema's check of the whole, once every other problem is repaired.
      const tooLong = problems.length ? undefined : readingProblem(output);
      if (tooLong) report(undefined, tooLong);
      // The full parser's copy refuses lists over their caps before anything is validated: when
      // this pass met one, only such refusals count (the rest is found again in the next pass).
      const caps = problems.filter((problem) => problem.cap);
      const found = caps.length ? caps : problems;
      if (!found.length) return { ok: true, profile: output as VillageProfile, warnings };
      const parts = found.map((problem) => droppable(problem.at));
      if (parts.includes(undefined)) {
        return {
          ok: false,
          error: invalidProfile(found.filter((_, i) => !parts[i]).map(toIssue)),
          warnings,
        };
      }
      const reported = new Set<string>();
      found.forEach((problem, i) => {
        const keys = keysOf(parts[i]);
        const dropped = formatPath(keys);
        output = leaveOut(output, keys, 0);
        if (reported.has(dropped)) return; // one warning per part left out
        reported.add(dropped);
        warnings.push({
          path: formatPath(keysOf(problem.at)),
          message: `${problem.message}; left out ${dropped}`,
        });
      });
      candidate = output;
    }
    return {
      ok: false,
      error: invalidProfile([{ path: '', message: 'has too many problems to repair' }]),
      warnings,
    };
  } catch {
    // A getter or proxy in a profile set from script threw: nothing we can read.
    return {
      ok: false,
      error: invalidProfile([{ path: '', message: 'could not be read as plain data' }]),
      warnings,
    };
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
