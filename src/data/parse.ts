/**
 * Turns untrusted JSON into a `VillageProfile`, never throwing.
 *
 * 1. A copy of the input is made first, walking the schema beside it: only the keys the schema
 *    knows, only own properties, into objects without a prototype. Unknown keys are dropped
 *    without being looked into, and a list longer than its cap is refused before its items are.
 *    So a host page's `Object.prototype`, a 5,000-deep unknown key or 600,000 list items cost
 *    nothing.
 * 2. The strict schema is the contract. To be lenient where the contract allows, a failed parse
 *    is retried after removing each malformed *optional* part: the nearest optional field or list
 *    item that holds the problem. Those removals come back as warnings; a problem in a required
 *    part makes the whole parse fail with every path listed.
 * 3. The result is frozen plain data, so it crosses every boundary as it is: React Server
 *    Components refuse objects without `Object.prototype`; SvelteKit's and Nuxt's payloads
 *    (devalue) and `structuredClone` take it. Every object holds each field its schema names, an
 *    absent optional one as its own `undefined`, so a key a page adds to `Object.prototype`, before
 *    or after, is never read through a field the profile lacks. (`JSON.stringify` leaves those
 *    out: a profile sent as JSON is the profile as written, with defaults filled in.)
 */
import * as v from 'valibot';
import { LIMITS, VillageProfileSchema, withUrlBase, type VillageProfile } from './schema.js';
import type { ProfileIssue, VillageDataError } from './errors.js';
import { WHOLE, describeWarnings, formatPath, invalidProfile, type PathKey } from './issues.js';
import { isDevelopmentBase } from './rules.js';
import { documentBase } from './url.js';
import { hasOwn, withPlainPrototype } from './plain.js';

export { describeWarnings, formatPath };

export type ParseResult =
  | { ok: true; profile: VillageProfile; warnings: ProfileIssue[] }
  | { ok: false; error: VillageDataError; warnings: ProfileIssue[] };

export interface ParseOptions {
  /** URL that relative URLs in the profile resolve against: the profile's own URL. */
  baseUrl?: string;
  /**
   * Let URLs point at this computer or a private network (`http://localhost:8000/…`,
   * `http://127.0.0.1/…`, `http://10.0.0.5/…`), for a profile on a development server. Left
   * unset, it is on exactly when the base URL is itself on such a host; a published profile's
   * such URLs are refused, as they would make every reader's browser call their own machine.
   */
  development?: boolean;
}

type Data = Record<PathKey, unknown>;
interface AnySchema {
  type: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  options?: AnySchema[];
  literal?: unknown;
  pipe?: { type: string; requirement?: unknown }[];
}
interface Problem {
  keys: PathKey[];
  message: string;
}
/** The way to a value, innermost key first: built as the walk goes, turned into keys only for a problem. */
type Trail = { key: PathKey; up: Trail } | undefined;

function keysOf(trail: Trail): PathKey[] {
  const keys: PathKey[] = [];
  for (let step = trail; step; step = step.up) keys.unshift(step.key);
  return keys;
}

const MAX_PASSES = 8;
const ROOT = VillageProfileSchema as unknown as AnySchema;
const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseProfile(input: unknown, options: ParseOptions = {}): ParseResult {
  const base = (hasOwn(options, 'baseUrl') ? options.baseUrl : undefined) ?? documentBase();
  const development = hasOwn(options, 'development') ? options.development === true : isDevelopmentBase(base);
  return (
    withPlainPrototype(() => parseWith(input, base, development)) ?? {
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

function parseWith(input: unknown, base: string | undefined, development: boolean): ParseResult {
  const warnings: ProfileIssue[] = [];
  try {
    const problems: Problem[] = [];
    let candidate = ownCopy(ROOT, input, undefined, problems);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (pass > 0 || !problems.length) {
        const result = withUrlBase(base, () => v.safeParse(VillageProfileSchema, candidate), development);
        if (result.success)
          return {
            ok: true,
            profile: finish(ROOT, result.output) as VillageProfile,
            warnings,
          };
        for (const issue of result.issues)
          problems.push({
            keys: (issue.path ?? []).map((item) => item.key as PathKey),
            message: issue.message,
          });
      }
      const drops = problems.map((problem) => droppablePath(problem.keys));
      if (drops.some((path) => path === undefined)) {
        return {
          ok: false,
          error: invalidProfile(problems.filter((_, i) => drops[i] === undefined).map(toIssue)),
          warnings,
        };
      }
      const reported = new Set<string>();
      problems.forEach((problem, i) => {
        const dropped = formatPath(drops[i]!);
        if (reported.has(dropped)) return; // one warning per part left out
        reported.add(dropped);
        warnings.push({
          path: formatPath(problem.keys),
          message: `${problem.message}; left out ${dropped}`,
        });
      });
      candidate = without(candidate, drops as PathKey[][]);
      problems.length = 0;
    }
    return {
      ok: false,
      error: invalidProfile([{ path: WHOLE, message: 'has too many problems to repair' }]),
      warnings,
    };
  } catch {
    // A getter or proxy in a profile set from script threw: nothing we can read.
    return {
      ok: false,
      error: invalidProfile([{ path: WHOLE, message: 'could not be read as plain data' }]),
      warnings,
    };
  }
}

function toIssue(problem: Problem): ProfileIssue {
  return { path: formatPath(problem.keys), message: problem.message };
}

/** The list's cap: its `max_length` action, also when the list sits in a pipe inside a pipe. */
function maxItems(schema: AnySchema): number {
  let cap = Infinity;
  for (const action of schema.pipe ?? []) {
    if (action.type === 'max_length' && typeof action.requirement === 'number') cap = Math.min(cap, action.requirement);
    else if (action.type === 'array' && action !== schema) cap = Math.min(cap, maxItems(action as AnySchema));
  }
  return cap;
}

/**
 * A copy of `value` holding only what `schema` can use: own properties of the keys it names.
 * Values of the wrong type are passed on as they are, for the schema to name the problem; a list
 * over its cap becomes a problem here, before its items are read. (The copies are plain objects:
 * the page's keys on `Object.prototype` are set aside while a parse runs.)
 */
function ownCopy(schema: AnySchema, value: unknown, trail: Trail, problems: Problem[]): unknown {
  switch (schema.type) {
    case 'optional':
      return ownCopy(schema.wrapped!, value, trail, problems);
    case 'object': {
      if (!isRecord(value)) return opaque(value);
      const copy: Data = {};
      for (const key of Object.keys(schema.entries!)) {
        if (hasOwn(value, key)) copy[key] = ownCopy(schema.entries![key], value[key], { key, up: trail }, problems);
      }
      return copy;
    }
    case 'array': {
      if (!Array.isArray(value)) return opaque(value);
      const max = maxItems(schema);
      if (value.length > max) {
        problems.push({
          keys: keysOf(trail),
          message: `must hold at most ${max} items (it holds ${value.length})`,
        });
        return [];
      }
      const copy: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = ownCopy(schema.item!, value[i], { key: i, up: trail }, problems);
      return copy;
    }
    case 'record': {
      if (!isRecord(value)) return opaque(value);
      const names = Object.keys(value);
      if (names.length > LIMITS.languages) {
        problems.push({
          keys: keysOf(trail),
          message: `must hold at most ${LIMITS.languages} languages (it holds ${names.length})`,
        });
        return opaque(value);
      }
      const copy: Data = {};
      for (const key of names) if (key !== '__proto__') copy[key] = opaque(value[key]);
      return copy;
    }
    case 'union': {
      // A list where a list is one of the options (a fact's sources): copied by that option.
      const listOption = Array.isArray(value) ? schema.options!.find((option) => option.type === 'array') : undefined;
      if (listOption) return ownCopy(listOption, value, trail, problems);
      // Objects in a union (facts by kind, texts by language): keep what any option can use.
      if (!isRecord(value)) return opaque(value);
      let copy: Data | undefined;
      for (const option of schema.options!) {
        if (option.type !== 'object' && option.type !== 'record') continue;
        const part = ownCopy(option, value, trail, problems) as Data;
        copy = copy ? Object.assign(copy, part) : part;
      }
      return copy ?? opaque(value);
    }
    default:
      return opaque(value);
  }
}

/**
 * A stand-in for an object where the schema wants a plain value: the schema names the problem
 * just as well, and nothing of the host's object (or its depth) comes along.
 */
function opaque(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Array.isArray(value) ? [] : {};
}

/**
 * The validated output as the caller gets it (see the top of this file): frozen plain objects
 * holding every field their schema names, in the schema's order, and frozen lists.
 */
function finish(schema: AnySchema | undefined, value: unknown): unknown {
  while (schema?.type === 'optional') schema = schema.wrapped;
  if (!value || typeof value !== 'object') return value;
  // Texts by language (a record), a fact by its kind, a fact's list of sources.
  if (schema?.type === 'union') {
    schema = schema.options!.find((option) =>
      Array.isArray(value)
        ? option.type === 'array'
        : option.type === 'record' || option.entries?.kind?.literal === (value as Data).kind,
    );
  }
  if (Array.isArray(value)) return Object.freeze(value.map((item) => finish(schema?.item, item)));
  const entries = schema?.type === 'object' ? schema.entries! : undefined;
  const out: Data = {};
  for (const key of Object.keys(entries ?? value))
    out[key] = finish(entries?.[key], hasOwn(value, key) ? (value as Data)[key] : undefined);
  return Object.freeze(out);
}

/**
 * Walks the schema along `keys` and returns the path to the deepest optional field or list item
 * on the way, or undefined when every step is required.
 */
function droppablePath(keys: PathKey[]): PathKey[] | undefined {
  let schema: AnySchema | undefined = ROOT;
  let deepest: number | undefined;
  for (let depth = 0; depth < keys.length && schema; depth++) {
    const key = keys[depth];
    // Within a union, the option the key belongs to: a list for an index (a fact's sources), else
    // an object naming the key (every kind of fact has its `source` and `note`), so a bad optional
    // part of a fact drops that part, not the fact.
    if (schema.type === 'union') {
      const options: AnySchema[] = schema.options ?? [];
      schema = options.find((option) =>
        typeof key === 'number' ? option.type === 'array' : option.type === 'object' && !!option.entries?.[key],
      );
      if (!schema) break;
    }
    let next: AnySchema | undefined;
    if (schema.type === 'object' && typeof key === 'string') next = schema.entries?.[key];
    else if (schema.type === 'array' && typeof key === 'number') {
      next = schema.item;
      deepest = depth + 1;
    }
    if (next?.type === 'optional') {
      deepest = depth + 1;
      next = next.wrapped;
    }
    schema = next;
  }
  return deepest === undefined ? undefined : keys.slice(0, deepest);
}

const DROPPED = Symbol('dropped');

/** `data` (this parse's own copy) with the given paths removed, list items filtered out. */
function without(data: unknown, paths: PathKey[][]): unknown {
  for (const path of paths) {
    let parent = data as Data | undefined;
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Data | undefined;
    if (parent && typeof parent === 'object') parent[path[path.length - 1]] = DROPPED;
  }
  return sweep(data);
}

function sweep(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== DROPPED).map(sweep);
  if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (value[key] === DROPPED) delete value[key];
      else value[key] = sweep(value[key]);
    }
  }
  return value;
}
