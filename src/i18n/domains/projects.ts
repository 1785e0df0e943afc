import type { MessageDomain } from '../index.js';

/**
 * The balance table's project switch (issue 26): loaded with the switch's chunk, where a key of
 * the pool names a project (before the first render) or a project is chosen, in English too. A
 * server rendering such a balance loads it with `loadKeyReader(lang)`.
 */
export const projectsMessages: MessageDomain = {
  name: 'projects',
  load: {
    en: () => import('../en/projects.js').then((m) => m.projectsEn),
    de: () => import('../de/projects.js').then((m) => m.projectsDe),
    it: () => import('../it/projects.js').then((m) => m.projectsIt),
    nl: () => import('../nl/projects.js').then((m) => m.projectsNl),
    fr: () => import('../fr/projects.js').then((m) => m.projectsFr),
  },
};
