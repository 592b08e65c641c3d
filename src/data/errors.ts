/**
 * Every way loading a profile can fail, as one typed error. Compare `kind`, not `instanceof`:
 * two copies of the script on one page share requests, and each has its own class.
 */

export const LOAD_ERROR_KINDS = ['network', 'http', 'not-json', 'invalid', 'timeout', 'too-large'] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

/** One problem in a profile, at a path a person can find in the JSON (`impact.programmes[2].type`). */
export interface ProfileIssue {
  path: string;
  message: string;
}

export class VillageDataError extends Error {
  override name = 'VillageDataError';

  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; issues?: ProfileIssue[]; cause?: unknown } = {},
  ) {
    super(message);
  }

  get url(): string | undefined {
    return this.details.url;
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get issues(): readonly ProfileIssue[] {
    return this.details.issues ?? [];
  }
}

export function isVillageDataError(value: unknown): value is VillageDataError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'VillageDataError' &&
    LOAD_ERROR_KINDS.includes((value as { kind?: LoadErrorKind }).kind as LoadErrorKind)
  );
}
