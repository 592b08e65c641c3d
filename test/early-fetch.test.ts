/**
 * The partner scripts start the data requests of the widgets already in the page while they
 * evaluate (`fetchEarly`, before each tag's define task); the elements then join those requests.
 * Nothing is defined at the top of this file: the elements are in the page before their tags are.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fetchEarly } from '../src/internal/early-fetch.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import { deferred, json, stubFetch, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/villages/nordhavn.json';
const URL_B = 'https://data.example.org/villages/inside.json';
const URL_C = 'https://data.example.org/villages/provider.json';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };

describe('early fetch', () => {
  useFreshData();
  let page: HTMLElement;

  beforeEach(() => {
    page = document.createElement('main');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  it('starts the requests of widgets already in the page, not of those inside a <sos-village>, before the tags are defined', async () => {
    const answer = deferred<Response>();
    const stub = stubFetch({ [URL_A]: () => answer.promise, [URL_B]: json(nordhavn()), [URL_C]: json(nordhavn()) });
    page.innerHTML = `
      <sos-impact-stats src="${URL_A}"></sos-impact-stats>
      <sos-impact-stats src="${URL_A}" timeout="5000"></sos-impact-stats>
      <sos-impact-stats src="javascript:alert(1)"></sos-impact-stats>
      <sos-village src="${URL_C}"><div><sos-impact-stats src="${URL_B}"></sos-impact-stats></div></sos-village>`;
    expect(customElements.get('sos-impact-stats'), 'not defined yet').to.equal(undefined);
    fetchEarly('sos-impact-stats');
    expect(
      stub.calls,
      'one request for the two widgets of one URL; none for the widget in the provider nor for a javascript: URL',
    ).to.deep.equal([URL_A]);
    fetchEarly('sos-village');
    expect(stub.calls).to.deep.equal([URL_A, URL_C]);

    // Defined later: the widgets join the request on its way rather than starting their own.
    await import('../src/define/village.js');
    await import('../src/define/impact-stats.js');
    const widgets = [...page.querySelectorAll<Widget>(`sos-impact-stats[src="${URL_A}"]`)];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => widget.state)).to.deep.equal(['loading', 'loading']);
    answer.resolve(json(nordhavn()));
    await waitUntil(
      () => widgets.every((widget) => widget.state === 'ready'),
      'the widgets never drew the early answer',
      { timeout: 4000 },
    );
    expect(stub.calls).to.deep.equal([URL_A, URL_C]);
    expect(widgets[0].shadowRoot!.textContent).to.contain('Nordhavn');
  });

  it('draws a profile that arrived before the element was defined in its first render, with no loading render', async () => {
    page.innerHTML = `<sos-village-card src="${ALMATY_URL}"></sos-village-card>`;
    fetchEarly('sos-village-card');
    const { loadProfile } = await import('../src/data/client.js');
    await loadProfile(ALMATY_URL); // the early request, answered
    const card = page.querySelector<Widget>('sos-village-card')!;
    const states: string[] = [];
    new MutationObserver(() => states.push(card.getAttribute('state')!)).observe(card, {
      attributes: true,
      attributeFilter: ['state'],
    });
    await import('../src/define/village-card.js');
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    await Promise.resolve();
    expect(states, 'never reflected as loading').to.deep.equal(['ready']);
    expect(card.shadowRoot!.textContent).to.contain('Almaty');
  });

  it('leaves a request nobody joins to finish or time out on its own, and reports nothing', async () => {
    const stub = stubFetch({ [URL_A]: new TypeError('offline') });
    page.innerHTML = `<sos-village-story src="${URL_A}"></sos-village-story>`;
    const errors: Event[] = [];
    const listener = (event: Event) => errors.push(event);
    addEventListener('unhandledrejection', listener);
    try {
      fetchEarly('sos-village-story');
      await waitUntil(() => stub.calls.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', listener);
    }
  });
});
