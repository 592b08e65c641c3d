/**
 * Numbers and dates through Intl, in the element's language. Formatters are cached per language
 * and options: creating them is the slow part.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, make: () => T): T {
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

/** "1.4 million", "1,4 млн". */
export function formatCompact(value: number, lang: string): string {
  return cached(`c|${lang}`, () => new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 })).format(value);
}

/** 6.3 → "6.3%". */
export function formatPercent(percent: number, lang: string): string {
  return cached(`p|${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })).format(percent / 100);
}

export function formatDate(value: string | number, lang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return cached(`d|${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long' })).format(date);
}

export type PluralCategory = Intl.LDMLPluralRule;

export function pluralCategory(value: number, lang: string): PluralCategory {
  return cached(`r|${lang}`, () => new Intl.PluralRules(lang)).select(value);
}
