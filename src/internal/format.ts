/**
 * Numbers and dates through Intl, in the element's language. Formatters are cached per language
 * and options: creating them is the slow part.
 */
type Formatter = Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat | Intl.ListFormat;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, lang: string): string {
  return cached(`n|${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

const compact = (lang: string) =>
  cached(`c|${lang}`, () => new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }));

/** "1.4 million", "1,4 миллиона". */
export function formatCompact(value: number, lang: string): string {
  return compact(lang).format(value);
}

type RangeFormat = Intl.NumberFormat & { formatRange?(low: number, high: number): string };

/** `formatRange` where the browser has it (Firefox before 116 does not), else two figures and a dash. */
const range = (format: RangeFormat, low: number, high: number) =>
  format.formatRange ? format.formatRange(low, high) : `${format.format(low)}–${format.format(high)}`;

/** "1.4–1.5 million": one range where sources give different figures. */
export function formatCompactRange(low: number, high: number, lang: string): string {
  return range(compact(lang), low, high);
}

/** "21,000–21,500". */
export function formatNumberRange(low: number, high: number, lang: string): string {
  return range(cached(`n|${lang}`, () => new Intl.NumberFormat(lang)), low, high);
}

/** "1, 2, 3" in the reader's language. */
export function formatList(items: string[], lang: string): string {
  return cached(`l|${lang}`, () => new Intl.ListFormat(lang, { style: 'short', type: 'unit' })).format(items);
}

/** 6.3 → "6.3%". */
export function formatPercent(percent: number, lang: string): string {
  return cached(`p|${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })).format(percent / 100);
}

export function formatDate(value: string | number, lang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // "2025-01-20" names a calendar day, which Date reads as midnight UTC: formatted in UTC, so a
  // reader west of Greenwich does not see the day before.
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const key = `d|${day ? 'day|' : ''}${lang}`;
  return cached(key, () => new Intl.DateTimeFormat(lang, day ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' })).format(date);
}

export type PluralCategory = Intl.LDMLPluralRule;

export function pluralCategory(value: number, lang: string): PluralCategory {
  return cached(`r|${lang}`, () => new Intl.PluralRules(lang)).select(value);
}
