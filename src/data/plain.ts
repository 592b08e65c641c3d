/**
 * Helpers that keep a host page's `Object.prototype` out of the widgets: a page (an old analytics
 * snippet, a careless library) may add any key to it, before or after this script loads, and
 * every plain `{}` would then seem to have that key.
 */

/** Whether `object` has `key` itself. */
export const hasOwn = (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** `object[key]` if the object has it itself; never a value inherited from a prototype. */
export function own<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** Takes the prototype from the option objects of a Lit class's own `static properties`, before Lit reads them. */
export function withoutPrototypes(element: { properties?: object }): void {
  if (!Object.prototype.hasOwnProperty.call(element, 'properties') || !element.properties) return;
  for (const options of Object.values(element.properties)) {
    if (options && typeof options === 'object') Object.setPrototypeOf(options, null);
  }
}

// What Object.prototype holds in every browser; anything else a page added.
const STANDARD = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/**
 * Runs the synchronous `fn` with the keys a page added to `Object.prototype` set aside, and puts
 * them back before returning (nothing else can run in between). Code that builds plain objects
 * internally (the schema library) then cannot mistake the page's keys for its own. Returns
 * `undefined` without running `fn` when a key cannot be set aside (a non-configurable one).
 */
export function withPlainPrototype<T>(fn: () => T): T | undefined {
  const proto = Object.prototype as Record<string, unknown>;
  const added = Object.getOwnPropertyNames(proto).filter((key) => !STANDARD.has(key));
  if (!added.length) return fn();
  const saved: [string, PropertyDescriptor][] = [];
  try {
    for (const key of added) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      if (!descriptor.configurable) return undefined;
      delete proto[key];
      saved.push([key, descriptor]);
    }
    return fn();
  } finally {
    for (const [key, descriptor] of saved) Object.defineProperty(proto, key, descriptor);
  }
}

/**
 * The words of a list attribute (`"a b, c"`), each once, at most `max`: nothing from a value that
 * is not a string (a page may set the property to anything).
 */
export function words(value: unknown, max: number): string[] {
  return typeof value === 'string' ? [...new Set(value.split(/[\s,]+/).filter(Boolean))].slice(0, max) : [];
}

/** `value` when it is a string, else undefined. */
export const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
