/**
 * Data that arrives is drawn in the task after the one that read it, every widget of that profile
 * together (so the page lays out once), in page order, each once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/impact-stats.js';
import type { SosImpactStats } from '../src/components/impact-stats/impact-stats.js';
import { almaty } from './fixtures/profiles.js';
import { deferred, json, stubFetch, until, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/drawing.json';

describe('drawing fetched data', () => {
  useFreshData();

  it('draws twenty widgets of one profile in one task after the data arrives, in page order, each once', async () => {
    const answer = deferred<Response>();
    const stub = stubFetch({ [URL_A]: () => answer.promise });
    const host = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    host.innerHTML = `<sos-impact-stats src="${URL_A}"></sos-impact-stats>`.repeat(20);
    const widgets = [...host.querySelectorAll<SosImpactStats>('sos-impact-stats')];
    // A task counter: it moves on between tasks, never inside one.
    let task = 0;
    let counting = true;
    const tick = () => {
      task++;
      if (counting) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const drawnIn: number[] = [];
    const order: number[] = [];
    host.addEventListener('sos-load', (event) => {
      drawnIn.push(task);
      order.push(widgets.indexOf(event.target as SosImpactStats));
    });
    const answeredIn = task;
    answer.resolve(json(await almaty()));
    await Promise.all(widgets.map((w) => until(w)));
    counting = false;
    expect(stub.calls, 'one request').to.have.length(1);
    expect(order).to.deep.equal(widgets.map((_, i) => i));
    expect(Math.min(...drawnIn), 'in a later task than the answer').to.be.above(answeredIn);
    expect(new Set(drawnIn).size, 'all in one task').to.equal(1);
  });
});
