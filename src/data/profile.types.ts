/**
 * Lists shared by the schema, the widgets, the tests and the stories.
 */

/** Kinds of SOS programme a village runs; each has its own icon and facility label. */
export const PROGRAMME_TYPES = [
  'kindergarten',
  'social-centre',
  'childrens-village',
  'youth-facility',
  'school',
  'vocational-training',
  'medical-centre',
  'emergency-relief',
] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

/** Kinds of location fact a profile may state; each renders with its own label and format. */
export const FACT_KINDS = ['population', 'former-capital', 'unemployment-rate', 'location', 'statement'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * What a `statement` fact is about; each has its own translated term ("Economy", "Children most
 * at risk"), so an editor writes only the statement.
 */
export const FACT_TOPICS = ['standing', 'economy', 'living-standards', 'children-at-risk', 'history', 'other'] as const;
export type FactTopic = (typeof FACT_TOPICS)[number];

/** How exact a stated figure is, as the source words it ("around 1.4 million", "close to 1.5 million"). */
export const APPROXIMATIONS = ['exact', 'about', 'close-to', 'more-than'] as const;
export type Approximation = (typeof APPROXIMATIONS)[number];

/** The one schema version this release reads. */
export const SCHEMA_VERSION = 1;
