// The app test/react/run.mjs renders on the server (renderToString) and hydrates in Chromium.
import { useState } from 'react';
import {
  SosImpactStats,
  SosSponsorButton,
  SosVillage,
  SosVillageCard,
  SosVillageFacts,
  SosVillageMedia,
  SosVillageNews,
  SosVillageStory,
  type SosLoadEvent,
  type SosSponsorClickEvent,
} from '../../src/react/index.js';
import { parseProfile } from '../../src/data/parse.js';
import almaty from '../../demo/data/almaty.json';

const parsed = parseProfile(almaty, { baseUrl: 'https://example.org/data/almaty.json' });
if (!parsed.ok) throw parsed.error;
export const profile = parsed.profile;

/** What the page's handlers saw, read by the test. */
export interface Seen {
  load(event: SosLoadEvent): void;
  error(event: Event): void;
  sponsorClick(event: SosSponsorClickEvent): void;
}

const ignore: Seen = { load() {}, error() {}, sponsorClick() {} };

export function App({ seen = ignore }: { seen?: Seen }) {
  const [loaded, setLoaded] = useState<string[]>([]);
  const onSosLoad = (event: SosLoadEvent) => {
    seen.load(event);
    const tag = (event.target as Element).localName;
    setLoaded((tags) => (tags.includes(tag) ? tags : [...tags, tag]));
  };
  return (
    <main>
      <h1>Almaty</h1>
      <SosVillage profile={profile} onSosLoad={onSosLoad} onSosError={seen.error}>
        <SosImpactStats layout="list" market="auto" sponsor onSosSponsorClick={(e) => e.preventDefault()}>
          <a href="https://www.soschildrensvillages.ca/almaty">What SOS Children's Village Almaty does</a>
        </SosImpactStats>
        <SosVillageCard market="auto" />
        <SosVillageStory />
        <SosVillageFacts />
        <SosVillageMedia limit={2} />
        <SosVillageNews limit={2} />
      </SosVillage>
      <SosSponsorButton
        id="standalone"
        className="cta"
        profile={profile}
        market="auto"
        onSosLoad={onSosLoad}
        onSosError={seen.error}
        onSosSponsorClick={(e) => {
          seen.sponsorClick(e);
          e.preventDefault();
        }}
      >
        <a href="https://www.soschildrensvillages.ca/sponsor-a-child">Sponsor a child</a>
      </SosSponsorButton>
      <output id="loaded">{loaded.length ? loaded.join(' ') : 'none'}</output>
    </main>
  );
}
