import { versionCheckEn } from '../en/version-check.js';
import type { MessageDomain } from '../index.js';

/** The version check's messages: its form, its verdict line and what blocks it (checkVersions' notices are in the plans' domain, shown with them). */
export const versionCheckMessages: MessageDomain = {
  name: 'version-check',
  en: versionCheckEn,
  load: {
    de: () => import('../de/version-check.js').then((m) => m.versionCheckDe),
    it: () => import('../it/version-check.js').then((m) => m.versionCheckIt),
    nl: () => import('../nl/version-check.js').then((m) => m.versionCheckNl),
    fr: () => import('../fr/version-check.js').then((m) => m.versionCheckFr),
  },
};
