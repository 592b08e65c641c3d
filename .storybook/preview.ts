import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define/all.js';
import { installMockEndpoints } from '../stories/mock-data.js';
import tokens from 'virtual:sos-tokens';

setCustomElementsManifest(manifest);
installMockEndpoints();

/**
 * Controls from the manifest's types: an optional string (`string | undefined`) would otherwise get
 * an object editor. Derived from the types, not written per element.
 */
const controlsFromTypes: NonNullable<Preview['argTypesEnhancers']>[number] = (context) => {
  const argTypes = { ...context.argTypes };
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  for (const [name, original] of Object.entries(argTypes)) {
    let argType = original;
    // A property that is also an attribute (`headingLevel`, `heading-level`) gets one control, the attribute's.
    if (name !== kebab(name) && kebab(name) in argTypes) {
      argTypes[name] = { ...argType, table: { disable: true }, control: false };
      continue;
    }
    const summary = String(argType.table?.type?.summary ?? '');
    const current = argType.control as { type?: string } | undefined;
    // An optional attribute with no default follows the page or the data: say so in the Default column.
    if (argType.table && !argType.table.defaultValue?.summary && /undefined/.test(summary)) {
      argType = { ...argType, table: { ...argType.table, defaultValue: { summary: 'unset' } } };
    }
    // A token's default is the code's fallback (light and dark pair included), not the class comment's copy of it.
    const token = tokens.find((t) => t.name === name);
    if (token?.default && argType.table)
      argType = { ...argType, table: { ...argType.table, defaultValue: { summary: token.default } } };
    argTypes[name] = argType;
    if (name === 'state' || name === 'empty')
      argTypes[name] = { ...argType, control: false }; // reflected output, not an input
    // Only read while the data loads: a ready story would show a control that changes nothing.
    else if (name === 'timeout') argTypes[name] = { ...argType, control: false };
    else if (
      argType.table?.category === 'events' ||
      argType.table?.category === 'slots' ||
      argType.table?.category === 'css shadow parts'
    ) {
      argTypes[name] = { ...argType, control: false }; // listed, not set
    } else if (name.startsWith('--sos-color')) argTypes[name] = { ...argType, control: { type: 'color' } };
    else if (name.startsWith('--'))
      argTypes[name] = { ...argType, control: { type: 'text' } }; // a length, a font…
    else if (current?.type && current.type !== 'object')
      continue; // radios from the stories' own lists
    else if (/^string( \| undefined)?$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'text' } };
    else if (/^boolean$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'boolean' } };
    else if (/^number$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'number' } };
    else if (/^'[^']*'( \| '[^']*')*( \| undefined)?$/.test(summary)) {
      const options = [...summary.matchAll(/'([^']*)'/g)].map((match) => match[1]);
      argTypes[name] = { ...argType, options, control: { type: 'inline-radio' } };
    } else if (/^\d+( \| \d+)*$/.test(summary)) {
      argTypes[name] = { ...argType, options: summary.split(' | ').map(Number), control: { type: 'inline-radio' } };
    }
  }
  return argTypes;
};

/** Faces of the partner's article: the page's own, inherited by the widgets' prose. */
const HOST_FONTS = {
  serif: 'Serif (Georgia, 18 px / 1.6)',
  sans: 'System sans (17 px / 1.55)',
  condensed: 'Condensed news face (18 px / 1.5)',
};

/** Named viewports: the phones and screens a partner's readers use. */
const VIEWPORTS = Object.fromEntries(
  (
    [
      ['phone320', 'Small phone 320', 320, 640, 'mobile'],
      ['phone360', 'Phone 360', 360, 760, 'mobile'],
      ['phone390', 'Phone 390', 390, 844, 'mobile'],
      ['tablet768', 'Tablet 768', 768, 1024, 'tablet'],
      ['desktop1280', 'Desktop 1280', 1280, 800, 'desktop'],
    ] as const
  ).map(([key, name, width, height, type]) => [
    key,
    { name, styles: { width: `${width}px`, height: `${height}px` }, type },
  ]),
);

const preview: Preview = {
  argTypesEnhancers: [controlsFromTypes],
  parameters: {
    // The accessibility panel and the story test run the same check: WCAG 2.2 AA and best practice,
    // on the story (the page-level landmark and heading rules belong to the partner's page). It runs
    // after each story's play function, so it sees the widgets settled.
    a11y: {
      test: 'error',
      context: '#storybook-root',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: {
          region: { enabled: false },
          'landmark-one-main': { enabled: false },
          'page-has-heading-one': { enabled: false },
        },
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { type: 'dynamic', language: 'html' } },
    layout: 'padded',
    viewport: { options: VIEWPORTS },
    options: {
      storySort: {
        order: [
          'Design tokens',
          ['Tokens', 'Theme editor'],
          'Widgets',
          ['*', ['Docs', 'States', 'Variants', 'Themes', 'Content']],
          'Composition',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the page the widgets sit in',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'ru', title: 'Русский' },
          { value: 'kk', title: 'Қазақша' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'The page the widgets sit in, or a scheme forced on them',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: '', title: 'Light page' },
          { value: 'dark-page', title: 'Dark page (color-scheme: dark)' },
          { value: 'light', title: 'Forced light' },
          { value: 'dark', title: 'Forced dark' },
          { value: 'auto', title: 'Follow the reader (auto)' },
        ],
        dynamicTitle: true,
      },
    },
    hostFont: {
      description: 'The face, size and leading of the article around the widgets',
      toolbar: {
        title: 'Host font',
        icon: 'paragraph',
        items: Object.entries(HOST_FONTS).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    column: {
      description: 'Width of the article column the widgets are pasted into',
      toolbar: {
        title: 'Column',
        icon: 'component',
        items: [
          { value: '', title: 'Full width' },
          { value: '360', title: 'Column 360 px' },
          { value: '600', title: 'Column 600 px' },
          { value: '760', title: 'Column 760 px' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: '', locale: 'en', hostFont: 'serif', column: '', direction: 'ltr' },
  decorators: [
    (story, context) => {
      // The widgets take the nearest lang, as on a partner's page: here, the preview document's.
      const root = document.documentElement;
      root.lang = (context.globals.locale as string) || 'en';
      // The article's face and column, as data attributes the preview's page styles read.
      root.dataset.hostFont = (context.globals.hostFont as string) || 'serif';
      if (context.globals.column) root.dataset.column = String(context.globals.column);
      else delete root.dataset.column;
      // Direction flips the story's page only: the docs around it stay as they are.
      if (context.viewMode === 'story' && context.globals.direction === 'rtl') root.dir = 'rtl';
      else root.removeAttribute('dir');
      return story();
    },
    (story, context) => {
      const globalScheme = context.globals.scheme as string;
      // A page's own scheme is the page's: widgets take it. A forced one goes on each widget (and a
      // forced dark widget is shown on a dark page, as a partner would place it).
      const darkPage =
        globalScheme === 'dark-page' || globalScheme === 'dark' || context.args['color-scheme'] === 'dark';
      const scheme = globalScheme === 'dark-page' ? '' : globalScheme;
      if (darkPage) document.documentElement.dataset.pageScheme = 'dark';
      else delete document.documentElement.dataset.pageScheme;
      const node = story();
      queueMicrotask(() => {
        document.querySelectorAll('#storybook-root *').forEach((el) => {
          if (!el.localName.startsWith('sos-') || el.localName === 'sos-village' || el.closest('[data-fixed-scheme]'))
            return;
          if (scheme) el.setAttribute('color-scheme', scheme);
          else if (!context.args['color-scheme']) el.removeAttribute('color-scheme');
        });
      });
      return node;
    },
  ],
};

export default preview;
