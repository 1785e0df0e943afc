import type { commonEn } from '../en/common.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages shared by the three elements: severities, the price columns, loading (their input
 * errors are in errors.ts).
 */
export const commonDe = {
  'notice.reportingNeeds10SR12': '{pbx}: das Reporting, auf das Voice Recording angewiesen ist, braucht Version 10 SR12 oder höher.',
  'notice.priceMissing': 'Die Preisliste hat keinen Preis für {code}: die Summe ist unvollständig.',
  'ui.notLoaded': 'Das konnte nicht geladen werden: Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'ui.loading': 'Wird noch geladen: Bitte versuchen Sie es gleich noch einmal.',
  'notice.ssaEndingSoon': 'Das SSA {count, plural, one {der # {code}-Lizenz} other {der # {code}-Lizenzen}} endet am {ssaUntil} (in {days, plural, one {# Tag} other {# Tagen}}): verlängern Sie es vor Ablauf, ohne Aufpreis.',
  'ui.col.code': 'Lizenztyp',
  'ui.col.quantity': 'Anzahl',
  'ui.col.reason': 'Begründung',
  'ui.col.unitPrice': 'Einzelpreis',
  'ui.col.lineTotal': 'Summe',
  'ui.total': 'Gesamt',
  'ui.total.incomplete': 'Gesamt (unvollständig)',
  'ui.severity.error': 'Fehler',
  'ui.severity.warning': 'Warnung',
  'ui.severity.info': 'Hinweis',
  'ui.meta.customer': 'Kunde',
} satisfies Record<keyof typeof commonEn, string>;
