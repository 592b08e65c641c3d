import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define/all.js';
import { installMockEndpoints } from '../stories/mock-data.js';

setCustomElementsManifest(manifest);
installMockEndpoints();

/**
 * Controls from the manifest's types: an optional string (`string | undefined`) would otherwise get
 * an object editor. Derived from the types, not written per element.
 */
const controlsFromTypes: NonNullable<Preview['argTypesEnhancers']>[number] = (context) => {
  const argTypes = { ...context.argTypes };
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  for (const [name, argType] of Object.entries(argTypes)) {
    // A property that is also an attribute (`headingLevel`, `heading-level`) gets one control, the attribute's.
    if (name !== kebab(name) && kebab(name) in argTypes) {
      argTypes[name] = { ...argType, table: { disable: true }, control: false };
      continue;
    }
    const summary = String(argType.table?.type?.summary ?? '');
    const current = argType.control as { type?: string } | undefined;
    if (name === 'state' || name === 'empty') argTypes[name] = { ...argType, control: false }; // reflected output, not an input
    else if (argType.table?.category === 'events' || argType.table?.category === 'slots' || argType.table?.category === 'css shadow parts') {
      argTypes[name] = { ...argType, control: false }; // listed, not set
    } else if (name.startsWith('--sos-color')) argTypes[name] = { ...argType, control: { type: 'color' } };
    else if (name.startsWith('--')) argTypes[name] = { ...argType, control: { type: 'text' } }; // a length, a font…
    else if (current?.type && current.type !== 'object') continue; // radios from the stories' own lists
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

const preview: Preview = {
  argTypesEnhancers: [controlsFromTypes],
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { type: 'dynamic', language: 'html' } },
    layout: 'padded',
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
  },
  initialGlobals: { scheme: '', locale: 'en' },
  decorators: [
    (story, context) => {
      // The widgets take the nearest lang, as on a partner's page: here, the preview document's.
      document.documentElement.lang = (context.globals.locale as string) || 'en';
      return story();
    },
    (story, context) => {
      const globalScheme = context.globals.scheme as string;
      // A page's own scheme is the page's: widgets take it. A forced one goes on each widget (and a
      // forced dark widget is shown on a dark page, as a partner would place it).
      const darkPage = globalScheme === 'dark-page' || globalScheme === 'dark' || context.args['color-scheme'] === 'dark';
      const scheme = globalScheme === 'dark-page' ? '' : globalScheme;
      if (darkPage) document.documentElement.dataset.pageScheme = 'dark';
      else delete document.documentElement.dataset.pageScheme;
      const node = story();
      queueMicrotask(() => {
        document.querySelectorAll('#storybook-root *').forEach((el) => {
          if (!el.localName.startsWith('sos-') || el.localName === 'sos-village') return;
          if (scheme) el.setAttribute('color-scheme', scheme);
          else if (!context.args['color-scheme']) el.removeAttribute('color-scheme');
        });
      });
      return node;
    },
  ],
};

export default preview;
