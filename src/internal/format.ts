/**
 * Numbers and dates through Intl, in the element's language. Formatters are cached per language
 * and options: creating them is the slow part.
 *
 * `Intl` is the host page's: a page (or a script it loads) may have replaced a constructor with one
 * that throws or returns junk. Every answer is then a plain one (digits without grouping, an ISO
 * date, English plural rules), never an exception that would leave a widget on its placeholder.
 */
type Formatter = Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat | Intl.ListFormat;

const cache = new Map<string, Formatter>();

/** More formatters than a page of widgets in every language needs: past it, the cache starts over. */
const MAX_FORMATTERS = 256;

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    if (cache.size >= MAX_FORMATTERS) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Intl options without a prototype: Intl reads every option it knows by name, so a key a host page
 * put on `Object.prototype` (`style`, `hour`, `timeZone`…) would otherwise change or break it.
 */
const options = <T extends object>(values: T): T => Object.assign(Object.create(null) as T, values);

/** What Intl answers, when it answers a string; else the plain answer. */
function orPlain(intl: () => unknown, plain: () => string): string {
  try {
    const text = intl();
    if (typeof text === 'string') return text;
  } catch {
    // a broken Intl: the plain answer below
  }
  cache.clear(); // no formatter that failed is kept: a page that mends its Intl gets Intl's answers again
  return plain();
}

/** 1234567.891 → "1234567.9": digits without grouping, at most one decimal. */
const plainNumber = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Languages in which Intl writes a whole number under 1,000 as its plain Latin digits (CLDR's
 * default numbering system for them is `latn` in every region, and grouping starts at 1,000),
 * unless the tag names a script or asks for another numbering system (`-u-nu-…`).
 */
const PLAIN_DIGITS = /^(?:en|fr|de|es|it|pt|nl|pl|ru|uk|kk|tr)(?:-|$)/i;
// Nor a script subtag (`kk-Arab`): a script can bring its own digits.
const plainDigits = (lang: string) => PLAIN_DIGITS.test(lang) && !/-u-|-[a-z]{4}(?:-|$)/i.test(lang);

export function formatNumber(value: number, lang: string): string {
  // The first Intl.NumberFormat a page creates loads the number data: about 25 ms on a mid-range
  // phone, most of a widget's first render. Counts under 1,000 (most of a village's) need none.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0) && plainDigits(lang))
    return String(value);
  return orPlain(
    () => number(lang).format(value),
    () => String(value),
  );
}

const number = (lang: string) => cached(`n|${lang}`, () => new Intl.NumberFormat(lang, options({})));

const compact = (lang: string) =>
  cached(
    `c|${lang}`,
    () =>
      new Intl.NumberFormat(
        lang,
        options({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } as const),
      ),
  );

/** "1.4 million", "1,4 миллиона". */
export function formatCompact(value: number, lang: string): string {
  return orPlain(
    () => compact(lang).format(value),
    () => plainNumber(value),
  );
}

type RangeFormat = Intl.NumberFormat & { formatRange?(low: number, high: number): string };

/** `formatRange` where the browser has it (Firefox before 116 does not), else two figures and a dash. */
const range = (format: RangeFormat, low: number, high: number) =>
  format.formatRange ? format.formatRange(low, high) : `${format.format(low)}–${format.format(high)}`;

/** "1.4–1.5 million": one range where sources give different figures. */
export function formatCompactRange(low: number, high: number, lang: string): string {
  return orPlain(
    () => range(compact(lang), low, high),
    () => `${plainNumber(low)}–${plainNumber(high)}`,
  );
}

/** "21,000–21,500". */
export function formatNumberRange(low: number, high: number, lang: string): string {
  return orPlain(
    () => range(number(lang), low, high),
    () => `${low}–${high}`,
  );
}

/** "1, 2, 3" in the reader's language. */
export function formatList(items: string[], lang: string): string {
  return orPlain(
    () =>
      cached(`l|${lang}`, () => new Intl.ListFormat(lang, options({ style: 'short', type: 'unit' } as const))).format(
        items,
      ),
    () => items.join(', '),
  );
}

/** 6.3 → "6.3%". */
export function formatPercent(percent: number, lang: string): string {
  return orPlain(
    () =>
      cached(
        `p|${lang}`,
        () => new Intl.NumberFormat(lang, options({ style: 'percent', maximumFractionDigits: 1 } as const)),
      ).format(percent / 100),
    () => `${plainNumber(percent)}%`,
  );
}

export function formatDate(value: string | number, lang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // "2025-01-20" names a calendar day, which Date reads as midnight UTC: formatted in UTC, so a
  // reader west of Greenwich does not see the day before.
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const key = `d|${day ? 'day|' : ''}${lang}`;
  const plain = () => date.toISOString().slice(0, 10); // "2025-01-20": read the same way in every language
  const text = orPlain(
    () =>
      cached(
        key,
        () =>
          new Intl.DateTimeFormat(
            lang,
            options(day ? ({ dateStyle: 'long', timeZone: 'UTC' } as const) : ({ dateStyle: 'long' } as const)),
          ),
      ).format(date),
    plain,
  );
  // A browser without the language's month names answers with ICU's placeholder ("2026 M11 1",
  // Kazakh in some Chromium builds): the ISO date reads better.
  return /\bM\d/.test(text) ? plain() : text;
}

export type PluralCategory = Intl.LDMLPluralRule;

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isCategory = (value: unknown): value is PluralCategory => PLURAL_CATEGORIES.includes(value as string);
/** English rules, where the page's Intl.PluralRules cannot answer. */
const PLAIN_CATEGORIES: readonly PluralCategory[] = ['one', 'other'];

const pluralRules = (lang: string) => cached(`r|${lang}`, () => new Intl.PluralRules(lang, options({})));
const categories = new Map<string, readonly PluralCategory[]>();

/** The plural categories `lang` has ("one", "other"; "one", "few", "many", "other"), once per language. */
export function pluralCategories(lang: string): readonly PluralCategory[] {
  let found = categories.get(lang);
  if (!found) {
    let answer: unknown;
    try {
      answer = pluralRules(lang).resolvedOptions().pluralCategories;
    } catch {
      answer = undefined;
    }
    if (!Array.isArray(answer) || !answer.length || !answer.every(isCategory)) return PLAIN_CATEGORIES; // not kept: see orPlain
    found = [...answer];
    if (categories.size >= MAX_FORMATTERS) categories.clear();
    categories.set(lang, found);
  }
  return found;
}

export function pluralCategory(value: number, lang: string): PluralCategory {
  try {
    const category: unknown = pluralRules(lang).select(value);
    if (isCategory(category)) return category;
  } catch {
    // a broken Intl: English rules below
  }
  cache.clear();
  return value === 1 ? 'one' : 'other';
}
