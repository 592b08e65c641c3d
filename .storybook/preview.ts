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
  for (const [name, argType] of Object.entries(argTypes)) {
    const summary = String(argType.table?.type?.summary ?? '');
    const current = argType.control as { type?: string } | undefined;
    if (name === 'state') argTypes[name] = { ...argType, control: false }; // reflected output, not an input
    else if (current?.type && current.type !== 'object') continue; // radios from the stories' own lists
    else if (/^string( \| undefined)?$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'text' } };
    else if (/^boolean$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'boolean' } };
    else if (/^number$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'number' } };
    else if (/^'[^']*'( \| '[^']*')*( \| undefined)?$/.test(summary)) {
      const options = [...summary.matchAll(/'([^']*)'/g)].map((match) => match[1]);
      argTypes[name] = { ...argType, options, control: { type: 'inline-radio' } };
    } else if (/^HeadingLevel$/.test(summary)) argTypes[name] = { ...argType, control: { type: 'number', min: 2, max: 6 } };
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
      description: 'Colour scheme of the widgets',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: '', title: 'Follow the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
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
      const scheme = context.globals.scheme as string;
      const root = document.getElementById('storybook-root');
      document.body.style.background = scheme === 'dark' ? '#0b1118' : '';
      if (root) root.dataset.scheme = scheme;
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
