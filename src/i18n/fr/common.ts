import type { commonEn } from '../en/common.js';

/**
 * Français. Termes employés partout : licence Port, maître des licences (license master),
 * Software Service Agreement (SSA), ligne réseau (trunk), extension de garantie ; les noms des
 * licences restent ceux de la liste de prix (Voicemail User, Standby, UC).
 *
 * The messages shared by the three elements: severities, the price columns, loading (their input
 * errors are in errors.ts).
 */
export const commonFr = {
  'notice.reportingNeeds10SR12': '{pbx} : le Reporting sur lequel s’appuie Voice Recording demande la version 10 SR12 ou ultérieure.',
  'notice.priceMissing': 'La liste de prix n’a pas de prix pour {code} : le total est incomplet.',
  'ui.notLoaded': 'Impossible de le charger : vérifiez la connexion et réessayez.',
  'ui.loading': 'Chargement en cours : réessayez dans un instant.',
  'notice.ssaEndingSoon': 'Le SSA {count, plural, one {de la # licence {code}} other {des # licences {code}}} prend fin le {ssaUntil} (dans {days, plural, one {# jour} other {# jours}}) : prolongez-le avant son échéance, sans supplément.',
  'ui.col.code': 'Type de licence',
  'ui.col.quantity': 'Quantité',
  'ui.col.reason': 'Motif',
  'ui.col.unitPrice': 'Prix unitaire',
  'ui.col.lineTotal': 'Total',
  'ui.total': 'Total',
  'ui.total.incomplete': 'Total (incomplet)',
  'ui.severity.error': 'Erreur',
  'ui.severity.warning': 'Avertissement',
  'ui.severity.info': 'Remarque',
  'ui.meta.customer': 'Client',
} satisfies Record<keyof typeof commonEn, string>;
