import type { installedEn } from '../en/installed.js';

/** Deutsch: die installierten Lizenzen des Rechners (Issue 26). */
export const installedDe: Record<keyof typeof installedEn, string> = {
  'ui.installed.master': 'Auf dem Lizenz-Master: Sie zählen für die Staffeln jeder zentral lizenzierten PBX (PORT-3).',
  'ui.installed.pbx': 'Auf {pbx} selbst: auf dem eigenen Gerät, wenn sie lokal lizenziert ist (G-2), sonst zählen sie auf dem Lizenz-Master.',
  'ui.installed.paste': 'Einfügen, was die PBX auflistet',
  'ui.installed.hint': 'Die Lizenzliste der PBX (GetPbxLicensesResult), die Geräteseite mit <lic>-Elementen, eine Lizenzdatei oder Zeilen wie PBX-Port12 500. Was gelesen wird, ersetzt die installierten Lizenzen unten.',
  'ui.installed.list': 'Installierte Lizenzen',
  'ui.installed.none': 'Keine: Das Angebot zählt hier keine installierten Lizenzen.',
  'ui.installed.count': 'Installiert',
  'ui.installed.add': 'Lizenztyp hinzufügen',
  'ui.installed.remove': '{code} entfernen',
  'ui.installed.taken': 'Übernommen: {types, plural, one {# Lizenztyp} other {# Lizenztypen}}, {count, plural, one {# Lizenz} other {# Lizenzen}}.',
  'ui.installed.device': 'Gerät, dessen Lizenzen auf dieser PBX sind',
  'ui.installed.allDevices': 'Alle Geräte der Datei',
  'ui.installed.deviceTaken': 'Die Datei enthält {devices, plural, one {# Gerät} other {# Geräte}}: übernommen sind die Lizenzen von {device}.',
  'ui.installed.allTaken': 'Die Datei enthält {devices, plural, one {# Gerät} other {# Geräte}}: übernommen sind die Lizenzen aller Geräte.',
  'ui.installed.line': 'Zeile {line}: {message}',
  'notice.existingBelowVersion': '{count, plural, one {# installierte {code}-Lizenz kann} other {# installierte {code}-Lizenzen können}} Version {version} nicht betreiben: nicht gezählt, und sie begrenzen die ganze Installation, bis sie aktualisiert oder entfernt sind.',
  'notice.existingCounted': '{installed, plural, one {# installierte {code}-Lizenz} other {# installierte {code}-Lizenzen}} auf {pbx} zählen für die Staffel: die neuen Lizenzen beginnen bei Nr. {installed} + 1.',
  'notice.voicemailModelsMixed': '{pbx}: die installierten Voicemail-Lizenzen gehören zum anderen Modell; die Modelle sind nicht kombinierbar, und ein Wechsel heißt Voicemail-User-Lizenzen für alle User zu kaufen.',
  'notice.voicemailSwitch': '{pbx} wechselt zum Voicemail-User-Modell: jeder Voicemail-User braucht eine {code}-Lizenz, auch die schon vorhandenen; {count, plural, one {die # installierte Voicemail-Lizenz} other {die # installierten Voicemail-Lizenzen}} des alten Modells werden nicht mehr genutzt.',
  'notice.voicemailStaysOld': '{pbx}: {count, plural, one {# Voicemail-Lizenz} other {# Voicemail-Lizenzen}} des alten Modells sind installiert, daher bleibt die PBX beim alten Modell (eine je Port-Lizenz). Wählen Sie das Voicemail-User-Modell, um zu wechseln.',
};
