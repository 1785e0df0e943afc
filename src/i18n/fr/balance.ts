import type { balanceEn } from '../en/balance.js';

/**
 * Français. Termes employés partout : licence Port, maître des licences (license master),
 * Software Service Agreement (SSA), ligne réseau (trunk), extension de garantie ; les noms des
 * licences restent ceux de la liste de prix (Voicemail User, Standby, UC).
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceFr = {
  'notice.overAllocated': '{code} est surallouée : {over, plural, one {# licence utilisée de plus} other {# licences utilisées de plus}} que de licences chargées.',
  // SSA-4 / SSA-1: once per deadline, the types listed once ({codes}: PBX-Port12: 500 and PBX-UC12: 200).
  'notice.ssaEndingTypes': 'Le SSA de {count, plural, one {# licence} other {# licences}} {types, plural, =1 {{code}} other {de # types ({codes})}} prend fin le {ssaUntil} (dans {days, plural, one {# jour} other {# jours}}) : prolongez-le avant son échéance, sans supplément.',
  'notice.ssaExpired': 'Le SSA de {count, plural, one {# licence} other {# licences}} {types, plural, =1 {{code}} other {de # types ({codes})}} a pris fin{dates, plural, =1 { le {ssaUntil}} other {, la dernière fois le {ssaUntil}}}.',
  'ui.balance.title': 'Solde des licences',
  'ui.col.loaded': 'Chargées',
  'ui.col.used': 'Utilisées',
  'ui.col.left': 'Restantes',
  'ui.col.toOrder': 'À commander',
  'ui.filter': 'Filtrer : type de licence, numéro de série, client, site, projet',
  'ui.balance.empty': 'Aucune licence dans le pool.',
  'ui.ssa.flagEnding': '{count, plural, one {# licence : SSA bientôt terminé} other {# licences : SSA bientôt terminé}}',
  'ui.ssa.flagExpired': '{count, plural, one {# licence : SSA terminé} other {# licences : SSA terminé}}',
  'ui.overAllocated': 'surallouée',
  'ui.sortBy': 'Trier par {column}',
  'ui.balance.shown': '{count, plural, one {# type de licence affiché} other {# types de licence affichés}}.',
  'ui.toOrder.explained': 'À commander = ce que demande le devis − ce qui reste, par type de licence (jamais sous 0). Des types de licence différents ne s’additionnent pas.',
  'ui.toOrder.stale': 'La saisie du calculateur lié n’est pas valide : À commander suit son dernier devis valide jusqu’à sa correction.',
  'ui.toOrder.row': '{required} requises − {left} restantes',
  'ui.keys.add': 'Ajouter des clés de licence',
} satisfies Record<keyof typeof balanceEn, string>;
