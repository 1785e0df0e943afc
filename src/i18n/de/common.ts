import type { commonEn } from '../en/common.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages shared by the three elements: input errors, severities, the price columns.
 */
export const commonDe = {
  'error.invalid': 'Dieser Wert ist ungültig.',
  'error.required': 'Bitte füllen Sie dieses Feld aus.',
  'error.invalidType': 'Hier wird ein Wert vom Typ {expected} erwartet.',
  'error.notANumber': 'Bitte geben Sie eine Zahl ein.',
  'error.notFinite': 'Bitte geben Sie eine endliche Zahl ein.',
  'error.notInteger': 'Bitte geben Sie eine ganze Zahl ein.',
  'error.negative': 'Die Zahl darf nicht negativ sein.',
  'error.tooSmall': 'Der kleinste zulässige Wert ist {minimum}.',
  'error.tooLarge': 'Der größte zulässige Wert ist {maximum}.',
  'error.tooShort': 'Bitte geben Sie mindestens {minimum, plural, one {# Zeichen} other {# Zeichen}} ein.',
  'error.tooLong': 'Bitte geben Sie höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} ein.',
  'error.tooFew': 'Mindestens {minimum, plural, one {# Eintrag ist} other {# Einträge sind}} nötig.',
  'error.tooMany': 'Höchstens {maximum, plural, one {# Eintrag ist} other {# Einträge sind}} erlaubt.',
  'error.invalidOption': 'Wählen Sie eines von: {options}.',
  'error.invalidFormat': 'Das Format ist ungültig ({format}).',
  'error.unknownField': 'Unbekanntes Feld „{field}“.',
  'error.unknownLicenseType': 'Unbekannter Lizenztyp „{text}“.',
  'error.licenseBeforeVersion': 'Eine Lizenz „{text}“ gibt es nicht: diesen Lizenztyp gibt es erst ab V{minimum} ({rule}).',
  'error.invalidVersion': 'Keine Softwareversion: „{text}“ (schreiben Sie 12, V12, 12r2 oder 10 SR12).',
  'error.duplicateName': 'Der Name „{name}“ kommt doppelt vor.',
  'error.forbiddenKey': 'Der Schlüssel „{key}“ ist nicht erlaubt.',
  'error.tooDeep': 'Die Daten sind tiefer als {maximum, plural, one {# Ebene} other {# Ebenen}} verschachtelt.',
  'error.licenseLine': 'Zeile {line}: schreiben Sie Lizenztyp und Anzahl, z. B. PBX-Port12 100 (gelesen: „{text}“).',
  'notice.reportingNeeds10SR12': '{pbx}: das Reporting, auf das Voice Recording angewiesen ist, braucht Version 10 SR12 oder höher.',
  'notice.priceMissing': 'Die Preisliste hat keinen Preis für {code}: die Summe ist unvollständig.',
  'error.invalidDate': 'Kein Datum: „{text}“ (schreiben Sie 2026-03-31 oder 31.03.2026).',
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
