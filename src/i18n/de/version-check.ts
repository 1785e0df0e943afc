import type { versionCheckEn } from '../en/version-check.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages of <pbx-version-check> and checkVersions.
 */
export const versionCheckDe = {
  'notice.operatorVersionUnknown': '{code} wird mit der Version der Operator-Software verglichen, die nicht angegeben ist.',
  'notice.queueMonitorVersionUnknown': '{code} wird mit der Version der Queue-Monitor-Software verglichen, die nicht angegeben ist.',
  'notice.versionNotInCode': 'Der Lizenztyp {code} trägt keine Versionsnummer: prüfen Sie seine Version im Portal.',
  'notice.voicemailModelsMixedInstalled': 'Voicemail-Lizenzen des alten Modells und Voicemail-User-Lizenzen sind zusammen installiert: die beiden Modelle sind nicht kombinierbar.',
  'notice.ssaUpgrade': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} kostenlos aktualisiert werden: diese Version wurde in der Laufzeit ihres SSA (bis {ssaUntil}) freigegeben.',
  'notice.canRelease': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} vom Gerät gelöst und innerhalb des Unternehmens übertragen werden.',
  'notice.cannotRelease': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} nicht vom Gerät gelöst werden: sie bleiben gebunden.',
  'notice.cannotReleaseV501': '{count, plural, one {Die # {code}-Lizenz ist eine Lizenz} other {Die # {code}-Lizenzen sind Lizenzen}} des Lizenzmanagers V5.01: Lizenzen können erst ab PBX V8 gelöst werden, sie bleiben daher gebunden.',
  'blocking.version': 'Entfernen oder aktualisieren Sie {count, plural, one {diese # V{licenseVersion}-{code}-Lizenz} other {diese # V{licenseVersion}-{code}-Lizenzen}}, um V{softwareVersion} zu betreiben.',
  'blocking.versionSsa': '{count, plural, one {Diese # V{licenseVersion}-{code}-Lizenz wird} other {Diese # V{licenseVersion}-{code}-Lizenzen werden}} kostenlos unter dem SSA auf V{softwareVersion} aktualisiert.',
  'blocking.operatorVersion': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} (V{licenseVersion}) die Operator-Software V{softwareVersion} nicht betreiben.',
  'blocking.queueMonitorVersion': '{count, plural, one {Die # {code}-Lizenz kann} other {Die # {code}-Lizenzen können}} (V{licenseVersion}) die Queue-Monitor-Software V{softwareVersion} nicht betreiben.',
  'blocking.pbxTooOld': '{count, plural, one {Die # {code}-Lizenz braucht} other {Die # {code}-Lizenzen brauchen}} PBX Version {minimum} oder höher (V{softwareVersion} gewählt).',
  'notice.targetReleaseUnknown': 'Geben Sie das Freigabedatum von {target} an: ein SSA deckt die in seiner Laufzeit neu freigegebenen Versionen ab, ohne das Datum ist nicht zu sagen, welche Lizenzen es aktualisiert.',
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
  'ui.vc.blocking': 'Was das Update blockiert',
  'ui.targetReleased': 'Freigabedatum dieser Version',
} satisfies Record<keyof typeof versionCheckEn, string>;
