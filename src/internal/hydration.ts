import { isServer, type LitElement } from 'lit';

/**
 * Whether Lit will hydrate the shadow root a server rendered for `element`. Lit's hydration support
 * adds `defer-hydration` to the observed attributes of the LitElement it patches; without it (loaded
 * after Lit, or the one-file bundle with its own Lit) Lit 3 would render next to the server's
 * content, so that content is removed here and the element renders afresh.
 */
export function hydratesServerRoot(element: LitElement): boolean {
  const root = element.shadowRoot;
  if (isServer || !root) return false;
  if ((element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) return true;
  root.replaceChildren();
  return false;
}
