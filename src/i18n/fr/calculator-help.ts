import type { calculatorHelpEn } from '../en/calculator-help.js';

/**
 * Français. Termes employés partout : licence Port, maître des licences (license master),
 * Software Service Agreement (SSA), ligne réseau (trunk), extension de garantie ; les noms des
 * licences restent ceux de la liste de prix (Voicemail User, Standby, UC).
 *
 * The messages of the calculator's help texts (loaded after its first render).
 */
export const calculatorHelpFr = {
  'ui.help.version': 'La version logicielle du PBX à laquelle les licences sont destinées. Une licence exécute sa propre version et les précédentes (G-3).',
  'ui.help.release': 'La V12r1 n’a pas de Conferencing App ; depuis 2017, les licences G.729 ne sont plus nécessaires (CONF-1, G729-1).',
  'ui.help.licensing': 'Centralisées : toutes les licences sur le maître des licences, débitées par chaque PBX (recommandé). Locales : chaque PBX a les siennes (G-1, G-2).',
  'ui.help.platform': 'Une passerelle innovaphone, ou un IPVA sur VMware : un IPVA demande une licence IPVA par licence Port (IPVA-1).',
  'ui.help.gateway': 'Les IP311 et IP411 comprennent toutes les licences matérielles ; le Fax demande une Linux Application Platform (HW-4, FAX-2).',
  'ui.help.users': 'Une licence Port par utilisateur ou cadre, quel que soit le nombre d’appareils (PORT-1).',
  'ui.help.trunks': 'Une licence Port par ligne réseau ou groupe de lignes, quel que soit le nombre de canaux (PORT-1).',
  'ui.help.uc': 'UC réunit myPBX, Video, Voicemail, Mobility, Fax et Application Sharing par utilisateur ; Automatique le choisit quand il coûte moins, ou à partir de quatre modules (UC-1, UC-3).',
  'ui.help.voicemailModel': 'Nouveau modèle : une licence Voicemail User par utilisateur (à partir de la V10). Ancien modèle : une licence Voicemail par licence Port. Les modèles ne peuvent pas être combinés (VM-1, VM-3).',
  'ui.help.standby': 'Le Standby demande au moins autant de licences Standby que de licences Port, installées comprises, sur le maître des licences (STBY-1, STBY-2).',
  'ui.help.pbxLicensing': 'On peut mélanger PBX par PBX : un PBX local ne peut pas utiliser les licences du maître (G-2).',
  'ui.help.otherPorts': 'Applications tierces, messagerie enregistrée en SIP, postes analogiques, boutons Call Me : une licence Port chacun (PORT-1).',
  'ui.help.groups': 'Les numéros de groupe ne demandent pas de licence Port (PORT-2).',
  'ui.help.queues': 'Les files d’attente ne demandent pas de licence Port (PORT-2).',
  'ui.help.webrtcChannels': 'Une licence WebRTC par canal vocal utilisé en même temps ; chaque utilisateur a aussi besoin de Port et de myPBX ou UC (WEBRTC-1, WEBRTC-2).',
  'ui.help.operators': 'Une licence Operator par application Operator exécutée en même temps (OP-1).',
  'ui.help.softwarephones': 'Une licence Softwarephone par Softwarephone enregistré en même temps (SWP-1).',
  'ui.help.queueMonitorQueues': 'Une licence Queue Monitor par file affichée ; le nombre d’agents ne compte pas (QM-1).',
  'ui.help.reportingPorts': 'Une licence Reporting par port inclus dans l’analyse (REP-1).',
  'ui.help.recordedUsers': 'Une licence Basic par PBX qui enregistre, avec une licence User comprise ; une licence User par utilisateur enregistré en plus (REC-1, REC-2).',
  'ui.help.recordingTargets': 'Correspondants auxquels les appels enregistrés sont reliés : le Reporting est nécessaire pour eux aussi (REC-3).',
  'ui.help.warrantyYears': 'La garantie est d’un an ; une extension ajoute jusqu’à quatre ans, tous commandés et liés en une fois, juste après l’achat (WAR-1, WAR-2, WAR-3).',
  'ui.help.bri': 'Une licence BRI par interface BRI, liée pour toujours à la passerelle (HW-1, HW-2).',
  'ui.help.pri': 'Une licence PRI par interface PRI, liée pour toujours à la passerelle (HW-1, HW-2).',
  'ui.help.channels': 'Une licence Channel par canal : canaux RNIS et canaux de conférence (HW-1, CONF-2).',
  // Said after the user acted (an edit): after the first render too.
  'ui.quote.updated': 'Devis mis à jour : {lines, plural, one {# ligne} other {# lignes}}.',
} satisfies Record<keyof typeof calculatorHelpEn, string>;
