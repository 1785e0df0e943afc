import type { installedEn } from '../en/installed.js';

/** Français : les licences installées du calculateur (issue 26). */
export const installedFr: Record<keyof typeof installedEn, string> = {
  'ui.installed.master': 'Sur le maître des licences : elles comptent pour les paliers de chaque PBX sous licence centrale (PORT-3).',
  'ui.installed.pbx': 'Sur {pbx} lui-même : sur son propre appareil s’il est sous licence locale (G-2), sinon elles comptent sur le maître des licences.',
  'ui.installed.paste': 'Collez ce que liste le PBX',
  'ui.installed.hint': 'La liste de licences du PBX (GetPbxLicensesResult), la page de l’appareil avec des éléments <lic>, un fichier de licences ou des lignes comme PBX-Port12 500. Ce qui est lu remplace les licences installées ci-dessous.',
  'ui.installed.list': 'Licences installées',
  'ui.installed.none': 'Aucune : le devis ne compte ici aucune licence installée.',
  'ui.installed.count': 'Installées',
  'ui.installed.add': 'Ajouter un type de licence',
  'ui.installed.remove': 'Retirer {code}',
  'ui.installed.taken': 'Repris : {types, plural, one {# type de licence} other {# types de licence}}, {count, plural, one {# licence} other {# licences}}.',
  'ui.installed.device': 'Appareil dont les licences sont sur ce PBX',
  'ui.installed.allDevices': 'Tous les appareils du fichier',
  'ui.installed.deviceTaken': 'Le fichier contient {devices, plural, one {# appareil} other {# appareils}} : sont reprises les licences de {device}.',
  'ui.installed.allTaken': 'Le fichier contient {devices, plural, one {# appareil} other {# appareils}} : sont reprises les licences de tous.',
  'ui.installed.line': 'Ligne {line} : {message}',
  'notice.existingBelowVersion': '{count, plural, one {# licence {code} installée ne peut pas} other {# licences {code} installées ne peuvent pas}} exécuter la version {version} : non comptées, elles brident toute l’installation jusqu’à leur mise à niveau ou leur retrait.',
  'notice.existingCounted': '{installed, plural, one {# licence {code} installée sur {pbx} compte} other {# licences {code} installées sur {pbx} comptent}} pour les paliers : les nouvelles licences commencent au numéro {installed} + 1.',
  'notice.voicemailModelsMixed': '{pbx} : les licences Voicemail installées sont de l’autre modèle ; les modèles ne peuvent pas être combinés, et changer de modèle veut dire acheter des licences Voicemail User pour tous les utilisateurs.',
  'notice.voicemailSwitch': '{pbx} passe au modèle Voicemail User : chaque utilisateur Voicemail a besoin d’une licence {code}, y compris ceux déjà sur le PBX ; {count, plural, one {la # licence Voicemail de l’ancien modèle installée n’est} other {les # licences Voicemail de l’ancien modèle installées ne sont}} plus utilisées.',
  'notice.voicemailStaysOld': '{pbx} : {count, plural, one {# licence Voicemail de l’ancien modèle est installée} other {# licences Voicemail de l’ancien modèle sont installées}}, le PBX reste donc sur l’ancien modèle (une par licence Port). Choisissez le modèle Voicemail User pour changer.',
};
