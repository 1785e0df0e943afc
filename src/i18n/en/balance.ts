/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceEn = {
  'notice.overAllocated': '{code} is over-allocated: {over, plural, one {# more license} other {# more licenses}} used than loaded.',
  // SSA-4 / SSA-1: once per deadline, the types listed once ({codes}: PBX-Port12: 500 and PBX-UC12: 200).
  'notice.ssaEndingTypes': 'The SSA of {count, plural, one {# license} other {# licenses}} {types, plural, =1 {of {code}} other {in # types ({codes})}} ends on {ssaUntil} (in {days, plural, one {# day} other {# days}}): extend it before it expires, without surcharge.',
  'notice.ssaExpired': 'The SSA of {count, plural, one {# license} other {# licenses}} {types, plural, =1 {of {code}} other {in # types ({codes})}} has ended{dates, plural, =1 { on {ssaUntil}} other {, the last on {ssaUntil}}}.',
  'ui.balance.title': 'License balance',
  'ui.col.loaded': 'Loaded',
  'ui.col.used': 'Used',
  'ui.col.left': 'Left',
  'ui.col.toOrder': 'To order',
  'ui.filter': 'Filter: license type, serial number, customer, location, project',
  'ui.balance.empty': 'No licenses in the pool.',
  'ui.ssa.flagEnding': '{count, plural, one {# license: SSA ends soon} other {# licenses: SSA ends soon}}',
  'ui.ssa.flagExpired': '{count, plural, one {# license: SSA ended} other {# licenses: SSA ended}}',
  'ui.overAllocated': 'over-allocated',
  'ui.sortBy': 'Sort by {column}',
  'ui.balance.shown': '{count, plural, one {# license type} other {# license types}} shown.',
  'ui.toOrder.explained': 'To order = what the quote requires − what is left, per license type (never below 0). Different license types are not added up.',
  'ui.toOrder.stale': 'The linked calculator\'s input is invalid: To order follows its last valid quote until it is corrected.',
  'ui.toOrder.row': '{required} required − {left} left',
  'ui.keys.add': 'Add license keys',
} as const;
