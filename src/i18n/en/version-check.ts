/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The messages of <pbx-version-check>: its form, its verdict line and what blocks (the notices of checkVersions come with the plans, plans.ts).
 */
export const versionCheckEn = {
  'ui.versionCheck.title': 'Version check',
  'ui.pbxVersion': 'PBX software version',
  'ui.operatorVersion': 'Operator software version',
  'ui.queueMonitorVersion': 'Queue Monitor software version',
  'ui.licenses': 'Installed licenses',
  'ui.licenses.hint': 'One license per line: type and count as in the portal (PBX-Port10 100); from a spreadsheet also device, bind date and SSA end, split by tabs or semicolons.',
  'ui.vc.ok': 'These licenses run {version}.',
  'ui.vc.blocked': 'These licenses do not run {version}.',
  'ui.vc.max': 'Highest PBX version they run: V{max}.',
  'ui.vc.prompt': 'Enter or paste the installed licenses to see whether they run {version}.',
  'ui.vc.maxNone': 'No license caps the PBX version.',
  'ui.targetReleased': 'Release date of this version',
  'blocking.version': 'Remove or upgrade {count, plural, one {this # V{licenseVersion} {code} license} other {these # V{licenseVersion} {code} licenses}} to run V{softwareVersion}.',
  'blocking.versionSsa': '{count, plural, one {This # V{licenseVersion} {code} license is} other {These # V{licenseVersion} {code} licenses are}} upgraded to V{softwareVersion} free of charge under the SSA.',
  'blocking.operatorVersion': '{count, plural, one {The # {code} license} other {The # {code} licenses}} (V{licenseVersion}) cannot run Operator software V{softwareVersion}.',
  'blocking.queueMonitorVersion': '{count, plural, one {The # {code} license} other {The # {code} licenses}} (V{licenseVersion}) cannot run Queue Monitor software V{softwareVersion}.',
  'blocking.pbxTooOld': '{count, plural, one {The # {code} license needs} other {The # {code} licenses need}} PBX version {minimum} or later (V{softwareVersion} asked).',
  'ui.vc.blocking': 'What stands in the way',
} as const;
