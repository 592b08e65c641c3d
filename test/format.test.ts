/**
 * Number formatting: the plain-digits shortcut for small whole numbers gives exactly what Intl
 * gives, in every language and region it is taken for, and is not taken where Intl differs.
 */
import { expect } from '@open-wc/testing';
import {
  formatCompact,
  formatCompactRange,
  formatDate,
  formatList,
  formatNumber,
  formatNumberRange,
  formatPercent,
  pluralCategories,
  pluralCategory,
} from '../src/internal/format.js';

describe('formatNumber', () => {
  const regions = [
    'en',
    'en-US',
    'en-GB',
    'en-IN',
    'fr',
    'fr-CA',
    'fr-CH',
    'de',
    'de-CH',
    'de-AT',
    'es',
    'es-MX',
    'it',
    'pt',
    'pt-BR',
    'nl',
    'nl-BE',
    'pl',
    'ru',
    'ru-KZ',
    'uk',
    'kk',
    'kk-KZ',
    'tr',
    'EN-us',
  ];

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
    for (const [n, lang] of cases)
      expect(formatNumber(n, lang), `${n} in ${lang}`).to.equal(new Intl.NumberFormat(lang).format(n));
    expect(formatNumber(74, 'ar-EG'), 'not plain digits there').not.to.equal('74');
  });
});

describe('formatting on a page that broke Intl', () => {
  /** Replaces `Intl[name]` with a constructor that throws, for the duration of `fn`. */
  function withBroken(name: 'NumberFormat' | 'PluralRules' | 'DateTimeFormat' | 'ListFormat', fn: () => void): void {
    const original = Intl[name];
    Object.defineProperty(Intl, name, {
      value: function broken() {
        throw new Error('blocked by the page');
      },
      configurable: true,
      writable: true,
    });
    try {
      fn();
    } finally {
      Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true });
    }
  }

  it('answers in plain digits, an ISO date and English plurals, and in Intl’s words again once the page mends it', () => {
    // Languages no other test here uses: nothing cached for them yet.
    withBroken('NumberFormat', () => {
      expect(formatNumber(1234567, 'sv')).to.equal('1234567');
      expect(formatCompact(1_450_000, 'sv')).to.equal('1450000');
      expect(formatCompactRange(1.5, 2.25, 'sv')).to.equal('1.5–2.3');
      expect(formatNumberRange(21000, 21500, 'sv')).to.equal('21000–21500');
      expect(formatPercent(6.25, 'sv')).to.equal('6.3%');
    });
    withBroken('ListFormat', () => expect(formatList(['1', '2', '3'], 'sv')).to.equal('1, 2, 3'));
    withBroken('DateTimeFormat', () => expect(formatDate('2025-01-20', 'sv')).to.equal('2025-01-20'));
    withBroken('PluralRules', () => {
      expect(pluralCategories('pl')).to.deep.equal(['one', 'other']);
      expect([1, 2, 5].map((n) => pluralCategory(n, 'pl'))).to.deep.equal(['one', 'other', 'other']);
    });
    // Nothing broken was kept.
    expect(formatNumber(1234567, 'sv')).to.equal(new Intl.NumberFormat('sv').format(1234567));
    expect(formatDate('2025-01-20', 'sv')).to.equal(
      new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-01-20')),
    );
    expect(pluralCategories('pl')).to.deep.equal(new Intl.PluralRules('pl').resolvedOptions().pluralCategories);
    expect(pluralCategory(5, 'pl')).to.equal('many');
  });
});

describe('formatDate', () => {
  it('writes the ISO date where the browser has no month names for the language, never ICU’s placeholder', () => {
    for (const lang of ['en', 'fr', 'ru', 'kk', 'de', 'xx']) {
      const text = formatDate('2026-11-01', lang);
      expect(text, lang).not.to.match(/\bM\d/);
      expect(text, lang).to.match(/2026/);
    }
    expect(formatDate('2026-11-01', 'en')).to.equal('November 1, 2026');
  });
});
