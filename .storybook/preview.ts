import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run before `npm start` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
import '../src/define.js';
import { languageToolbar, withLanguage } from '../stories/languages.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  globalTypes: languageToolbar,
  initialGlobals: { locale: 'en' },
  decorators: [withLanguage],
};
export default preview;
