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
  'notice.existingBelowVersion': '{count, plural, one {# geïnstalleerde {code}-licentie kan} other {# geïnstalleerde {code}-licenties kunnen}} versie {version} niet activeren: niet geteld, en ze begrenzen de hele installatie tot ze geüpgraded of verwijderd zijn.',
  'notice.existingCounted': '{installed, plural, one {# geïnstalleerde {code}-licentie} other {# geïnstalleerde {code}-licenties}} op {pbx} tellen mee voor de staffel: de nieuwe licenties beginnen bij nr. {installed} + 1.',
  'notice.voicemailModelsMixed': '{pbx}: de geïnstalleerde voicemaillicenties horen bij het andere model; de modellen zijn niet te combineren, en overstappen betekent voicemail-gebruikerslicenties kopen voor alle gebruikers.',
  'notice.voicemailSwitch': '{pbx} stapt over op het voicemail-gebruikersmodel: elke voicemailgebruiker heeft een {code}-licentie nodig, ook de bestaande; {count, plural, one {de # geïnstalleerde voicemaillicentie} other {de # geïnstalleerde voicemaillicenties}} van het oude model worden niet meer gebruikt.',
  'notice.voicemailStaysOld': '{pbx}: {count, plural, one {# voicemaillicentie} other {# voicemaillicenties}} van het oude model zijn geïnstalleerd, dus blijft de PBX bij het oude model (één per poort-licentie). Kies het voicemail-gebruikersmodel om over te stappen.',
};
