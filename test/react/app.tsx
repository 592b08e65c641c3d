// Compiled (not run) by `tsc -p test/react`: a strict React 19 app using every wrapper as a site would.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  SosImpactStats,
  SosSponsorButton,
  SosVillage,
  SosVillageCard,
  SosVillageFacts,
  SosVillageMedia,
  SosVillageNews,
  SosVillageStory,
  type SosErrorEvent,
  type SosLoadEvent,
  type SosSponsorClickEvent,
  type VillageProfile,
} from '../../src/react/index.js';
import type { SosImpactStats as SosImpactStatsElement } from '../../src/index.js';

export function App({ profile }: { profile: VillageProfile }) {
  const [stale, setStale] = useState(false);
  const stats = useRefToElement();
  const card = useRef<HTMLElementTagNameMap['sos-village-card']>(null);
  const compact = useRef<SosImpactStatsElement>(null);
  const handleError = (event: SosErrorEvent) => console.error(event.detail.error.kind);
  return (
    <main className="village-page">
      <SosVillage profile={profile} timeout={5000} onSosLoad={(e) => setStale(e.detail.stale)} onSosError={handleError}>
        <SosImpactStats
          ref={stats}
          layout="list"
          market="auto"
          sponsor
          headingLevel={3}
          hideDescriptions
          onSosLoad={(e) => console.log(e.detail.profile.id, e.detail.stale)}
          onSosSponsorClick={(e) => e.preventDefault()}
        >
          <a href="https://www.soschildrensvillages.ca/almaty">What SOS Children's Village Almaty does</a>
        </SosImpactStats>
        <SosVillageCard
          ref={card}
          market="CA"
          partner="news-site"
          onSosSponsorClick={(e: SosSponsorClickEvent) => console.log(e.detail.url)}
        />
        <SosVillageStory expanded headingLevel={2} />
        <SosVillageFacts hideSources />
        <SosVillageMedia limit={2} aspect="16 / 9" hideCaptions />
        <SosVillageNews limit={3} hideSummaries />
      </SosVillage>
      <SosSponsorButton
        profile={profile}
        market="auto"
        variant="secondary"
        size="large"
        target="_blank"
        block
        appeal
        colorScheme="dark"
        style={{ marginBlock: '1rem' }}
        onSosLoad={(e: SosLoadEvent) => console.log(e.detail.profile.sponsorship?.defaultMarket)}
        onSosSponsorClick={(e) => {
          const url: string = e.detail.url;
          const villageId: string | undefined = e.detail.villageId;
          if (url && villageId) e.preventDefault();
        }}
      />
      <SosImpactStats
        src="https://data.sos-childrensvillages.example/villages/almaty.json"
        layout="compact"
        ref={compact}
        onSosError={() => card.current?.refresh()}
      />
      <p>{stale ? 'Figures may be out of date.' : null}</p>
    </main>
  );
}

/** A ref gives the element itself, with its class's properties and methods. */
function useRefToElement() {
  return (element: HTMLElementTagNameMap['sos-impact-stats'] | null) => {
    if (element) void element.refresh().then(() => console.log(element.state, element.layout));
  };
}

export function mount(container: HTMLElement, profile: VillageProfile): void {
  createRoot(container).render(<App profile={profile} />);
}

/** The HTML every element takes, on the wrappers as on a `<div>`. */
export function NormalHtml({ profile }: { profile: VillageProfile }) {
  const story = useRef<HTMLElementTagNameMap['sos-village-story']>(null);
  return (
    <SosVillage profile={profile} id="almaty" lang="fr" title="Almaty" dir="ltr" suppressHydrationWarning>
      <SosVillageStory ref={story} slot="story" part="story" data-track="story" hidden={false} />
      <SosVillageFacts
        aria-label="Facts"
        aria-describedby="note"
        role="region"
        tabIndex={-1}
        inert
        onClick={(e) => console.log(e.currentTarget.expanded)}
      />
    </SosVillage>
  );
}
