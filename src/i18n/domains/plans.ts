import type { MessageDomain } from '../index.js';

/** The messages of the version check's upgrade and migration plans: loaded with them, in English too. */
export const plansMessages: MessageDomain = {
  name: 'plans',
  load: {
    en: () => import('../en/plans.js').then((m) => m.plansEn),
    de: () => import('../de/plans.js').then((m) => m.plansDe),
    it: () => import('../it/plans.js').then((m) => m.plansIt),
    nl: () => import('../nl/plans.js').then((m) => m.plansNl),
    fr: () => import('../fr/plans.js').then((m) => m.plansFr),
  },
};
