// On the server: the profiles, and the impact figures rendered with Lit SSR.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadProfile } from 'sos-village-widgets';

export default defineEventHandler(async () => {
  // Imported for its side effect (registering the tag): Nitro's bundler drops a bare
  // `import '…/define/impact-stats.js'` of an external package, so it is loaded here.
  await import('sos-village-widgets/define/impact-stats.js');
  const [almaty, lakeside] = await Promise.all([
    loadProfile(`${process.env.SOS_DATA}/almaty.json`),
    loadProfile(`${process.env.SOS_DATA}/lakeside.json`),
  ]);
  const figures = await collectResult(
    render(html`<sos-impact-stats .profile=${almaty.profile} layout="list" market="GB"></sos-impact-stats>`),
  );
  return { almaty: almaty.profile, lakeside: lakeside.profile, figures };
});
