/**
 * The rules of the village-profile contract that are not valibot: caps, patterns and the checks
 * behind them. The valibot schema (`schema.ts`) and the lean reader of the partner bundles
 * (`read.ts`) both take them from here, so the two cannot drift apart on a number or a pattern.
 */

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

/** An ISO date, optionally with a time. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Anything but the characters that draw nothing on their own: format and default-ignorable
 * characters, assigned or not (zero-width space and joiners, direction marks and overrides, the
 * byte-order mark, tag characters), separators, controls, combining marks and the blank letters
 * some scripts have. A text made only of these would render as an empty link.
 */
const VISIBLE = /[^\p{Cf}\p{Z}\p{Cc}\p{M}\p{DI}\u115f\u1160\u3164\uffa0\u2800\u{1d159}\u{1d15a}]/u;

/** True when `value` shows at least one visible character. */
export const isVisibleText = (value: string) => VISIBLE.test(value);

/** True for a day that exists: "2025-02-30" parses (as 2 March) but is not one. */
export const realDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
};
