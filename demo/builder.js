// The embed-code builder page: options in, live preview and a snippet out.
import { buildSnippet, httpUrl, releaseUrl, scriptsFor } from './snippet.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const code = document.getElementById('code');
const status = document.getElementById('status');
const warning = document.getElementById('warning');
const weight = document.getElementById('weight');
const snapshotNote = document.getElementById('snapshot-note');

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
  const common = { src: data.get('src'), lang: data.get('lang') || undefined, 'color-scheme': scheme || undefined };
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
    // Collapsed, the story's snapshot would hold a "Read more" that does nothing without the script.
    'sos-village-story': { 'heading-level': heading, collapsible: !data.has('snapshot') },
    'sos-village-facts': { 'heading-level': heading },
    'sos-village-media': {},
    'sos-village-news': { 'heading-level': heading },
  };
  const market = profile?.sponsorship?.markets?.find((m) => m.market === attribution.market) ?? profile?.sponsorship?.markets?.[0];
  const name = typeof profile?.name === 'string' ? profile.name : Object.values(profile?.name ?? {})[0] ?? 'SOS Children’s Villages';
  // From the profile as typed in, unchecked: only http(s) URLs become links.
  const sponsorHref = httpUrl(market?.url, 'https://www.sos-childrensvillages.org/');
  const pageHref = httpUrl(profile?.url, sponsorHref);
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
    fallback: { href: sponsorHref, text: `Sponsor a child at ${name}` },
  };
}

/**
 * A preview element's ready render as declarative shadow DOM: its styles in one <style>, its
 * shadow content without Lit's marker comments, URLs of this page's copy of the sample turned
 * into the published ones. The script, when it comes, shows this until it has its own render.
 */
function snapshotOf(el) {
  const root = el.shadowRoot;
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
  // Buttons need the script (a gallery's Previous and Next): until it comes they say they are unavailable.
  for (const button of copy.querySelectorAll('button')) button.disabled = true;
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const markers = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const marker of markers) marker.remove();
  const markup = copy.innerHTML.replaceAll(new URL('./data/', location.href).href, releaseUrl(version, 'data/'));
  // The words are in the preview's language, which the page around them may not speak.
  const lang = el.closest('[lang]')?.getAttribute('lang') || 'en';
  return { markup: `<template shadowrootmode="open"><style>${css}</style><div class="ui-language" lang="${lang}">${markup}</div></template>`, css };
}

/** The `'sha256-…'` source a Content-Security-Policy needs in `style-src` for an inline style. */
async function styleHash(css) {
  // crypto.subtle exists only on https: pages (and localhost): elsewhere no hash is offered.
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** Once every preview element is ready (or failed), their snapshots; none for one that failed. */
async function snapshots(elements) {
  const shown = [...preview.children];
  await Promise.all(
    shown.map(
      (el) =>
        new Promise((resolve) => {
          const settled = () => el.state === 'ready' || el.state === 'error';
          if (settled()) return resolve();
          el.addEventListener('sos-load', resolve, { once: true });
          el.addEventListener('sos-error', resolve, { once: true });
        }),
    ),
  );
  await Promise.all(shown.map((el) => el.updateComplete));
  // None for a widget that failed, nor for `market="auto"`: that snapshot would hold the builder's
  // own country's sponsorship for every reader.
  return elements.map((e, i) => (shown[i]?.state === 'ready' && e.attrs.market !== 'auto' ? snapshotOf(shown[i]) : undefined));
}

let generation = 0;
const chosenLanguage = () => new FormData(form).get('lang');

function update() {
  const current = ++generation;
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
  const write = (withSnapshots) => {
    const { code: snippet, warnings } = buildSnippet({ scriptUrl: form.elements.script.value, release: info, elements: withSnapshots, fallback, primary });
    code.textContent = snippet;
    warning.textContent = warnings.join(' ');
    warning.hidden = !warnings.length;
  };
  write(elements);
  snapshotNote.hidden = true;
  document.body.dataset.ready = 'false';
  if (!new FormData(form).has('snapshot')) {
    document.body.dataset.ready = 'true';
  } else {
    void snapshots(elements).then(async (taken) => {
      if (current !== generation) return;
      write(elements.map((e, i) => ({ ...e, snapshot: taken[i]?.markup })));
      const hashes = [...new Set(await Promise.all(taken.filter(Boolean).map((t) => styleHash(t.css))))].filter(Boolean);
      if (current !== generation) return;
      snapshotNote.hidden = false;
      const without = elements.filter((_, i) => !taken[i]).map((e) => `<${e.tag}>`);
      snapshotNote.textContent = [
        `The snapshot is what the preview shows now${chosenLanguage() ? '' : ', in English: choose your page’s language above'}.`,
        without.length ? `None for ${without.join(', ')}: it failed to load, or follows the reader’s country.` : '',
        hashes.length ? `On a page with a Content-Security-Policy, add to style-src: ${hashes.join(' ')}` : '',
      ].filter(Boolean).join(' ');
      document.body.dataset.ready = 'true';
    });
  }
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
  if (document.body.dataset.ready === 'false') {
    status.textContent = 'The snapshot is still being taken: copy again in a moment.';
    return;
  }
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copied. Paste it where the widgets should appear.';
  } catch {
    getSelection().selectAllChildren(code);
    status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected code.';
  }
});

// Options can come in the address (?lang=fr&snapshot=1), so a setup can be shared as a link.
const prefill = () => {
  for (const [name, value] of new URLSearchParams(location.search)) {
    const field = form.elements[name];
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value !== '0';
    else if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value)) field.value = value;
    else if (field instanceof HTMLInputElement && field.type !== 'url') field.value = value;
  }
};

preview.style.width = '720px';
await loadProfile();
prefill(); // after the profile: its markets are options by then
update();
