import { balanceEn } from '../en/balance.js';
import type { MessageDomain } from '../index.js';

/** The balance table's messages: its table, its key list, and the notices of computeBalance. */
export const balanceMessages: MessageDomain = {
  name: 'balance',
  en: balanceEn,
  load: {
    de: () => import('../de/balance.js').then((m) => m.balanceDe),
    it: () => import('../it/balance.js').then((m) => m.balanceIt),
    nl: () => import('../nl/balance.js').then((m) => m.balanceNl),
    fr: () => import('../fr/balance.js').then((m) => m.balanceFr),
  },
};
