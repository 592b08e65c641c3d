// The profiles loaded on the server; the impact figures also rendered with Lit SSR.
import { env } from '$env/dynamic/private';
import { html } from 'lit';
import { loadProfile } from 'sos-village-widgets';
import 'sos-village-widgets/define/impact-stats.js';
import { renderLit } from '$lib/render-lit';

export async function load() {
  const [almaty, lakeside] = await Promise.all([
    loadProfile(`${env.SOS_DATA}/almaty.json`),
    loadProfile(`${env.SOS_DATA}/lakeside.json`),
  ]);
  const figures = await renderLit(
    html`<sos-impact-stats .profile=${almaty.profile} layout="list" market="GB"></sos-impact-stats>`,
  );
  return { almaty: almaty.profile, lakeside: lakeside.profile, figures };
}
