import type { versionCheckEn } from '../en/version-check.js';

/**
 * Français. Termes employés partout : licence Port, maître des licences (license master),
 * Software Service Agreement (SSA), ligne réseau (trunk), extension de garantie ; les noms des
 * licences restent ceux de la liste de prix (Voicemail User, Standby, UC).
 *
 * The messages of <pbx-version-check> and checkVersions.
 */
export const versionCheckFr = {
  'notice.operatorVersionUnknown': '{code} est vérifiée par rapport à la version du logiciel Operator, qui n’a pas été indiquée.',
  'notice.queueMonitorVersionUnknown': '{code} est vérifiée par rapport à la version du logiciel Queue Monitor, qui n’a pas été indiquée.',
  'notice.versionNotInCode': 'Le type de licence {code} ne porte pas de numéro de version : vérifiez sa version dans le portail.',
  'notice.voicemailModelsMixedInstalled': 'Des licences Voicemail de l’ancien modèle et des licences Voicemail User sont installées ensemble : les deux modèles ne peuvent pas être combinés.',
  'notice.ssaUpgrade': '{count, plural, one {La # licence {code} peut être mise à niveau} other {Les # licences {code} peuvent être mises à niveau}} gratuitement : cette version est sortie pendant leur Software Service Agreement (jusqu’au {ssaUntil}).',
  'notice.canRelease': '{count, plural, one {La # licence {code} peut être libérée} other {Les # licences {code} peuvent être libérées}} de leur appareil et déplacées au sein de l’entreprise.',
  'notice.cannotRelease': '{count, plural, one {La # licence {code} ne peut pas être libérée} other {Les # licences {code} ne peuvent pas être libérées}} de leur appareil : elles restent liées.',
  'notice.cannotReleaseV501': '{count, plural, one {La # licence {code} est une licence} other {Les # licences {code} sont des licences}} du gestionnaire de licences V5.01 : les licences ne peuvent être libérées qu’à partir de PBX V8, elles restent donc liées.',
  'blocking.version': 'Retirez ou mettez à niveau {count, plural, one {cette # licence {code} V{licenseVersion}} other {ces # licences {code} V{licenseVersion}}} pour exécuter la V{softwareVersion}.',
  'blocking.versionSsa': '{count, plural, one {Cette # licence {code} V{licenseVersion} est mise} other {Ces # licences {code} V{licenseVersion} sont mises}} à niveau vers la V{softwareVersion} gratuitement avec le SSA.',
  'blocking.operatorVersion': '{count, plural, one {La # licence {code} (V{licenseVersion}) ne peut pas} other {Les # licences {code} (V{licenseVersion}) ne peuvent pas}} exécuter le logiciel Operator V{softwareVersion}.',
  'blocking.queueMonitorVersion': '{count, plural, one {La # licence {code} (V{licenseVersion}) ne peut pas} other {Les # licences {code} (V{licenseVersion}) ne peuvent pas}} exécuter le logiciel Queue Monitor V{softwareVersion}.',
  'blocking.pbxTooOld': '{count, plural, one {La # licence {code} demande} other {Les # licences {code} demandent}} la version PBX {minimum} ou ultérieure (V{softwareVersion} demandée).',
  'notice.targetReleaseUnknown': 'Saisissez la date de sortie de {target} : un SSA couvre les versions sorties pendant sa période, sans la date on ne peut donc pas dire quelles licences il met à niveau.',
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
  'ui.vc.blocking': 'Ce qui bloque la mise à niveau',
  'ui.targetReleased': 'Date de sortie de cette version',
} satisfies Record<keyof typeof versionCheckEn, string>;
