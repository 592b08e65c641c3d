import { expect } from '@open-wc/testing';
import { parseProfile } from '../src/data/parse.js';
import { PROGRAMME_TYPES } from '../src/data/profile.types.js';
import { pickText } from '../src/data/text.js';
import {
  ISO_DATE,
  LIMITS,
  MARK_WEIGHT,
  MAX_MARK_RUN,
  MAX_READING,
  MAX_WORD,
  TEXT,
  TEXT_LIMITS,
  readingWeight,
} from '../src/data/rules.js';
import { VillageProfileSchema } from '../src/data/schema.js';
import { almaty, nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { REAL_TEXTS } from './fixtures/hostile.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const en = (text: Parameters<typeof pickText>[0]) => pickText(text, 'en', 'en')?.text;

function mustParse(input: unknown, baseUrl = 'https://data.example.org/villages/x.json') {
  const result = parseProfile(input, { baseUrl });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function mustFail(input: unknown) {
  const result = parseProfile(input, { baseUrl: 'https://data.example.org/x.json' });
  if (result.ok) throw new Error('expected the profile to be refused');
  return result.error;
}

describe('village profile schema', () => {
  describe('the Almaty sample', () => {
    it('is valid, with no part left out', async () => {
      const result = mustParse(await almaty(), ALMATY_URL);
      expect(result.warnings).to.deep.equal([]);
    });

    it('carries every figure of both source pages', async () => {
      const { profile } = mustParse(await almaty(), ALMATY_URL);
      expect(en(profile.name)).to.equal("SOS Children's Village Almaty");
      expect(profile.country.code).to.equal('KZ');
      expect(en(profile.country.name)).to.equal('Kazakhstan');
      expect(profile.impact.totalBeneficiaries).to.equal(459);
      const figures = profile.impact.programmes.map((p) => [p.type, p.facilities, p.beneficiaries]);
      expect(figures).to.deep.equal([
        ['kindergarten', 1, 74],
        ['social-centre', 2, 228],
        ['childrens-village', 1, 70],
        ['youth-facility', 4, 87],
      ]);
      const population = profile
        .facts!.filter((f) => f.kind === 'population')
        .map((f) => f.kind === 'population' && [f.value, f.source]);
      expect(population).to.deep.equal([
        [1_400_000, 'sos-canada'],
        [1_500_000, 'sos-uk'],
      ]);
      expect(profile.facts!.find((f) => f.kind === 'former-capital')).to.include({ until: 1997 });
      expect(profile.facts!.find((f) => f.kind === 'unemployment-rate')).to.include({ percent: 6.3 });
      expect(profile.sponsorship!.markets.map((m) => m.market)).to.deep.equal(['CA', 'GB']);
      expect(en(profile.sponsorship!.markets[0].note)).to.equal('You will receive a Canadian charitable tax receipt.');
      expect(en(profile.summary)).to.contain('1991');
      expect(profile.story!.map((s) => en(s.heading))).to.include.members([
        "SOS Children's Villages in Almaty",
        'The capital city is home to many families on the poverty threshold',
        'Working with the authorities to provide support',
      ]);
    });

    it('resolves relative image URLs against the data file, as CSS does', async () => {
      const { profile } = mustParse(await almaty(), ALMATY_URL);
      expect(profile.media![0].src).to.equal(new URL('/demo/data/images/almaty-village.svg', location.href).href);
    });
  });

  it('carries Russian, French and Kazakh for every text of the Almaty sample', async () => {
    const { profile } = mustParse(await almaty(), ALMATY_URL);
    const texts: unknown[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (value && typeof value === 'object' && !Array.isArray(value) && 'en' in value) texts.push(value);
      else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (
        typeof value === 'string' &&
        ![
          'id',
          'defaultLanguage',
          'code',
          'market',
          'defaultMarket',
          'src',
          'url',
          'updatedAt',
          'kind',
          'type',
          'approximation',
          'source',
          'topic',
        ].includes(key)
      ) {
        texts.push(`untranslated ${key}: ${value}`);
      }
    };
    walk(profile);
    expect(texts.filter((t) => typeof t === 'string')).to.deep.equal([]);
    for (const text of texts as Record<string, string>[])
      expect(Object.keys(text)).to.include.members(['en', 'ru', 'fr', 'kk']);
    expect(texts.length).to.be.above(60);
  });

  it('accepts a second, made-up village', () => {
    const { profile, warnings } = mustParse(nordhavn());
    expect(warnings).to.deep.equal([]);
    expect(profile.impact.totalBeneficiaries).to.equal(1_234_567);
  });

  describe('required parts', () => {
    for (const key of ['schemaVersion', 'id', 'name', 'country', 'impact'] as const) {
      it(`refuses a profile without "${key}", naming it`, () => {
        const input = nordhavn() as Record<string, unknown>;
        delete input[key];
        const error = mustFail(input);
        expect(error.kind).to.equal('invalid');
        expect(error.issues.map((i) => i.path)).to.include(key);
      });
    }

    it("tells a missing field by name, with the fix, not in the schema library's words", () => {
      const input = clone(nordhavn()) as any;
      delete input.name;
      delete input.country.code;
      const error = mustFail(input);
      const byPath = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
      expect(byPath.name).to.equal("is missing: add the village's name as text");
      expect(byPath['country.code']).to.equal('is missing: add the two-letter country code, such as "KZ"');
      expect(error.message).to.contain("name is missing: add the village's name as text");
      const repaired = clone(nordhavn()) as any;
      repaired.impact.programmes[0] = { type: 'school', beneficiaries: 1, beneficiariesLabel: 'Pupils' };
      repaired.media[0] = { alt: 'x', width: 1, height: 1 };
      repaired.facts[1] = { kind: 'location' };
      const warned = mustParse(repaired).warnings.map((w) => `${w.path} ${w.message}`);
      expect(warned).to.include.members([
        'impact.programmes[0].facilities is missing: add how many facilities the programme runs, as a number; left out impact.programmes[0]',
        "media[0].src is missing: add the picture's https: address, or its path next to the profile; left out media[0]",
        'facts[1] must be a location fact, with "text"; left out facts[1]',
      ]);
      for (const line of [error.message, ...warned]) expect(line).not.to.match(/Invalid (key|type)|Expected|received/);
      expect(mustFail('a string').issues[0].message).to.equal('must be an object: named fields in braces, {"…": …}');
    });

    it('lists every bad path in words a person can act on', () => {
      const input = clone(nordhavn()) as any;
      input.impact.totalBeneficiaries = '459';
      input.country.code = 'kz';
      const error = mustFail(input);
      const byPath = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
      expect(byPath['impact.totalBeneficiaries']).to.match(/must be a number/);
      expect(byPath['country.code']).to.match(/two-letter upper-case country code/);
      expect(error.message).to.contain('impact.totalBeneficiaries');
    });

    it('refuses a newer schema version it cannot read', () => {
      const error = mustFail({ ...nordhavn(), schemaVersion: 2 });
      expect(error.issues[0]).to.deep.include({ path: 'schemaVersion' });
    });

    for (const input of [null, 42, 'text', [], true]) {
      it(`refuses ${JSON.stringify(input)} as a profile without throwing`, () => {
        expect(mustFail(input).kind).to.equal('invalid');
      });
    }

    it('refuses negative, fractional and absurd counts', () => {
      for (const value of [-1, 1.5, Number.NaN, 1e15]) {
        const input = clone(nordhavn()) as any;
        input.impact.totalBeneficiaries = value;
        expect(mustFail(input).issues[0].path).to.equal('impact.totalBeneficiaries');
      }
    });

    it('refuses a programme type outside the shared list', () => {
      const input = clone(nordhavn()) as any;
      input.impact.programmes = [{ ...input.impact.programmes[0], type: 'casino' }];
      const result = parseProfile(input);
      // A programme is one item of a list: it is dropped, the village stays.
      expect(result.ok).to.equal(true);
      expect(result.warnings[0].path).to.equal('impact.programmes[0].type');
      expect(result.warnings[0].message).to.contain(PROGRAMME_TYPES.join(', '));
    });
  });

  describe('optional parts', () => {
    it('drops a malformed optional field with a warning', () => {
      const input = clone(nordhavn()) as any;
      input.updatedAt = 'last Tuesday';
      input.summary = 42;
      const result = mustParse(input);
      expect(result.profile.updatedAt).to.equal(undefined);
      expect(result.profile.summary).to.equal(undefined);
      expect(result.warnings.map((w) => w.path).sort()).to.deep.equal(['summary', 'updatedAt']);
      expect(result.profile.name).to.equal("SOS Children's Village Nordhavn (test)");
    });

    it('drops only the malformed item of a list', () => {
      const input = clone(nordhavn()) as any;
      input.facts.push({ kind: 'weather', text: 'sunny' });
      input.media.push({ src: 'https://example.org/b.jpg', alt: 'B' }); // no intrinsic size
      const result = mustParse(input);
      expect(result.profile.facts).to.have.length(2);
      expect(result.profile.media).to.have.length(3);
      expect(result.warnings.map((w) => w.path).sort()).to.deep.equal(['facts[2]', 'media[3].width']);
    });

    it('takes a fact’s sources as one id or a list, and leaves out only what is malformed', () => {
      const input = clone(nordhavn()) as any;
      input.facts = [
        { kind: 'statement', topic: 'economy', text: 'Shipping.', source: ['test-source', 'other'] },
        { kind: 'statement', topic: 'economy', text: 'Fishing.', source: ['Not An Id'] },
        { kind: 'statement', topic: 'weather', text: 'Windy.' },
        { kind: 'former-capital', until: 1997, source: [], note: 'A note.' },
        { kind: 'location', text: 'By the sea.', source: ['test-source', 'Bad Id'] },
      ];
      const result = mustParse(input);
      // The fact with an unknown topic goes; the others stay, without their bad source ids.
      expect(result.profile.facts!.map((fact) => [fact.kind, fact.source])).to.deep.equal([
        ['statement', ['test-source', 'other']],
        ['statement', undefined],
        ['former-capital', undefined],
        ['location', ['test-source']],
      ]);
      expect(result.profile.facts![2].note).to.equal('A note.');
      expect(result.warnings.map((w) => w.path).sort()).to.deep.equal([
        'facts[1].source',
        'facts[1].source[0]',
        'facts[2]',
        'facts[3].source',
        'facts[4].source[1]',
      ]);
    });

    it('reads story section ids, notes and sections without a heading', () => {
      const input = clone(nordhavn()) as any;
      input.story = [
        { id: 'intro', paragraphs: ['An opening.'], note: 'Checked in 2026.' },
        { id: 'Bad Id', heading: 'X', paragraphs: ['Y'] },
      ];
      const result = mustParse(input);
      expect(result.profile.story!.map((section) => [section.id, section.heading, section.note])).to.deep.equal([
        ['intro', undefined, 'Checked in 2026.'],
        [undefined, 'X', undefined],
      ]);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['story[1].id']);
    });

    it('drops sponsorship when no market survives', () => {
      const input = clone(nordhavn()) as any;
      input.sponsorship.markets = input.sponsorship.markets.map((m: any) => ({ ...m, url: 'javascript:alert(1)' }));
      const result = mustParse(input);
      expect(result.profile.sponsorship).to.equal(undefined);
    });

    it('fills in the default language', () => {
      const input = clone(nordhavn()) as any;
      delete input.defaultLanguage;
      expect(mustParse(input).profile.defaultLanguage).to.equal('en');
    });
  });

  describe('URLs', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'http://',
      '',
    ];
    for (const url of hostile) {
      it(`never lets ${JSON.stringify(url)} through`, () => {
        const input = clone(nordhavn()) as any;
        input.url = url;
        input.media[0].src = url;
        const { profile, warnings } = mustParse(input);
        expect(profile.url).to.equal(undefined);
        expect(profile.media!.map((image) => image.src)).to.deep.equal([
          'https://example.org/nordhavn-school.jpg',
          'https://example.org/nordhavn-garden.jpg',
        ]);
        expect(warnings.some((w) => w.path === 'url' && /https: URL/.test(w.message))).to.equal(true);
      });
    }

    it('resolves protocol-relative and relative references against the data URL', () => {
      const input = clone(nordhavn()) as any;
      input.url = '//cdn.example.net/page';
      input.media[0].src = '../img/a.jpg';
      const { profile } = mustParse(input, 'https://data.example.org/villages/x.json');
      expect(profile.url).to.equal('https://cdn.example.net/page');
      expect(profile.media![0].src).to.equal('https://data.example.org/img/a.jpg');
    });
  });

  describe('text', () => {
    it('keeps accents, stacked marks and emoji sequences of real languages', () => {
      for (const text of REAL_TEXTS) {
        const input = clone(nordhavn()) as any;
        input.name = text;
        input.summary = { en: text, kk: text };
        const { profile, warnings } = mustParse(input);
        expect(warnings, text).to.deep.equal([]);
        expect(profile.name).to.equal(text);
      }
    });

    it(`refuses a run of more than ${MAX_MARK_RUN} marks or invisible characters, saying where`, () => {
      const floods = [
        `a${'\u0301'.repeat(5000)}`,
        `a${'\u0301'.repeat(MAX_MARK_RUN + 1)}`,
        `Village${'\u200b'.repeat(MAX_MARK_RUN + 1)}`,
        `a${'\u202e'.repeat(MAX_MARK_RUN + 1)}b`,
        `a${'\u200d\ufe0f'.repeat(5)}`,
      ];
      for (const flood of floods) {
        const input = clone(nordhavn()) as any;
        input.summary = flood;
        input.news[0].title = flood;
        const { profile, warnings } = mustParse(input);
        expect(profile.summary, flood.slice(0, 12)).to.equal(undefined);
        expect(profile.news!.length).to.equal(3);
        expect(warnings.map((w) => w.path)).to.deep.equal(['summary', 'news[0].title']);
        if (flood.length <= 200)
          expect(warnings[0].message).to.match(
            /^has more than 8 accents, marks or invisible characters in a row \(from character \d+\): keep at most 8 on one letter/,
          );
        const required = clone(nordhavn()) as any;
        required.name = flood;
        expect(mustFail(required).issues[0].path).to.equal('name');
      }
      const input = clone(nordhavn()) as any;
      input.summary = `a${'\u0301'.repeat(MAX_MARK_RUN)}`;
      expect(mustParse(input).warnings).to.deep.equal([]);
    });

    it(`refuses a word of more than ${MAX_WORD} characters, but not text in scripts written without spaces`, () => {
      const input = clone(nordhavn()) as any;
      input.summary = `See ${'x'.repeat(MAX_WORD + 1)} here`;
      input.city = `${'x'.repeat(MAX_WORD)} fits`;
      const { profile, warnings } = mustParse(input);
      expect(profile.city).to.equal(input.city);
      expect(warnings.map((w) => `${w.path} ${w.message}`)).to.deep.equal([
        `summary has a word of more than ${MAX_WORD} characters with no space to break the line (from character 5): add spaces, or put a long address in a url field; left out summary`,
      ]);
      for (const text of [
        '儿童村的孩子们在家庭中长大，在附近上学并学习一门手艺。'.repeat(6),
        'เด็กๆเติบโตในครอบครัวในหมู่บ้านและไปโรงเรียนใกล้บ้าน'.repeat(4),
        'こどもたちはむらのかていでそだちます'.repeat(10),
      ]) {
        const spaceless = clone(nordhavn()) as any;
        spaceless.summary = text;
        expect(text.length).to.be.above(MAX_WORD);
        expect(mustParse(spaceless).warnings, text).to.deep.equal([]);
      }
    });

    it('is one pattern, which the JSON Schema publishes', () => {
      expect(TEXT.flags).to.equal('u');
      expect(TEXT.test(`a${'\u0301'.repeat(MAX_MARK_RUN + 1)}`)).to.equal(false);
      expect(TEXT.test('\u200b\u200d')).to.equal(false);
      expect(TEXT.test('Almaty')).to.equal(true);
      // What a JSON Schema validator does with the published pattern: compile it with the u flag.
      expect(new RegExp(TEXT.source, 'u').test(`a${'\u0301'.repeat(5000)}`)).to.equal(false);
    });

    it('is published in the JSON Schema with the date grammar and the caps', async () => {
      const { toJsonSchema } = await import('@valibot/to-json-schema');
      const schema = toJsonSchema(VillageProfileSchema, { errorMode: 'ignore' }) as any;
      const name = schema.properties.name.anyOf;
      expect(name[0]).to.deep.include({ maxLength: TEXT_LIMITS.label, pattern: TEXT.source });
      expect(name[1].additionalProperties.pattern).to.equal(TEXT.source);
      expect(schema.properties.summary.anyOf[0]).to.deep.include({
        maxLength: TEXT_LIMITS.prose,
        pattern: TEXT.source,
      });
      expect(schema.properties.updatedAt.pattern).to.equal(ISO_DATE.source);
      expect(schema.properties.news.items.properties.date.pattern).to.equal(ISO_DATE.source);
      expect(schema.properties.story.maxItems).to.equal(LIMITS.story);
      expect(schema.properties.story.items.properties.paragraphs.maxItems).to.equal(LIMITS.paragraphs);
      const published = new RegExp(name[0].pattern, 'u');
      for (const text of [...REAL_TEXTS, `a${'\u0301'.repeat(9)}`, '\u200b', 'x'])
        expect(published.test(text), text).to.equal(TEXT.test(text));
    });
  });

  describe('the text one reader sees', () => {
    it(`refuses a profile over ${MAX_READING} characters for one reader, each text counted in its longest language`, () => {
      const input = clone(nordhavn()) as any;
      const paragraph = 'A long village history. '.repeat(80).trim(); // 1,919 characters
      input.story = Array.from({ length: 16 }, (_, i) => ({ heading: `Part ${i}`, paragraphs: [paragraph] }));
      const error = mustFail(input);
      expect(error.issues).to.have.length(1);
      expect(error.issues[0].path).to.equal('(the profile itself)');
      expect(error.issues[0].message).to.match(
        /^holds \d+ characters of text for one reader .* over the 30000 the widgets show: shorten the story, the news or the facts$/,
      );
      // Accents and invisible characters weigh more: they cost the browser more to draw.
      expect(readingWeight('Almaty')).to.equal(6);
      expect(readingWeight(`a${'\u0301'.repeat(8)}`)).to.equal(1 + 8 * MARK_WEIGHT);
      // The same words in many languages cost one reader no more: each text counts once.
      input.story = input.story.slice(0, 12).map((section: any) => ({
        ...section,
        paragraphs: [{ en: paragraph, ru: paragraph, kk: paragraph, fr: paragraph }],
      }));
      expect(mustParse(input).warnings).to.deep.equal([]);
    });
  });

  describe('dates', () => {
    const valid = [
      '2026-11-01',
      '2026-11-01T09:30',
      '2026-11-01T09:30Z',
      '2026-11-01T09:30:15',
      '2026-11-01T09:30:15.5+05:00',
      '2026-11-01T23:59:59.123456789-03:30',
    ];
    const invalid = [
      '2024-01-01T99:99',
      '2024-01-01T::::',
      '2024-01-01T24:00',
      '2024-01-01T10:60',
      '2024-01-01T10:00:60',
      '2024-01-01T10',
      '2024-01-01T10:00+25:00',
      '2024-01-01t10:00',
      '2024-13-01',
      '2025-02-30',
      '2024-01-01 10:00',
      '2024-01-01T10:00:00.Z',
    ];
    for (const date of valid) {
      it(`accepts ${date}, a time Date reads`, () => {
        const input = clone(nordhavn()) as any;
        input.updatedAt = date;
        expect(mustParse(input).profile.updatedAt).to.equal(date);
        expect(Number.isNaN(Date.parse(date))).to.equal(false);
      });
    }
    it('refuses dates and times out of their grammar or range', () => {
      for (const date of invalid) {
        const input = clone(nordhavn()) as any;
        input.updatedAt = date;
        const { profile, warnings } = mustParse(input);
        expect(profile.updatedAt, date).to.equal(undefined);
        expect(warnings[0].path, date).to.equal('updatedAt');
      }
    });
  });

  describe('hostile keys', () => {
    it('ignores __proto__, constructor and unknown keys', () => {
      const text = JSON.stringify(nordhavn()).replace(
        '"schemaVersion":1',
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":"<img src=x onerror=alert(1)>","schemaVersion":1',
      );
      const { profile } = mustParse(JSON.parse(text));
      expect(Object.getPrototypeOf(profile)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(profile.country)).to.equal(Object.prototype);
      expect(Object.isFrozen(profile)).to.equal(true);
      expect(({} as any).polluted).to.equal(undefined);
      expect(Object.keys(profile)).not.to.include.members(['__proto__', 'constructor', 'extra']);
    });

    it('keeps hostile language keys out of translations', () => {
      const input = JSON.parse(
        JSON.stringify(nordhavn()).replace('"city":"Nordhavn"', '"city":{"en":"Nordhavn","__proto__":"x"}'),
      );
      const result = parseProfile(input);
      const city = result.ok ? result.profile.city : undefined;
      expect(({} as any).x).to.equal(undefined);
      if (city && typeof city === 'object') expect(Object.keys(city)).to.deep.equal(['en']);
    });

    it('keeps markup as text', () => {
      const input = clone(nordhavn()) as any;
      input.name = '<img src=x onerror="window.__pwned=1">';
      expect(mustParse(input).profile.name).to.equal('<img src=x onerror="window.__pwned=1">');
    });
  });

  describe('translations', () => {
    const text = { en: 'Village', fr: 'Village (fr)', 'ru-RU': 'Деревня' };
    it('picks exact, then language without region, then the default', () => {
      expect(pickText(text, 'fr', 'en')).to.deep.equal({ text: 'Village (fr)', lang: 'fr' });
      expect(pickText(text, 'fr-CA', 'en')).to.deep.equal({ text: 'Village (fr)', lang: 'fr' });
      expect(pickText(text, 'ru', 'en')).to.deep.equal({ text: 'Деревня', lang: 'ru-RU' });
      expect(pickText(text, 'kk', 'en')).to.deep.equal({ text: 'Village', lang: 'en' });
      expect(pickText('Plain', 'ru', 'en')).to.deep.equal({ text: 'Plain', lang: 'en' });
    });

    it('accepts translations in any text field and refuses bad language tags', () => {
      const input = clone(nordhavn()) as any;
      input.name = { en: 'Nordhavn', ru: 'Нордхавн' };
      expect(mustParse(input).profile.name).to.deep.equal({ en: 'Nordhavn', ru: 'Нордхавн' });
      input.name = { 'not a tag': 'x' };
      expect(mustFail(input).issues[0].path).to.match(/^name/);
    });
  });
});
