// React 19 with the elements themselves, typed by one import; CI compiles this strictly.
import { useRef } from 'react';
import type {} from 'sos-village-widgets/types/react';
import type { SosImpactStats, SosLoadEvent, SosSponsorClickEvent, VillageProfile } from 'sos-village-widgets';

export function Village({ profile }: { profile: VillageProfile }) {
  const stats = useRef<SosImpactStats>(null);
  return (
    <sos-village profile={profile} id="almaty" suppressHydrationWarning>
      <sos-impact-stats
        ref={stats}
        layout="list"
        heading-level={3}
        onsos-load={(event: SosLoadEvent) => console.log(event.detail.profile.id, stats.current?.layout)}
      />
      <sos-village-card market="auto" appeal lang="fr" dir="ltr" title="Village" hidden={false} className="card" />
      <sos-sponsor-button
        variant="secondary"
        size="large"
        onsos-sponsor-click={(event: SosSponsorClickEvent) => event.preventDefault()}
      />
      <sos-village-story expanded sections="uk-intro uk-how" slot="story" part="story" data-track="story" />
      <sos-village-facts hide-sources aria-label="Facts" aria-describedby="note" role="region" tabIndex={-1} inert />
      <sos-village-media aspect="16/9" onClick={(event) => event.currentTarget.aspect} style={{ maxWidth: '40rem' }} />
      <sos-village-news limit={2} key="news" heading-level="3" />
      <sos-impact-stats
        src="https://example.org/villages/bremen.json"
        ref={(element) => console.log(element?.layout)}
      />
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
      {/* @ts-expect-error: a profile is an object, not a JSON string */}
      <sos-village profile="{}" />
      {/* @ts-expect-error: a misspelled event, camel-cased */}
      <sos-sponsor-button profile={profile} onSosLaod={() => {}} />
      {/* @ts-expect-error: a misspelled event, as written on a tag */}
      <sos-sponsor-button onsos-laod={() => {}} />
      {/* @ts-expect-error: a misspelled event, a letter dropped */}
      <sos-village-news onsos-lod={() => {}} />
      {/* @ts-expect-error: a misspelled attribute */}
      <sos-village-card heading-levle={3} />
      {/* @ts-expect-error: a misspelled attribute, a letter doubled */}
      <sos-village-facts hide-sourcces />
      {/* @ts-expect-error: not a heading level */}
      <sos-village-story heading-level={7} />
      {/* @ts-expect-error: not a heading level, written as text */}
      <sos-village-story heading-level="7" />
      {/* @ts-expect-error: not a variant */}
      <sos-sponsor-button variant="tertiary" />
      {/* @ts-expect-error: the event's detail has no url */}
      <sos-village onsos-load={(event: SosLoadEvent) => event.detail.url} />
      {/* @ts-expect-error: a ref to another element class */}
      <sos-impact-stats ref={useRef<HTMLInputElement>(null)} />
    </>
  );
}
