import { LANGS, type Lang } from '../src/i18n/index.js';

/** The language switch in Storybook's toolbar: every language the elements speak. */
const NAMES: Readonly<Record<Lang, string>> = { en: 'English', de: 'Deutsch', it: 'Italiano', nl: 'Nederlands', fr: 'Français' };

export const languageToolbar = {
  locale: {
    description: 'Language of the elements (the lang of the page around them; a story that sets its own lang keeps it)',
    toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: LANGS.map((value) => ({ value, title: NAMES[value] })) },
  },
};

/**
 * Shows a story in the chosen language, as a page's `lang` would: on the document itself, so
 * "Show code" shows the story's markup with no wrapper around it.
 */
export const withLanguage = <T>(story: () => T, context: { globals: Record<string, unknown> }): T => {
  document.documentElement.lang = String(context.globals['locale'] ?? 'en');
  return story();
};
