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
  'ui.vc.ok': 'Mit diesen Lizenzen läuft {version}.',
  'ui.vc.blocked': 'Mit diesen Lizenzen läuft {version} nicht.',
  'ui.vc.max': 'Höchste PBX-Version, die mit ihnen läuft: V{max}.',
  'ui.vc.prompt': 'Geben Sie die installierten Lizenzen ein oder fügen Sie sie ein, um zu sehen, ob {version} mit ihnen läuft.',
  'ui.vc.maxNone': 'Keine Lizenz begrenzt die PBX-Version.',
  'ui.targetReleased': 'Freigabedatum dieser Version',
  'blocking.version': 'Entfernen oder aktualisieren Sie {count, plural, one {diese # V{licenseVersion}-{code}-Lizenz} other {diese # V{licenseVersion}-{code}-Lizenzen}}, um V{softwareVersion} zu betreiben.',
  'blocking.versionSsa': '{count, plural, one {Diese # V{licenseVersion}-{code}-Lizenz wird} other {Diese # V{licenseVersion}-{code}-Lizenzen werden}} kostenlos unter dem SSA auf V{softwareVersion} aktualisiert.',
  'blocking.operatorVersion': 'Mit {count, plural, one {der # {code}-Lizenz} other {den # {code}-Lizenzen}} (V{licenseVersion}) läuft die Operator-Software V{softwareVersion} nicht.',
  'blocking.queueMonitorVersion': 'Mit {count, plural, one {der # {code}-Lizenz} other {den # {code}-Lizenzen}} (V{licenseVersion}) läuft die Queue-Monitor-Software V{softwareVersion} nicht.',
  'blocking.pbxTooOld': '{count, plural, one {Die # {code}-Lizenz braucht} other {Die # {code}-Lizenzen brauchen}} PBX Version {minimum} oder höher (V{softwareVersion} gewählt).',
  'ui.vc.blocking': 'Was dem im Weg steht',
} satisfies Record<keyof typeof versionCheckEn, string>;
