import type { MessageDomain } from '../index.js';

/** The calculator's help texts, and what it says after an edit: loaded after its first render, in English too (hidden until asked for, or said later). */
export const calculatorHelpMessages: MessageDomain = {
  name: 'calculator-help',
  load: {
    en: () => import('../en/calculator-help.js').then((m) => m.calculatorHelpEn),
    de: () => import('../de/calculator-help.js').then((m) => m.calculatorHelpDe),
    it: () => import('../it/calculator-help.js').then((m) => m.calculatorHelpIt),
    nl: () => import('../nl/calculator-help.js').then((m) => m.calculatorHelpNl),
    fr: () => import('../fr/calculator-help.js').then((m) => m.calculatorHelpFr),
  },
};
