// Compiled (not run) by `npm test`: the package as a TypeScript project on the donor site imports
// it, by its name and through its exports map, against the built .d.ts files.
import 'sos-village-widgets/define/impact-stats.js';
import 'sos-village-widgets/define/sponsor-button.js';
import {
  SosImpactStats,
  SosSponsorButton,
  parseProfile,
  PROGRAMME_TYPES,
  type VillageProfile,
  type ProgrammeType,
  type SosSponsorClickEvent,
} from 'sos-village-widgets';

const stats: SosImpactStats = document.createElement('sos-impact-stats');
stats.layout = 'list';
stats.headingLevel = 3;
// @ts-expect-error: not a layout
stats.layout = 'carousel';

const button = document.querySelector('sos-sponsor-button');
if (button instanceof SosSponsorButton) button.size = 'large';

const type: ProgrammeType = PROGRAMME_TYPES[0];
const parsed = parseProfile({});
if (parsed.ok) {
  const profile: VillageProfile = parsed.profile;
  stats.profile = profile;
  console.log(type, profile.impact.totalBeneficiaries.toFixed(0));
} else {
  console.log(
    parsed.error.kind,
    parsed.error.issues.map((issue) => issue.path),
  );
}

document.addEventListener('sos-sponsor-click', (event: SosSponsorClickEvent) => {
  const url: string = event.detail.url;
  console.log(url, event.detail.villageId, event.detail.market);
});

// React, through the package's ./react entry: typed props and events on the @lit/react wrappers.
import type { ComponentProps } from 'react';
import type { SosImpactStats as ImpactStatsComponent } from 'sos-village-widgets/react';
const props: ComponentProps<typeof ImpactStatsComponent> = {
  layout: 'compact',
  onSosLoad: (event) => console.log(event.detail.profile.id),
};
// @ts-expect-error: not a layout
const wrongProps: ComponentProps<typeof ImpactStatsComponent> = { layout: 'carousel' };
console.log(props, wrongProps);
