/**
 * The data requests of the partner scripts' widgets, started while the script evaluates: the
 * network then works while the browser defines and upgrades the elements, and each element joins
 * its request already on its way (the client shares one request per URL) instead of starting it
 * after its first render.
 */
import { isServer } from 'lit';
import { loadProfile, resolveSrc } from '../data/client.js';

/**
 * Starts the request of every `<tag src>` already in the document that will use its own `src`:
 * not a widget inside a `<sos-village>`, which takes the provider's data. Nothing is drawn or
 * reported here; the element hears the answer (or the failure) from the client when it follows
 * its `src`.
 */
export function fetchEarly(tag: string): void {
  if (isServer || typeof document === 'undefined') return;
  for (const element of document.querySelectorAll(`${tag}[src]`)) {
    if (tag !== 'sos-village' && element.parentElement?.closest('sos-village')) continue;
    const url = resolveSrc(element.getAttribute('src')!);
    const timeout = element.getAttribute('timeout');
    if (url) loadProfile(url, { timeout: timeout === null ? undefined : Number(timeout) }).catch(() => undefined);
  }
}
