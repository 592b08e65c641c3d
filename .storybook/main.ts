import type { StorybookConfig } from '@storybook/web-components-vite';
import { readTokens } from './tokens.mjs';

/** `virtual:sos-tokens`: the tokens the code reads, read from src/ when Storybook builds. */
const TOKENS_ID = 'virtual:sos-tokens';
const tokensModule = {
  name: 'sos-tokens',
  resolveId: (id: string) => (id === TOKENS_ID ? `\0${TOKENS_ID}` : undefined),
  load: (id: string) => (id === `\0${TOKENS_ID}` ? `export default ${JSON.stringify(readTokens())};` : undefined),
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample profile and its image, served by Storybook itself: stories never reach the network.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Lit's development build, so its dev-mode warnings show up in Storybook and in the story test.
    config.resolve = { ...config.resolve, conditions: ['development', 'module', 'browser', 'default'] };
    config.plugins = [...(config.plugins ?? []), tokensModule];
    return config;
  },
};

export default config;
