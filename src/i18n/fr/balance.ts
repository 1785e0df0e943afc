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
  'notice.ssaExpired': 'Le SSA {count, plural, one {de la # licence {code}} other {des # licences {code}}} a pris fin le {ssaUntil}.',
  'ui.balance.title': 'Solde des licences',
  'ui.col.loaded': 'Chargées',
  'ui.col.used': 'Utilisées',
  'ui.col.left': 'Restantes',
  'ui.col.toOrder': 'À commander',
  'ui.filter': 'Filtrer les types de licence',
  'ui.balance.empty': 'Aucune licence dans le pool.',
  'ui.status.active': 'active',
  'ui.status.revoked': 'révoquée',
  'ui.ssa.none': 'pas de SSA',
  'ui.ssa.running': 'SSA jusqu’au {date}',
  'ui.ssa.endingSoon': 'SSA prend fin le {date}',
  'ui.ssa.expired': 'SSA terminé le {date}',
  'ui.ssa.flagEnding': '{count, plural, one {# licence : SSA bientôt terminé} other {# licences : SSA bientôt terminé}}',
  'ui.ssa.flagExpired': '{count, plural, one {# licence : SSA terminé} other {# licences : SSA terminé}}',
  'ui.balance.keys': 'Clés de licence de {code} ({count})',
  'ui.overAllocated': 'surallouée',
  'ui.sortBy': 'Trier par {column}',
  'ui.balance.shown': '{count, plural, one {# type de licence affiché} other {# types de licence affichés}}.',
  'ui.toOrder.explained': 'À commander = ce que demande le devis − ce qui reste, par type de licence (jamais sous 0). Des types de licence différents ne s’additionnent pas.',
  'ui.toOrder.stale': 'La saisie du calculateur lié n’est pas valide : À commander suit son dernier devis valide jusqu’à sa correction.',
  'ui.toOrder.row': '{required} requises − {left} restantes',
  'ui.licenseKeys': 'Clés de licence',
  'ui.activationKeys': 'Clés d’activation',
  'ui.key.serial': 'Numéro de série',
  'ui.key.location': 'Site',
  'ui.key.description': 'Description',
  'ui.key.status': 'État',
  'ui.keys.add': 'Ajouter des clés de licence',
  'ui.keys.hint': 'Une clé par ligne : type de licence, quantité, numéro de série, puis client, site, description, état, date de liaison, fin du SSA ; séparés par des tabulations, des points-virgules ou des virgules. Une ligne d’en-tête en anglais, allemand, italien, néerlandais ou français peut nommer les colonnes.',
  'ui.keys.paste': 'Clés de licence',
  'ui.keys.file': 'Lire un fichier CSV',
  'ui.keys.added': '{count, plural, one {# clé de licence ajoutée} other {# clés de licence ajoutées}}.',
} satisfies Record<keyof typeof balanceEn, string>;
