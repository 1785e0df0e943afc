import type { errorsEn } from '../en/errors.js';

/**
 * Italiano: the input errors the three elements show (loaded after their first render).
 */
export const errorsIt = {
  'error.invalid': 'Questo valore non è valido.',
  'error.required': 'Compila questo campo.',
  'error.invalidType': 'Qui è previsto un valore di tipo {expected}.',
  'error.notANumber': 'Inserisci un numero.',
  'error.notFinite': 'Inserisci un numero finito.',
  'error.notInteger': 'Inserisci un numero intero.',
  'error.negative': 'Il numero non può essere negativo.',
  'error.tooSmall': 'Il valore minimo consentito è {minimum}.',
  'error.tooLarge': 'Il valore massimo consentito è {maximum}.',
  'error.tooShort': 'Inserisci almeno {minimum, plural, one {# carattere} other {# caratteri}}.',
  'error.tooLong': 'Inserisci al massimo {maximum, plural, one {# carattere} other {# caratteri}}.',
  'error.tooFew': 'Serve almeno {minimum, plural, one {# voce} other {# voci}}.',
  'error.tooMany': 'Sono ammesse al massimo {maximum, plural, one {# voce} other {# voci}}.',
  'error.invalidOption': 'Scegli tra: {options}.',
  'error.invalidFormat': 'Il formato non è valido ({format}).',
  'error.unknownField': 'Campo sconosciuto "{field}".',
  'error.unknownLicenseType': 'Tipo di licenza sconosciuto "{text}".',
  'error.licenseBeforeVersion': 'La licenza "{text}" non esiste: questo tipo di licenza esiste solo dalla V{minimum} ({rule}).',
  'error.invalidVersion': 'Non è una versione software: "{text}" (scrivi 12, V12, 12r2 o 10 SR12).',
  'error.duplicateName': 'Il nome "{name}" è usato due volte.',
  'error.forbiddenKey': 'La chiave "{key}" non è ammessa.',
  'error.tooDeep': 'I dati sono annidati su più di {maximum, plural, one {# livello} other {# livelli}}.',
  'error.licenseLine': 'Riga {line}: scrivi un tipo di licenza e una quantità, p. es. PBX-Port12 100 (letto: "{text}").',
  'error.invalidDate': 'Non è una data: "{text}" (scrivi 2026-03-31, o come la tua lingua scrive le date).',
  'error.currency': 'Non è una valuta: "{text}" (un codice ISO 4217 come EUR, CHF o USD).',
  'notice.priceNotALicense': 'Il listino prezza "{text}", scritto come un codice di licenza ma che non lo è: non prezza nessuna licenza.',
  'notice.pricedTwice': 'Il listino prezza {code} due volte, in due grafie: {firstPrice} e {lastPrice}; vale l’ultimo prezzo.',
  // A pasted license key line the balance could not read.
  'error.keyLine': 'Riga {line}: scrivi un tipo di licenza, una quantità e un numero di serie, p. es. PBX-Port12;10;00-90-33-00-00-01 (letto: "{text}").',
} satisfies Record<keyof typeof errorsEn, string>;
