/**
 * Data for the stories, all local: the Almaty sample that Storybook serves from /data, profiles
 * with unusual content, and a fetch stand-in for endpoints that are slow, failing or down.
 */
import type { VillageProfileInput } from '../src/data/schema.js';
import almaty from '../demo/data/almaty.json';

export const SAMPLE = '/data/almaty.json';
/** Never answers: the loading state, for as long as the story is open. */
export const HANGING = '/mock/hanging.json';
/** Answers 503. */
export const FAILING = '/mock/failing.json';
/** Answers 503, but an earlier good copy is kept: the stale state. */
export const DOWN_WITH_COPY = '/mock/down-with-copy.json';
/** Answers after two seconds. */
export const SLOW = '/mock/slow.json';

/** The sample with its relative image URLs made absolute, for stories that set `profile` directly. */
export const almatyProfile = (): VillageProfileInput => {
  const profile = structuredClone(almaty) as unknown as VillageProfileInput;
  profile.media = profile.media?.map((m) => ({ ...m, src: new URL(`/data/${m.src}`, location.href).href }));
  return profile;
};

export function withChanges(change: (profile: VillageProfileInput) => void): VillageProfileInput {
  const profile = almatyProfile();
  change(profile);
  return profile;
}

export const longContent = () =>
  withChanges((p) => {
    p.name = "SOS Children's Village Almaty and the Neighbouring Communities of the Medeu and Bostandyk Districts";
    p.impact.totalBeneficiaries = 1_234_567_890;
    p.impact.programmes[0].beneficiariesLabel =
      'Children attending the kindergarten and its early-learning outreach programme';
    p.impact.programmes[0].beneficiaries = 98_765_432;
    p.impact.programmes[3].facilities = 21;
  });

/** Long German compounds in the labels and the name, for a page in German (`lang="de"`). */
export const longWords = () =>
  withChanges((p) => {
    p.name = 'SOS-Kinderdorf Almaty und Familienstärkungsprogrammgemeinschaften';
    p.impact.programmes[0].beneficiariesLabel = 'Kindertagesstättenbetreuungsplätze';
    p.impact.programmes[1].beneficiariesLabel = 'Familienstärkungsprogrammteilnehmende';
  });

export const oneProgramme = () => withChanges((p) => (p.impact.programmes = p.impact.programmes.slice(0, 1)));
export const noProgrammes = () => withChanges((p) => (p.impact.programmes = []));
/** Twice the sample's sections: a long story, still within the profile's caps (16 sections). */
export const longStory = () => withChanges((p) => (p.story = [...p.story!, ...p.story!].slice(0, 16)));

let installed = false;

/** Serves the /mock/ endpoints above from inside the preview. */
export function installMockEndpoints(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href);
    switch (url.pathname) {
      case HANGING:
        return new Promise<Response>(() => {});
      case FAILING:
      case DOWN_WITH_COPY:
        return new Response('Service Unavailable', { status: 503 });
      case SLOW:
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return realFetch(SAMPLE, init);
      default:
        return realFetch(input, init);
    }
  };
  // The kept copy a previous visit would have left.
  const kept = new URL(DOWN_WITH_COPY, location.href).href;
  const profile = almatyProfile();
  sessionStorage.setItem(
    `sos-village-widgets:v2:${kept}`,
    JSON.stringify({ profile, fetchedAt: Date.parse('2026-10-01T09:00:00Z') }),
  );
}
