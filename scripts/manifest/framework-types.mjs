// The framework type files in dist/types/, generated from the manifest: each element's own
// attributes, properties and events, on top of the framework's own HTML element type, so every
// global attribute (`id`, `lang`, `hidden`, `slot`, `part`, `data-*`), ARIA attribute, `role`,
// `tabindex`, `inert`, DOM event and `ref` is typed as on a `<div>`, while our own attributes,
// the `profile` and the `sos-*` events are checked.
//
//   jsx.d.ts + react.d.ts     React 19 (`JSX.IntrinsicElements` of 'react'), `ref` the element class
//   vue.d.ts                  Vue 3 (`GlobalComponents`), camelCase as Vue's checker compares them
//   svelte.d.ts + svelte-elements.d.ts   Svelte 5 (`SvelteHTMLElements` of 'svelte/elements')
import { mkdirSync, writeFileSync } from 'node:fs';

/** The public, settable members of each element, from the manifest. */
function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
      );
      const settable = new Set(fields.map((field) => field.name));
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => attribute.fieldName && settable.has(attribute.fieldName))
        .map((attribute) => ({ name: attribute.name, field: attribute.fieldName, description: attribute.description }));
      const withAttribute = new Set(attributes.map((attribute) => attribute.field));
      const properties = fields
        .filter((field) => !withAttribute.has(field.name))
        .map((field) => ({ name: field.name, field: field.name, description: field.description }));
      const events = (declaration.events ?? [])
        .filter((event) => event.name && event.type?.text)
        .map((event) => ({ name: event.name, type: event.type.text, description: event.description }));
      elements.push({ tag: declaration.tagName, className: declaration.name, attributes, properties, events });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

function importsOf(elements) {
  const names = new Set(
    elements.flatMap((element) => [element.className, ...element.events.map((event) => event.type)]),
  );
  return `import type { ${[...names].sort().join(', ')} } from '../lib/index.js';`;
}

/**
 * One interface per element: `attribute(name)` spells an attribute, `event(name)` an event prop;
 * `written` wraps an attribute's type where the markup writes it as text (`heading-level="3"`).
 */
function interfaces(elements, { suffix, attribute, event, written = (type) => type }) {
  return elements
    .map((element) => {
      const members = [
        ...element.attributes.map(
          (member) =>
            `${doc(member.description)}  ${key(attribute(member.name))}?: ${written(`${element.className}['${member.field}']`)};`,
        ),
        ...element.properties.map(
          (member) => `${doc(member.description)}  ${key(member.name)}?: ${element.className}['${member.field}'];`,
        ),
        ...element.events.map(
          (item) => `${doc(item.description)}  ${key(event(item.name))}?: (event: ${item.type}) => void;`,
        ),
      ];
      return `/** What \`<${element.tag}>\` takes besides the HTML attributes every element has. */\nexport interface ${element.className}${suffix} {\n${members.join('\n')}\n}`;
    })
    .join('\n\n');
}

// TypeScript lets any hyphenated attribute name through on a JSX tag (`data-*` is why), so no type
// can reject every unknown one. The misspellings people actually make of our hyphenated names
// (two letters swapped, one dropped, one doubled: `heading-levle`, `onsos-laod`) are spelled out
// as members that take nothing, each naming the right spelling in its error.
const MISSPELLINGS = `/** Each hyphenated name with two neighbouring letters swapped, one dropped or one doubled. */
type Swapped<S extends string, Done extends string = ''> = S extends \`\${infer A}\${infer B}\${infer Rest}\`
  ? \`\${Done}\${B}\${A}\${Rest}\` | Swapped<\`\${B}\${Rest}\`, \`\${Done}\${A}\`>
  : never;
type Dropped<S extends string, Done extends string = ''> = S extends \`\${infer A}\${infer Rest}\`
  ? \`\${Done}\${Rest}\` | Dropped<Rest, \`\${Done}\${A}\`>
  : never;
type Doubled<S extends string, Done extends string = ''> = S extends \`\${infer A}\${infer Rest}\`
  ? \`\${Done}\${A}\${A}\${Rest}\` | Doubled<Rest, \`\${Done}\${A}\`>
  : never;
type Misspelled<S extends string> = S extends \`\${string}-\${string}\` ? Swapped<S> | Dropped<S> | Doubled<S> : never;

/** \`heading-levle\` and \`onsos-laod\` fail with "… is not assignable to 'misspelled: heading-level'". */
export type Misspellings<Names extends string, Taken extends PropertyKey> = {
  [Name in Names as Exclude<Misspelled<Name>, Names | Taken>]?: \`misspelled: \${Name}\`;
};`;

// A number attribute may also be written as text, as in HTML.
const WRITTEN = `/** An attribute's value; a number one may also be written as text, as in HTML (\`heading-level="3"\`). */
type Written<T> = T extends number ? T | \`\${T}\` : T;`;

function react(elements) {
  const jsx = `// The elements as React 19 JSX tags: React's own HTML attributes, events and \`ref\` (typed as the
// element class), then each element's attributes (hyphenated, as in HTML), properties (\`profile\`)
// and \`sos-*\` events (\`onsos-load\`, which React 19 listens to as the \`sos-load\` event).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importsOf(elements)}

${MISSPELLINGS}

${WRITTEN}

/** A tag: React's attributes for a \`<div>\` (our own names win), ours, and our misspellings rejected. */
export type ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> &
  Own &
  Misspellings<Extract<keyof Own, string>, keyof HTMLAttributes<E>>;

${interfaces(elements, { suffix: 'Attributes', attribute: (name) => name, event: (name) => `on${name}`, written: (type) => `Written<${type}>` })}

export interface CustomElements {
${elements.map((element) => `  '${element.tag}': ElementProps<${element.className}, ${element.className}Attributes>;`).join('\n')}
}
`;
  const entry = `// import type {} from 'sos-village-widgets/types/react': the elements in React's JSX, checked.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
  return { 'jsx.d.ts': jsx, 'react.d.ts': entry };
}

function vue(elements) {
  return {
    'vue.d.ts': `// import type {} from 'sos-village-widgets/types/vue': the elements in Vue templates, checked by
// vue-tsc (strictTemplates) as components whose props are Vue's own HTML attributes and events
// (\`id\`, \`lang\`, \`aria-*\`, \`role\`, \`tabindex\`, \`@click\`, …) plus each element's own, camelCase as
// Vue compares them (\`:heading-level\` is \`headingLevel\`, \`@sos-load\` is \`onSosLoad\`).
import type { DefineComponent, HTMLAttributes } from 'vue';
${importsOf(elements)}

${interfaces(elements, { suffix: 'Props', attribute: camel, event: (name) => camel(`on-${name}`) })}

/** \`slot\` and \`data-*\` (\`data-track\` reaches the checker as \`dataTrack\`), which Vue types only on its own tags. */
interface Placement {
  slot?: string;
  [data: \`data-\${string}\` | \`data\${Capitalize<string>}\`]: unknown;
}

/** A tag: Vue's attributes for a \`<div>\` (our own names win) and ours. */
type Element<Own> = DefineComponent<Omit<HTMLAttributes, keyof Own> & Own & Placement>;

export interface CustomElements {
${elements.map((element) => `  '${element.tag}': Element<${element.className}Props>;`).join('\n')}
}

declare module 'vue' {
  interface GlobalComponents extends CustomElements {}
}
`,
  };
}

function svelte(elements) {
  const types = `// The elements in Svelte 5 templates: Svelte's own HTML attributes and events (\`aria-*\`, \`role\`,
// \`tabindex\`, \`inert\`, \`onclick\`, \`bind:this\` typed as the element class, …), then each
// element's attributes, properties (\`profile={…}\` sets the property) and \`onsos-*\` events.
import type { HTMLAttributes } from 'svelte/elements';
${importsOf(elements)}

${WRITTEN}

${interfaces(elements, { suffix: 'Attributes', attribute: (name) => name, event: (name) => `on${name}`, written: (type) => `Written<${type}>` })}

/** A tag: Svelte's attributes for a \`<div>\` (our own names win) and ours. */
type Element<E extends HTMLElement, Own> = Omit<HTMLAttributes<E>, keyof Own> & Own;

export interface CustomElements {
${elements.map((element) => `  '${element.tag}': Element<${element.className}, ${element.className}Attributes>;`).join('\n')}
}
`;
  const entry = `// import type {} from 'sos-village-widgets/types/svelte': the elements in Svelte's templates, checked.
import type { CustomElements } from './svelte.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}
`;
  return { 'svelte.d.ts': types, 'svelte-elements.d.ts': entry };
}

/** Writes the framework type files once the manifest is complete. */
export function frameworkTypesPlugin({ outdir }) {
  return {
    name: 'sos-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      if (!elements.length) throw new Error('framework types: the manifest lists no elements');
      mkdirSync(outdir, { recursive: true });
      for (const [file, text] of Object.entries({ ...react(elements), ...vue(elements), ...svelte(elements) })) {
        writeFileSync(`${outdir}/${file}`, text);
      }
    },
  };
}
