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
};
