/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceEn = {
  'notice.overAllocated': '{code} is over-allocated: {over, plural, one {# more license} other {# more licenses}} used than loaded.',
  'notice.ssaExpired': 'The SSA of {count, plural, one {the # {code} license} other {the # {code} licenses}} ended on {ssaUntil}.',
  'ui.balance.title': 'License balance',
  'ui.col.loaded': 'Loaded',
  'ui.col.used': 'Used',
  'ui.col.left': 'Left',
  'ui.col.toOrder': 'To order',
  'ui.filter': 'Filter license types',
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
