// Server-renders a page holding every element, from the Almaty sample, with Lit SSR: each element's
// ready content in a declarative shadow root, and scripts/ssr/hydrate.mjs to hydrate it in the
// browser. docs/ssr.md explains the recipe; test/node/ssr.test.mjs loads the page in Chromium.
//
//   npm run build                              # or: npx tsc -p tsconfig.build.json (dist/lib)
//   node scripts/ssr/render.mjs [--base=<url of almaty.json, or a path relative to the page>] [--out=<file>]
//
// The page is meant for the demo server (`npm start`), which resolves the client's bare imports:
// write it somewhere under the project (`--out=dist/ssr.html`) and open /dist/ssr.html there.

// The DOM shim first: the element modules extend HTMLElement and register with customElements.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url);
// The npm modules, as a site's server imports them; they register every tag.
await import(new URL('dist/lib/define/all.js', root).href);
const { parseProfile } = await import(new URL('dist/lib/data/parse.js', root).href);

/** Where the demo server (`npm start`) serves the sample: its pictures resolve against it. */
export const DEFAULT_BASE = 'http://localhost:8000/demo/data/almaty.json';

/** Example news, as a CMS would add it: the sample has none, and an empty list shows nothing. */
const EXAMPLE_NEWS = [
  {
    title: { en: 'A second family house opens (example)', fr: 'Une deuxième maison familiale ouvre (exemple)' },
    url: 'https://www.sos-childrensvillages.org/',
    date: '2025-03-14',
    summary: 'Eight more children can grow up with their brothers and sisters.',
  },
  {
    title: 'Youth programme graduates find work (example)',
    url: 'https://www.sos-childrensvillages.org/',
    date: '2025-01-20',
  },
];

/**
 * The profiles the page shows, parsed with the profile's own URL as `baseUrl`: on a server there is
 * no document to resolve relative URLs against, and the browser gets exactly these (absolute) URLs.
 */
export function pageProfiles(base = DEFAULT_BASE) {
  const raw = JSON.parse(readFileSync(new URL('demo/data/almaty.json', root), 'utf8'));
  const profiles = {};
  for (const [key, input] of Object.entries({ almaty: raw, 'almaty-news': { ...raw, news: EXAMPLE_NEWS } })) {
    const parsed = parseProfile(input, { baseUrl: base });
    if (!parsed.ok) throw new Error(`${key}: ${parsed.error.message}`);
    profiles[key] = parsed.profile;
  }
  return profiles;
}

/**
 * The elements: three inside a `<sos-village>` (which hands them its profile), the rest given a
 * `profile` each; `data-profile` names the one the browser sets again before it hydrates.
 */
export function pageTemplate(profiles) {
  const { almaty } = profiles;
  return html`
    <section aria-label="Inside a provider">
      <sos-village data-profile="almaty" .profile=${almaty}>
        <sos-impact-stats sponsor></sos-impact-stats>
        <sos-village-card></sos-village-card>
        <sos-sponsor-button appeal market="auto"></sos-sponsor-button>
      </sos-village>
    </section>
    <section aria-label="Given a profile each">
      <sos-village-story data-profile="almaty" .profile=${almaty} collapsible></sos-village-story>
      <sos-village-facts data-profile="almaty" .profile=${almaty}></sos-village-facts>
      <sos-village-media data-profile="almaty" .profile=${almaty}></sos-village-media>
      <sos-village-news data-profile="almaty-news" .profile=${profiles['almaty-news']}></sos-village-news>
      <sos-impact-stats data-profile="almaty" .profile=${almaty} lang="fr" layout="compact"></sos-impact-stats>
    </section>
  `;
}

/** JSON that is safe inside `<script type="application/json">`: no `</script>`, no `<!--`. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The whole page as HTML. `client` is the URL of the hydration script; it must be able to import
 * bare specifiers (the demo server and the test server resolve them).
 */
export async function renderPage({ base = DEFAULT_BASE, client = '/scripts/ssr/hydrate.mjs' } = {}) {
  const profiles = pageProfiles(base);
  const body = await collectResult(render(pageTemplate(profiles)));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered village widgets</title>
    <style>
      body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; }
      section { display: grid; gap: 1.5rem; margin-block: 1.5rem; }
    </style>
    <script type="application/json" id="sos-profiles">${scriptJson(profiles)}</script>
    <script type="module" src="${client}"></script>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  // A relative --base (by default the sample beside dist/ssr.html) leaves the page's URLs relative
  // to the page, so it works wherever the demo server runs: the profiles are parsed against a
  // stand-in address, which is then taken out again.
  const base = option('base') ?? 'data/almaty.json';
  const standIn = 'http://localhost/ssr-page/';
  const page = URL.canParse(base)
    ? await renderPage({ base })
    : (await renderPage({ base: new URL(base, standIn).href })).replaceAll(standIn, '');
  const out = option('out');
  if (out) writeFileSync(out, page);
  else process.stdout.write(page);
}
