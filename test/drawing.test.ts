/**
 * Data that arrives is drawn in tasks of their own, a slice at a time: many widgets meeting one
 * profile never draw in one long task, and every one of them is drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/impact-stats.js';
import type { SosImpactStats } from '../src/components/impact-stats/impact-stats.js';
import { almaty } from './fixtures/profiles.js';
import { deferred, json, stubFetch, until, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/drawing.json';

describe('drawing fetched data', () => {
  useFreshData();

  it('draws forty widgets of one profile over several tasks, in page order, each once', async () => {
    const answer = deferred<Response>();
    const stub = stubFetch({ [URL_A]: () => answer.promise });
    const host = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    host.innerHTML = `<sos-impact-stats src="${URL_A}"></sos-impact-stats>`.repeat(40);
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
    const arrivedIn = task;
    answer.resolve(json(await almaty()));
    await Promise.all(widgets.map((w) => until(w)));
    counting = false;
    expect(stub.calls, 'one request').to.have.length(1);
    expect(order).to.deep.equal(widgets.map((_, i) => i));
    expect(Math.min(...drawnIn), 'not in the task the data arrived in').to.be.above(arrivedIn);
    expect(new Set(drawnIn).size, 'in more than one task').to.be.above(1);
  });
});
