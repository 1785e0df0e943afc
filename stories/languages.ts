import { html, type TemplateResult } from 'lit';
import { LANGS, type Lang } from '../src/i18n/index.js';

/** The language switch in Storybook's toolbar: every language the elements speak. */
const NAMES: Readonly<Record<Lang, string>> = { en: 'English', de: 'Deutsch', it: 'Italiano', nl: 'Nederlands', fr: 'Français' };

export const languageToolbar = {
  locale: {
    description: 'Language of the elements (the lang of the page around them; a story that sets its own lang keeps it)',
    toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: LANGS.map((value) => ({ value, title: NAMES[value] })) },
  },
};

/** Wraps a story in the chosen language, as a page's `lang` would. */
export const withLanguage = (story: () => unknown, context: { globals: Record<string, unknown> }): TemplateResult =>
  html`<div lang=${String(context.globals['locale'] ?? 'en')}>${story()}</div>`;
