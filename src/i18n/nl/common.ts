import type { commonEn } from '../en/common.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages shared by the three elements: input errors, severities, the price columns.
 */
export const commonNl = {
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
  'notice.reportingNeeds10SR12': '{pbx}: de Reporting waarop Voice Recording steunt vereist versie 10 SR12 of hoger.',
  'notice.priceMissing': 'De prijslijst heeft geen prijs voor {code}: het totaal is onvolledig.',
  'error.invalidDate': 'Geen datum: "{text}" (schrijf 2026-03-31 of 31-3-2026).',
  'ui.notLoaded': 'Dit kon niet worden geladen: controleer de verbinding en probeer het opnieuw.',
  'ui.loading': 'Wordt nog geladen: probeer het zo dadelijk opnieuw.',
  'notice.ssaEndingSoon': 'De SSA van {count, plural, one {de # {code}-licentie} other {de # {code}-licenties}} eindigt op {ssaUntil} (over {days, plural, one {# dag} other {# dagen}}): verleng hem voor hij afloopt, zonder toeslag.',
  'ui.col.code': 'Licentietype',
  'ui.col.quantity': 'Aantal',
  'ui.col.reason': 'Reden',
  'ui.col.unitPrice': 'Stukprijs',
  'ui.col.lineTotal': 'Totaal',
  'ui.total': 'Totaal',
  'ui.total.incomplete': 'Totaal (onvolledig)',
  'ui.severity.error': 'Fout',
  'ui.severity.warning': 'Waarschuwing',
  'ui.severity.info': 'Opmerking',
  'ui.meta.customer': 'Klant',
} satisfies Record<keyof typeof commonEn, string>;
