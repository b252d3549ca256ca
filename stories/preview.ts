import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '@dossier/components/define';
import manifest from '../packages/components/custom-elements.json';
import { enumerationControls, forStorybook } from './manifest.ts';

// Controls and the docs tables come from the generated custom-elements.json, as designers
// should read it (see manifest.ts).
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  argTypesEnhancers: [enumerationControls],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Locale of the widgets',
      toolbar: { title: 'Locale', icon: 'globe', items: ['zh-CN', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.locale ?? 'zh-CN');
      document.documentElement.dataset.dossierTheme = String(context.globals.theme ?? 'light');
      document.body.style.background = context.globals.theme === 'dark' ? '#15171c' : '#ffffff';
      return story();
    },
  ],
};

export default preview;
