/**
 * The words after a village's total: the number of people its programmes support (the children in
 * its families, the kindergarten's pupils, the families its social centres help, the young people
 * in its youth programme), in plain words rather than "beneficiaries". One message holds every
 * plural form the language uses, "|"-separated, in the order zero, one, two, few, many, other (only
 * the categories `Intl.PluralRules` has for that language), as the facility nouns do.
 */
import { msg } from '@lit/localize';
import { pluralCategories, pluralCategory } from '../../internal/format.js';

const ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** "person supported" / "people supported" for `count`, in the plural rules of `lang`. */
export function peopleSupported(count: number, lang: string): string {
  const all = msg('person supported|people supported', {
    id: 'impact.people-supported',
    desc: 'After the total number; plural forms, "|"-separated',
  }).split('|');
  const used = ORDER.filter((category) => pluralCategories(lang).includes(category));
  return all[used.indexOf(pluralCategory(count, lang))] ?? all[all.length - 1];
}
