/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The messages of <pbx-version-check> and checkVersions.
 */
export const versionCheckEn = {
  'notice.operatorVersionUnknown': '{code} is checked against the Operator software version, which was not given.',
  'notice.queueMonitorVersionUnknown': '{code} is checked against the Queue Monitor software version, which was not given.',
  'notice.versionNotInCode': 'The license type {code} carries no version number: check its version in the portal.',
  'notice.voicemailModelsMixedInstalled': 'Voicemail licenses of the old model and Voicemail User licenses are installed together: the two models cannot be combined.',
  'notice.ssaUpgrade': '{count, plural, one {The # {code} license} other {The # {code} licenses}} can be upgraded free of charge: their SSA (until {ssaUntil}) covers this version.',
  'notice.canRelease': '{count, plural, one {The # {code} license} other {The # {code} licenses}} can be released from their device and moved within the company.',
  'notice.cannotRelease': '{count, plural, one {The # {code} license} other {The # {code} licenses}} cannot be released from their device: they stay bound.',
  'notice.cannotReleaseV501': '{count, plural, one {The # {code} license is a license} other {The # {code} licenses are licenses}} of the V5.01 license manager: licenses can be released only as from PBX V8, so they stay bound.',
  'blocking.version': 'Remove or upgrade {count, plural, one {this # V{licenseVersion} {code} license} other {these # V{licenseVersion} {code} licenses}} to run V{softwareVersion}.',
  'blocking.versionSsa': '{count, plural, one {This # V{licenseVersion} {code} license is} other {These # V{licenseVersion} {code} licenses are}} upgraded to V{softwareVersion} free of charge under the SSA.',
  'blocking.operatorVersion': '{count, plural, one {The # {code} license} other {The # {code} licenses}} (V{licenseVersion}) cannot run Operator software V{softwareVersion}.',
  'blocking.queueMonitorVersion': '{count, plural, one {The # {code} license} other {The # {code} licenses}} (V{licenseVersion}) cannot run Queue Monitor software V{softwareVersion}.',
  'blocking.pbxTooOld': '{count, plural, one {The # {code} license needs} other {The # {code} licenses need}} PBX version {minimum} or later (V{softwareVersion} asked).',
  'notice.targetReleaseUnknown': 'Enter the release date of {target}: an SSA covers the versions released during its period, so without the date it cannot be told which licenses it upgrades.',
  'ui.versionCheck.title': 'Version check',
  'ui.pbxVersion': 'PBX software version',
  'ui.operatorVersion': 'Operator software version',
  'ui.queueMonitorVersion': 'Queue Monitor software version',
  'ui.licenses': 'Installed licenses',
  'ui.licenses.hint': 'One license a line: type and count as in the portal (PBX-Port10 100); from a spreadsheet also device, bind date and SSA end, split by tabs or semicolons.',
  'ui.vc.ok': 'These licenses run {version}.',
  'ui.vc.blocked': 'These licenses do not run {version}.',
  'ui.vc.max': 'Highest PBX version they run: V{max}.',
  'ui.vc.prompt': 'Enter or paste the installed licenses to see whether they run {version}.',
  'ui.vc.maxNone': 'No license caps the PBX version.',
  'ui.vc.blocking': 'What blocks the upgrade',
  'ui.targetReleased': 'Release date of this version',
} as const;
