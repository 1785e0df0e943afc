import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/Introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Docs for partners, not a tour of Storybook: no "Get started" checklist in the sidebar or the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: async (cfg) => {
    // @storybook/web-components imports 'lit/directive-helpers.js', which Vite does not
    // pre-bundle by default => a second lit-html instance ("Multiple versions of Lit loaded").
    cfg.optimizeDeps = {
      ...cfg.optimizeDeps,
      include: [...(cfg.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js'],
    };
    return cfg;
  },
};
export default config;
