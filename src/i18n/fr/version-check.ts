import type { versionCheckEn } from '../en/version-check.js';

/**
 * Français. Termes employés partout : licence Port, maître des licences (license master),
 * Software Service Agreement (SSA), ligne réseau (trunk), extension de garantie ; les noms des
 * licences restent ceux de la liste de prix (Voicemail User, Standby, UC).
 *
 * The messages of <pbx-version-check>: its form, its verdict line and what blocks (the notices of checkVersions come with the plans, plans.ts).
 */
export const versionCheckFr = {
  'ui.versionCheck.title': 'Vérification de version',
  'ui.pbxVersion': 'Version logicielle du PBX',
  'ui.operatorVersion': 'Version du logiciel Operator',
  'ui.queueMonitorVersion': 'Version du logiciel Queue Monitor',
  'ui.licenses': 'Licences installées',
  'ui.licenses.hint': 'Une licence par ligne : type et quantité, comme dans le portail (PBX-Port10 100). Depuis un tableur, aussi l’appareil, la date de liaison et la fin du SSA, séparés par des tabulations ou des points-virgules.',
  'ui.vc.ok': 'Ces licences exécutent {version}.',
  'ui.vc.blocked': 'Ces licences n’exécutent pas {version}.',
  'ui.vc.max': 'Version de PBX la plus haute qu’elles exécutent : V{max}.',
  'ui.vc.prompt': 'Saisissez ou collez les licences installées pour voir si elles exécutent {version}.',
  'ui.vc.maxNone': 'Aucune licence ne bride la version du PBX.',
  'ui.targetReleased': 'Date de sortie de cette version',
  'blocking.version': 'Retirez ou mettez à niveau {count, plural, one {cette # licence {code} V{licenseVersion}} other {ces # licences {code} V{licenseVersion}}} pour exécuter la V{softwareVersion}.',
  'blocking.versionSsa': '{count, plural, one {Cette # licence {code} V{licenseVersion} est mise} other {Ces # licences {code} V{licenseVersion} sont mises}} à niveau vers la V{softwareVersion} gratuitement avec le SSA.',
  'blocking.operatorVersion': '{count, plural, one {La # licence {code} (V{licenseVersion}) ne peut pas} other {Les # licences {code} (V{licenseVersion}) ne peuvent pas}} exécuter le logiciel Operator V{softwareVersion}.',
  'blocking.queueMonitorVersion': '{count, plural, one {La # licence {code} (V{licenseVersion}) ne peut pas} other {Les # licences {code} (V{licenseVersion}) ne peuvent pas}} exécuter le logiciel Queue Monitor V{softwareVersion}.',
  'blocking.pbxTooOld': '{count, plural, one {La # licence {code} demande} other {Les # licences {code} demandent}} la version PBX {minimum} ou ultérieure (V{softwareVersion} demandée).',
  'ui.vc.blocking': 'Ce qui l’empêche',
} satisfies Record<keyof typeof versionCheckEn, string>;
