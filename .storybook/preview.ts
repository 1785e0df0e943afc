import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run before `npm start` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default preview;
