import type { balanceEn } from '../en/balance.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceDe = {
  'notice.overAllocated': '{code} ist überbucht: {over, plural, one {# Lizenz} other {# Lizenzen}} mehr verbraucht als geladen.',
  // SSA-4 / SSA-1: once per deadline, the types listed once ({codes}: PBX-Port12: 500 and PBX-UC12: 200).
  'notice.ssaEndingTypes': 'Das SSA von {count, plural, one {# Lizenz} other {# Lizenzen}} {types, plural, =1 {vom Typ {code}} other {in # Typen ({codes})}} endet am {ssaUntil} (in {days, plural, one {# Tag} other {# Tagen}}): verlängern Sie es vor Ablauf, ohne Aufpreis.',
  'notice.ssaExpired': 'Das SSA von {count, plural, one {# Lizenz} other {# Lizenzen}} {types, plural, =1 {vom Typ {code}} other {in # Typen ({codes})}} ist {dates, plural, =1 {am {ssaUntil}} other {zuletzt am {ssaUntil}}} abgelaufen.',
  'ui.balance.title': 'Lizenzbilanz',
  'ui.col.loaded': 'Geladen',
  'ui.col.used': 'Verbraucht',
  'ui.col.left': 'Verfügbar',
  'ui.col.toOrder': 'Zu bestellen',
  'ui.filter': 'Filtern: Lizenztyp, Seriennummer, Kunde, Standort, Projekt',
  'ui.balance.empty': 'Keine Lizenzen im Pool.',
  'ui.ssa.flagEnding': '{count, plural, one {# Lizenz: SSA endet bald} other {# Lizenzen: SSA endet bald}}',
  'ui.ssa.flagExpired': '{count, plural, one {# Lizenz: SSA beendet} other {# Lizenzen: SSA beendet}}',
  'ui.overAllocated': 'überbucht',
  'ui.sortBy': 'Nach {column} sortieren',
  'ui.balance.shown': '{count, plural, one {# Lizenztyp} other {# Lizenztypen}} angezeigt.',
  'ui.toOrder.explained': 'Zu bestellen = was das Angebot braucht − was übrig ist, je Lizenztyp (nie unter 0). Verschiedene Lizenztypen werden nicht addiert.',
  'ui.toOrder.stale': 'Die Eingaben im verknüpften Rechner sind ungültig: Zu bestellen folgt seinem letzten gültigen Angebot, bis sie korrigiert sind.',
  'ui.toOrder.row': '{required} benötigt − {left} übrig',
  'ui.keys.add': 'Lizenzschlüssel hinzufügen',
} satisfies Record<keyof typeof balanceEn, string>;
