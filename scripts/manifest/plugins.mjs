// Analyzer plugins that make custom-elements.json describe the package as shipped, for the tools
// that read it (editors, Storybook, the framework type generators, the README).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const DEFINE = /defineElement\(\s*'([a-z][a-z0-9-]*-[a-z0-9-]*)'\s*,\s*(\w+)\s*\)/g;

/**
 * Tag definitions: the define modules register elements through `defineElement()`, which the
 * analyzer does not recognise as `customElements.define`; each becomes a
 * `custom-element-definition` export pointing at its class.
 */
export function definitionsPlugin() {
  return {
    name: 'sos-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const declared = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? [])
          if (declaration.customElement) declared.set(declaration.name, mod.path);
      }
      for (const mod of customElementsManifest.modules) {
        if (!mod.path.startsWith('src/define/')) continue;
        const source = readFileSync(mod.path, 'utf8');
        for (const [, tag, className] of source.matchAll(DEFINE)) {
          const module = declared.get(className);
          if (!module) throw new Error(`${mod.path}: ${className} is not a custom element the manifest knows`);
          mod.exports = [
            ...(mod.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: className, module } },
          ];
        }
      }
    },
  };
}

/**
 * Public API only: private and protected members, and members named with a leading underscore,
 * are implementation; tools would otherwise offer them as properties (and Storybook as controls).
 */
export function publicOnlyPlugin() {
  // Static members (`version`) belong to the class, not to an element a page or a framework sets.
  const isPublic = (member) =>
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.static &&
    !member.name.startsWith('_') &&
    !member.name.startsWith('#');
  return {
    name: 'sos-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          // The events a page can listen to are the documented `sos-*` ones; the analyzer also
          // lists the context protocol's internal request.
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => /^sos-[a-z-]+$/.test(event.name));
          if (declaration.attributes) {
            const fields = new Set((declaration.members ?? []).map((member) => member.name));
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !attribute.fieldName || fields.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}

/**
 * Type aliases written out where tools show them (`layout: 'grid' | 'list' | 'compact'`, not
 * `ImpactStatsLayout`): the TypeScript checker resolves each field's declared type, and a union of
 * literals replaces the alias name, the form editors, Storybook and the framework types can offer
 * as choices. Other types keep their names (`VillageProfile`).
 */
export function literalUnionsPlugin() {
  let program;
  const literal = (type, checker, ts) => {
    if (type.flags & ts.TypeFlags.StringLiteral) return `'${type.value}'`;
    if (type.flags & ts.TypeFlags.NumberLiteral) return String(type.value);
    if (type.flags & ts.TypeFlags.Undefined) return 'undefined';
    if (type.flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type);
    return undefined;
  };
  return {
    name: 'sos-literal-unions',
    packageLinkPhase({ customElementsManifest }) {
      const ts = require('typescript');
      const config = ts.getParsedCommandLineOfConfigFile(
        'tsconfig.json',
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
      );
      program ??= ts.createProgram(config.fileNames, config.options);
      const checker = program.getTypeChecker();
      // Each class's fields whose type is a union of literals, written out.
      const byClass = new Map();
      for (const mod of customElementsManifest.modules) {
        const file = program.getSourceFile(mod.path.replace(/^\//, ''));
        if (!file) continue;
        for (const node of file.statements) {
          if (!ts.isClassDeclaration(node) || !node.name) continue;
          const written = new Map();
          for (const member of node.members) {
            if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
            const type = checker.getTypeAtLocation(member);
            const parts = type.isUnion() ? type.types : [type];
            const texts = parts.map((part) => literal(part, checker, ts));
            if (!texts.every(Boolean) || texts.every((text) => /^(true|false|undefined)$/.test(text))) continue; // booleans stay `boolean`
            texts.sort(
              (a, b) => (a === 'undefined') - (b === 'undefined') || (/^\d/.test(a) && /^\d/.test(b) ? a - b : 0),
            );
            written.set(member.name.text, texts.join(' | '));
          }
          byClass.set(node.name.text, written);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const lookup = (name, from) => byClass.get(from?.name ?? declaration.name)?.get(name);
          for (const item of declaration.members ?? []) {
            const text = lookup(item.name, item.inheritedFrom);
            if (text) item.type = { ...item.type, text };
          }
          for (const item of declaration.attributes ?? []) {
            const text = item.fieldName && lookup(item.fieldName, item.inheritedFrom);
            if (text) item.type = { ...item.type, text };
          }
        }
      }
    },
  };
}

/**
 * Paths of the modules the package ships (`dist/lib/…/x.js`, with `.d.ts` beside them) instead of
 * the TypeScript sources, which are not published. Runs last.
 */
export function shippedPathsPlugin() {
  const shipped = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
      else visit(child);
    }
  };
  return {
    name: 'sos-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}
