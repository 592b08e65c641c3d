/**
 * The first ready frame of a widget alone on its profile: drawn in the task its data is read in,
 * with no timer between (several widgets of one profile wait one task, to draw together: see
 * drawing.test.ts), and its first profile drawn without working out a fingerprint.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/impact-stats.js';
import type { SosImpactStats } from '../src/components/impact-stats/impact-stats.js';
import { loadProfile } from '../src/data/client.js';
import { almaty, nordhavn } from './fixtures/profiles.js';
import { deferred, json, stubFetch, until, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/first-draw-a.json';
const URL_B = 'https://data.example.org/first-draw-b.json';

describe('the first ready frame', () => {
  useFreshData();

  for (const [name, profile, url] of [
    ['Almaty', almaty, URL_A],
    ['a made-up village', nordhavn, URL_B],
  ] as const) {
    it(`draws ${name} for a widget alone on its URL in the task the data is read in`, async () => {
      const answer = deferred<Response>();
      stubFetch({ [url]: () => answer.promise });
      const el = await fixture<SosImpactStats>(html`<sos-impact-stats src=${url}></sos-impact-stats>`);
      const read = loadProfile(url); // heard with the widget, as the data is read
      answer.resolve(json(await profile()));
      await read;
      await el.updateComplete; // no task boundary since the data was read
      expect(el.state).to.equal('ready');
    });
  }

  it('waits one task, to draw together, only while another widget follows the same URL', async () => {
    const first = deferred<Response>();
    const stub = stubFetch({ [URL_A]: () => first.promise });
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<sos-impact-stats src="${URL_A}"></sos-impact-stats>`.repeat(2);
    const [a, b] = host.querySelectorAll<SosImpactStats>('sos-impact-stats');
    await Promise.all([a.updateComplete, b.updateComplete]);
    const read = loadProfile(URL_A);
    first.resolve(json(nordhavn()));
    await read;
    await a.updateComplete;
    expect([a.state, b.state], 'two followers: drawn in the next task').to.deep.equal(['loading', 'loading']);
    await Promise.all([until(a), until(b)]);

    // One of them leaves and the other asks again: alone now, it draws in the task of its answer.
    b.remove();
    const second = deferred<Response>();
    stub.restore();
    stubFetch({ [URL_A]: () => second.promise });
    const refreshed = a.refresh();
    const again = loadProfile(URL_A, { refresh: true });
    second.resolve(json({ ...nordhavn(), id: 'nordhavn-2' }));
    await again;
    await a.updateComplete;
    await refreshed;
    expect(a.shadowRoot!.textContent).to.contain('Nordhavn');
  });

  it('announces the first profile with sos-load without working out its fingerprint', async () => {
    stubFetch({ [URL_A]: json(nordhavn()) });
    const el = await fixture<SosImpactStats>(html`<sos-impact-stats src=${URL_A}></sos-impact-stats>`);
    let read = 0;
    let atLoad = -1;
    el.addEventListener('sos-load', () => (atLoad = read));
    const original = JSON.stringify;
    // Serialising the profile is what a fingerprint costs: counted while the widget draws.
    JSON.stringify = ((value: unknown, ...rest: []) => {
      if (value && typeof value === 'object' && 'impact' in value) read++;
      return original(value, ...rest);
    }) as typeof JSON.stringify;
    try {
      await until(el);
      await el.updateComplete;
    } finally {
      JSON.stringify = original;
    }
    expect(atLoad, 'no serialisation of the profile until it is drawn and announced').to.equal(0);
  });
});
