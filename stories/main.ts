import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories live beside their components; this folder holds only the configuration and the
// introduction page.
const config: StorybookConfig = {
  stories: ['./*.mdx', '../packages/components/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Consume the packages' source through the workspace-only `@dossier/source` export condition.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@dossier/source', 'module', 'browser', 'import', 'default'];
    return viteConfig;
  },
};

export default config;
