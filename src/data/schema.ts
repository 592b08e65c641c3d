/**
 * The village-profile contract: one valibot schema from which the TypeScript types are inferred
 * and the published JSON Schema is generated (`npm run build` writes
 * `dist/village-profile.schema.json`).
 *
 * Required: `schemaVersion`, `id`, `name`, `country`, `impact`. Everything else is optional, and
 * an optional part (a field, or one item of a list) that is malformed is dropped with a warning
 * by `parseProfile` rather than failing the whole profile.
 *
 * Text a reader sees is `LocalizedText`: either a plain string in the profile's
 * `defaultLanguage`, or an object of strings by language tag (`{"en": "…", "ru": "…"}`).
 */
import * as v from 'valibot';
import { APPROXIMATIONS, FACT_TOPICS, PROGRAMME_TYPES, SCHEMA_VERSION } from './profile.types.js';
import {
  COUNTRY_CODE,
  ID,
  ISO_DATE,
  LANGUAGE_TAG,
  LIMITS,
  LOCAL_URL_PROBLEM,
  MISSING,
  NOT_AN_OBJECT,
  TEXT,
  TEXT_LIMITS,
  URL_PROBLEM,
  checkUrl,
  factProblem,
  readingProblem,
  isVisibleText,
  missing,
  realDay,
  textProblem,
} from './rules.js';

export { LIMITS, TEXT_LIMITS, isVisibleText };

/** Where relative URLs in the profile resolve, and whether local hosts pass; set by `parseProfile` for one call. */
let urlBase: string | undefined;
let development = false;

/**
 * Runs `fn` with relative profile URLs resolving against `base`, and hosts on this computer or a
 * private network allowed when `dev` (parsing is synchronous).
 */
export function withUrlBase<T>(base: string | undefined, fn: () => T, dev = false): T {
  const previous = [urlBase, development] as const;
  urlBase = base;
  development = dev;
  try {
    return fn();
  } finally {
    [urlBase, development] = previous;
  }
}

/**
 * `v.object` over entries with no prototype: valibot walks entries with `for…in`, which would
 * otherwise also visit any enumerable key a host page put on `Object.prototype`. A missing
 * required field is told with its fix, from `hints`.
 */
const object = <E extends v.ObjectEntries>(entries: E, hints: Readonly<Record<string, string>> = {}) =>
  v.object(Object.assign(Object.create(null) as E, entries), (issue) =>
    issue.path ? missing(hints, String(issue.path[issue.path.length - 1].key)) : NOT_AN_OBJECT,
  );

/** A list of at most `max` items: far more than a real village needs, checked before the items. */
const list = <T extends v.GenericSchema>(item: T, max: number, message: string) =>
  v.pipe(v.array(item, message), v.maxLength(max, `must hold at most ${max} items`));

const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(TEXT, (issue) => textProblem(issue.input)),
  );

export const LanguageTagSchema = v.pipe(
  v.string('must be a language tag'),
  v.regex(LANGUAGE_TAG, 'must be a language tag such as "en", "ru" or "fr-CA"'),
);

const localized = (max: number) =>
  v.union(
    [
      text(max),
      v.pipe(
        v.record(LanguageTagSchema, text(max)),
        v.check((value) => Object.keys(value).length > 0, 'must hold at least one language'),
        v.check(
          (value) => Object.keys(value).length <= LIMITS.languages,
          `must hold at most ${LIMITS.languages} languages`,
        ),
      ),
    ],
    'must be text, or texts by language such as {"en": "…", "ru": "…"}',
  );

/** A short label or name. */
export const LabelSchema = localized(TEXT_LIMITS.label);
/** A sentence or paragraph. */
export const ProseSchema = localized(TEXT_LIMITS.prose);

/**
 * An https URL with no user name or password; relative references resolve against the profile's
 * own URL, and plain `http:` is upgraded. Hosts on the reader's own computer or a private network
 * pass only in development (`ParseOptions.development`).
 */
export const HttpUrlSchema = v.pipe(
  v.string('must be a URL'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = checkUrl(dataset.value, urlBase, development);
    if ('local' in checked) {
      addIssue({ message: checked.local ? LOCAL_URL_PROBLEM : URL_PROBLEM });
      return NEVER;
    }
    return checked.href;
  }),
);

const count = (what: string) =>
  v.pipe(
    v.number(`must be a number of ${what}`),
    v.integer('must be a whole number'),
    v.minValue(0, 'must be 0 or more'),
    v.maxValue(1e10, 'is implausibly large'),
  );

const year = v.pipe(
  v.number('must be a year'),
  v.integer('must be a whole year'),
  v.minValue(1000, 'must be a four-digit year'),
  v.maxValue(2999, 'must be a four-digit year'),
);

export const IdSchema = v.pipe(
  v.string('must be an id'),
  v.regex(ID, 'must be lower-case letters, digits and hyphens'),
);

export const CountryCodeSchema = v.pipe(
  v.string('must be a country code'),
  v.regex(COUNTRY_CODE, 'must be a two-letter upper-case country code such as "KZ", "CA" or "GB"'),
);

const percent = v.pipe(
  v.number('must be a percentage'),
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(100, 'must be 100 or less'),
);

const isoDate = v.pipe(
  v.string('must be a date'),
  v.regex(ISO_DATE, 'must be an ISO date such as "2026-11-01", or a date and time such as "2026-11-01T09:30Z"'),
  v.check((value) => realDay(value.slice(0, 10)), 'must be a real calendar date'),
);

export const SourceSchema = object(
  {
    id: IdSchema,
    name: LabelSchema,
    url: v.optional(HttpUrlSchema),
  },
  MISSING.source,
);

export const ProgrammeSchema = object(
  {
    type: v.picklist(PROGRAMME_TYPES, `must be one of: ${PROGRAMME_TYPES.join(', ')}`),
    facilities: count('facilities'),
    beneficiaries: count('people'),
    beneficiariesLabel: LabelSchema,
    description: v.optional(ProseSchema),
  },
  MISSING.programme,
);

export const StorySectionSchema = object(
  {
    /** Names the section, so a page can pick sections (`<sos-village-story sections="…">`). */
    id: v.optional(IdSchema),
    /** The heading as the source wrote it; a section without one is an introduction. */
    heading: v.optional(LabelSchema),
    /** The `sources` id of the page this section was written for: each source's sections are one telling. */
    source: v.optional(IdSchema),
    paragraphs: v.pipe(
      list(ProseSchema, LIMITS.paragraphs, 'must be a list of paragraphs'),
      v.minLength(1, 'must hold at least one paragraph'),
    ),
    /** An editor's note or correction shown with the section, such as a fact that has changed since the source wrote it. */
    note: v.optional(ProseSchema),
  },
  MISSING.section,
);

/** The `sources` id a fact comes from, or the ids of every source that states it. */
const factSource = v.optional(
  v.union(
    [
      IdSchema,
      v.pipe(list(IdSchema, 8, 'must be a list of source ids'), v.minLength(1, 'must hold at least one source id')),
    ],
    'must be a source id or a list of them',
  ),
);
/** An editor's note or correction shown with a fact. */
const factNote = v.optional(ProseSchema);

export const FactSchema = v.union(
  [
    object(
      {
        kind: v.literal('population'),
        value: count('inhabitants'),
        approximation: v.optional(v.picklist(APPROXIMATIONS, `must be one of: ${APPROXIMATIONS.join(', ')}`), 'exact'),
        year: v.optional(year),
        source: factSource,
        note: factNote,
      },
      MISSING.fact,
    ),
    object(
      {
        kind: v.literal('former-capital'),
        until: year,
        source: factSource,
        note: factNote,
      },
      MISSING.fact,
    ),
    object(
      {
        kind: v.literal('unemployment-rate'),
        percent,
        comparison: v.optional(LabelSchema),
        source: factSource,
        note: factNote,
      },
      MISSING.fact,
    ),
    object(
      {
        kind: v.literal('location'),
        text: ProseSchema,
        source: factSource,
        note: factNote,
      },
      MISSING.fact,
    ),
    object(
      {
        kind: v.literal('statement'),
        topic: v.picklist(FACT_TOPICS, `must be one of: ${FACT_TOPICS.join(', ')}`),
        text: ProseSchema,
        source: factSource,
        note: factNote,
      },
      MISSING.fact,
    ),
  ],
  (issue) => factProblem(issue.input),
);

export const SponsorMarketSchema = object(
  {
    market: CountryCodeSchema,
    organisation: LabelSchema,
    url: HttpUrlSchema,
    callToAction: LabelSchema,
    /** Why to sponsor, in this market's words: one or more short paragraphs shown before the call to action. */
    appeal: v.optional(list(ProseSchema, LIMITS.appeal, 'must be a list of paragraphs')),
    /** What a sponsor in this market should know (a tax receipt, who they give through). */
    note: v.optional(LabelSchema),
  },
  MISSING.market,
);

export const ImageSchema = object(
  {
    src: HttpUrlSchema,
    /** What the picture shows, for readers who cannot see it. */
    alt: LabelSchema,
    /** The caption shown under the picture. */
    caption: v.optional(LabelSchema),
    /** Who made the picture ("Photo: …"). */
    credit: v.optional(LabelSchema),
    width: v.pipe(count('pixels'), v.minValue(1, 'must be at least 1')),
    height: v.pipe(count('pixels'), v.minValue(1, 'must be at least 1')),
    /** The point to keep in view when the picture is cropped, in percent from the left and from the top. */
    focus: v.optional(object({ x: percent, y: percent }, MISSING.focus)),
  },
  MISSING.image,
);

export const NewsItemSchema = object(
  {
    title: LabelSchema,
    url: HttpUrlSchema,
    date: v.optional(isoDate),
    summary: v.optional(ProseSchema),
    /** The `sources` id of the site that published it. */
    source: v.optional(IdSchema),
  },
  MISSING.news,
);

/** A whole profile; its text for one reader at most `MAX_READING` characters (a rule JSON Schema cannot state). */
export const VillageProfileSchema = v.pipe(
  object(
    {
      schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}, the version this release reads`),
      id: IdSchema,
      defaultLanguage: v.optional(LanguageTagSchema, 'en'),
      name: LabelSchema,
      country: object({ code: CountryCodeSchema, name: LabelSchema }, MISSING.country),
      city: v.optional(LabelSchema),
      summary: v.optional(ProseSchema),
      url: v.optional(HttpUrlSchema),
      impact: object(
        {
          totalBeneficiaries: count('people'),
          programmes: list(ProgrammeSchema, LIMITS.programmes, 'must be a list of programmes'),
        },
        MISSING.impact,
      ),
      story: v.optional(list(StorySectionSchema, LIMITS.story, 'must be a list of sections')),
      facts: v.optional(list(FactSchema, LIMITS.facts, 'must be a list of facts')),
      sources: v.optional(list(SourceSchema, LIMITS.sources, 'must be a list of sources')),
      sponsorship: v.optional(
        object(
          {
            defaultMarket: v.optional(CountryCodeSchema),
            markets: v.pipe(
              list(SponsorMarketSchema, LIMITS.markets, 'must be a list of markets'),
              v.minLength(1, 'must hold at least one market'),
            ),
          },
          MISSING.sponsorship,
        ),
      ),
      media: v.optional(list(ImageSchema, LIMITS.media, 'must be a list of images')),
      news: v.optional(list(NewsItemSchema, LIMITS.news, 'must be a list of news items')),
      updatedAt: v.optional(isoDate),
    },
    MISSING.profile,
  ),
  // Checked once every other problem is repaired, so that a text being left out does not count.
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.issues ? undefined : readingProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

/** What a CMS publishes (before defaults and URL resolution). */
export type VillageProfileInput = v.InferInput<typeof VillageProfileSchema>;
/** A validated profile: URLs absolute and http(s), text trimmed, defaults filled in. */
export type VillageProfile = v.InferOutput<typeof VillageProfileSchema>;
export type LocalizedText = v.InferOutput<typeof LabelSchema>;
export type Programme = VillageProfile['impact']['programmes'][number];
export type StorySection = NonNullable<VillageProfile['story']>[number];
export type Fact = NonNullable<VillageProfile['facts']>[number];
export type Source = NonNullable<VillageProfile['sources']>[number];
export type SponsorMarket = NonNullable<VillageProfile['sponsorship']>['markets'][number];
export type VillageImage = NonNullable<VillageProfile['media']>[number];
export type NewsItem = NonNullable<VillageProfile['news']>[number];
