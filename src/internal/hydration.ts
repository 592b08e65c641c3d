/**
 * What an element does with the shadow root it was parsed with: hydrates a server's Lit render
 * (`ServerTakeover.server`), or keeps a render it cannot hydrate (a builder snapshot, a server's
 * render met by the partner scripts) as a stand-in until it has its own to show. See docs/ssr.md.
 */
import { isServer, type LitElement } from 'lit';
import { DATA_STATES, type DataState, type VillageData } from './village-data-controller.js';
import { languageOf } from './lang.js';
import { prepare } from './localize.js';

/**
 * What a server drew into the declarative shadow root an element was parsed with. The first
 * browser render must draw exactly that, or Lit's hydration fails; so it draws with what the server
 * knew (its `state`, its own `lang`, the language of its words, no light-DOM children, no document
 * base URL, no reader's languages), and the next render, at once, with everything the page tells.
 */
export interface ServerRender {
  state: DataState;
  /** The element's language there: its own `lang`, else English. */
  lang: string;
  /** The language of the widget's own words there: English when the server had no catalog. */
  ui: string;
}

function serverRender(element: HTMLElement): ServerRender | undefined {
  const root = element.shadowRoot;
  const state = element.getAttribute('state');
  if (!root || !state || !(DATA_STATES as readonly string[]).includes(state)) return undefined;
  const lang = languageOf(element, true);
  // A widget's render wraps words in another language than the element's in `.ui-language`.
  const wrapper = Array.from(root.children).find((child) => child.classList.contains('ui-language'));
  return { state: state as DataState, lang, ui: wrapper?.getAttribute('lang') || lang };
}

type Host = LitElement & { renderOptions: { renderBefore?: ChildNode | null } };

/** A data widget's hold on what it was parsed with, from its construction until it draws its own. */
export class ServerTakeover {
  /** What a server drew, set until the first render has hydrated it. */
  server?: ServerRender;

  /**
   * A pre-rendered snapshot (or a server's render) the element cannot hydrate: shown while the
   * element loads, instead of the placeholder, and removed once it has anything else to show.
   */
  private standIn?: ChildNode[];

  /**
   * Whether the page wrote the element as a builder snapshot (`snapshot`): a copy of the ready
   * widget, with working links, that stays when the data fails rather than collapsing the article.
   */
  private readonly pageSnapshot: boolean;

  /** Whether the page was told that this element holds server-rendered content it cannot draw. */
  private warnedHeld = false;

  constructor(private readonly host: Host) {
    this.pageSnapshot = !isServer && host.hasAttribute('snapshot');
    // Upgraded with a declarative shadow root: a server rendered it (never an element made by script).
    if (hydratesServerRoot(host)) this.server = serverRender(host);
    if (!this.server) this.standIn = keepStandIn(host);
  }

  /** Whether a stand-in is shown (the element then renders nothing of its own). */
  get showsStandIn(): boolean {
    return !!this.standIn;
  }

  /**
   * Whether a server-rendered element must keep what the server drew for now: until it can draw
   * the same, with the texts the server's words were in (and those it speaks here) loaded and,
   * when the server showed the profile, its own copy of it (`view()`, after `sync()`). So the page
   * never sees a placeholder over ready content.
   */
  holds(sync: () => void, view: () => VillageData): boolean {
    const { server, host } = this;
    if (!server) return false;
    const texts = prepare(server.ui) ?? prepare(languageOf(host));
    if (texts) {
      void texts.then(() => host.requestUpdate());
      return true;
    }
    if (server.state !== 'ready') return false;
    sync();
    const { state } = view();
    if (state === 'error' && !this.warnedHeld) {
      this.warnedHeld = true;
      console.warn(
        `sos-village-widgets: <${host.localName}> keeps what the server rendered: it has no profile here (docs/ssr.md).`,
      );
    }
    return state !== 'ready';
  }

  /** Before an update in `state`: the stand-in goes once there is anything else to show. */
  willShow(state: DataState, failedForGood: boolean): void {
    const keepSnapshot = state === 'error' && this.pageSnapshot && !failedForGood;
    if (this.standIn && state !== 'loading' && !keepSnapshot) this.dropStandIn();
  }

  /** What the server drew cannot be hydrated here: it goes, and the element draws its own. */
  abandon(error: unknown): void {
    console.warn(
      `sos-village-widgets: <${this.host.localName}> could not take over what the server rendered; it draws afresh.`,
      error,
    );
    this.server = undefined;
    skipHydration(this.host);
    this.host.renderRoot.replaceChildren();
  }

  /**
   * After an update: once hydrated, the element draws again with everything the page tells (after
   * this update, so Lit sees no update scheduled inside one). True when it has just hydrated.
   */
  hydrated(): boolean {
    if (!this.server) return false;
    this.server = undefined;
    void this.host.updateComplete.then(() => this.host.requestUpdate());
    return true;
  }

  /**
   * Removes the stand-in. A reader who had focus in it (on its sponsor link, say) keeps it: on the
   * same part of the element's own render, else its first link or control.
   */
  private dropStandIn(): void {
    const { host } = this;
    const focused = host.shadowRoot?.activeElement;
    const within = focused ? this.standIn!.some((node) => node.contains(focused)) : false;
    const part = within ? focused!.getAttribute('part') : null;
    for (const node of this.standIn!) node.remove();
    this.standIn = undefined;
    if (!within) return;
    void host.updateComplete.then(() => {
      const root = host.renderRoot as ShadowRoot;
      const target =
        (part && root.querySelector(`[part="${CSS.escape(part)}"]`)) || root.querySelector('a[href], button, summary');
      (target as HTMLElement | null)?.focus({ preventScroll: true });
    });
  }
}

/**
 * Whether Lit will hydrate the shadow root a server rendered for `element`. Lit's hydration support
 * adds `defer-hydration` to the observed attributes of the LitElement it patches; without it (loaded
 * after Lit, or the partner scripts with their own Lit) the element cannot take the server's
 * content over, nor can it take over a root no Lit server rendered (a snapshot, someone else's
 * markup): see `keepStandIn`.
 */
export function hydratesServerRoot(element: LitElement): boolean {
  const root = isServer ? null : element.shadowRoot;
  return (
    !!root &&
    (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration') &&
    isLitRender(root)
  );
}

/** Whether a server's Lit render is in `root`: its content opens with Lit's part marker. */
const isLitRender = (root: ShadowRoot) =>
  Array.from(root.childNodes).some(
    (node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'),
  );

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
export function keepStandIn(
  element: LitElement & { renderOptions: { renderBefore?: ChildNode | null } },
): ChildNode[] | undefined {
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
