import type { calculatorHelpEn } from '../en/calculator-help.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages of the calculator's help texts (loaded after its first render).
 */
export const calculatorHelpNl = {
  'ui.help.version': 'De PBX-softwareversie waarvoor de licenties zijn. Met een licentie draait haar eigen versie en elke oudere (G-3).',
  'ui.help.release': 'V12r1 heeft geen Conferencing-app; G.729-licenties zijn sinds 2017 niet meer nodig (CONF-1, G729-1).',
  'ui.help.licensing': 'Centraal: alle licenties op de licentie-master, door elke PBX afgeschreven (aanbevolen). Decentraal: elke PBX heeft eigen licenties (G-1, G-2).',
  'ui.help.platform': 'Een innovaphone-gateway of een IPVA op VMware: een IPVA heeft per poort-licentie een IPVA-licentie nodig (IPVA-1).',
  'ui.help.gateway': 'De IP311 en IP411 bevatten alle hardware-licenties; Fax vereist een Linux Application Platform (HW-4, FAX-2).',
  'ui.help.users': 'Eén poort-licentie per gebruiker of directielid, ongeacht het aantal toestellen (PORT-1).',
  'ui.help.trunks': 'Eén poort-licentie per buitenlijn of bundel, ongeacht het aantal kanalen (PORT-1).',
  'ui.help.uc': 'UC bundelt myPBX, Video, Voicemail, Mobility, Fax en Application Sharing per gebruiker; Automatisch kiest UC als het goedkoper is, of vanaf vier modules (UC-1, UC-3).',
  'ui.help.voicemailModel': 'Nieuw model: één voicemail-gebruikerslicentie per gebruiker (vanaf V10). Oud model: één voicemaillicentie per poort-licentie. De modellen zijn niet te combineren (VM-1, VM-3).',
  'ui.help.standby': 'Standby vereist minstens evenveel Standby-licenties als poort-licenties, geïnstalleerde inbegrepen, op de licentie-master (STBY-1, STBY-2).',
  'ui.help.pbxLicensing': 'Mengen kan per PBX: een decentraal gelicentieerde PBX kan geen master-licenties gebruiken (G-2).',
  'ui.help.otherPorts': 'Toepassingen van derden, via SIP geregistreerde voicemail, analoge toestellen, Call Me-knoppen: elk één poort-licentie (PORT-1).',
  'ui.help.groups': 'Groepsnummers hebben geen poort-licentie nodig (PORT-2).',
  'ui.help.queues': 'Wachtrijen hebben geen poort-licentie nodig (PORT-2).',
  'ui.help.webrtcChannels': 'Eén WebRTC-licentie per gelijktijdig gebruikt spraakkanaal; elke gebruiker heeft ook poort en myPBX of UC nodig (WEBRTC-1, WEBRTC-2).',
  'ui.help.operators': 'Eén Operator-licentie per gelijktijdig draaiende Operator-toepassing (OP-1).',
  'ui.help.softwarephones': 'Eén Softwarephone-licentie per gelijktijdig geregistreerde Softwarephone (SWP-1).',
  'ui.help.queueMonitorQueues': 'Eén Queue Monitor-licentie per getoonde wachtrij; het aantal agenten telt niet (QM-1).',
  'ui.help.reportingPorts': 'Eén Reporting-licentie per poort in de analyse (REP-1).',
  'ui.help.recordedUsers': 'Eén basislicentie per PBX die opneemt, met één gebruikerslicentie; één gebruikerslicentie per verdere opgenomen gebruiker (REC-1, REC-2).',
  'ui.help.recordingTargets': 'Deelnemers met wie opgenomen gesprekken worden verbonden: ook voor hen is Reporting benodigd (REC-3).',
  'ui.help.warrantyYears': 'De garantie is één jaar; een verlenging voegt tot vier jaar toe, alles tegelijk besteld en direct na aankoop gekoppeld (WAR-1, WAR-2, WAR-3).',
  'ui.help.bri': 'Eén BRI-licentie per BRI-interface, vast aan de gateway gekoppeld (HW-1, HW-2).',
  'ui.help.pri': 'Eén PRI-licentie per PRI-interface, vast aan de gateway gekoppeld (HW-1, HW-2).',
  'ui.help.channels': 'Eén kanaallicentie per kanaal: ISDN- en conferentiekanalen (HW-1, CONF-2).',
  // Said after the user acted (an edit): after the first render too.
  'ui.quote.updated': 'Offerte bijgewerkt: {lines, plural, one {# regel} other {# regels}}.',
} satisfies Record<keyof typeof calculatorHelpEn, string>;
