import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define/all.js';
import { installMockEndpoints } from '../stories/mock-data.js';

setCustomElementsManifest(manifest);
installMockEndpoints();

const preview: Preview = {
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
