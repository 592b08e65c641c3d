// The embed-code builder page: options in, live preview and a snippet out.
import { buildSnippet, releaseUrl, scriptsFor } from './snippet.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const code = document.getElementById('code');
const status = document.getElementById('status');
const warning = document.getElementById('warning');
const weight = document.getElementById('weight');

const info = await fetch(new URL('../dist/integrity.json', import.meta.url))
  .then((r) => r.json())
  .catch(() => ({}));
const version = info.version ?? 'latest';
// The canonical published URLs: what a partner's page can reach, never this page's own origin.
form.elements.src.value = releaseUrl(version, 'data/almaty.json');
form.elements.script.value = releaseUrl(version, 'sos-widgets.js');

/** The preview reads this release's sample from the copy beside this page (it is the same file). */
const previewSrc = (src) => (src === releaseUrl(version, 'data/almaty.json') ? new URL('./data/almaty.json', location.href).href : src);

let profile;

async function loadProfile() {
  try {
    const response = await fetch(previewSrc(form.elements.src.value), { credentials: 'omit' });
    profile = await response.json();
  } catch {
    profile = undefined;
  }
  const select = form.elements.market;
  const markets = profile?.sponsorship?.markets ?? [];
  select.replaceChildren(
    new Option('The village’s default', ''),
    new Option('The reader’s country, else the default (auto)', 'auto'),
    ...markets.map((m) => new Option(`${m.market} — ${typeof m.organisation === 'string' ? m.organisation : Object.values(m.organisation)[0]}`, m.market)),
  );
}

function options() {
  const data = new FormData(form);
  const scheme = data.get('scheme');
  const common = { src: data.get('src'), 'color-scheme': scheme || undefined };
  const attribution = { market: data.get('market') || undefined, partner: data.get('partner') || undefined, campaign: data.get('campaign') || undefined };
  const heading = data.get('heading-level') === '2' ? undefined : data.get('heading-level');
  const per = {
    'sos-impact-stats': {
      layout: data.get('layout') === 'grid' ? undefined : data.get('layout'),
      'heading-level': heading,
      ...(data.has('impact-sponsor') ? { sponsor: true, ...attribution } : {}),
    },
    'sos-village-card': { ...attribution, 'heading-level': heading, 'hide-appeal': !data.has('appeal') },
    'sos-sponsor-button': { ...attribution, size: data.get('size') === 'medium' ? undefined : data.get('size'), appeal: data.has('appeal') },
    'sos-village-story': { 'heading-level': heading, collapsible: true },
    'sos-village-facts': { 'heading-level': heading },
    'sos-village-media': {},
    'sos-village-news': { 'heading-level': heading },
  };
  const market = profile?.sponsorship?.markets?.find((m) => m.market === attribution.market) ?? profile?.sponsorship?.markets?.[0];
  const name = typeof profile?.name === 'string' ? profile.name : Object.values(profile?.name ?? {})[0] ?? 'SOS Children’s Villages';
  const sponsorHref = market?.url ?? 'https://www.sos-childrensvillages.org/';
  const pageHref = profile?.url ?? sponsorHref;
  // What each element shows before the script runs and if its data fails: a link that says what it stands for.
  const fallbacks = {
    'sos-impact-stats': { href: pageHref, text: `What ${name} does` },
    'sos-village-card': { href: sponsorHref, text: `Sponsor a child at ${name}` },
    'sos-sponsor-button': { href: sponsorHref, text: 'Sponsor a child' },
    'sos-village-story': { href: pageHref, text: `Read about ${name}` },
    'sos-village-facts': { href: pageHref, text: `About ${name}` },
    'sos-village-media': { href: pageHref, text: `Pictures of ${name}` },
    'sos-village-news': null,
  };
  const elements = data.getAll('element').map((tag) => ({ tag, attrs: { ...common, ...per[tag] }, fallback: fallbacks[tag] }));
  const primary = data.get('primary');
  return {
    elements,
    primary: primary.toLowerCase() === '#005aa7' ? undefined : primary,
    fallback: { href: market?.url ?? 'https://www.sos-childrensvillages.org/', text: `Sponsor a child at ${name}` },
  };
}

function update() {
  const { elements, primary, fallback } = options();
  preview.style.setProperty('--sos-color-primary', primary ?? null);
  preview.replaceChildren(
    ...elements.map(({ tag, attrs }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
      if (attrs.src) el.setAttribute('src', previewSrc(attrs.src));
      return el;
    }),
  );
  const { code: snippet, warnings } = buildSnippet({ scriptUrl: form.elements.script.value, release: info, elements, fallback, primary });
  code.textContent = snippet;
  warning.textContent = warnings.join(' ');
  warning.hidden = !warnings.length;
  // What a reader downloads for this choice: each element's own file and what it shares, or the one file.
  const { files, bytes } = scriptsFor(info, elements.map((e) => e.tag));
  weight.textContent = bytes
    ? `Script for a reader: ${(bytes / 1024).toFixed(1)} KB compressed, ${files.length === 1 ? 'one file' : `${files.length} files`}.`
    : '';
}

form.addEventListener('input', () => update());
form.elements.src.addEventListener('change', async () => {
  await loadProfile();
  update();
});
document.querySelectorAll('[data-width]').forEach((button) =>
  button.addEventListener('click', () => {
    document.querySelectorAll('[data-width]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    preview.style.width = `${button.dataset.width}px`;
  }),
);
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copied. Paste it where the widgets should appear.';
  } catch {
    getSelection().selectAllChildren(code);
    status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected code.';
  }
});

preview.style.width = '720px';
await loadProfile();
update();
document.body.dataset.ready = 'true';
