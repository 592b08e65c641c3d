// The browser side of the page with a widget inside a site's own component (scripts/ssr/site-article.mjs):
// Lit's hydration support first, then the widgets, then the component. The widgets are so upgraded
// while their component still defers their hydration, as on a site whose own script comes last.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

await import('../../dist/lib/define/all.js');
await import('./site-article.mjs');
