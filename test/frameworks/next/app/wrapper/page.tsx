// A server component passing profiles from loadProfile to the React wrappers (client components).
import { loadProfile } from 'sos-village-widgets';
import { SosImpactStats, SosVillageCard } from 'sos-village-widgets/react';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const [almaty, lakeside] = await Promise.all([
    loadProfile(`${process.env.SOS_DATA}/almaty.json`),
    loadProfile(`${process.env.SOS_DATA}/lakeside.json`),
  ]);
  return (
    <main>
      <SosVillageCard profile={lakeside.profile} market="GB" id="lakeside">
        <a href="https://www.sos-childrensvillages.org/">SOS Children's Village Lakeside</a>
      </SosVillageCard>
      <SosImpactStats profile={almaty.profile} layout="compact" id="almaty">
        <a href="https://www.sos-childrensvillages.org/">SOS Children's Village Almaty in figures</a>
      </SosImpactStats>
    </main>
  );
}
