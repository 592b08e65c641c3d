/**
 * Words with counts. Every programme type has a facility noun in each plural category that a
 * supported language uses (English needs `one`/`other`; Russian and Kazakh also `few`/`many`),
 * so translators fill in categories and `Intl.PluralRules` picks one: never "add an s".
 */
import { msg } from '@lit/localize';
import type { ProgrammeType } from '../data/profile.types.js';
import { pluralCategory, type PluralCategory } from './format.js';

type Forms = Partial<Record<PluralCategory, string>> & { other: string };

function facilityForms(type: ProgrammeType): Forms {
  switch (type) {
    case 'kindergarten':
      return {
        one: msg('kindergarten', { id: 'facility.kindergarten.one' }),
        few: msg('kindergartens', { id: 'facility.kindergarten.few' }),
        many: msg('kindergartens', { id: 'facility.kindergarten.many' }),
        other: msg('kindergartens', { id: 'facility.kindergarten.other' }),
      };
    case 'social-centre':
      return {
        one: msg('social centre', { id: 'facility.social-centre.one' }),
        few: msg('social centres', { id: 'facility.social-centre.few' }),
        many: msg('social centres', { id: 'facility.social-centre.many' }),
        other: msg('social centres', { id: 'facility.social-centre.other' }),
      };
    case 'childrens-village':
      return {
        one: msg("children's village", { id: 'facility.childrens-village.one' }),
        few: msg("children's villages", { id: 'facility.childrens-village.few' }),
        many: msg("children's villages", { id: 'facility.childrens-village.many' }),
        other: msg("children's villages", { id: 'facility.childrens-village.other' }),
      };
    case 'youth-facility':
      return {
        one: msg('youth facility', { id: 'facility.youth-facility.one' }),
        few: msg('youth facilities', { id: 'facility.youth-facility.few' }),
        many: msg('youth facilities', { id: 'facility.youth-facility.many' }),
        other: msg('youth facilities', { id: 'facility.youth-facility.other' }),
      };
    case 'school':
      return {
        one: msg('school', { id: 'facility.school.one' }),
        few: msg('schools', { id: 'facility.school.few' }),
        many: msg('schools', { id: 'facility.school.many' }),
        other: msg('schools', { id: 'facility.school.other' }),
      };
    case 'vocational-training':
      return {
        one: msg('vocational training centre', { id: 'facility.vocational-training.one' }),
        few: msg('vocational training centres', { id: 'facility.vocational-training.few' }),
        many: msg('vocational training centres', { id: 'facility.vocational-training.many' }),
        other: msg('vocational training centres', { id: 'facility.vocational-training.other' }),
      };
    case 'medical-centre':
      return {
        one: msg('medical centre', { id: 'facility.medical-centre.one' }),
        few: msg('medical centres', { id: 'facility.medical-centre.few' }),
        many: msg('medical centres', { id: 'facility.medical-centre.many' }),
        other: msg('medical centres', { id: 'facility.medical-centre.other' }),
      };
    case 'emergency-relief':
      return {
        one: msg('emergency relief programme', { id: 'facility.emergency-relief.one' }),
        few: msg('emergency relief programmes', { id: 'facility.emergency-relief.few' }),
        many: msg('emergency relief programmes', { id: 'facility.emergency-relief.many' }),
        other: msg('emergency relief programmes', { id: 'facility.emergency-relief.other' }),
      };
  }
}

/** "1 kindergarten", "4 youth facilities": the noun for `count` in `lang`, without the number. */
export function facilityNoun(type: ProgrammeType, count: number, lang: string): string {
  const forms = facilityForms(type);
  return forms[pluralCategory(count, lang)] ?? forms.other;
}
