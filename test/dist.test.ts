/**
 * What `npm run build` makes, tested as partners use it: the built bundle in plain pages with no
 * module resolution, pasted once, twice and three times, under a strict CSP with Trusted Types,
 * and the partner page with the builder's snippet, measured for layout shift.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { STRICT_CSP } from '../scripts/csp.mjs';
import { VERSION } from '../src/internal/define.js';

interface PageReport {
  console: { type: string; text: string }[];
  pageErrors: string[];
  requests: string[];
  violations: string[];
  cls: number;
  shifts: string[];
  states: string[];
  defined: Record<string, boolean>;
  bundleMarker: string | null;
  shadowText: string;
}

const TAGS = ['sos-village', 'sos-impact-stats', 'sos-village-card', 'sos-sponsor-button', 'sos-village-story', 'sos-village-facts'];
const BUDGET = 20 * 1024;

const checkPage = (payload: { path: string; html?: string; csp?: boolean; viewport?: { width: number; height: number } }) =>
  executeServerCommand<PageReport, typeof payload>('check-page', payload);

/** Puppeteer names console.warn 'warn'; other tools say 'warning'. */
const warnings = (report: PageReport) => report.console.filter((m) => m.type === 'warn' || m.type === 'warning');

const problems = (report: PageReport) => [
  ...report.pageErrors,
  ...report.violations.map((v) => `CSP: ${v}`),
  ...report.console.filter((m) => m.type === 'error' && !m.text.includes('favicon')).map((m) => `console.error: ${m.text}`),
];

describe('the built bundle', function () {
  this.timeout(30000);

  it('is one self-contained module within the size budget', async () => {
    const size = await executeServerCommand<{ raw: number; gzip: number; brotli: number; imports: number }, undefined>('dist-size');
    console.log(`dist/sos-widgets.js: ${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli (budget ${BUDGET} B)`);
    expect(size.imports, 'no import or export left').to.equal(0);
    expect(size.brotli).to.be.below(BUDGET);
    expect(size.brotli, 'a bundle this small has lost its elements').to.be.above(8 * 1024);
  });

  for (const copies of [1, 2, 3]) {
    for (const csp of [false, true]) {
      it(`defines every element once and shows the data, pasted ${copies}× ${csp ? 'under Trusted Types' : 'on a plain page'}`, async () => {
        const report = await checkPage({ path: `/test/pages/bundle.html?copies=${copies}${csp ? '&csp=strict' : ''}` });
        expect(problems(report)).to.deep.equal([]);
        expect(report.defined).to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, true])));
        expect(report.states).to.deep.equal([
          'sos-village:ready',
          'sos-impact-stats:ready',
          'sos-village-card:ready',
          'sos-sponsor-button:ready',
          'sos-village-story:ready',
          'sos-village-facts:ready',
        ]);
        expect(report.bundleMarker).to.equal(VERSION);
        expect(warnings(report), 'the same version twice warns nothing').to.deep.equal([]);
        const scripts = report.requests.filter((url) => /\.m?js(\?|$)/.test(url) && !url.startsWith('/__web-dev-server'));
        expect(scripts, `nothing loaded but the pasted script tags: ${scripts.join(', ')}`).to.have.length(copies);
        expect(report.requests.filter((url) => url.includes('almaty.json')), 'one request for the data').to.have.length(1);
      });
    }
  }

  it('keeps the first copy and warns once when another version is already on the page', async () => {
    const report = await checkPage({ path: '/test/pages/older-copy.html' });
    expect(report.pageErrors).to.deep.equal([]);
    expect(report.bundleMarker).to.equal('0.0.9');
    expect(warnings(report)).to.have.length(1);
    expect(warnings(report)[0].text).to.contain('version 0.0.9 is already on this page');
  });

  it('serves the partner page under the documented strict CSP with no violation', async () => {
    const report = await checkPage({ path: '/dist/partner.html?csp=strict' });
    expect(problems(report)).to.deep.equal([]);
    expect(report.states).to.deep.equal(['sos-impact-stats:ready', 'sos-village-card:ready', 'sos-sponsor-button:ready']);
  });

  it('speaks Russian on the partner page set to lang="ru", under the strict CSP', async () => {
    const partner = await (await fetch('/dist/partner.html')).text();
    const html = partner.replace('<html lang="en">', '<html lang="ru">');
    const report = await checkPage({ path: '/dist/partner-ru.html', html, csp: true });
    expect(problems(report)).to.deep.equal([]);
    expect(report.states).to.deep.equal(['sos-impact-stats:ready', 'sos-village-card:ready', 'sos-sponsor-button:ready']);
    expect(report.requests).to.include('/dist/locales/ru.json');
    for (const english of ['Our impact', 'Beneficiaries', 'Sponsor a child', 'Learn more', 'kindergarten', 'Kazakhstan']) {
      expect(report.shadowText, english).not.to.contain(english);
    }
    expect(report.shadowText).to.contain('Наша помощь');
    expect(report.shadowText).to.contain('4 молодёжных учреждения');
    expect(report.shadowText).to.contain('Стать спонсором ребёнка');
  });

  it('documents that policy in the README', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const directive of STRICT_CSP.split('; ')) expect(readme).to.contain(directive);
  });

  it('carries the build’s integrity hash in the README snippet', async () => {
    const { integrity, version } = await (await fetch('/dist/integrity.json')).json();
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain(`integrity="${integrity}"`);
    expect(readme).to.contain(`sos-village-widgets@${version}/dist/sos-widgets.js`);
    expect(version).to.equal(VERSION);
  });
});

describe('the embed-code builder’s snippet', function () {
  this.timeout(60000);

  async function snippetPage(width: number): Promise<string> {
    // The builder's own code, run here against the built bundle, as on the builder page.
    await import('/dist/sos-widgets.js' as string);
    const { measure, reservationCss, buildSnippet } = await import('/demo/snippet.js' as string);
    const { integrity } = await (await fetch('/dist/integrity.json')).json();
    const tags = ['sos-impact-stats', 'sos-village-card', 'sos-sponsor-button', 'sos-village-facts'];
    const src = new URL('/dist/data/almaty.json', location.href).href;
    const measured: Record<string, unknown> = {};
    for (const tag of tags) measured[tag] = await measure(tag, { src });
    const snippet = buildSnippet({
      scriptUrl: '/dist/sos-widgets.js?delay=1500',
      integrity,
      elements: tags.map((tag) => ({ tag, attrs: { src } })),
      css: reservationCss(measured),
      fallback: { href: 'https://www.soschildrensvillages.ca/sponsor-a-child', text: 'Sponsor a child' },
    });
    const paragraph = '<p>Article text that must not move while the widgets load. '.repeat(3) + '</p>';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet page</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body><main style="max-width:${width}px">${paragraph}${snippet.replace(/<div class="sos-embed">/g, `${paragraph}<div class="sos-embed">`)}${paragraph}</main></body></html>`;
  }

  for (const viewport of [
    { width: 390, height: 800 },
    { width: 1280, height: 900 },
  ]) {
    it(`causes no layout shift at ${viewport.width}px while the script arrives late`, async () => {
      const html = await snippetPage(760);
      expect(html).to.contain('integrity="sha384-');
      expect(html).to.contain('crossorigin="anonymous"');
      const report = await checkPage({ path: '/test/pages/snippet.html', html, viewport });
      expect(problems(report)).to.deep.equal([]);
      expect(report.states.every((s) => s.endsWith(':ready'))).to.equal(true);
      expect(report.cls, report.shifts.join('\n')).to.equal(0);
    });
  }
});
