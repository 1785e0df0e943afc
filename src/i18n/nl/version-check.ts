import type { versionCheckEn } from '../en/version-check.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages of <pbx-version-check> and checkVersions.
 */
export const versionCheckNl = {
  'notice.operatorVersionUnknown': '{code} wordt vergeleken met de versie van de Operator-software, die niet is opgegeven.',
  'notice.queueMonitorVersionUnknown': '{code} wordt vergeleken met de versie van de Queue Monitor-software, die niet is opgegeven.',
  'notice.versionNotInCode': 'Het licentietype {code} heeft geen versienummer: controleer de versie in het portaal.',
  'notice.voicemailModelsMixedInstalled': 'Voicemaillicenties van het oude model en voicemail-gebruikerslicenties zijn samen geïnstalleerd: de twee modellen zijn niet te combineren.',
  'notice.ssaUpgrade': '{count, plural, one {De # {code}-licentie kan} other {De # {code}-licenties kunnen}} gratis geüpgraded worden: deze versie is tijdens de looptijd van hun SSA (tot {ssaUntil}) uitgekomen.',
  'notice.canRelease': '{count, plural, one {De # {code}-licentie kan} other {De # {code}-licenties kunnen}} van hun apparaat worden vrijgegeven en binnen het bedrijf verplaatst.',
  'notice.cannotRelease': '{count, plural, one {De # {code}-licentie kan} other {De # {code}-licenties kunnen}} niet van hun apparaat worden vrijgegeven: ze blijven gekoppeld.',
  'notice.cannotReleaseV501': '{count, plural, one {De # {code}-licentie is een licentie} other {De # {code}-licenties zijn licenties}} van de licentiemanager V5.01: licenties kunnen pas vanaf PBX V8 worden vrijgegeven, dus blijven ze gekoppeld.',
  'blocking.version': 'Verwijder of upgrade {count, plural, one {deze # V{licenseVersion}-{code}-licentie} other {deze # V{licenseVersion}-{code}-licenties}} om V{softwareVersion} te draaien.',
  'blocking.versionSsa': '{count, plural, one {Deze # V{licenseVersion}-{code}-licentie wordt} other {Deze # V{licenseVersion}-{code}-licenties worden}} kosteloos onder de SSA geüpgraded naar V{softwareVersion}.',
  'blocking.operatorVersion': '{count, plural, one {De # {code}-licentie kan} other {De # {code}-licenties kunnen}} (V{licenseVersion}) Operator-software V{softwareVersion} niet activeren.',
  'blocking.queueMonitorVersion': '{count, plural, one {De # {code}-licentie kan} other {De # {code}-licenties kunnen}} (V{licenseVersion}) Queue Monitor-software V{softwareVersion} niet activeren.',
  'blocking.pbxTooOld': '{count, plural, one {De # {code}-licentie vereist} other {De # {code}-licenties vereisen}} PBX-versie {minimum} of hoger (V{softwareVersion} gekozen).',
  'notice.targetReleaseUnknown': 'Geef de releasedatum van {target} op: een SSA dekt de versies die tijdens de looptijd zijn uitgebracht, zonder de datum is niet te zeggen welke licenties hij upgradet.',
  'ui.versionCheck.title': 'Versiecontrole',
  'ui.pbxVersion': 'PBX-softwareversie',
  'ui.operatorVersion': 'Operator-softwareversie',
  'ui.queueMonitorVersion': 'Queue Monitor-softwareversie',
  'ui.licenses': 'Geïnstalleerde licenties',
  'ui.licenses.hint': 'Eén licentie per regel: type en aantal, zoals in het portaal (PBX-Port10 100). Uit een spreadsheet ook apparaat, koppeldatum en einde SSA, gescheiden door tabs of puntkomma\'s.',
  'ui.vc.ok': 'Deze licenties activeren {version}.',
  'ui.vc.blocked': 'Deze licenties activeren {version} niet.',
  'ui.vc.max': 'Hoogste PBX-versie die ze activeren: V{max}.',
  'ui.vc.prompt': 'Voer de geïnstalleerde licenties in of plak ze om te zien of ze {version} activeren.',
  'ui.vc.maxNone': 'Geen licentie begrenst de PBX-versie.',
  'ui.vc.blocking': 'Wat de upgrade blokkeert',
  'ui.targetReleased': 'Releasedatum van deze versie',
} satisfies Record<keyof typeof versionCheckEn, string>;
