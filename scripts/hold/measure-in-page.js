// Runs in a browser page where the widgets are defined: renders every variant of every element in
// a language at every sample width, waits until each is ready, and returns the heights held for
// each band (the median of the band's samples, so the page moves as little as possible either way).
import { BANDS, VARIANTS, bandSamples, variantAttributes } from './variants.js';

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function whenReady(elements) {
  for (let i = 0; i < 500 && elements.some((el) => el.getAttribute('state') !== 'ready'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const stuck = elements.filter((el) => el.getAttribute('state') !== 'ready');
  if (stuck.length)
    throw new Error(`${stuck[0].localName} did not get ready (state ${stuck[0].getAttribute('state')})`);
  await settle();
}

/** `{ [tag]: { [variant]: number[] (one height per band) } }` for one language. */
export async function measureLanguage(src, lang, variants = VARIANTS) {
  const stage = document.createElement('div');
  stage.lang = lang;
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position:absolute;inset-inline-start:0;inset-block-start:0;visibility:hidden;';
  document.body.append(stage);
  const result = {};
  try {
    for (const [tag, list] of Object.entries(variants)) {
      await customElements.whenDefined(tag);
      result[tag] = {};
      for (const variant of list) {
        const samples = BANDS.map((_, i) => bandSamples(i));
        const elements = samples.flat().map((width) => {
          const box = document.createElement('div');
          box.style.width = `${width}px`;
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries(variantAttributes(variant))) el.setAttribute(name, value);
          el.setAttribute('src', src);
          box.append(el);
          stage.append(box);
          return el;
        });
        await whenReady(elements);
        const heights = elements.map((el) => Math.round(el.getBoundingClientRect().height));
        result[tag][variant] = samples.map((band, i) => {
          const sorted = heights.slice(i * band.length, (i + 1) * band.length).sort((a, b) => a - b);
          return sorted[Math.floor(sorted.length / 2)];
        });
        stage.replaceChildren();
      }
    }
  } finally {
    stage.remove();
  }
  return result;
}
