import type { versionCheckEn } from '../en/version-check.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages of <pbx-version-check>: its form, its verdict line and what blocks (the notices of checkVersions come with the plans, plans.ts).
 */
export const versionCheckDe = {
  'ui.versionCheck.title': 'Versionsprüfung',
  'ui.pbxVersion': 'PBX-Softwareversion',
  'ui.operatorVersion': 'Operator-Softwareversion',
  'ui.queueMonitorVersion': 'Queue-Monitor-Softwareversion',
  'ui.licenses': 'Installierte Lizenzen',
  'ui.licenses.hint': 'Eine Lizenz pro Zeile: Typ und Anzahl wie im Portal (PBX-Port10 100). Aus einer Tabelle auch Gerät, Bindungsdatum und SSA-Ende, getrennt durch Tabulator oder Semikolon.',
  'ui.vc.ok': 'Diese Lizenzen betreiben {version}.',
  'ui.vc.blocked': 'Diese Lizenzen betreiben {version} nicht.',
  'ui.vc.max': 'Höchste PBX-Version, die sie betreiben: V{max}.',
  'ui.vc.prompt': 'Geben Sie die installierten Lizenzen ein oder fügen Sie sie ein, um zu sehen, ob sie {version} betreiben.',
  'ui.vc.maxNone': 'Keine Lizenz begrenzt die PBX-Version.',
  'ui.targetReleased': 'Freigabedatum dieser Version',
  'blocking.version': 'Entfernen oder aktualisieren Sie {count, plural, one {diese # V{licenseVersion}-{code}-Lizenz} other {diese # V{licenseVersion}-{code}-Lizenzen}}, um V{softwareVersion} zu betreiben.',
  'blocking.versionSsa': '{count, plural, one {Diese # V{licenseVersion}-{code}-Lizenz wird} other {Diese # V{licenseVersion}-{code}-Lizenzen werden}} kostenlos unter dem SSA auf V{softwareVersion} aktualisiert.',
  'blocking.operatorVersion': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} (V{licenseVersion}) die Operator-Software V{softwareVersion} nicht betreiben.',
  'blocking.queueMonitorVersion': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} (V{licenseVersion}) die Queue-Monitor-Software V{softwareVersion} nicht betreiben.',
  'blocking.pbxTooOld': '{count, plural, one {Die # {code}-Lizenz braucht} other {Die # {code}-Lizenzen brauchen}} PBX Version {minimum} oder höher (V{softwareVersion} gewählt).',
  'ui.vc.blocking': 'Was das Update blockiert',
} satisfies Record<keyof typeof versionCheckEn, string>;
