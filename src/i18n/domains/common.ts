import { commonEn } from '../en/common.js';
import type { MessageDomain } from '../index.js';

/** Messages all three elements show: input errors, severities, the price columns. */
export const commonMessages: MessageDomain = {
  name: 'common',
  en: commonEn,
  load: {
    de: () => import('../de/common.js').then((m) => m.commonDe),
    it: () => import('../it/common.js').then((m) => m.commonIt),
    nl: () => import('../nl/common.js').then((m) => m.commonNl),
    fr: () => import('../fr/common.js').then((m) => m.commonFr),
  },
};
