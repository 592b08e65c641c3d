/**
 * Number formatting: the plain-digits shortcut for small whole numbers gives exactly what Intl
 * gives, in every language and region it is taken for, and is not taken where Intl differs.
 */
import { expect } from '@open-wc/testing';
import { formatNumber } from '../src/internal/format.js';

describe('formatNumber', () => {
  const regions = ['en', 'en-US', 'en-GB', 'en-IN', 'fr', 'fr-CA', 'fr-CH', 'de', 'de-CH', 'de-AT', 'es', 'es-MX', 'it', 'pt', 'pt-BR', 'nl', 'nl-BE', 'pl', 'ru', 'ru-KZ', 'uk', 'kk', 'kk-KZ', 'tr', 'EN-us'];

  it('writes whole numbers under 1,000 as Intl does, in every language the shortcut serves', () => {
    for (const lang of regions) {
      const intl = new Intl.NumberFormat(lang);
      const differing = [];
      for (let n = 0; n < 1000; n++) if (formatNumber(n, lang) !== intl.format(n)) differing.push(n);
      expect(differing, lang).to.deep.equal([]);
    }
  });

  it('leaves everything else to Intl: other digits, other numbering systems, grouping, fractions, signs', () => {
    const cases: [number, string][] = [
      [74, 'ar-EG'],
      [74, 'fa'],
      [74, 'bn'],
      [74, 'en-u-nu-arab'],
      [74, 'ru-RU-u-nu-deva'],
      [74, 'kk-Arab'],
      [74, 'tr-Arab-TR'],
      [1000, 'en'],
      [1234, 'fr'],
      [12345, 'ru'],
      [6.5, 'de'],
      [-5, 'en'],
      [-0, 'en'],
    ];
    for (const [n, lang] of cases) expect(formatNumber(n, lang), `${n} in ${lang}`).to.equal(new Intl.NumberFormat(lang).format(n));
    expect(formatNumber(74, 'ar-EG'), 'not plain digits there').not.to.equal('74');
  });
});
