export const IMPACT_STATS_LAYOUTS = ['grid', 'list', 'compact'] as const;
export type ImpactStatsLayout = (typeof IMPACT_STATS_LAYOUTS)[number];
