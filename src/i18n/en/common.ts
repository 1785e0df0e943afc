/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The messages shared by the three elements: severities, the price columns, loading (their input
 * errors are in errors.ts).
 */
export const commonEn = {
  'notice.reportingNeeds10SR12': '{pbx}: the Reporting that Voice Recording relies on needs version 10 SR12 or later.',
  'notice.priceMissing': 'The price list has no price for {code}: the total is incomplete.',
  'ui.notLoaded': 'This could not be loaded: check the connection and try again.',
  'ui.loading': 'Still loading: try again in a moment.',
  'notice.ssaEndingSoon': 'The SSA of {count, plural, one {the # {code} license} other {the # {code} licenses}} ends on {ssaUntil} (in {days, plural, one {# day} other {# days}}): extend it before it expires, without surcharge.',
  'ui.col.code': 'License type',
  'ui.col.quantity': 'Quantity',
  'ui.col.reason': 'Reason',
  'ui.col.unitPrice': 'Unit price',
  'ui.col.lineTotal': 'Total',
  'ui.total': 'Total',
  'ui.total.incomplete': 'Total (incomplete)',
  'ui.severity.error': 'Error',
  'ui.severity.warning': 'Warning',
  'ui.severity.info': 'Note',
  'ui.meta.customer': 'Customer',
} as const;
