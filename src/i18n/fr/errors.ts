import type { errorsEn } from '../en/errors.js';

/**
 * Français: the input errors the three elements show (loaded after their first render).
 */
export const errorsFr = {
  'error.invalid': 'Cette valeur n’est pas valide.',
  'error.required': 'Veuillez renseigner ce champ.',
  'error.invalidType': 'Une valeur de type {expected} est attendue ici.',
  'error.notANumber': 'Veuillez saisir un nombre.',
  'error.notFinite': 'Veuillez saisir un nombre fini.',
  'error.notInteger': 'Veuillez saisir un nombre entier.',
  'error.negative': 'Le nombre ne peut pas être négatif.',
  'error.tooSmall': 'La plus petite valeur autorisée est {minimum}.',
  'error.tooLarge': 'La plus grande valeur autorisée est {maximum}.',
  'error.tooShort': 'Veuillez saisir au moins {minimum, plural, one {# caractère} other {# caractères}}.',
  'error.tooLong': 'Veuillez saisir au plus {maximum, plural, one {# caractère} other {# caractères}}.',
  'error.tooFew': 'Il faut au moins {minimum, plural, one {# entrée} other {# entrées}}.',
  'error.tooMany': '{maximum, plural, one {# entrée est autorisée} other {# entrées sont autorisées}} au plus.',
  'error.invalidOption': 'Choisissez parmi : {options}.',
  'error.invalidFormat': 'Le format n’est pas valide ({format}).',
  'error.unknownField': 'Champ inconnu « {field} ».',
  'error.unknownLicenseType': 'Type de licence inconnu « {text} ».',
  'error.licenseBeforeVersion': 'La licence « {text} » n’existe pas : ce type de licence n’existe qu’à partir de la V{minimum} ({rule}).',
  'error.invalidVersion': 'Ce n’est pas une version logicielle : « {text} » (écrivez 12, V12, 12r2 ou 10 SR12).',
  'error.duplicateName': 'Le nom « {name} » est utilisé deux fois.',
  'error.forbiddenKey': 'La clé « {key} » n’est pas autorisée.',
  'error.tooDeep': 'Les données sont imbriquées sur plus de {maximum, plural, one {# niveau} other {# niveaux}}.',
  'error.licenseLine': 'Ligne {line} : écrivez un type de licence et une quantité, p. ex. PBX-Port12 100 (lu : « {text} »).',
  'error.invalidDate': 'Ce n’est pas une date : « {text} » (écrivez 2026-03-31, ou comme votre langue écrit les dates).',
  'error.currency': 'Pas une devise : « {text} » (un code ISO 4217 comme EUR, CHF ou USD).',
  'notice.priceNotALicense': 'La liste de prix donne un prix pour « {text} », écrit comme un code de licence sans en être un : il ne chiffre aucune licence.',
  'notice.pricedTwice': 'La liste de prix chiffre {code} deux fois, sous deux graphies : {firstPrice} et {lastPrice} ; le dernier prix compte.',
  // A pasted license key line the balance could not read.
  'error.keyLine': 'Ligne {line} : écrivez un type de licence, une quantité et un numéro de série, p. ex. PBX-Port12;10;00-90-33-00-00-01 (lu : « {text} »).',
} satisfies Record<keyof typeof errorsEn, string>;
