/**
 * How problems in a profile are told: paths, the console line for parts left out, and the error
 * for a profile that cannot be used. Shared by the full parser (parse.ts) and the lean reader
 * (read.ts), which must say the same things.
 */
import { VillageDataError, type ProfileIssue } from './errors.js';

export type PathKey = string | number;

/** One line for the console: how many parts were left out, and the first few paths. */
export function describeWarnings(warnings: readonly ProfileIssue[]): string {
  const shown = warnings.slice(0, 3).map((warning) => `${warning.path} ${warning.message}`);
  const more = warnings.length > 3 ? `; and ${warnings.length - 3} more` : '';
  return `${warnings.length} malformed part${warnings.length === 1 ? '' : 's'} left out: ${shown.join('; ')}${more}`;
}

export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || '(the profile itself)';
}

export function invalidProfile(issues: ProfileIssue[]): VillageDataError {
  const listed = issues.slice(0, 5).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new VillageDataError('invalid', `The village profile is not valid: ${listed.join('; ')}${more}.`, { issues: issues.slice(0, 50) });
}
