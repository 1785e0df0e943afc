import type { versionCheckEn } from '../en/version-check.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages of <pbx-version-check>: its form, its verdict line and what blocks (the notices of checkVersions come with the plans, plans.ts).
 */
export const versionCheckNl = {
  'ui.versionCheck.title': 'Versiecontrole',
  'ui.pbxVersion': 'PBX-softwareversie',
  'ui.operatorVersion': 'Operator-softwareversie',
  'ui.queueMonitorVersion': 'Queue Monitor-softwareversie',
  'ui.licenses': 'Geïnstalleerde licenties',
  'ui.licenses.hint': 'Eén licentie per regel: type en aantal, zoals in het portaal (PBX-Port10 100). Uit een spreadsheet ook apparaat, koppeldatum en einde SSA, gescheiden door tabs of puntkomma\'s.',
  'ui.vc.ok': 'Met deze licenties draait {version}.',
  'ui.vc.blocked': 'Met deze licenties draait {version} niet.',
  'ui.vc.max': 'Hoogste PBX-versie die ermee draait: V{max}.',
  'ui.vc.prompt': 'Voer de geïnstalleerde licenties in of plak ze om te zien of {version} ermee draait.',
  'ui.vc.maxNone': 'Geen licentie begrenst de PBX-versie.',
  'ui.targetReleased': 'Releasedatum van deze versie',
  'blocking.version': 'Verwijder of upgrade {count, plural, one {deze # V{licenseVersion}-{code}-licentie} other {deze # V{licenseVersion}-{code}-licenties}} om V{softwareVersion} te draaien.',
  'blocking.versionSsa': '{count, plural, one {Deze # V{licenseVersion}-{code}-licentie wordt} other {Deze # V{licenseVersion}-{code}-licenties worden}} kosteloos onder de SSA geüpgraded naar V{softwareVersion}.',
  'blocking.operatorVersion': 'Met {count, plural, one {de # {code}-licentie} other {de # {code}-licenties}} (V{licenseVersion}) draait Operator-software V{softwareVersion} niet.',
  'blocking.queueMonitorVersion': 'Met {count, plural, one {de # {code}-licentie} other {de # {code}-licenties}} (V{licenseVersion}) draait Queue Monitor-software V{softwareVersion} niet.',
  'blocking.pbxTooOld': '{count, plural, one {De # {code}-licentie vereist} other {De # {code}-licenties vereisen}} PBX-versie {minimum} of hoger (V{softwareVersion} gekozen).',
  'ui.vc.blocking': 'Wat in de weg staat',
} satisfies Record<keyof typeof versionCheckEn, string>;
