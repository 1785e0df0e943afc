import type { MessageDomain } from '../index.js';

/**
 * The input errors all three elements show: loaded right after their first render, in English
 * too, as no first state shows one; until an error's language is here the element shows '…' in
 * its place, never another language (LocaleController).
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
