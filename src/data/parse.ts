/**
 * Turns untrusted JSON into a `VillageProfile`, never throwing.
 *
 * The strict schema is the contract. To be lenient where the contract allows, a failed parse
 * is retried after removing each malformed *optional* part: the nearest optional field or list
 * item that holds the problem. Those removals come back as warnings; a problem in a required part
 * makes the whole parse fail with every path listed.
 */
import * as v from 'valibot';
import { VillageProfileSchema, withUrlBase, type VillageProfile } from './schema.js';
import { VillageDataError, type ProfileIssue } from './errors.js';
import { documentBase } from '../internal/url.js';

export type ParseResult =
  | { ok: true; profile: VillageProfile; warnings: ProfileIssue[] }
  | { ok: false; error: VillageDataError; warnings: ProfileIssue[] };

export interface ParseOptions {
  /** URL that relative URLs in the profile resolve against: the profile's own URL. */
  baseUrl?: string;
}

type PathKey = string | number;
type AnySchema = { type: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema };

const MAX_PASSES = 8;

export function parseProfile(input: unknown, options: ParseOptions = {}): ParseResult {
  const base = options.baseUrl ?? documentBase();
  const warnings: ProfileIssue[] = [];
  let candidate = input;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = withUrlBase(base, () => v.safeParse(VillageProfileSchema, candidate));
    if (result.success) return { ok: true, profile: result.output, warnings };

    const issues = result.issues.map(toProfileIssue);
    const drops = result.issues.map((issue) => droppablePath(keysOf(issue)));
    if (drops.some((path) => path === undefined)) {
      const fatal = issues.filter((_, i) => drops[i] === undefined);
      return { ok: false, error: invalidProfile(fatal), warnings };
    }
    const reported = new Set<string>();
    issues.forEach((issue, i) => {
      const dropped = formatPath(drops[i]!);
      if (reported.has(dropped)) return; // one warning per part left out
      reported.add(dropped);
      warnings.push({ path: issue.path, message: `${issue.message}; left out ${dropped}` });
    });
    try {
      candidate = without(candidate, drops as PathKey[][]);
    } catch {
      // Not plain data (a function or DOM node set as `profile`): nothing to repair.
      return { ok: false, error: invalidProfile(issues), warnings };
    }
  }
  return { ok: false, error: invalidProfile([{ path: '', message: 'has too many problems to repair' }]), warnings };
}

export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || '(the profile itself)';
}

function invalidProfile(issues: ProfileIssue[]): VillageDataError {
  const listed = issues.slice(0, 5).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new VillageDataError('invalid', `The village profile is not valid: ${listed.join('; ')}${more}.`, { issues });
}

function keysOf(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

function toProfileIssue(issue: v.BaseIssue<unknown>): ProfileIssue {
  return { path: formatPath(keysOf(issue)), message: issue.message };
}

/**
 * Walks the schema along `keys` and returns the path to the deepest optional field or list item
 * on the way, or undefined when every step is required.
 */
function droppablePath(keys: PathKey[]): PathKey[] | undefined {
  let schema: AnySchema | undefined = VillageProfileSchema as unknown as AnySchema;
  let deepest: number | undefined;
  for (let depth = 0; depth < keys.length && schema; depth++) {
    const key = keys[depth];
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
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A copy of plain JSON data with the given paths removed (list items filtered out). */
function without(data: unknown, paths: PathKey[][]): unknown {
  const copy = structuredClone(data) as Record<PathKey, unknown>;
  for (const path of paths) {
    let parent: Record<PathKey, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<PathKey, unknown> | undefined;
    if (parent && typeof parent === 'object') {
      // defineProperty, not assignment: a JSON key "__proto__" must never reach the setter.
      Object.defineProperty(parent, path[path.length - 1], { value: DROPPED, enumerable: true, configurable: true });
    }
  }
  return sweep(copy);
}

function sweep(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (value[i] === DROPPED) value.splice(i, 1);
    value.forEach(sweep);
    return value;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const record = value as Record<string, unknown>;
      if (record[key] === DROPPED || UNSAFE_KEYS.has(key)) delete record[key];
      else sweep(record[key]);
    }
  }
  return value;
}
