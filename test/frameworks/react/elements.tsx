// React 19 with the elements themselves, typed by one import; CI compiles this strictly.
import type {} from 'sos-village-widgets/types/react';
import type { SosLoadEvent, SosSponsorClickEvent, VillageProfile } from 'sos-village-widgets';

export function Village({ profile }: { profile: VillageProfile }) {
  return (
    <sos-village profile={profile}>
      <sos-impact-stats layout="list" heading-level={3} onsos-load={(event: SosLoadEvent) => console.log(event.detail.profile.id)} />
      <sos-village-card market="auto" appeal />
      <sos-sponsor-button variant="secondary" size="large" onsos-sponsor-click={(event: SosSponsorClickEvent) => event.preventDefault()} />
      <sos-village-story expanded sections="uk-intro uk-how" />
      <sos-village-facts hide-sources />
      <sos-village-media aspect="16/9" />
      <sos-village-news limit={2} />
    </sos-village>
  );
}

export function Wrong({ profile }: { profile: VillageProfile }) {
  return (
    <>
      {/* @ts-expect-error: not a layout */}
      <sos-impact-stats layout="grid-ish" />
      {/* @ts-expect-error: a profile is an object, not a number */}
      <sos-village-card profile={123} />
      {/* @ts-expect-error: a misspelled event */}
      <sos-sponsor-button profile={profile} onSosLaod={() => {}} />
      {/* @ts-expect-error: not a variant */}
      <sos-sponsor-button variant="tertiary" />
    </>
  );
}
