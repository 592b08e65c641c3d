/**
 * Words with counts. Each programme type's facility noun is one message holding every plural form
 * the language uses, separated by "|", in the order zero, one, two, few, many, other (only the
 * categories `Intl.PluralRules` has for that language): English "kindergarten|kindergartens",
 * Russian "детский сад|детских сада|детских садов|детского сада" (one, few, many, other).
 * `Intl.PluralRules` picks the form: never "add an s".
 */
import { msg } from '@lit/localize';
import type { ProgrammeType } from '../data/profile.types.js';
import { pluralCategories, pluralCategory } from './format.js';

const ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

function forms(type: ProgrammeType): string {
  switch (type) {
    case 'kindergarten':
      return msg('kindergarten|kindergartens', { id: 'facility.kindergarten', desc: 'Plural forms, "|"-separated' });
    case 'social-centre':
      return msg('social centre|social centres', { id: 'facility.social-centre' });
    case 'childrens-village':
      return msg("children's village|children's villages", { id: 'facility.childrens-village' });
    case 'youth-facility':
      return msg('youth facility|youth facilities', { id: 'facility.youth-facility' });
    case 'school':
      return msg('school|schools', { id: 'facility.school' });
    case 'vocational-training':
      return msg('vocational training centre|vocational training centres', { id: 'facility.vocational-training' });
    case 'medical-centre':
      return msg('medical centre|medical centres', { id: 'facility.medical-centre' });
    case 'emergency-relief':
      return msg('emergency relief programme|emergency relief programmes', { id: 'facility.emergency-relief' });
  }
}

/** "1 kindergarten", "4 youth facilities": the noun for `count` in `lang`, without the number. */
export function facilityNoun(type: ProgrammeType, count: number, lang: string): string {
  const all = forms(type).split('|');
  const used = ORDER.filter((category) => pluralCategories(lang).includes(category));
  // A translation with fewer forms than the language has categories falls back to its last (other).
  return all[used.indexOf(pluralCategory(count, lang))] ?? all[all.length - 1];
}
