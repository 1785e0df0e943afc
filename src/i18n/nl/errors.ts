import type { errorsEn } from '../en/errors.js';

/**
 * Nederlands: the input errors the three elements show (loaded after their first render).
 */
export const errorsNl = {
  'error.invalid': 'Deze waarde is ongeldig.',
  'error.required': 'Vul dit veld in.',
  'error.invalidType': 'Hier wordt een {expected} verwacht.',
  'error.notANumber': 'Voer een getal in.',
  'error.notFinite': 'Voer een eindig getal in.',
  'error.notInteger': 'Voer een geheel getal in.',
  'error.negative': 'Het getal mag niet negatief zijn.',
  'error.tooSmall': 'De kleinste toegestane waarde is {minimum}.',
  'error.tooLarge': 'De grootste toegestane waarde is {maximum}.',
  'error.tooShort': 'Voer minstens {minimum, plural, one {# teken} other {# tekens}} in.',
  'error.tooLong': 'Voer hoogstens {maximum, plural, one {# teken} other {# tekens}} in.',
  'error.tooFew': 'Minstens {minimum, plural, one {# item is} other {# items zijn}} nodig.',
  'error.tooMany': 'Hoogstens {maximum, plural, one {# item is} other {# items zijn}} toegestaan.',
  'error.invalidOption': 'Kies een van: {options}.',
  'error.invalidFormat': 'Het formaat is ongeldig ({format}).',
  'error.unknownField': 'Onbekend veld "{field}".',
  'error.unknownLicenseType': 'Onbekend licentietype "{text}".',
  'error.licenseBeforeVersion': 'Een licentie "{text}" bestaat niet: dit licentietype bestaat pas vanaf V{minimum} ({rule}).',
  'error.invalidVersion': 'Geen softwareversie: "{text}" (schrijf 12, V12, 12r2 of 10 SR12).',
  'error.duplicateName': 'De naam "{name}" komt twee keer voor.',
  'error.forbiddenKey': 'De sleutel "{key}" is niet toegestaan.',
  'error.tooDeep': 'De gegevens zijn dieper dan {maximum, plural, one {# niveau} other {# niveaus}} genest.',
  'error.licenseLine': 'Regel {line}: schrijf een licentietype en een aantal, bijv. PBX-Port12 100 (gelezen: "{text}").',
  'error.invalidDate': 'Geen datum: "{text}" (schrijf 2026-03-31 of 31-3-2026).',
  'error.currency': 'Geen valuta: "{text}" (een ISO 4217-code zoals EUR, CHF of USD).',
  'notice.priceNotALicense': 'De prijslijst prijst "{text}", dat als een licentiecode geschreven is maar er geen is: het prijst geen licentie.',
  'notice.pricedTwice': 'De prijslijst noemt {code} twee keer, in twee schrijfwijzen: {firstPrice} en {lastPrice}; de laatste prijs telt.',
  // A pasted license key line the balance could not read.
  'error.keyLine': 'Regel {line}: schrijf een licentietype, een aantal en een serienummer, bijv. PBX-Port12;10;00-90-33-00-00-01 (gelezen: "{text}").',
} satisfies Record<keyof typeof errorsEn, string>;
