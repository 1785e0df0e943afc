import type { installedEn } from '../en/installed.js';

/** Nederlands: de geïnstalleerde licenties van de calculator (issue 26). */
export const installedNl: Record<keyof typeof installedEn, string> = {
  'ui.installed.master': 'Op de licentie-master: ze tellen mee voor de staffels van elke centraal gelicentieerde PBX (PORT-3).',
  'ui.installed.pbx': 'Op {pbx} zelf: op het eigen apparaat als die lokaal gelicentieerd is (G-2), anders tellen ze op de licentie-master.',
  'ui.installed.paste': 'Plak wat de PBX vermeldt',
  'ui.installed.hint': 'De licentielijst van de PBX (GetPbxLicensesResult), de apparaatpagina met <lic>-elementen, een licentiebestand of regels zoals PBX-Port12 500. Wat gelezen wordt, vervangt de geïnstalleerde licenties hieronder.',
  'ui.installed.list': 'Geïnstalleerde licenties',
  'ui.installed.none': 'Geen: de offerte telt hier geen geïnstalleerde licenties.',
  'ui.installed.count': 'Geïnstalleerd',
  'ui.installed.add': 'Licentietype toevoegen',
  'ui.installed.remove': '{code} verwijderen',
  'ui.installed.taken': 'Overgenomen: {types, plural, one {# licentietype} other {# licentietypen}}, {count, plural, one {# licentie} other {# licenties}}.',
  'ui.installed.device': 'Apparaat waarvan de licenties op deze PBX staan',
  'ui.installed.allDevices': 'Alle apparaten van het bestand',
  'ui.installed.deviceTaken': 'Het bestand bevat {devices, plural, one {# apparaat} other {# apparaten}}: overgenomen zijn de licenties van {device}.',
  'ui.installed.allTaken': 'Het bestand bevat {devices, plural, one {# apparaat} other {# apparaten}}: overgenomen zijn de licenties van alle apparaten.',
  'ui.installed.line': 'Regel {line}: {message}',
};
