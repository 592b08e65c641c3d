/**
 * A pre-rendered snapshot (declarative shadow DOM the element cannot hydrate, as the builder
 * writes it, or a server's render met by the partner scripts): shown while the element loads,
 * in place of the placeholder, and replaced, never doubled, once the element has its own content.
 */
import { expect } from '@open-wc/testing';
import '../src/define/impact-stats.js';
import '../src/define/village-card.js';
import '../src/define/sponsor-button.js';
import type { SosImpactStats } from '../src/components/impact-stats/impact-stats.js';
import { almaty, nordhavn } from './fixtures/profiles.js';
import { deferred, failOnLitWarnings, json, stubFetch, until, useFreshData } from './helpers.js';

const URL_A = 'https://data.example.org/snapshot-a.json';

/** Parses `markup` as a page would (declarative shadow roots attached), then puts it in the page. */
function place(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  return host;
}

const snapshot = (tag: string, src: string, inner = '') =>
  `<${tag} src="${src}"><template shadowrootmode="open"><style>.snap{color:rgb(1, 2, 3)}</style><p class="snap">Snapshot of the village</p></template>${inner}</${tag}>`;

describe('a pre-rendered snapshot', () => {
  failOnLitWarnings();
  useFreshData();
  let host: HTMLElement | undefined;
  afterEach(() => host?.remove());

  it('shows instead of the placeholder while the data loads, then gives way to the live render once', async () => {
    const answer = deferred<Response>();
    stubFetch({ [URL_A]: () => answer.promise });
    host = place(snapshot('sos-impact-stats', URL_A));
    const el = host.querySelector<SosImpactStats>('sos-impact-stats')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const root = el.shadowRoot!;
    expect(root.querySelector('.snap')?.textContent).to.equal('Snapshot of the village');
    expect(root.querySelector('.skeleton, [aria-busy]'), 'no placeholder over the snapshot').to.equal(null);
    expect(el.hasAttribute('snapshot'), 'marked, so no space is held over it').to.equal(true);
    answer.resolve(json(await almaty()));
    await until(el);
    await el.updateComplete;
    expect(root.querySelector('.snap'), 'the snapshot is gone').to.equal(null);
    expect(root.querySelectorAll('style').length, 'its styles too').to.equal(0);
    expect(root.querySelectorAll('h2, [part~="heading"]').length, 'one heading: nothing doubled').to.equal(1);
    expect(root.textContent).to.contain('Almaty');
  });

  it('keeps a builder snapshot (marked snapshot) when the data fails, with its links, and tells the page', async () => {
    stubFetch({ [URL_A]: new Response('', { status: 503 }) });
    const markup = snapshot(
      'sos-impact-stats',
      URL_A,
      '<a href="https://example.org/">Read about the village</a>',
    ).replace('<sos-impact-stats ', '<sos-impact-stats snapshot ');
    const errors: Event[] = [];
    host = document.createElement('div');
    host.addEventListener('sos-error', (event) => errors.push(event));
    host.setHTMLUnsafe(markup);
    document.body.append(host);
    const el = host.querySelector<SosImpactStats>('sos-impact-stats')!;
    await until(el, 'error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.snap')?.textContent, 'the snapshot stays').to.equal(
      'Snapshot of the village',
    );
    expect(el.shadowRoot!.querySelector('.status, .error'), 'no error line over it').to.equal(null);
    expect(errors).to.have.length(1);
  });

  it('gives way to the fallback content when the data fails', async () => {
    stubFetch({ [URL_A]: new Response('', { status: 503 }) });
    host = place(snapshot('sos-impact-stats', URL_A, '<a href="https://example.org/">Read about the village</a>'));
    const el = host.querySelector<SosImpactStats>('sos-impact-stats')!;
    await until(el, 'error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.snap')).to.equal(null);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Read about the village']);
  });

  it('keeps a reader’s focus on the same part when the live render replaces the snapshot', async () => {
    const answer = deferred<Response>();
    stubFetch({ [URL_A]: () => answer.promise });
    host = place(
      `<sos-sponsor-button src="${URL_A}"><template shadowrootmode="open"><a part="button" href="https://example.org/sponsor">Sponsor a child</a></template></sos-sponsor-button>`,
    );
    const button = host.querySelector('sos-sponsor-button')!;
    const root = button.shadowRoot!;
    root.querySelector<HTMLElement>('a')!.focus();
    expect(root.activeElement?.getAttribute('href')).to.equal('https://example.org/sponsor');
    answer.resolve(json(nordhavn()));
    await until(button as unknown as { state: string });
    await (button as unknown as SosImpactStats).updateComplete;
    await (button as unknown as SosImpactStats).updateComplete;
    const active = root.activeElement;
    expect(active?.getAttribute('part') ?? '', 'focus is on the live button').to.contain('button');
    expect(active?.getAttribute('href')).to.match(/^https:\/\/example\.org\/.*sponsor/);
    expect(active?.textContent).not.to.equal('Sponsor a child');
  });

  it('keeps working when moved while it stands in, for another village and element', async () => {
    const answer = deferred<Response>();
    stubFetch({ [URL_A]: () => answer.promise });
    host = place(snapshot('sos-village-card', URL_A));
    const card = host.querySelector('sos-village-card')!;
    const other = document.createElement('section');
    host.append(other);
    other.append(card);
    expect(card.shadowRoot!.querySelector('.snap')).not.to.equal(null);
    answer.resolve(json(nordhavn()));
    await until(card as unknown as { state: string });
    await (card as unknown as SosImpactStats).updateComplete;
    expect(card.shadowRoot!.querySelector('.snap')).to.equal(null);
    expect(card.shadowRoot!.textContent).to.contain('Nordhavn');
  });
});
