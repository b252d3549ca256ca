import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dossier/components/define';
import { samplePeople } from '@dossier/core/sample';
import manifest from '../packages/components/custom-elements.json';
import { enumerationControls, forStorybook } from './manifest.ts';

// Controls and the docs tables come from the generated custom-elements.json, as designers
// should read it (see manifest.ts).
setCustomElementsManifest(forStorybook(manifest));

/**
 * The sample company's people (core's sample reps R001… and the manager M001): every story's
 * elements name owners and authors through it, as a page's <dossier-provider> would, instead of
 * 未知人员. A story's own `people` or its own provider still wins.
 */
const people = samplePeople({ seed: 42 });

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
      return html`<dossier-provider .people=${people}>${story()}</dossier-provider>`;
    },
  ],
};

export default preview;
