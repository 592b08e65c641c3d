/**
 * Lit's server renderer and Lit itself as Node loads them (Lit's `node` build). The package stays
 * bundled, so its React wrappers use the React that Next.js renders with.
 */
export default {
  serverExternalPackages: ['@lit-labs/ssr', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
};
