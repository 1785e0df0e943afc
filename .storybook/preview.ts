import { createElement } from 'react';
import { Controls, Description, Heading, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run before `npm start` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
import '../src/define.js';
import { elementArgTypes, formatSource } from '../stories/docs.js';
import { languageToolbar, withLanguage } from '../stories/languages.js';
import { themeToolbar, withTheme } from '../stories/themes.js';

setCustomElementsManifest(manifest);

/**
 * One page per element, as a component library's docs: what it is for, the main example with
 * its code, the other examples with theirs, then the API (properties once each, events, slots,
 * parts, CSS custom properties, methods).
 */
const page = () =>
  createElement(
    'div',
    null,
    createElement(Title),
    createElement(Subtitle),
    createElement(Description),
    createElement(Primary),
    createElement(Stories, { title: 'Examples', includePrimary: false }),
    createElement(Heading, null, 'API'),
    createElement(Controls, { sort: 'none' }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    docs: {
      page,
      extractArgTypes: (tagName: string) => elementArgTypes(manifest, tagName),
      source: { transform: (code: string) => formatSource(code) },
    },
  },
  globalTypes: { ...languageToolbar, ...themeToolbar },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [withLanguage, withTheme],
};
export default preview;
