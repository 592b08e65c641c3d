import {
  LitElement,
  html,
  css,
  isServer,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { ContextProvider } from '@lit/context';
import { villageContext } from '../../context/village-context.js';
import { VillageDataController, type DataState } from '../../internal/village-data-controller.js';
import { announce, type Announced } from '../../internal/events.js';
import type { VillageProfile } from '../../data/schema.js';
import { VERSION } from '../../internal/define.js';
import { withoutPrototypes } from '../../data/plain.js';
import { hydratesServerRoot, takeOverClosedRoot } from '../../internal/hydration.js';

/**
 * Loads a village profile once and gives it to every SOS widget inside it. Adds no layout of its
 * own: its children lay out as if it were not there.
 *
 * @summary Shares one village profile with the widgets inside it.
 * @tag sos-village
 *
 * @slot - The widgets (and any other content) that use this village.
 *
 * @fires {SosLoadEvent} sos-load - A profile is available: once for each distinct profile.
 * @fires {SosErrorEvent} sos-error - The profile could not be loaded and there is no copy to show.
 */
export class SosVillage extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Lit reads property options key by key: they lose their prototype, so a page's `Object.prototype` adds none. */
  protected static override finalize(): void {
    withoutPrototypes(this);
    super.finalize();
  }

  static override properties: PropertyDeclarations = {
    src: {},
    profile: { attribute: false },
    timeout: { type: Number },
    state: { reflect: true },
  };

  /** URL of the village profile JSON, resolved against the page like `<img src>`. */
  src?: string;

  /** The village profile, for pages that already hold the data. Used when there is no `src`. */
  profile?: VillageProfile;

  /** Milliseconds to wait for the data before giving up: default 10 000, at least 100, at most 60 000; anything but a positive number means the default. */
  timeout = 10_000;

  /** Where the data stands: `loading`, `ready` or `error`. */
  state: DataState = 'loading';

  private readonly provider = new ContextProvider(this, { context: villageContext, initialValue: undefined });
  private readonly data = new VillageDataController(this);
  private readonly announced: Announced = {};

  constructor() {
    super();
    // A server's <slot>: hydrated, or removed before Lit renders its own.
    if (!hydratesServerRoot(this)) this.shadowRoot?.replaceChildren();
  }

  /**
   * A closed declarative shadow root planted in the page makes Lit's `attachShadow` throw: the
   * provider takes that root over instead, so its widgets still show through its slot.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    try {
      return super.createRenderRoot();
    } catch {
      return takeOverClosedRoot(this);
    }
  }

  /** Asks the endpoint again; the widgets keep what they show until the answer arrives. */
  async refresh(): Promise<void> {
    await this.data.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server a widget inside asks for the profile with an event that travels through the
    // slot it is assigned to, then this element's shadow root: Lit SSR makes that root only when it
    // runs connectedCallback, which it does not by default.
    if (isServer && !this.shadowRoot) this.attachShadow(SosVillage.shadowRootOptions);
    this.data.sync();
    this.state = this.data.data.state;
    if (this.provider.value !== this.data.data) this.provider.setValue(this.data.data);
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    announce(this, this.data.data, this.announced);
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
