import type { balanceEn } from '../en/balance.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceDe = {
  'notice.overAllocated': '{code} ist überbucht: {over, plural, one {# Lizenz} other {# Lizenzen}} mehr verbraucht als geladen.',
  'notice.ssaExpired': 'Das SSA {count, plural, one {der # {code}-Lizenz} other {der # {code}-Lizenzen}} endete am {ssaUntil}.',
  'ui.balance.title': 'Lizenzbilanz',
  'ui.col.loaded': 'Geladen',
  'ui.col.used': 'Verbraucht',
  'ui.col.left': 'Verfügbar',
  'ui.col.toOrder': 'Zu bestellen',
  'ui.filter': 'Lizenztypen filtern',
  'ui.balance.empty': 'Keine Lizenzen im Pool.',
  'ui.status.active': 'aktiv',
  'ui.status.revoked': 'widerrufen',
  'ui.ssa.none': 'kein SSA',
  'ui.ssa.running': 'SSA bis {date}',
  'ui.ssa.endingSoon': 'SSA endet {date}',
  'ui.ssa.expired': 'SSA endete {date}',
  'ui.ssa.flagEnding': '{count, plural, one {# Lizenz: SSA endet bald} other {# Lizenzen: SSA endet bald}}',
  'ui.ssa.flagExpired': '{count, plural, one {# Lizenz: SSA beendet} other {# Lizenzen: SSA beendet}}',
  'ui.balance.keys': 'Lizenzschlüssel von {code} ({count})',
  'ui.overAllocated': 'überbucht',
  'ui.sortBy': 'Nach {column} sortieren',
  'ui.balance.shown': '{count, plural, one {# Lizenztyp} other {# Lizenztypen}} angezeigt.',
  'ui.toOrder.explained': 'Zu bestellen = was das Angebot braucht − was übrig ist, je Lizenztyp (nie unter 0). Verschiedene Lizenztypen werden nicht addiert.',
  'ui.toOrder.stale': 'Die Eingaben im verknüpften Rechner sind ungültig: Zu bestellen folgt seinem letzten gültigen Angebot, bis sie korrigiert sind.',
  'ui.toOrder.row': '{required} benötigt − {left} übrig',
  'ui.licenseKeys': 'Lizenzschlüssel',
  'ui.activationKeys': 'Aktivierungsschlüssel',
  'ui.key.serial': 'Seriennummer',
  'ui.key.location': 'Standort',
  'ui.key.description': 'Beschreibung',
  'ui.key.status': 'Status',
  'ui.keys.add': 'Lizenzschlüssel hinzufügen',
  'ui.keys.hint': 'Ein Schlüssel pro Zeile: Lizenztyp, Anzahl, Seriennummer, dann Kunde, Standort, Beschreibung, Status, Bindungsdatum, SSA-Ende; getrennt durch Tabulator, Semikolon oder Komma. Eine Kopfzeile auf Deutsch, Englisch, Italienisch, Niederländisch oder Französisch kann die Spalten benennen.',
  'ui.keys.paste': 'Lizenzschlüssel',
  'ui.keys.file': 'CSV-Datei lesen',
  'ui.keys.added': '{count, plural, one {# Lizenzschlüssel hinzugefügt} other {# Lizenzschlüssel hinzugefügt}}.',
} satisfies Record<keyof typeof balanceEn, string>;
