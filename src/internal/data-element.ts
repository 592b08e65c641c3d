/**
 * The base of every data widget: finds its profile (nearest `<sos-village>`, else its own `src`,
 * else a `profile` set directly), reflects `state`, fires `sos-load` / `sos-error`, and shows the
 * element's own light-DOM children as fallback while loading and on error.
 *
 * It also renders on a server (Lit SSR) and hydrates what a server rendered: see `ServerTakeover`
 * (hydration.ts) and docs/ssr.md.
 */
import {
  LitElement,
  adoptStyles,
  html,
  isServer,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { msg, str } from '@lit/localize';
import { VillageConsumer, VillageRequestEvent } from './village-consumer.js';
import {
  VillageDataController,
  type DataState,
  type VillageData,
  LOADING,
  villageData,
} from './village-data-controller.js';
import { VillageDataError } from '../data/errors.js';
import { announce, type Announced } from './events.js';
import { withoutPrototypes } from '../data/plain.js';
import { languageOf } from './lang.js';
import { ServerTakeover, skipHydration, takeOverClosedRoot } from './hydration.js';
import { interfaceLanguage, prepare, speak, unwatchLanguage, watchLanguage } from './localize.js';
import { formatDate } from './format.js';
import { pickText, type PickedText } from '../data/text.js';
import type { LocalizedText, VillageProfile } from '../data/schema.js';
import { VERSION } from './define.js';
import { tokens } from './tokens.styles.js';
import { SOS_HOME } from '../data/url.js';

const samePrimary = (a: string, b: string) => a.split('-')[0].toLowerCase() === b.split('-')[0].toLowerCase();

/**
 * Profile text inside a sentence of the widget's own words, between Unicode isolates (FSI … PDI):
 * the text equivalent of `<bdi>`, for the places markup cannot go (messages, attributes). The
 * text's own embedding, override and isolate controls are removed first, so it cannot close the
 * isolate early.
 */
export const isolate = (text: string) => `\u2068${text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')}\u2069`;

/**
 * The base of every data widget. The design tokens below are read by every widget (through
 * `tokens.styles.ts`); each element's own comment lists the ones it reads beyond these.
 *
 * @cssprop [--sos-color-primary=light-dark(#005aa7, #8cc8ff)] - Brand colour: links, figures, icons, outlined buttons, the source line's mark. A lighter tone in the dark scheme, to read on a dark surface.
 * @cssprop [--sos-color-on-primary=light-dark(#ffffff, #0b1a2b)] - Text on a `--sos-color-primary` fill.
 * @cssprop [--sos-color-primary-hover=light-dark(#00457f, #b5dbff)] - Links and outlined buttons under the pointer.
 * @cssprop [--sos-color-button=var(--sos-color-primary, light-dark(#005aa7, #1a6fc2))] - Fill of the call to action; follows `--sos-color-primary` when only that is set, and stays saturated in the dark scheme.
 * @cssprop [--sos-color-on-button=var(--sos-color-on-primary, #ffffff)] - Text on the call to action (keep it at 4.5:1 or more against the fill).
 * @cssprop [--sos-color-button-hover=var(--sos-color-primary-hover, light-dark(#00457f, #155a9e))] - Fill of the call to action under the pointer.
 * @cssprop [--sos-color-accent=light-dark(#009ee0, #5cc8f5)] - Secondary brand colour: small marks and highlights.
 * @cssprop [--sos-color-surface=light-dark(#ffffff, #1c1c1c)] - Background of the boxed widgets and of the inverse button.
 * @cssprop [--sos-color-surface-muted=light-dark(#f3f5f7, #262626)] - Tiles, the call-to-action module, editor's notes, a picture's frame while it loads.
 * @cssprop [--sos-color-text=light-dark(#17212b, #ececec)] - Body text and figures.
 * @cssprop [--sos-color-text-muted=light-dark(#4b5866, #b4b4b4)] - Secondary text: labels, dates, captions, notes and the source line.
 * @cssprop [--sos-color-border=light-dark(#d5dde6, #3a3a3a)] - Box borders and the rules between items.
 * @cssprop [--sos-color-focus=var(--sos-color-primary, light-dark(#005aa7, #8cc8ff))] - The keyboard focus ring.
 * @cssprop [--sos-color-skeleton=light-dark(#e6eaef, #2e2e2e)] - Placeholder shapes while the data loads.
 * @cssprop [--sos-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif] - The UI face: headings, labels, figures, buttons and the source line.
 * @cssprop [--sos-font-family-heading=var(--sos-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif)] - Headings, when they should differ from the UI face.
 * @cssprop [--sos-font-family-prose=inherit] - Prose (story, appeal, descriptions, summaries): the article's own face unless set.
 * @cssprop [--sos-font-size-base=max(1rem, 1em)] - The widget's text size: the article's, never below the root size.
 * @cssprop [--sos-font-size-ui=max(15px, 0.875em)] - Labels, buttons and controls.
 * @cssprop [--sos-font-size-caption=max(13px, 0.75em)] - Captions, facility lines and the source line.
 * @cssprop [--sos-font-size-small=0.875em] - Small text: notes and footnotes.
 * @cssprop [--sos-font-size-large=1.25em] - Headings (never above 1.25em of the article's size).
 * @cssprop [--sos-font-size-xl=1.75em] - Large figures.
 * @cssprop [--sos-font-size-display=2.75em] - The lead figure.
 * @cssprop [--sos-font-weight-bold=700] - Headings, figures and buttons.
 * @cssprop [--sos-line-height=inherit] - Leading of prose: the article's unless set.
 * @cssprop [--sos-margin-block=24px] - Space above and below each widget.
 * @cssprop [--sos-space-xs=0.25em] - The smallest gap.
 * @cssprop [--sos-space-s=0.5em] - A small gap.
 * @cssprop [--sos-space-m=1em] - The usual gap and padding.
 * @cssprop [--sos-space-l=1.5em] - A large gap.
 * @cssprop [--sos-radius=8px] - Corners of the boxed widgets.
 * @cssprop [--sos-radius-small=6px] - Corners of small things: tiles, buttons, placeholders, notes.
 * @cssprop [--sos-shadow=0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.1)] - Shadow of the boxed widgets.
 */
export abstract class SosDataElement extends LitElement {
  static version = VERSION;
  static override styles = [tokens];

  static override properties: PropertyDeclarations = {
    src: {},
    profile: { attribute: false },
    timeout: { type: Number },
    state: { reflect: true },
    colorScheme: { reflect: true, attribute: 'color-scheme' },
    provided: { state: true, attribute: false },
  };

  /** Lit reads property options key by key: they lose their prototype, so a page's `Object.prototype` adds none. */
  protected static override finalize(): void {
    withoutPrototypes(this);
    super.finalize();
  }

  /** URL of the village profile JSON, resolved against the page like `<img src>`. Ignored inside `<sos-village>`. */
  src?: string;

  /** The village profile, for pages that already hold the data. Used when there is no `<sos-village>` and no `src`. */
  profile?: VillageProfile;

  /** Milliseconds to wait for the data before giving up: default 10 000, at least 100, at most 60 000; anything but a positive number means the default. */
  timeout = 10_000;

  /** Where the data stands: `loading`, `ready` or `error`. Reflected, so page CSS can style on it. */
  state: DataState = 'loading';

  /** `light` or `dark` forces a colour scheme and `auto` follows the reader's; unset, the element takes the host page's (light when the page declares none). */
  colorScheme?: 'light' | 'dark' | 'auto';

  protected provided?: VillageData;

  protected readonly data = new VillageDataController(this);

  /** What `sos-load`/`sos-error` last told the page; kept when the element moves. */
  private readonly announced: Announced = {};

  /** What the element was parsed with: a server's render to hydrate, or a stand-in to show meanwhile. */
  private readonly takeover: ServerTakeover;

  /**
   * Why the element cannot draw, shown as its fallback (see `update`): for the data it failed
   * with (tried again once other data comes), or for good (`view` unset: a root it cannot draw in).
   */
  private failure?: { data: VillageData; view?: VillageData };

  constructor() {
    super();
    // Lit reads render options key by key: none may come from a page's Object.prototype.
    Object.setPrototypeOf(this.renderOptions, null);
    this.takeover = new ServerTakeover(this);
    new VillageConsumer(this, (value) => (this.provided = value));
  }

  /** What the element shows now: its provider's data, else its own. */
  protected get view(): VillageData {
    return this.provided ?? this.data.data ?? LOADING;
  }

  /** `language`, found once per update: a render asks for it many times. */
  private resolvedLanguage?: string;

  /**
   * The language this element speaks (its own `lang`, else the nearest ancestor's). Found once per
   * update; a `lang` change anywhere above asks for an update (see `watchLanguage`).
   */
  protected get language(): string {
    return this.takeover.server?.lang ?? (this.resolvedLanguage ??= languageOf(this));
  }

  /**
   * The language of the widget's own words: `language` once its texts are loaded, else English.
   * Plural forms follow it; numbers and dates keep the reader's locale (`1.234` reads as a
   * thousand to a German reader, whatever language the words around it are in).
   */
  protected get ui(): string {
    return this.takeover.server?.ui ?? interfaceLanguage(this.language);
  }

  /**
   * Whether this render may use what only the page knows (the document's base URL, the reader's
   * browser languages): not on the server, nor in the render that hydrates a server's.
   */
  protected get seesPage(): boolean {
    return !isServer && !this.takeover.server;
  }

  /** Asks the endpoint again; what is shown stays until the answer arrives. */
  async refresh(): Promise<void> {
    await this.data.refresh();
  }

  /**
   * The shadow root. A page may have parsed the element with a closed declarative shadow root,
   * which Lit cannot attach its own over: the element then draws its fallback in that root.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let root: HTMLElement | DocumentFragment;
    try {
      root = super.createRenderRoot();
      if (!this.takeover.server) skipHydration(this);
    } catch (error) {
      root = takeOverClosedRoot(this);
      if (root instanceof ShadowRoot) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      this.failure = { data: this.failed('it holds a closed shadow root it cannot draw in', error) };
    }
    // `slotchange` does not leave the shadow root: heard there, when fallback children come or go.
    // Listened to from here, where every render root is made: under a server render's
    // `defer-hydration` (a widget inside a site's own server-rendered component) Lit makes it only
    // once that attribute goes, and calls none of this element's own `connectedCallback` then.
    root.addEventListener('slotchange', this.handleSlotChange);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    this.requestUpdate(); // picks its source up again after a move in the page
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.provided = undefined;
  }

  /** A server-rendered element keeps what the server drew until it can draw the same (`ServerTakeover.holds`). */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const sync = () => {
      if (!this.provided) this.data.sync();
    };
    if (this.takeover.holds(sync, () => this.view)) return false;
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resolvedLanguage = undefined;
    // On the server no connectedCallback runs, so the element asks for its <sos-village> here.
    if (isServer && !this.provided)
      this.dispatchEvent(new VillageRequestEvent(this, (value) => (this.provided = value), false));
    if (this.provided) this.data.stop();
    else this.data.sync();
    if (this.failure?.view && this.failure.view !== this.view) this.failure = undefined; // other data: drawn afresh
    const server = this.takeover.server;
    // Ready means ready in the element's language: its texts may still be on their way.
    const texts = server ? undefined : prepare(this.language);
    if (texts) void texts.then(() => this.requestUpdate());
    this.state = this.failure
      ? 'error'
      : server
        ? server.state
        : texts && this.view.state === 'ready'
          ? 'loading'
          : this.view.state;
    this.takeover.willShow(this.state, !!this.failure);
    super.willUpdate(changed);
  }

  /**
   * Draws the element; when drawing throws (a host page that broke a global the templates use, a
   * server render Lit cannot take over, a bug), draws its fallback instead and fires `sos-error`:
   * the one place that keeps every widget's promise of a working way on.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
      return;
    } catch (error) {
      if (this.failure) throw error; // the fallback itself could not be drawn
      if (this.takeover.server) {
        this.takeover.abandon(error);
        if (this.tryUpdate(changed)) return;
      } else {
        this.failure = { data: this.failed('drawing it threw', error), view: this.view };
      }
    }
    this.state = 'error';
    super.update(changed);
  }

  /** One more attempt at drawing the element's own content; false (and a failure noted) when it throws too. */
  private tryUpdate(changed: PropertyValues<this>): boolean {
    this.state = this.view.state;
    try {
      super.update(changed);
      return true;
    } catch (error) {
      this.failure = { data: this.failed('drawing it threw', error), view: this.view };
      return false;
    }
  }

  /** The error a widget that cannot draw reports, told to the page's developers too. */
  private failed(reason: string, cause: unknown): VillageData {
    console.warn(`sos-village-widgets: <${this.localName}> shows its fallback: ${reason}.`, cause);
    const error = new VillageDataError(
      'invalid',
      `The village information could not be shown on this page: ${reason}.`,
      { url: this.src, cause },
    );
    return villageData({ state: 'error', error });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.takeover.hydrated()) return;
    const view = this.failure?.data ?? this.view;
    if (view.state !== this.state) return; // texts still loading: announce once they are shown
    announce(this, view, this.announced);
  }

  /**
   * A profile text in this element's language; `lang` is set only when the text is in another
   * language than the words around it. Render it in an element with `dir="auto"` (or isolate it
   * with `isolate()` inside a sentence), so one field's direction cannot reorder its neighbours.
   */
  protected text(value: LocalizedText | undefined, profile: VillageProfile): PickedText | undefined {
    const picked = pickText(value, this.language, profile.defaultLanguage);
    if (!picked) return undefined;
    return samePrimary(picked.lang, this.ui) ? { text: picked.text, lang: '' } : picked;
  }

  /** The widget's content once the profile is there. */
  protected abstract renderReady(profile: VillageProfile, view: VillageData): TemplateResult;

  /** Placeholder shapes: a heading, then a block that fills the height the page holds. */
  protected renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton-heading"></span><span class="skeleton skeleton-block"></span>`;
  }

  /** The element's outer box, used around its content, its skeleton and its error message alike. */
  protected renderFrame(content: unknown): TemplateResult {
    return html`<div class="base base--box" part="base">${content}</div>`;
  }

  /** The short message shown on error when the element has no fallback children. */
  protected errorMessage(): string {
    return msg('The village information could not be loaded.', { id: 'status.error' });
  }

  /**
   * On error without fallback content: one short line saying what happened and a link on, so a
   * reader is never left at a dead end.
   */
  protected renderError(): TemplateResult {
    return html`<p class="error" part="error-message">
      ${this.errorMessage()}
      <a class="error-link" href=${SOS_HOME}>${msg('Visit SOS Children’s Villages', { id: 'status.way-on' })}</a>
    </p>`;
  }

  protected renderStaleNote(profile: VillageProfile, view: VillageData): TemplateResult | typeof nothing {
    if (!view.stale) return nothing;
    const when = profile.updatedAt ?? view.fetchedAt;
    const date = when === undefined ? '' : formatDate(when, this.language);
    return html`<p class="stale-note" part="stale-note">
      ${date ? msg(str`Figures as of ${date}; newer ones could not be loaded.`, { id: 'status.stale-dated' }) : msg('Newer figures could not be loaded.', { id: 'status.stale' })}
    </p>`;
  }

  /** Whether the page put content inside the element; never known on the server, so never there. */
  protected hasFallbackChildren(): boolean {
    if (isServer || this.takeover.server) return false;
    return Array.from(this.childNodes).some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  private handleSlotChange = () => this.requestUpdate();

  override render(): TemplateResult | typeof nothing {
    if (this.failure) return this.renderFailure();
    if (this.takeover.showsStandIn) return nothing;
    const { language, ui } = this;
    const content = speak(ui, () => this.renderState());
    // Texts not (yet) in the element's language: the English words say they are English.
    return samePrimary(language, ui) ? content : html`<div class="ui-language" lang=${ui}>${content}</div>`;
  }

  /**
   * The fallback of an element that cannot draw: what it shows on error (the page's fallback
   * children, a sponsor button's link), else, if even that throws, the fallback children or a
   * link on, drawn with nothing but the DOM.
   */
  private renderFailure(): TemplateResult {
    try {
      return speak(this.ui, () => this.renderState());
    } catch {
      return this.hasFallbackChildren() ? html`<slot></slot>` : this.renderError();
    }
  }

  /** What the element shows in its current `state`; `msg()` answers in the element's language here. */
  protected renderState(): TemplateResult {
    const view = this.view;
    if (this.state === 'ready' && view.profile) return this.renderReady(view.profile, view);
    const fallback = this.state === 'error' && this.hasFallbackChildren();
    if (this.state === 'error') {
      return html`<div class="status status--error" part="status">${fallback ? html`<slot></slot>` : this.renderError()}</div>`;
    }
    // The placeholder is drawn at the ready size (held by the page's sos-widgets.css, see
    // scripts/measure.mjs); fallback content shows before the script runs and on error.
    return html`<div class="status" part="status" aria-busy="true">
      <span class="visually-hidden" role="status">${msg('Loading village information…', { id: 'status.loading' })}</span>
      ${this.renderFrame(this.renderSkeleton())}
    </div>`;
  }
}
