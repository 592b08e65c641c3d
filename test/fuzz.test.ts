/**
 * Property-based tests of `parseProfile`: arbitrary JSON, and the Almaty sample with random parts
 * replaced by arbitrary or hostile values. Whatever comes in, parsing never throws, keeps within
 * its time, lets only https (or loopback http) URLs out, returns frozen plain data, and touches
 * no prototype of the page.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseProfile } from '../src/data/parse.js';
import type { VillageProfile } from '../src/data/schema.js';
import { almaty } from './fixtures/profiles.js';
import { HOSTILE_STRINGS, pathsOf, type Path } from './fixtures/hostile.js';

const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.jsonValue({ maxDepth: 4 }),
  // Fresh objects each time: a later mutation may write into an earlier one.
  fc
    .constantFrom<() => unknown>(
      () => ({ __proto__: { polluted: true } }),
      () => JSON.parse('{"__proto__": {"polluted": true}}'),
      () => [],
      () => ({}),
      () => null,
      () => -1,
      () => 1e308,
      () => 0.5,
    )
    .map((make) => make()),
);

function setAt(data: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  let parent = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1], { value, enumerable: true, configurable: true, writable: true });
  return data;
}

/** Walks the output: plain objects and lists (what React's server components and devalue take), everything frozen. */
function checkData(value: unknown): void {
  if (value && typeof value === 'object') {
    expect(Object.isFrozen(value), 'frozen').to.equal(true);
    expect(Object.getPrototypeOf(value), 'prototype').to.equal(
      Array.isArray(value) ? Array.prototype : Object.prototype,
    );
    Object.values(value).forEach(checkData);
  }
}

function checkUrl(value: string | undefined, where: string): void {
  if (value === undefined) return;
  expect(value, where).to.match(/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/);
  expect(new URL(value).username, `${where} user`).to.equal('');
}

/** The output is frozen plain data, and every URL in it is https (or loopback http). */
function checkOutput(profile: VillageProfile): void {
  checkData(profile);
  checkUrl(profile.url, 'url');
  profile.sources?.forEach((source, i) => checkUrl(source.url, `sources[${i}].url`));
  profile.sponsorship?.markets.forEach((market, i) => checkUrl(market.url, `markets[${i}].url`));
  profile.media?.forEach((image, i) => checkUrl(image.src, `media[${i}].src`));
  profile.news?.forEach((item, i) => checkUrl(item.url, `news[${i}].url`));
}

function parseChecked(input: unknown, base?: string): void {
  const started = performance.now();
  const result = parseProfile(input, { baseUrl: base });
  expect(performance.now() - started, 'ms for one parse').to.be.below(500);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
  if (result.ok) checkOutput(result.profile);
  else expect(result.error.kind).to.equal('invalid');
}

describe('parseProfile, fuzzed', function () {
  this.timeout(60_000);

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => parseChecked(input)),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary objects shaped almost like a profile', () => {
    const shaped = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), hostileValue),
        id: fc.oneof(fc.constant('made-up'), hostileValue),
        name: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'ru', '__proto__', 'EN', 'x-y'), fc.string())),
        country: fc.oneof(fc.constant({ code: 'KZ', name: 'Kazakhstan' }), hostileValue),
        impact: fc.oneof(fc.constant({ totalBeneficiaries: 1, programmes: [] }), hostileValue),
        url: hostileValue,
        media: fc.array(
          fc.record({ src: hostileValue, alt: hostileValue, width: hostileValue, height: hostileValue }),
          { maxLength: 30 },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(shaped, (input) => parseChecked(input, 'https://data.example.org/v.json')),
      { numRuns: 500 },
    );
  });

  it('never throws, and lets no unsafe URL out, on mutations of the Almaty sample', async () => {
    const sample = await almaty();
    const paths = pathsOf(sample);
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(paths.length - 1), hostileValue), { minLength: 1, maxLength: 6 }),
        (mutations) => {
          let input: unknown = structuredClone(sample);
          for (const [index, value] of mutations) {
            try {
              input = setAt(input, paths[index], value);
            } catch {
              // an earlier mutation removed this path's parent: skip it
            }
          }
          const result = parseProfile(input, { baseUrl: 'https://data.example.org/v.json' });
          if (result.ok) {
            accepted++;
            checkOutput(result.profile);
          }
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        },
      ),
      { numRuns: 400 },
    );
    expect(accepted, 'most mutations only cost the part they touch').to.be.above(100);
  });

  it('lets only safe URLs out, whatever is put in the URL fields of the Almaty sample', async () => {
    const sample = await almaty();
    const urlPaths = pathsOf(sample).filter((path) => ['url', 'src'].includes(String(path[path.length - 1])));
    expect(urlPaths.length).to.be.above(5);
    const anyUrl = fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl({ authoritySettings: { withUserInfo: true, withPort: true } }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(urlPaths.length - 1), anyUrl), { minLength: 1, maxLength: urlPaths.length }),
        (mutations) => {
          const input = structuredClone(sample);
          for (const [index, value] of mutations) setAt(input, urlPaths[index], value);
          const result = parseProfile(input, { baseUrl: 'https://data.example.org/v.json' });
          expect(result.ok).to.equal(true); // URLs are all in optional parts
          if (result.ok) checkOutput(result.profile);
        },
      ),
      { numRuns: 300 },
    );
  });
});
