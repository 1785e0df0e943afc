import type { MessageDomain } from '../index.js';

/**
 * What the three elements show only after their first render: the input errors, what the
 * calculator says about its page's input, the balance's key list and "Add license keys".
 * Loaded right after the first render, in English too, as no first state shows one; until a
 * message's language is here the element shows '…' in its place, never another language
 * (LocaleController).
 */
export const errorsMessages: MessageDomain = {
  name: 'errors',
  load: {
    en: () => import('../en/errors.js').then((m) => m.errorsEn),
    de: () => import('../de/errors.js').then((m) => m.errorsDe),
    it: () => import('../it/errors.js').then((m) => m.errorsIt),
    nl: () => import('../nl/errors.js').then((m) => m.errorsNl),
    fr: () => import('../fr/errors.js').then((m) => m.errorsFr),
  },
};
