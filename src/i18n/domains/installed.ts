import type { MessageDomain } from '../index.js';

/**
 * The calculator's installed licenses (issue 26): the editor of a PBX's `existing` and what the
 * list it read gave (the notices on installed licenses are in the errors domain, which a
 * calculator loads after its first render anyway). Loaded with the editor's chunk (when an
 * "Installed licenses" part opens, or before the first render of a scenario that has some), in
 * English too.
 */
export const installedMessages: MessageDomain = {
  name: 'installed',
  load: {
    en: () => import('../en/installed.js').then((m) => m.installedEn),
    de: () => import('../de/installed.js').then((m) => m.installedDe),
    it: () => import('../it/installed.js').then((m) => m.installedIt),
    nl: () => import('../nl/installed.js').then((m) => m.installedNl),
    fr: () => import('../fr/installed.js').then((m) => m.installedFr),
  },
};
