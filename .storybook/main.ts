import type { StorybookConfig } from '@storybook/web-components-vite';

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
    return config;
  },
};

export default config;
