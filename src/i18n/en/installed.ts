/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The calculator's installed licenses (issue 26): their editor, what a license list read for a
 * PBX gave. Loaded with the editor, in English too.
 */
export const installedEn = {
  'ui.installed.master': 'On the license master: they count for the tiers of every centrally licensed PBX (PORT-3).',
  'ui.installed.pbx': 'Licenses installed on {pbx}: they count there when it is licensed locally (G-2), else on the license master.',
  'ui.installed.paste': 'Paste what the PBX lists',
  'ui.installed.hint': 'Paste the PBX\'s license list (its admin API\'s GetPbxLicensesResult or the device page with <lic> elements), a license file from the portal, or lines such as PBX-Port12 500; or load the file. What is read replaces the installed licenses below.',
  'ui.installed.list': 'Installed licenses',
  'ui.installed.none': 'None: the quote counts no installed licenses here.',
  'ui.installed.count': 'Installed',
  'ui.installed.add': 'Add a license type',
  'ui.installed.remove': 'Remove {code}',
  'ui.installed.taken': 'Taken: {types, plural, one {# license type} other {# license types}}, {count, plural, one {# license} other {# licenses}}.',
  'ui.installed.device': 'Device whose licenses are on this PBX',
  'ui.installed.allDevices': 'All devices of the file',
  'ui.installed.deviceTaken': 'The file holds {devices, plural, one {# device} other {# devices}}: taken are the licenses of {device}.',
  'ui.installed.allTaken': 'The file holds {devices, plural, one {# device} other {# devices}}: taken are the licenses of all of them.',
  'ui.installed.line': 'Line {line}: {message}',
} as const;
