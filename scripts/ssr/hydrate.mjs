// The browser side of the page scripts/ssr/render.mjs makes. Order matters (docs/ssr.md):
// 1. Lit's hydration support, before anything evaluates LitElement: loaded later, it patches
//    nothing, and every element throws its server-rendered content away and renders again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

// 2. The profiles the server rendered, set before the elements are defined, so each element's
//    first render draws what the server drew. (Properties are not serialised into the HTML.)
const profiles = JSON.parse(document.getElementById('sos-profiles').textContent);
for (const element of document.querySelectorAll('[data-profile]')) element.profile = profiles[element.dataset.profile];

// 3. The definitions, from the npm modules (they share Lit with step 1; the one-file partner bundle
//    has its own Lit inside and cannot hydrate).
await import('../../dist/lib/define/all.js');
