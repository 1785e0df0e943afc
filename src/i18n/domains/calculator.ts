import { calculatorEn } from '../en/calculator.js';
import type { MessageDomain } from '../index.js';

/** The calculator's messages: its form, its quote, and the reasons and notices of calculateLicenses. */
export const calculatorMessages: MessageDomain = {
  name: 'calculator',
  en: calculatorEn,
  load: {
    de: () => import('../de/calculator.js').then((m) => m.calculatorDe),
    it: () => import('../it/calculator.js').then((m) => m.calculatorIt),
    nl: () => import('../nl/calculator.js').then((m) => m.calculatorNl),
    fr: () => import('../fr/calculator.js').then((m) => m.calculatorFr),
  },
};
