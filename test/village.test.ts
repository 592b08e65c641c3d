import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { SosDataElement } from '../src/internal/data-element.js';
import { SosVillage } from '../src/components/village/village.js';
import { defineElement } from '../src/internal/define.js';
import type { VillageProfile } from '../src/data/schema.js';
import { nordhavn, ALMATY_URL } from './fixtures/profiles.js';
import {
  captureWarnings,
  deferred,
  failOnLitWarnings,
  json,
  stubFetch,
  type FetchStub,
  useFreshData,
} from './helpers.js';

/** The smallest data widget: shows the village name. */
class TestVillageName extends SosDataElement {
  protected renderReady(profile: VillageProfile) {
    return litHtml`<p part="base">${this.text(profile.name, profile)?.text}</p>`;
  }
}
defineElement('sos-village', SosVillage);
defineElement('test-village-name', TestVillageName);

const URL_A = 'https://data.example.org/a.json';
const URL_B = 'https://data.example.org/b.json';
const shown = (el: Element) => el.shadowRoot!.querySelector('p[part="base"]')?.textContent;
const ready = (el: SosDataElement) => waitUntil(() => el.state === 'ready', 'never became ready', { timeout: 4000 });

describe('<sos-village> and the data widget base', () => {
  failOnLitWarnings();
  let stub: FetchStub | undefined;
  useFreshData();

  it('gives one profile to every widget inside it, from one request', async () => {
    stub = stubFetch({ [URL_A]: json(nordhavn()) });
    const village = await fixture<SosVillage>(html`
      <sos-village src=${URL_A}>
        <div><test-village-name></test-village-name></div>
        <test-village-name></test-village-name>
      </sos-village>
    `);
    const widgets = [...village.querySelectorAll<TestVillageName>('test-village-name')];
    await Promise.all(widgets.map(ready));
    expect(village.state).to.equal('ready');
    expect(village.getAttribute('state')).to.equal('ready');
    expect(widgets.map(shown)).to.deep.equal([
      "SOS Children's Village Nordhavn (test)",
      "SOS Children's Village Nordhavn (test)",
    ]);
    expect(stub.calls).to.deep.equal([URL_A]);
  });

  it('lets the provider win over a widget’s own src', async () => {
    stub = stubFetch({ [URL_A]: json(nordhavn()), [URL_B]: json({ ...nordhavn(), name: 'B' }) });
    const village = await fixture<SosVillage>(
      html`<sos-village src=${URL_A}><test-village-name src=${URL_B}></test-village-name></sos-village>`,
    );
    const widget = village.querySelector<TestVillageName>('test-village-name')!;
    await ready(widget);
    expect(shown(widget)).to.equal("SOS Children's Village Nordhavn (test)");
  });

  it('adds no layout of its own', async () => {
    const village = await fixture<SosVillage>(html`<sos-village></sos-village>`);
    expect(getComputedStyle(village).display).to.equal('contents');
  });

  it('works standalone from its own src (the real Almaty sample)', async () => {
    const el = await fixture<TestVillageName>(
      html`<test-village-name src="/demo/data/almaty.json"></test-village-name>`,
    );
    await ready(el);
    expect(shown(el)).to.equal("SOS Children's Village Almaty");
  });

  it('works from a profile set directly, and checks it like fetched data', async () => {
    const el = await fixture<TestVillageName>(
      html`<test-village-name .profile=${nordhavn() as VillageProfile}></test-village-name>`,
    );
    expect(el.state).to.equal('ready');
    expect(shown(el)).to.equal("SOS Children's Village Nordhavn (test)");
    el.profile = { id: 'broken' } as unknown as VillageProfile;
    await el.updateComplete;
    expect(el.state).to.equal('error');
  });

  it('stays loading with no source, showing its placeholder rather than its fallback children', async () => {
    const el = await fixture<TestVillageName>(
      html`<test-village-name><a href="https://example.org/">Fallback link</a></test-village-name>`,
    );
    expect(el.state).to.equal('loading');
    expect(
      el.shadowRoot!.querySelector('slot'),
      'fallback content is for before the script runs and for errors',
    ).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('shows fallback children on error, and a short message when there are none', async () => {
    stub = stubFetch({ [URL_A]: new Response('', { status: 500 }) });
    const withChildren = await fixture<TestVillageName>(
      html`<test-village-name src=${URL_A}><a href="https://example.org/">Sponsor</a></test-village-name>`,
    );
    const bare = await fixture<TestVillageName>(html`<test-village-name src=${URL_A}> </test-village-name>`);
    await waitUntil(() => withChildren.state === 'error' && bare.state === 'error');
    expect(withChildren.shadowRoot!.querySelector('slot')).to.exist;
    expect(bare.shadowRoot!.querySelector('[part~="error-message"]')!.textContent).to.contain(
      'The village information could not be loaded.',
    );
    expect(bare.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="error-message"] a')!.href, 'a way on').to.equal(
      'https://www.sos-childrensvillages.org/',
    );
  });

  it('fires sos-load with the profile, bubbling and composed', async () => {
    stub = stubFetch({ [URL_A]: json(nordhavn()) });
    const el = document.createElement('test-village-name') as TestVillageName;
    el.src = URL_A;
    const heard = oneEvent(document.body, 'sos-load');
    document.body.append(el);
    const event = await heard;
    expect(event.detail.profile.id).to.equal('nordhavn-test');
    expect(event.bubbles && event.composed).to.equal(true);
    el.remove();
  });

  it('fires sos-error with a typed error', async () => {
    stub = stubFetch({ [URL_A]: new Response('nope', { status: 200 }) });
    const el = document.createElement('test-village-name') as TestVillageName;
    el.src = URL_A;
    const heard = oneEvent(el, 'sos-error');
    document.body.append(el);
    const event = await heard;
    expect(event.detail.error.kind).to.equal('not-json');
    expect(el.getAttribute('state')).to.equal('error');
    el.remove();
  });

  it('never lets an older answer overwrite a newer src', async () => {
    const slow = deferred<Response>();
    stub = stubFetch({ [URL_A]: () => slow.promise, [URL_B]: json({ ...nordhavn(), name: 'Newer' }) });
    const el = await fixture<TestVillageName>(html`<test-village-name src=${URL_A}></test-village-name>`);
    el.src = URL_B;
    await ready(el);
    slow.resolve(json({ ...nordhavn(), name: 'Older' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(shown(el)).to.equal('Newer');
  });

  it('does not throw when removed mid-fetch, and picks up again when put back', async () => {
    const slow = deferred<Response>();
    stub = stubFetch({ [URL_A]: () => slow.promise });
    const el = await fixture<TestVillageName>(html`<test-village-name src=${URL_A}></test-village-name>`);
    const parent = el.parentElement!;
    el.remove();
    slow.resolve(json(nordhavn()));
    await new Promise((r) => setTimeout(r, 50));
    parent.append(el);
    await ready(el);
    expect(shown(el)).to.equal("SOS Children's Village Nordhavn (test)");
  });

  it('shows a kept copy at once, marked stale, when a refresh fails', async () => {
    let up = true;
    stub = stubFetch({ [URL_A]: () => (up ? json(nordhavn()) : new TypeError('offline')) });
    const el = await fixture<TestVillageName>(html`<test-village-name src=${URL_A}></test-village-name>`);
    await ready(el);
    up = false;
    await el.refresh();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(shown(el)).to.equal("SOS Children's Village Nordhavn (test)");
  });

  it('refuses a javascript: src with a clear error', async () => {
    const el = await fixture<TestVillageName>(html`<test-village-name src="javascript:alert(1)"></test-village-name>`);
    expect(el.state).to.equal('error');
  });

  it('finds a provider defined after its children', async () => {
    class LateVillage extends SosVillage {}
    const host = await fixture(
      html`<late-village src=${ALMATY_URL}><test-village-name></test-village-name></late-village>`,
    );
    defineElement('late-village', LateVillage);
    const el = host.querySelector<TestVillageName>('test-village-name')!;
    await ready(el);
    expect(shown(el)).to.equal("SOS Children's Village Almaty");
  });

  it('finds a provider defined after its children through another component’s shadow root, and a second village defined later inside the first', async () => {
    class LaterVillage extends SosVillage {}
    class InnerVillage extends SosVillage {}
    stub = stubFetch({ [URL_A]: json(nordhavn()) });
    const host = await fixture(
      html`<later-village src=${ALMATY_URL}><div id="site"></div><inner-village src=${URL_A}><test-village-name></test-village-name></inner-village></later-village>`,
    );
    const site = host.querySelector('#site')!.attachShadow({ mode: 'open' });
    site.innerHTML = '<test-village-name></test-village-name>';
    const [inShadow, inner] = [
      site.querySelector<TestVillageName>('test-village-name')!,
      host.querySelector<TestVillageName>('inner-village test-village-name')!,
    ];
    await Promise.all([inShadow.updateComplete, inner.updateComplete]);
    expect([inShadow.state, inner.state], 'no provider yet: waiting').to.deep.equal(['loading', 'loading']);
    defineElement('later-village', LaterVillage);
    await Promise.all([ready(inShadow), ready(inner)]);
    expect(shown(inShadow)).to.equal("SOS Children's Village Almaty");
    expect(shown(inner), 'the outer village, until the inner one is defined').to.equal("SOS Children's Village Almaty");
    defineElement('inner-village', InnerVillage);
    await waitUntil(
      () => shown(inner) === "SOS Children's Village Nordhavn (test)",
      'the nearer village never took over',
    );
    expect(shown(inShadow)).to.equal("SOS Children's Village Almaty");
    expect(stub.calls).to.deep.equal([URL_A]);
  });

  it('stops waiting for a provider once it leaves the page', async () => {
    class GoneVillage extends SosVillage {}
    const el = await fixture<TestVillageName>(
      html`<gone-village src=${ALMATY_URL}><test-village-name></test-village-name></gone-village>`,
    );
    const widget = el.querySelector<TestVillageName>('test-village-name')!;
    await widget.updateComplete;
    widget.remove();
    const asked: Event[] = [];
    widget.addEventListener('context-request', (event) => asked.push(event));
    defineElement('gone-village', GoneVillage);
    await el.updateComplete;
    expect(asked, 'a removed widget asks nobody').to.deep.equal([]);
    expect(widget.state).to.equal('loading');
  });

  describe('defineElement', () => {
    it('does nothing when the same class is defined again', async () => {
      const warnings = await captureWarnings(() => defineElement('test-village-name', TestVillageName));
      expect(warnings).to.deep.equal([]);
    });

    it('keeps the first class and warns once when another version holds the tag', async () => {
      class Other extends TestVillageName {
        static override version = '9.9.9';
      }
      const warnings = await captureWarnings(() => {
        defineElement('test-village-name', Other);
        defineElement('test-village-name', Other);
      });
      expect(customElements.get('test-village-name')).to.equal(TestVillageName);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<test-village-name> is already defined');
    });
  });
});
