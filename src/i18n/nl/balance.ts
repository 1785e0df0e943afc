import type { balanceEn } from '../en/balance.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceNl = {
  'notice.overAllocated': '{code} is overboekt: {over, plural, one {# licentie} other {# licenties}} meer gebruikt dan geladen.',
  'notice.ssaExpired': 'De SSA van {count, plural, one {de # {code}-licentie} other {de # {code}-licenties}} is op {ssaUntil} geëindigd.',
  'ui.balance.title': 'Licentiebalans',
  'ui.col.loaded': 'Geladen',
  'ui.col.used': 'Gebruikt',
  'ui.col.left': 'Over',
  'ui.col.toOrder': 'Te bestellen',
  'ui.filter': 'Licentietypes filteren',
  'ui.balance.empty': 'Geen licenties in de pool.',
  'ui.status.active': 'actief',
  'ui.status.revoked': 'ingetrokken',
  'ui.ssa.none': 'geen SSA',
  'ui.ssa.running': 'SSA tot {date}',
  'ui.ssa.endingSoon': 'SSA eindigt {date}',
  'ui.ssa.expired': 'SSA geëindigd {date}',
  'ui.ssa.flagEnding': '{count, plural, one {# licentie: SSA eindigt binnenkort} other {# licenties: SSA eindigt binnenkort}}',
  'ui.ssa.flagExpired': '{count, plural, one {# licentie: SSA geëindigd} other {# licenties: SSA geëindigd}}',
  'ui.balance.keys': 'Licentiesleutels van {code} ({count})',
  'ui.overAllocated': 'overboekt',
  'ui.sortBy': 'Sorteren op {column}',
  'ui.balance.shown': '{count, plural, one {# licentietype} other {# licentietypes}} getoond.',
  'ui.toOrder.explained': 'Te bestellen = wat de offerte nodig heeft − wat over is, per licentietype (nooit onder 0). Verschillende licentietypes worden niet opgeteld.',
  'ui.toOrder.stale': 'De invoer van de gekoppelde calculator is ongeldig: Te bestellen volgt zijn laatste geldige offerte tot die is gecorrigeerd.',
  'ui.toOrder.row': '{required} nodig − {left} over',
  'ui.licenseKeys': 'Licentiesleutels',
  'ui.activationKeys': 'Activeringssleutels',
  'ui.key.serial': 'Serienummer',
  'ui.key.location': 'Locatie',
  'ui.key.description': 'Omschrijving',
  'ui.key.status': 'Status',
  'ui.keys.add': 'Licentiesleutels toevoegen',
  'ui.keys.hint': 'Eén sleutel per regel: licentietype, aantal, serienummer, dan klant, locatie, omschrijving, status, koppeldatum, einde SSA; gescheiden door tabs, puntkomma\'s of komma\'s. Een kopregel in het Nederlands, Engels, Duits, Italiaans of Frans kan de kolommen benoemen.',
  'ui.keys.paste': 'Licentiesleutels',
  'ui.keys.file': 'CSV-bestand lezen',
  'ui.keys.added': '{count, plural, one {# licentiesleutel toegevoegd} other {# licentiesleutels toegevoegd}}.',
} satisfies Record<keyof typeof balanceEn, string>;
