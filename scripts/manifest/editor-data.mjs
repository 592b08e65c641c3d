// The editor data, from the manifest: VS Code's HTML and CSS custom data, and JetBrains' web-types.
// One entry per tag, per design token and per part, each with one description; attributes a page
// sets, with booleans as booleans and unions as choices; the properties an element sets itself
// (`state`, `empty`) as read-only, never offered as settable; events, slots, parts and tokens in
// sections of their own where the format has them (web-types), else in the element's description.
import { mkdirSync, writeFileSync } from 'node:fs';

/** The custom elements of a manifest, with their tag, in the order the modules list them. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: mod.path })),
  );
}

/** A manifest description on one line: the analyzer keeps a comment's line breaks. */
const flat = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const fieldOf = (element, attribute) =>
  (element.members ?? []).find((m) => m.kind === 'field' && m.name === attribute.fieldName);
const isReadOnly = (element, attribute) => Boolean(fieldOf(element, attribute)?.readonly);
const isBoolean = (attribute) => attribute.type?.text === 'boolean';
/** `'grid' | 'list' | 2` → ['grid', 'list', '2']; undefined when the type is not a union of literals. */
function choices(type = '') {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^-?\d+(\.\d+)?$/.test(part))) return undefined;
  return parts.map((part) => part.replace(/^'|'$/g, ''));
}
const unquote = (value) => (typeof value === 'string' ? value.replace(/^'(.*)'$/, '$1') : value);

/** What a page sets on an element: its attributes minus those the element sets itself. */
export const settableAttributes = (element) => (element.attributes ?? []).filter((a) => !isReadOnly(element, a));
/** What the element sets itself and reflects, for page CSS. */
export const readOnlyAttributes = (element) => (element.attributes ?? []).filter((a) => isReadOnly(element, a));
/** Public fields that are properties only (no attribute): `profile`. */
const propertiesOnly = (element) =>
  (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.attribute && m.privacy !== 'private' && m.privacy !== 'protected',
  );
const methods = (element) =>
  (element.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
  );

/** Every token once, with its description and default, and the tags that read it. */
export function tokensOf(manifest) {
  const tokens = new Map();
  for (const element of elementsOf(manifest)) {
    for (const property of element.cssProperties ?? []) {
      const token = tokens.get(property.name) ?? {
        name: property.name,
        description: flat(property.description),
        default: property.default,
        tags: [],
      };
      token.tags.push(element.tagName);
      tokens.set(property.name, token);
    }
  }
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every part name once, with what it is in each element that has it. */
export function partsOf(manifest) {
  const parts = new Map();
  for (const element of elementsOf(manifest)) {
    for (const part of element.cssParts ?? []) {
      const entry = parts.get(part.name) ?? { name: part.name, uses: [] };
      entry.uses.push({ tag: element.tagName, description: flat(part.description) });
      parts.set(part.name, entry);
    }
  }
  return [...parts.values()];
}

const tagList = (tags, all) =>
  tags.length === all.length ? 'every data widget' : tags.map((tag) => `\`<${tag}>\``).join(', ');

function tokenDescription(token, dataTags) {
  const lines = [token.description];
  if (token.default !== undefined) lines.push(`Default: \`${token.default}\``);
  lines.push(`Read by ${tagList(token.tags, dataTags)}.`);
  return lines.join('\n\n');
}

function partDescription(part) {
  const same = part.uses.every((use) => use.description === part.uses[0].description);
  if (same) return `${part.uses[0].description}\n\nIn ${part.uses.map((use) => `\`<${use.tag}>\``).join(', ')}.`;
  return part.uses.map((use) => `- \`<${use.tag}>\`: ${use.description}`).join('\n');
}

/** Markdown sections of an element's description, for formats with no place of their own for them. */
function elementDescription(element) {
  const out = [flat(element.summary ?? element.description)];
  const section = (title, items) =>
    items.length && out.push(`**${title}**\n\n${items.map((item) => `- ${item}`).join('\n')}`);
  section(
    'Properties (set in script)',
    propertiesOnly(element).map((p) => `\`${p.name}\`: \`${p.type?.text ?? ''}\` — ${flat(p.description)}`),
  );
  section(
    'Set by the element (read-only, reflected for CSS)',
    readOnlyAttributes(element).map((a) => `\`${a.name}\`: \`${a.type?.text ?? ''}\` — ${flat(a.description)}`),
  );
  section(
    'Events',
    (element.events ?? []).map((e) => `\`${e.name}\` — ${flat(e.description)}`),
  );
  section(
    'Methods',
    methods(element).map((m) => `\`${m.name}()\` — ${flat(m.description)}`),
  );
  section(
    'Slots',
    (element.slots ?? []).map((s) => `${s.name ? `\`${s.name}\`` : '(default)'} — ${flat(s.description)}`),
  );
  section(
    'CSS parts',
    (element.cssParts ?? []).map((p) => `\`::part(${p.name})\` — ${flat(p.description)}`),
  );
  section(
    'CSS custom properties',
    (element.cssProperties ?? []).map((p) => `\`${p.name}\``),
  );
  return out.join('\n\n');
}

/** VS Code `html.customData`: tags and the attributes a page sets. */
export function vscodeHtmlData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementDescription(element) },
      attributes: settableAttributes(element).map((attribute) => {
        const entry = {
          name: attribute.name,
          description: { kind: 'markdown', value: attributeDescription(attribute) },
        };
        if (isBoolean(attribute)) entry.valueSet = 'v';
        else if (choices(attribute.type?.text)) entry.values = choices(attribute.type.text).map((name) => ({ name }));
        return entry;
      }),
    })),
  };
}

function attributeDescription(attribute) {
  const type = attribute.type?.text ? `\`${attribute.type.text}\`` : '';
  const fallback =
    attribute.default !== undefined && !isBoolean(attribute) ? `, default \`${unquote(attribute.default)}\`` : '';
  return [flat(attribute.description), type && `${type}${fallback}`].filter(Boolean).join('\n\n');
}

/** VS Code `css.customData`: each token and each part once. */
export function vscodeCssData(manifest) {
  const dataTags = elementsOf(manifest)
    .filter((e) => (e.cssProperties ?? []).length)
    .map((e) => e.tagName);
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: tokensOf(manifest).map((token) => ({
      name: token.name,
      description: { kind: 'markdown', value: tokenDescription(token, dataTags) },
    })),
    pseudoElements: partsOf(manifest).map((part) => ({
      name: `::part(${part.name})`,
      description: { kind: 'markdown', value: partDescription(part) },
    })),
  };
}

/** JetBrains web-types: attributes, properties, events, slots and the element's CSS, each in its section. */
export function webTypes(manifest, pkg) {
  const dataTags = elementsOf(manifest)
    .filter((e) => (e.cssProperties ?? []).length)
    .map((e) => e.tagName);
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: flat(element.summary ?? element.description),
          attributes: settableAttributes(element).map((attribute) => {
            const value = isBoolean(attribute)
              ? { type: 'boolean', required: false }
              : { type: attribute.type?.text ?? 'string', required: false };
            if (attribute.default !== undefined && !isBoolean(attribute)) value.default = unquote(attribute.default);
            const entry = { name: attribute.name, description: flat(attribute.description), value };
            if (!isBoolean(attribute) && choices(attribute.type?.text))
              entry.values = choices(attribute.type.text).map((name) => ({ name }));
            return entry;
          }),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name ?? '', description: flat(slot.description) })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: flat(event.description) })),
          js: {
            properties: (element.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected')
              .map((m) => ({
                name: m.name,
                description: flat(m.description),
                type: m.type?.text ?? 'unknown',
                ...(m.readonly ? { 'read-only': true } : {}),
              })),
            events: (element.events ?? []).map((event) => ({
              name: event.name,
              description: flat(event.description),
              ...(event.type ? { type: event.type.text } : {}),
            })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: flat(p.description) })),
            parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: flat(p.description) })),
          },
        })),
      },
      css: {
        properties: tokensOf(manifest).map((token) => ({
          name: token.name,
          description: tokenDescription(token, dataTags),
        })),
        parts: partsOf(manifest).map((part) => ({ name: part.name, description: partDescription(part) })),
      },
    },
  };
}

/** Writes the three files into `outdir`. Runs after the plugins that settle the manifest. */
export function editorDataPlugin({ outdir, pkg }) {
  const write = (file, data) => writeFileSync(`${outdir}/${file}`, JSON.stringify(data, null, 2) + '\n');
  return {
    name: 'sos-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      mkdirSync(outdir, { recursive: true });
      write('vscode.html-custom-data.json', vscodeHtmlData(customElementsManifest));
      write('vscode.css-custom-data.json', vscodeCssData(customElementsManifest));
      write('web-types.json', webTypes(customElementsManifest, pkg));
    },
  };
}
