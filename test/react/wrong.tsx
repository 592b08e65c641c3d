// Compiled (not run) by `tsc -p test/react`: each line after `@ts-expect-error` must fail to type-check.
import { useRef } from 'react';
import {
  SosImpactStats,
  SosSponsorButton,
  SosVillage,
  SosVillageStory,
  type VillageProfile,
} from '../../src/react/index.js';

export function Wrong({ profile }: { profile: VillageProfile }) {
  return (
    <>
      {/* @ts-expect-error: not a layout */}
      <SosImpactStats profile={profile} layout="grid-ish" />
      {/* @ts-expect-error: a profile is an object, not a number */}
      <SosVillage profile={42} />
      {/* @ts-expect-error: misspelled event prop */}
      <SosVillageStory profile={profile} onSosLaod={() => {}} />
      {/* @ts-expect-error: only elements with a sponsor link fire sos-sponsor-click */}
      <SosVillageStory profile={profile} onSosSponsorClick={() => {}} />
      {/* @ts-expect-error: the detail of sos-load has no url */}
      <SosSponsorButton profile={profile} onSosLoad={(e) => e.detail.url} />
      {/* @ts-expect-error: a ref to another element class */}
      <SosImpactStats ref={useRef<HTMLInputElement>(null)} />
      {/* @ts-expect-error: a profile is an object, not a JSON string */}
      <SosVillage profile="{}" />
      {/* @ts-expect-error: not a button size */}
      <SosSponsorButton profile={profile} size="huge" />
    </>
  );
}
