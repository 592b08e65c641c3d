/**
 * How a data widget finds its `<sos-village>`: the `context-request` event of the context
 * protocol, which the provider (`@lit/context`'s `ContextProvider`) answers, dispatched by the
 * widget itself. The widgets so carry none of `@lit/context`; only the provider does.
 *
 * A `<sos-village>` defined after the widgets inside it (donor sites import define modules in any
 * order) announces itself with a `context-provider` event: the widgets still waiting for one ask
 * again then, as `@lit/context`'s `ContextRoot` would have them.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { villageContext } from '../context/village-context.js';
import type { VillageData } from './village-data-controller.js';

type Callback = (value: VillageData | undefined, unsubscribe?: () => void) => void;

/** A request for the village's data, in the context protocol's form. */
export class VillageRequestEvent extends Event {
  readonly context = villageContext;
  constructor(
    readonly contextTarget: Element,
    readonly callback: Callback,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Widgets whose request no provider answered yet: they ask again when a provider appears. */
const waiting = new Set<() => void>();
let listening = false;

function askAgainOnNewProviders(): void {
  if (listening || isServer || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== villageContext) return;
    [...waiting].forEach((request) => request());
  });
}

/** Follows the data of the nearest `<sos-village>` around `host`, for as long as it is in the page. */
export class VillageConsumer implements ReactiveController {
  private unsubscribe?: () => void;
  private heard = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onValue: (value: VillageData | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.request();
  }

  hostDisconnected(): void {
    waiting.delete(this.request);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private readonly request = (): void => {
    waiting.delete(this.request);
    this.heard = false;
    this.host.dispatchEvent(new VillageRequestEvent(this.host, this.callback, true));
    if (this.heard) return;
    waiting.add(this.request);
    askAgainOnNewProviders();
  };

  /** One function for the consumer's life: providers key their subscriptions by it. */
  private readonly callback: Callback = (value, unsubscribe) => {
    this.heard = true;
    // A nearer provider took over: leave the one that answered before.
    if (unsubscribe !== this.unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.onValue(value);
  };
}
