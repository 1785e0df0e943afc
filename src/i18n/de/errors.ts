import type { errorsEn } from '../en/errors.js';

/**
 * Deutsch: the input errors the three elements show (loaded after their first render).
 */
export const errorsDe = {
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
  'error.invalidDate': 'Kein Datum: „{text}“ (schreiben Sie 2026-03-31 oder 31.03.2026).',
  'error.currency': 'Keine Währung: „{text}“ (ein ISO-4217-Code wie EUR, CHF oder USD).',
  'notice.priceNotALicense': 'Die Preisliste enthält einen Preis für „{text}“, das wie ein Lizenzcode geschrieben, aber keiner ist: es bepreist keine Lizenz.',
  'notice.pricedTwice': 'Die Preisliste nennt {code} zweimal, in zwei Schreibweisen: {firstPrice} und {lastPrice}; der letzte Preis gilt.',
  // A pasted license key line the balance could not read.
  'error.keyLine': 'Zeile {line}: schreiben Sie Lizenztyp, Anzahl und Seriennummer, z. B. PBX-Port12;10;00-90-33-00-00-01 (gelesen: „{text}“).',
} satisfies Record<keyof typeof errorsEn, string>;
