'use client';
// In the browser: Lit's hydration support first, then the profile on each element, then the
// definitions, so each element takes over the server's shadow DOM as it is.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { useEffect, useRef } from 'react';
import type { VillageProfile } from 'sos-village-widgets';

export function LitIsland({ html, profile }: { html: string; profile: VillageProfile }) {
  const island = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const element of island.current!.querySelectorAll('sos-impact-stats, sos-sponsor-button')) {
      (element as HTMLElementTagNameMap['sos-impact-stats']).profile = profile;
    }
    void import('sos-village-widgets/define/impact-stats.js');
    void import('sos-village-widgets/define/sponsor-button.js');
  }, [profile]);
  // React does not compare what the browser parsed into shadow roots with the string.
  return <div ref={island} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
