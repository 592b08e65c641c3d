import { isServer, type LitElement } from 'lit';

/**
 * Whether Lit will hydrate the shadow root a server rendered for `element`. Lit's hydration support
 * adds `defer-hydration` to the observed attributes of the LitElement it patches; without it (loaded
 * after Lit, or the partner scripts with their own Lit) the element cannot take the server's
 * content over, nor can it take over a root no Lit server rendered (a snapshot, someone else's
 * markup): see `keepStandIn`.
 */
export function hydratesServerRoot(element: LitElement): boolean {
  const root = isServer ? null : element.shadowRoot;
  return !!root && (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration') && isLitRender(root);
}

/** Whether a server's Lit render is in `root`: its content opens with Lit's part marker. */
const isLitRender = (root: ShadowRoot) =>
  Array.from(root.childNodes).some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));

/**
 * Lit's hydration support hydrates any shadow root an element came with; `element` renders its own
 * content instead, after a stand-in or over a server render it could not hydrate.
 */
export function skipHydration(element: LitElement): void {
  (element as unknown as { _$needsHydration?: boolean })._$needsHydration = false;
}

/**
 * A declarative shadow root the element cannot hydrate (a pre-rendered snapshot, or a server's
 * render met by the partner scripts): its content is kept as a stand-in, shown until the element
 * has something of its own to show, then removed. Lit renders after it (never before a node that
 * will be removed): the returned nodes are the stand-in's, to remove later; none when there is
 * nothing to keep.
 */
export function keepStandIn(element: LitElement & { renderOptions: { renderBefore?: ChildNode | null } }): ChildNode[] | undefined {
  const root = element.shadowRoot;
  if (isServer || !root?.hasChildNodes()) return undefined;
  const nodes = [...root.childNodes];
  // Marked as a snapshot is (allowed: this runs when an element is upgraded, never when made by
  // script, which has no shadow root yet), so the partner stylesheet holds no space over it.
  element.setAttribute('snapshot', '');
  const end = document.createComment('');
  root.append(end);
  element.renderOptions.renderBefore = end;
  return nodes;
}

/**
 * The closed declarative shadow root a page parsed `element` with (Lit cannot attach its own over
 * it), emptied of what was planted there, for the element to draw its fallback in. The browser
 * hands a declarative root over through `attachInternals`; where it does not (internals already
 * taken), a detached fragment, so the element still runs and reports its error.
 */
export function takeOverClosedRoot(element: HTMLElement): ShadowRoot | DocumentFragment {
  let root: ShadowRoot | null = null;
  try {
    root = element.attachInternals().shadowRoot;
  } catch {
    root = null;
  }
  if (!root) return document.createDocumentFragment();
  root.replaceChildren();
  return root;
}
