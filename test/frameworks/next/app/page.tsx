// A server component: the profile loaded on the server, the widget's ready HTML rendered with Lit
// SSR, and a client island that hydrates it.
import { html } from 'lit';
import { loadProfile } from 'sos-village-widgets';
import 'sos-village-widgets/define/impact-stats.js';
import 'sos-village-widgets/define/sponsor-button.js';
import { renderLit } from '../lib/render-lit';
import { LitIsland } from '../lib/lit-island';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { profile } = await loadProfile(`${process.env.SOS_DATA}/almaty.json`);
  const widgets = await renderLit(html`
    <sos-impact-stats .profile=${profile} layout="list" market="GB"></sos-impact-stats>
    <sos-sponsor-button .profile=${profile} market="GB" href="https://www.soschildrensvillages.org.uk/sponsor"></sos-sponsor-button>
  `);
  return (
    <main>
      <h1>Almaty</h1>
      <LitIsland html={widgets} profile={profile} />
    </main>
  );
}
