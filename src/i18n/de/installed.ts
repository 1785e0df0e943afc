import type { installedEn } from '../en/installed.js';

/** Deutsch: die installierten Lizenzen des Rechners (Issue 26). */
export const installedDe: Record<keyof typeof installedEn, string> = {
  'ui.installed.master': 'Auf dem Lizenz-Master: Sie zählen für die Staffeln jeder zentral lizenzierten PBX (PORT-3).',
  'ui.installed.pbx': 'Auf {pbx} installierte Lizenzen: sie zählen dort, wenn die PBX lokal lizenziert ist (G-2), sonst auf dem Lizenz-Master.',
  'ui.installed.paste': 'Einfügen, was die PBX auflistet',
  'ui.installed.hint': 'Fügen Sie die Lizenzliste der PBX ein (GetPbxLicensesResult ihrer Admin-API oder die Geräteseite mit <lic>-Elementen), eine Lizenzdatei aus dem Portal oder Zeilen wie PBX-Port12 500; oder laden Sie die Datei. Was gelesen wird, ersetzt die installierten Lizenzen unten.',
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
};
