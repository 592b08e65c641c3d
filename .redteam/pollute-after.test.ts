import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/all.js';
import { parseProfile } from '../src/data/parse.js';
import { nordhavn } from '../test/fixtures/profiles.js';
import { json, stubFetch, until, textOf, useFreshData } from '../test/helpers.js';

const P = Object.prototype as any;
const A = Array.prototype as any;
function pollute(target: any, key: PropertyKey, value: unknown, enumerable: boolean) {
  Object.defineProperty(target, key, { value, enumerable, configurable: true, writable: true });
  return () => delete target[key];
}
const hrefs = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[href],[src]')).map((n) => n.getAttribute('href') ?? n.getAttribute('src')).join(' ');
const U = 'https://data.example.org/v.json';

describe('pollution after load', () => {
  useFreshData();
  for (const enumerable of [true, false]) {
    for (const key of ['issues', 'typed', 'abortEarly', 'message', 'value', 'lang', 'path', 'expected', 'kind', 'type', 'output', 'success']) {
      it(`parse ok with Object.prototype.${key} enum=${enumerable}`, () => {
        const undo = pollute(P, key, key === 'abortEarly' || key === 'typed' ? true : key === 'issues' ? [] : 'x', enumerable);
        let r: any;
        try { r = parseProfile(nordhavn()); } catch (e) { undo(); throw e; }
        undo();
        expect(r.ok ? 'ok' : 'FAIL ' + r.error.message).to.equal('ok');
      });
    }
  }
  it('abortEarly with many malformed optional parts', () => {
    const p: any = nordhavn();
    p.news = Array.from({ length: 20 }, () => ({ title: '', url: 'javascript:x' }));
    const base = parseProfile(p);
    const undo = pollute(P, 'abortEarly', true, false);
    const r = parseProfile(p);
    undo();
    expect(`${base.ok} ${r.ok} ${r.ok ? '' : r.error.message}`).to.equal('true true ');
  });
  it('Object.prototype.href reaches card sponsor link', async () => {
    const undo = pollute(P, 'href', 'https://evil.example/phish', false);
    try {
      const el = await fixture(html`<sos-village-card .profile=${nordhavn()}></sos-village-card>`);
      await until(el as any);
      expect(hrefs(el)).to.not.include('evil');
    } finally { undo(); }
  });
  it('Array.prototype[0] as market when profile has no sponsorship', async () => {
    const undo = pollute(A, 0, { market: 'XX', url: 'https://evil.example/arr', callToAction: 'EVIL CTA', organisation: 'x' }, false);
    try {
      const p: any = nordhavn(); delete p.sponsorship; p.media = [];
      const b = await fixture(html`<sos-sponsor-button .profile=${p}></sos-sponsor-button>`);
      const c = await fixture(html`<sos-village-card .profile=${p}></sos-village-card>`);
      await until(b as any); await until(c as any);
      expect(hrefs(b) + ' | ' + hrefs(c) + ' | ' + textOf(b) + textOf(c)).to.not.match(/evil|EVIL/i);
    } finally { undo(); }
  });
  it('Array.prototype[0] media when media: []', async () => {
    const undo = pollute(A, 0, { src: 'https://evil.example/img.png', alt: 'EVILALT', width: 1, height: 1 }, false);
    try {
      const p: any = nordhavn(); p.media = [];
      const c = await fixture(html`<sos-village-card .profile=${p}></sos-village-card>`);
      await until(c as any);
      expect(hrefs(c)).to.not.include('evil');
    } finally { undo(); }
  });
  it('Array.prototype[0] on error sponsor button without href', async () => {
    stubFetch({ [U]: new TypeError('offline') });
    const undo = pollute(A, 0, { market: 'XX', url: 'https://evil.example/err', callToAction: 'EVIL' }, false);
    try {
      const b = await fixture(html`<sos-sponsor-button src=${U}></sos-sponsor-button>`);
      await until(b as any, 'error');
      expect(hrefs(b)).to.not.include('evil');
    } finally { undo(); }
  });
  it('Object.prototype.profile: failed request leaves element stuck loading', async () => {
    stubFetch({ [U]: new TypeError('offline') });
    const undo = pollute(P, 'profile', {}, false);
    try {
      const b = await fixture(html`<sos-sponsor-button src=${U}></sos-sponsor-button>`);
      await new Promise((r) => setTimeout(r, 500));
      expect(`${(b as any).state} links=${b.shadowRoot!.querySelectorAll('a').length}`).to.equal('error links=1');
    } finally { undo(); }
  });
  it('Object.prototype.DK flag', async () => {
    const undo = pollute(P, 'DK', 'FLAGPWN', false);
    try {
      const c = await fixture(html`<sos-village-card .profile=${nordhavn()}></sos-village-card>`);
      await until(c as any);
      expect(textOf(c)).to.not.include('FLAGPWN');
    } finally { undo(); }
  });
  it('Object.prototype.lang on headings', async () => {
    const undo = pollute(P, 'lang', 'he', false);
    try {
      const s = await fixture(html`<sos-impact-stats .profile=${nordhavn()}></sos-impact-stats>`);
      const f = await fixture(html`<sos-village-facts .profile=${nordhavn()}></sos-village-facts>`);
      await until(s as any); await until(f as any);
      const langs = [s, f].map((e) => Array.from(e.shadowRoot!.querySelectorAll('[lang]')).map((n) => n.getAttribute('lang')).join(',')).join('|');
      expect(langs).to.not.include('he');
    } finally { undo(); }
  });
  for (const [key, value] of [['hasChanged', () => false], ['converter', () => undefined], ['reflect', true], ['useDefault', true], ['attribute', false]] as [string, unknown][]) {
    it(`Object.prototype.${key} after load: new element with src`, async () => {
      stubFetch({ [U]: json(nordhavn()) });
      const undo = pollute(P, key, value, false);
      try {
        const b = document.createElement('sos-sponsor-button') as any;
        b.setAttribute('src', U);
        document.body.append(b);
        await new Promise((r) => setTimeout(r, 500));
        const st = b.state; const a = b.shadowRoot?.querySelectorAll('a').length;
        b.remove();
        expect(`${st} ${a}`).to.equal('ready 1');
      } finally { undo(); }
    });
  }
  for (const key of ['method', 'body', 'headers', 'signal', 'timeout', 'refresh', 'baseUrl', 'url', 'src', 'sponsorship', 'markets', 'media', 'callToAction', 'kept', 'error', 'stale', 'fingerprint', 'credentials', 'mode', 'cache', 'integrity', 'keepalive', 'redirect', 'referrer', 'window', 'priority', 'duplex']) {
    it(`Object.prototype.${key} = odd value: sponsor-button still fine`, async () => {
      stubFetch({ [U]: json(nordhavn()) });
      const v: any = key === 'signal' ? AbortSignal.abort() : key === 'timeout' ? 1 : key === 'refresh' ? true : key === 'kept' || key === 'stale' ? true : key === 'method' ? 'POST' : key === 'body' ? 'x' : key === 'headers' ? { 'X-Evil': '1' } : key === 'baseUrl' ? 'http://evil.example/' : 'javascript:alert(1)';
      const undo = pollute(P, key, v, true);
      try {
        const b = document.createElement('sos-sponsor-button') as any;
        b.setAttribute('src', U);
        document.body.append(b);
        await new Promise((r) => setTimeout(r, 300));
        const st = b.state; const h = hrefs(b);
        b.remove();
        expect(`${st} ${h}`).to.equal('ready https://example.org/sponsor?lang=da');
      } finally { undo(); }
    });
  }
});
