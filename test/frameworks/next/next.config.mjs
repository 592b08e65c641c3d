/** Lit's server renderer and the elements run as Node loads them (Lit's `node` build). */
export default {
  serverExternalPackages: ['@lit-labs/ssr', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'sos-village-widgets'],
};
