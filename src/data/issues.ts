/**
 * How problems in a profile are told: paths, the console line for parts left out, and the error
 * for a profile that cannot be used. Shared by the full parser (parse.ts), whose messages say what
 * to change ("must be 0 or more"), and the widgets' reader (read.ts), whose messages are one word
 * ("invalid") after a colon and end by pointing to the CLI for the full ones.
 */
import { VillageDataError, type ProfileIssue } from './errors.js';

export type PathKey = string | number;

/** How one issue reads in a line: the path, `separator`, the message. */
export interface Telling {
  separator: string;
  /** A sentence said after the list, or nothing. */
  more: string;
}

const FULL: Telling = { separator: ' ', more: '' };

/** One line for the console: how many parts were left out, and the first few paths. */
export function describeWarnings(warnings: readonly ProfileIssue[], { separator, more }: Telling = FULL): string {
  const shown = warnings.slice(0, 3).map((warning) => `${warning.path}${separator}${warning.message}`);
  const rest = warnings.length > 3 ? `; and ${warnings.length - 3} more` : '';
  return `${warnings.length} malformed part${warnings.length === 1 ? '' : 's'} left out: ${shown.join('; ')}${rest}${more && `.${more}`}`;
}

/** The path of a problem with the profile as a whole. */
export const WHOLE = '(the profile itself)';

export function formatPath(keys: readonly PathKey[]): string {
  return (
    keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') ||
    WHOLE
  );
}

export function invalidProfile(issues: ProfileIssue[], { separator, more }: Telling = FULL): VillageDataError {
  const listed = issues.slice(0, 5).map((issue) => `${issue.path}${separator}${issue.message}`);
  const rest = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new VillageDataError('invalid', `The village profile is not valid: ${listed.join('; ')}${rest}.${more}`, {
    issues: issues.slice(0, 50),
  });
}
