// A site's own Lit component that holds a widget in its template, for test/node/ssr.test.mjs: on
// the server Lit SSR renders the widget inside the component's shadow root with `defer-hydration`,
// and in the browser the component's hydration lifts it. Imported by the server and the browser.
import { LitElement, html } from 'lit';

export class SiteArticle extends LitElement {
  static properties = { src: {} };

  render() {
    return html`<article>
      <h2>Almaty in figures</h2>
      <sos-impact-stats src=${this.src}><a href="https://example.org/almaty">What the village does</a></sos-impact-stats>
    </article>`;
  }
}

if (!customElements.get('site-article')) customElements.define('site-article', SiteArticle);
