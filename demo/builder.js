// The embed-code builder page: options in, live preview and a snippet out. The profile is read
// with the widgets' own `parseProfile`, so the builder links only what the widgets would show.
import { parseProfile } from '../src/data/parse.ts';
import { pickText } from '../src/data/text.ts';
import {
  buildSnippet,
  contrast,
  isFrozenSample,
  publishedUrl,
  releaseUrl,
  scriptUrlOf,
  scriptsFor,
  styleHashes,
} from './snippet.js';

/** Where the charity publishes each village's live profile (README, "Publishing live data"). */
const LIVE_DATA = 'https://data.sos-childrensvillages.example/villages/';
const SOS_HOME = 'https://www.sos-childrensvillages.org/';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const widgets = document.getElementById('widgets');
const previewNote = document.getElementById('preview-note');
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
form.elements.src.value = `${LIVE_DATA}almaty.json`;
form.elements.script.value = releaseUrl(version, 'sos-widgets.js');

/**
 * The URL the preview reads for a published data URL: this release's copy beside this page for
 * the frozen sample, and for the live host until it is announced (its `.example` name cannot be
 * reached); any other URL as it is.
 */
function previewSrc(src) {
  for (const published of [LIVE_DATA, releaseUrl(version, 'data/')]) {
    const file = src.startsWith(published) ? src.slice(published.length) : '';
    if (/^[\w-]+\.json$/.test(file)) return new URL(`./data/${file}`, location.href).href;
  }
  return src;
}

/** The profile of the data URL, as the widgets read it; `undefined` while there is none. */
let profile;
/** Why there is no profile, in words for the page. */
let profileProblem = '';
let loading = 0;

async function loadProfile() {
  const current = ++loading;
  const src = publishedUrl(form.elements.src.value);
  let next;
  let problem = '';
  if (src) {
    try {
      const response = await fetch(previewSrc(src), { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // Relative URLs in the profile resolve against its published address, as on a partner's page.
      const result = parseProfile(await response.json(), { baseUrl: src });
      if (result.ok) next = result.profile;
      else problem = `The profile at this address is not valid: ${result.error.message}`;
    } catch (error) {
      problem = `The profile could not be loaded (${error instanceof Error ? error.message : 'failed'}).`;
    }
  }
  if (current !== loading) return;
  profile = next;
  profileProblem = problem;
  // This village's markets only: the previous village's go, whatever happened to this one.
  const select = form.elements.market;
  const chosen = select.value;
  const markets = profile?.sponsorship?.markets ?? [];
  select.replaceChildren(
    new Option('The village’s default', ''),
    new Option('The reader’s country, else the default (auto)', 'auto'),
    ...markets.map(
      (m) =>
        new Option(
          `${m.market} — ${pickText(m.organisation, 'en', profile.defaultLanguage)?.text ?? m.market}`,
          m.market,
        ),
    ),
  );
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** Marks a URL field invalid with the reason when `check` refuses its value. */
function checkField(field, check, reason) {
  field.setCustomValidity(check(field.value) ? '' : reason);
}

function options() {
  const data = new FormData(form);
  const scheme = data.get('scheme');
  const src = String(data.get('src')).trim();
  const common = { src, lang: data.get('lang') || undefined, 'color-scheme': scheme || undefined };
  const attribution = {
    market: data.get('market') || undefined,
    partner: data.get('partner') || undefined,
    campaign: data.get('campaign') || undefined,
  };
  const heading = data.get('heading-level') === '2' ? undefined : data.get('heading-level');
  const per = {
    'sos-impact-stats': {
      layout: data.get('layout') === 'grid' ? undefined : data.get('layout'),
      'heading-level': heading,
      ...(data.has('impact-sponsor') ? { sponsor: true, ...attribution } : {}),
    },
    'sos-village-card': { ...attribution, 'heading-level': heading },
    'sos-sponsor-button': {
      ...attribution,
      size: data.get('size') === 'medium' ? undefined : data.get('size'),
      appeal: data.has('appeal'),
    },
    // Collapsed, a snapshot would hold a "Read more" or "Show all facts" that does nothing without the script.
    'sos-village-story': { 'heading-level': heading, expanded: data.has('snapshot') || undefined },
    'sos-village-facts': { 'heading-level': heading, expanded: data.has('snapshot') || undefined },
    'sos-village-media': {},
    'sos-village-news': { 'heading-level': heading },
  };
  const markets = profile?.sponsorship?.markets ?? [];
  const market =
    markets.find((m) => m.market === attribution.market) ??
    markets.find((m) => m.market === profile?.sponsorship?.defaultMarket) ??
    markets[0];
  const name = (profile && pickText(profile.name, 'en', profile.defaultLanguage)?.text) ?? 'SOS Children’s Villages';
  // The profile's URLs passed parseProfile; they pass the widgets' link check again here.
  const sponsorHref = publishedUrl(market?.url) ?? SOS_HOME;
  const pageHref = publishedUrl(profile?.url) ?? sponsorHref;
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
  const elements = data
    .getAll('element')
    .map((tag) => ({ tag, attrs: { ...common, ...per[tag] }, fallback: fallbacks[tag] }));
  const primary = data.get('primary');
  return {
    src,
    elements,
    primary: primary.toLowerCase() === '#005aa7' ? undefined : primary,
    fallback: { href: sponsorHref, text: `Sponsor a child at ${name}` },
  };
}

/**
 * A preview element's ready render as declarative shadow DOM: its styles in one <style>, its
 * shadow content without Lit's marker comments, URLs of the preview's copy of the data turned into
 * the published ones. Inline styles (a picture's focus crop, a frame's aspect ratio) become classes
 * with their rules in that <style>: a strict CSP blocks every `style` attribute, but allows a
 * `<style>` block by its hash. The script, when it comes, shows this until it has its own render.
 */
function snapshotOf(el, src) {
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
  const classes = new Map();
  for (const node of copy.querySelectorAll('[style]')) {
    // `!important` keeps the precedence the inline declaration had over the element's own rules.
    const declarations = [...node.style]
      .map((property) => `${property}: ${node.style.getPropertyValue(property)} !important`)
      .join('; ');
    node.removeAttribute('style');
    if (!declarations) continue;
    if (!classes.has(declarations)) classes.set(declarations, `snapshot-${classes.size + 1}`);
    node.classList.add(classes.get(declarations));
  }
  const rules = [...classes].map(([declarations, name]) => `.${name} { ${declarations}; }`).join('');
  const markup = copy.innerHTML.replaceAll(new URL('.', previewSrc(src)).href, new URL('.', src).href);
  // The words are in the preview's language, which the page around them may not speak.
  const lang = (el.closest('[lang]')?.getAttribute('lang') || 'en').replace(/[^\w-]/g, '');
  return `<template shadowrootmode="open"><style>${css}${rules}</style><div class="ui-language" lang="${lang}">${markup}</div></template>`;
}

/** Once every preview element is ready (or failed), their snapshots; none for one that failed. */
async function snapshots(elements, src) {
  const shown = [...widgets.children];
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
  return elements.map((e, i) =>
    shown[i]?.state === 'ready' && e.attrs.market !== 'auto' ? snapshotOf(shown[i], src) : undefined,
  );
}

/**
 * The contrast the widgets draw with `primary` in the light and the dark scheme, measured on a
 * hidden sponsor button (the tokens that colour it live in the widgets' own styles): the button's
 * text on its fill, and links and figures on the widget's surface. Warnings for any below 4.5:1.
 */
async function contrastWarnings(primary) {
  if (!primary) return [];
  await customElements.whenDefined('sos-sponsor-button');
  const probes = ['light', 'dark'].map((scheme) => {
    const probe = document.createElement('sos-sponsor-button');
    probe.setAttribute('color-scheme', scheme);
    probe.style.setProperty('--sos-color-primary', primary);
    probe.style.setProperty('position', 'fixed');
    probe.style.setProperty('visibility', 'hidden');
    const paint = document.createElement('span');
    paint.style.setProperty('color-scheme', scheme);
    document.body.append(probe, paint);
    return { scheme, probe, paint };
  });
  await Promise.all(probes.map(({ probe }) => probe.updateComplete));
  const found = [];
  for (const { scheme, probe, paint } of probes) {
    const token = (name) => {
      paint.style.setProperty('color', getComputedStyle(probe).getPropertyValue(name).trim() || 'currentcolor');
      return getComputedStyle(paint).color;
    };
    const pairs = [
      ['the button text', token('--_on-button'), token('--_button')],
      ['links and figures', token('--_primary'), token('--_surface')],
    ];
    for (const [what, fore, back] of pairs) {
      const ratio = contrast(fore, back);
      if (ratio < 4.5)
        found.push(
          `With this brand colour, ${what} in the ${scheme} scheme reach only ${ratio.toFixed(2)}:1 contrast, below the 4.5:1 readers need: choose a ${scheme === 'dark' ? 'lighter' : 'darker'} colour${scheme === 'dark' ? ', or “Always light”' : ''}.`,
        );
    }
    probe.remove();
    paint.remove();
  }
  return found;
}

let generation = 0;
const chosenLanguage = () => new FormData(form).get('lang');

function update() {
  const current = ++generation;
  checkField(
    form.elements.src,
    publishedUrl,
    'An https: address with no user name or password, as the widgets read it.',
  );
  checkField(
    form.elements.script,
    scriptUrlOf,
    'An https: address (or a path on your site) with no user name or password.',
  );
  const { src, elements, primary, fallback } = options();
  preview.dataset.font = new FormData(form).get('font');
  widgets.style.setProperty('--sos-color-primary', primary ?? null);
  const previewUrl = publishedUrl(src) && previewSrc(publishedUrl(src));
  widgets.replaceChildren(
    ...elements.map(({ tag, attrs }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs))
        if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
      if (previewUrl) el.setAttribute('src', previewUrl);
      else el.removeAttribute('src');
      return el;
    }),
  );
  previewNote.textContent = [
    profileProblem,
    profile && previewUrl !== publishedUrl(src) && src.startsWith(LIVE_DATA)
      ? 'The preview draws this release’s copy of the profile: the live data host is not announced yet.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  previewNote.hidden = !previewNote.textContent;
  let contrastFound = [];
  const write = (withSnapshots) => {
    const { code: snippet, warnings } = buildSnippet({
      scriptUrl: form.elements.script.value,
      release: info,
      elements: withSnapshots,
      fallback,
      primary,
    });
    if (isFrozenSample(src))
      warnings.unshift(
        `This data address is a release’s frozen sample: it never changes, so do not publish with it. Use the live address, ${LIVE_DATA}almaty.json.`,
      );
    code.textContent = snippet;
    document.getElementById('copy').disabled = !snippet;
    const all = [...warnings, ...contrastFound];
    warning.replaceChildren(...all.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    warning.hidden = !all.length;
    return snippet;
  };
  const snippet = write(elements);
  snapshotNote.hidden = true;
  document.body.dataset.ready = 'false';
  const taking = new FormData(form).has('snapshot');
  void (async () => {
    contrastFound = await contrastWarnings(primary);
    if (current !== generation) return;
    let written = write(elements);
    let taken = [];
    if (taking) {
      taken = await snapshots(elements, src);
      if (current !== generation) return;
      written = write(elements.map((e, i) => ({ ...e, snapshot: taken[i] })));
    }
    const hashes = (await styleHashes(written)) ?? [];
    if (current !== generation) return;
    const without = elements.filter((_, i) => !taken[i]).map((e) => `<${e.tag}>`);
    snapshotNote.textContent = [
      taking
        ? `The snapshot is what the preview shows now${chosenLanguage() ? '' : ', in English: choose your page’s language above'}.`
        : '',
      taking && without.length
        ? `None for ${without.join(', ')}: it failed to load, or follows the reader’s country.`
        : '',
      hashes.length ? `On a page with a Content-Security-Policy, add to style-src: ${hashes.join(' ')}` : '',
      primary && hashes.length
        ? '(The brand colour’s <style> line may go in your own stylesheet instead: then its hash is not needed.)'
        : '',
      written && /<style>/.test(written) && !globalThis.crypto?.subtle
        ? 'Open this page over https: to get the hashes your Content-Security-Policy needs for its <style> blocks.'
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    snapshotNote.hidden = !snapshotNote.textContent;
    document.body.dataset.ready = 'true';
  })();
  // What a reader downloads for this choice: each element's own file and what it shares, or the one file.
  const { files, bytes } = scriptsFor(
    info,
    elements.map((e) => e.tag),
  );
  weight.textContent =
    bytes && snippet
      ? `Script for a reader: ${(bytes / 1024).toFixed(1)} KB compressed, ${files.length === 1 ? 'one file' : `${files.length} files`}.`
      : '';
}

form.addEventListener('input', (event) => {
  if (event.target !== form.elements.src) update();
});
form.elements.src.addEventListener('change', async () => {
  document.body.dataset.ready = 'false';
  await loadProfile();
  update();
});
const widths = [...document.querySelectorAll('[data-width]')];
const showWidth = (chosen) => {
  for (const button of widths) button.setAttribute('aria-pressed', String(button === chosen));
  preview.style.width = `${chosen.dataset.width}px`;
};
for (const button of widths) button.addEventListener('click', () => showWidth(button));
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
    else if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value))
      field.value = value;
    else if (field instanceof HTMLInputElement && field.type !== 'url') field.value = value;
  }
};

showWidth(widths.find((b) => b.getAttribute('aria-pressed') === 'true') ?? widths.at(-1));
await loadProfile();
prefill(); // after the profile: its markets are options by then
update();
