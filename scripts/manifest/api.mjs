// Analyzer plugins that make the manifest's API facts true to the code: defaults as values, the
// properties an element sets itself marked read-only, and each element's design tokens as the
// styles read them, each with the one description its @cssprop gives.
import { join } from 'node:path';
import { readTokens } from '../../.storybook/tokens.mjs';

/**
 * Reflected properties the element sets itself (page CSS styles on them; setting them does
 * nothing lasting): offered to nobody as settable, in any generated file.
 */
export const READ_ONLY = ['state', 'empty', 'fallback'];

/** `10_000` → `10000`: defaults as a reader would write them. */
const plain = (value) =>
  typeof value === 'string' && /^-?\d[\d_]*(\.\d+)?$/.test(value) ? value.replace(/_/g, '') : value;

/**
 * Real defaults and read-only members. The analyzer resolves a field's initializer (`limit =
 * DEFAULT_LIMIT` becomes `3`) but leaves its attribute with the constant's name; the attribute
 * takes its field's value.
 */
export function apiFactsPlugin() {
  return {
    name: 'sos-api-facts',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const fields = new Map((declaration.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
          for (const member of fields.values()) {
            if ('default' in member) member.default = plain(member.default);
            if (READ_ONLY.includes(member.name)) member.readonly = true;
          }
          for (const attribute of declaration.attributes ?? []) {
            const field = attribute.fieldName && fields.get(attribute.fieldName);
            if (field && 'default' in field) attribute.default = field.default;
            else if ('default' in attribute) attribute.default = plain(attribute.default);
          }
        }
      }
    },
  };
}

/**
 * Each element's `cssProperties` are the tokens its styles read (readTokens(): every `var(--sos-…)`
 * in src/, through the shared token sheet and the style modules it imports), in the order of the
 * tokens page, each with the description and default of the one `@cssprop` that documents it: the
 * tokens every widget reads on the base class, an element's own on the element. A token read but
 * documented nowhere is listed with an empty description (test/node/tokens.test.mjs fails on it).
 */
export function tokensPlugin({ src = 'src' } = {}) {
  return {
    name: 'sos-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = readTokens({ src, manifest: join(src, 'no-manifest.json') });
      const documented = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const property of declaration.cssProperties ?? []) {
            if (property.inheritedFrom || documented.has(property.name)) continue;
            documented.set(property.name, { property, from: { name: declaration.name, module: mod.path } });
          }
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.tagName) continue;
          const reads = tokens.filter((token) => token.elements.includes(declaration.tagName));
          const own = (token) => documented.get(token.name)?.from.name === declaration.name;
          declaration.cssProperties = [...reads.filter(own), ...reads.filter((token) => !own(token))].map((token) => {
            const found = documented.get(token.name);
            const entry = { name: token.name, description: found?.property.description ?? '' };
            if (found?.property.default !== undefined) entry.default = found.property.default;
            if (found && found.from.name === declaration.superclass?.name) entry.inheritedFrom = found.from;
            return entry;
          });
        }
      }
    },
  };
}
