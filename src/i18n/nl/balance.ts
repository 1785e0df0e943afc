import type { balanceEn } from '../en/balance.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceNl = {
  'notice.overAllocated': '{code} is overboekt: {over, plural, one {# licentie} other {# licenties}} meer gebruikt dan geladen.',
  // SSA-4 / SSA-1: once per deadline, the types listed once ({codes}: PBX-Port12: 500 and PBX-UC12: 200).
  'notice.ssaEndingTypes': 'De SSA van {count, plural, one {# licentie} other {# licenties}} {types, plural, =1 {van het type {code}} other {in # types ({codes})}} eindigt op {ssaUntil} (over {days, plural, one {# dag} other {# dagen}}): verleng hem voor hij afloopt, zonder toeslag.',
  'notice.ssaExpired': 'De SSA van {count, plural, one {# licentie} other {# licenties}} {types, plural, =1 {van het type {code}} other {in # types ({codes})}} is {dates, plural, =1 {op {ssaUntil}} other {het laatst op {ssaUntil}}} afgelopen.',
  'ui.balance.title': 'Licentiebalans',
  'ui.col.loaded': 'Geladen',
  'ui.col.used': 'Gebruikt',
  'ui.col.left': 'Over',
  'ui.col.toOrder': 'Te bestellen',
  'ui.filter': 'Filteren: licentietype, serienummer, klant, locatie, project',
  'ui.balance.empty': 'Geen licenties in de pool.',
  'ui.ssa.flagEnding': '{count, plural, one {# licentie: SSA eindigt binnenkort} other {# licenties: SSA eindigt binnenkort}}',
  'ui.ssa.flagExpired': '{count, plural, one {# licentie: SSA geëindigd} other {# licenties: SSA geëindigd}}',
  'ui.overAllocated': 'overboekt',
  'ui.sortBy': 'Sorteren op {column}',
  'ui.balance.shown': '{count, plural, one {# licentietype} other {# licentietypes}} getoond.',
  'ui.toOrder.explained': 'Te bestellen = wat de offerte nodig heeft − wat over is, per licentietype (nooit onder 0). Verschillende licentietypes worden niet opgeteld.',
  'ui.toOrder.stale': 'De invoer van de gekoppelde calculator is ongeldig: Te bestellen volgt zijn laatste geldige offerte tot die is gecorrigeerd.',
  'ui.toOrder.row': '{required} nodig − {left} over',
  'ui.keys.add': 'Licentiesleutels toevoegen',
} satisfies Record<keyof typeof balanceEn, string>;
