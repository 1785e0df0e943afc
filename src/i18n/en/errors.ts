/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The input errors the three elements show, and the price list's misprints: loaded after their
 * first render, in English too (the first state shows none).
 */
export const errorsEn = {
  'error.invalid': 'This value is not valid.',
  'error.required': 'Please fill in this field.',
  'error.invalidType': 'Expected a {expected} here.',
  'error.notANumber': 'Please enter a number.',
  'error.notFinite': 'Please enter a finite number.',
  'error.notInteger': 'Please enter a whole number.',
  'error.negative': 'The number cannot be negative.',
  'error.tooSmall': 'The smallest value allowed is {minimum}.',
  'error.tooLarge': 'The largest value allowed is {maximum}.',
  'error.tooShort': 'Please enter at least {minimum, plural, one {# character} other {# characters}}.',
  'error.tooLong': 'Please enter at most {maximum, plural, one {# character} other {# characters}}.',
  'error.tooFew': 'At least {minimum, plural, one {# entry is} other {# entries are}} needed.',
  'error.tooMany': 'At most {maximum, plural, one {# entry is} other {# entries are}} allowed.',
  'error.invalidOption': 'Choose one of: {options}.',
  'error.invalidFormat': 'The format is not valid ({format}).',
  'error.unknownField': 'Unknown field "{field}".',
  'error.unknownLicenseType': 'Unknown license type "{text}".',
  'error.licenseBeforeVersion': 'There is no "{text}": this type exists from V{minimum} on ({rule}).',
  'error.invalidVersion': 'Not a software version: "{text}" (write 12, V12, 12r2 or 10 SR12).',
  'error.duplicateName': 'The name "{name}" is used twice.',
  'error.forbiddenKey': 'The key "{key}" is not allowed.',
  'error.tooDeep': 'The data is nested more than {maximum, plural, one {# level} other {# levels}} deep.',
  'error.licenseLine': 'Line {line}: write a license type and a count, e.g. PBX-Port12 100 (read: "{text}").',
  'error.invalidDate': 'Not a date: "{text}" (write 2026-03-31, or as your language writes dates).',
  'error.currency': 'Not a currency: "{text}" (an ISO 4217 code such as EUR, CHF or USD).',
  'notice.priceNotALicense': 'The price list prices "{text}", which is written like a license code but is none: it prices no license.',
  'notice.pricedTwice': 'The price list prices {code} twice, in two spellings: {firstPrice} and {lastPrice}; the last one counts.',
  // A pasted license key line the balance could not read.
  'error.keyLine': 'Line {line}: write a license type, a count and a serial number, e.g. PBX-Port12;10;00-90-33-00-00-01 (read: "{text}").',
} as const;
