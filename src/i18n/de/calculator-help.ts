import type { calculatorHelpEn } from '../en/calculator-help.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2 (Port-Lizenz, User-Lizenz …).
 *
 * The messages of the calculator's help texts (loaded after its first render).
 */
export const calculatorHelpDe = {
  'ui.help.version': 'Die PBX-Softwareversion, für die die Lizenzen sind. Mit einer Lizenz läuft ihre Version und jede ältere (G-3).',
  'ui.help.release': 'V12r1 hat keine Conferencing-App; G.729-Lizenzen sind seit 2017 nicht mehr nötig (CONF-1, G729-1).',
  'ui.help.licensing': 'Zentral: alle Lizenzen auf dem Lizenz-Master, von jeder PBX abgebucht (empfohlen). Dezentral: jede PBX hat eigene (G-1, G-2).',
  'ui.help.platform': 'Ein innovaphone Gateway oder eine IPVA unter VMware: eine IPVA braucht je Port-Lizenz eine IPVA-Lizenz (IPVA-1).',
  'ui.help.gateway': 'IP311 und IP411 beinhalten alle Hardware-Lizenzen; Fax braucht eine Linux Application Platform (HW-4, FAX-2).',
  'ui.help.users': 'Eine Port-Lizenz je User oder Chef, unabhängig von der Zahl der Endgeräte (PORT-1).',
  'ui.help.trunks': 'Eine Port-Lizenz je Amtsleitung oder Bündel, unabhängig von der Zahl der Kanäle (PORT-1).',
  'ui.help.uc': 'UC bündelt myPBX, Video, Voicemail, Mobility, Fax und Application Sharing je User; Automatisch wählt UC, wenn es günstiger ist, oder ab vier Modulen (UC-1, UC-3).',
  'ui.help.voicemailModel': 'Neues Modell: eine Voicemail-User-Lizenz je User (ab V10). Altes Modell: eine Voicemail-Lizenz je Port-Lizenz. Die Modelle sind nicht kombinierbar (VM-1, VM-3).',
  'ui.help.standby': 'Standby braucht mindestens so viele Standby-Lizenzen wie Port-Lizenzen, installierte eingeschlossen, auf dem Lizenz-Master (STBY-1, STBY-2).',
  'ui.help.pbxLicensing': 'Mischbetrieb ist je PBX möglich: eine dezentral lizenzierte PBX kann keine Master-Lizenzen nutzen (G-2).',
  'ui.help.otherPorts': 'Fremdanwendungen, per SIP registrierte Voicemail, analoge Nebenstellen, Call-Me-Buttons: je eine Port-Lizenz (PORT-1).',
  'ui.help.groups': 'Sammelrufnummern brauchen keine Port-Lizenz (PORT-2).',
  'ui.help.queues': 'Warteschlangen brauchen keine Port-Lizenz (PORT-2).',
  'ui.help.webrtcChannels': 'Eine WebRTC-Lizenz je gleichzeitig genutztem Sprachkanal; jeder User braucht zudem Port und myPBX oder UC (WEBRTC-1, WEBRTC-2).',
  'ui.help.operators': 'Eine Operator-Lizenz je gleichzeitig laufender Operator-Anwendung (OP-1).',
  'ui.help.softwarephones': 'Eine Softwarephone-Lizenz je gleichzeitig registriertem Softwarephone (SWP-1).',
  'ui.help.queueMonitorQueues': 'Eine Queue-Monitor-Lizenz je dargestellter Warteschlange; die Zahl der Agenten zählt nicht (QM-1).',
  'ui.help.reportingPorts': 'Eine Reporting-Lizenz je ausgewertetem Port (REP-1).',
  'ui.help.recordedUsers': 'Eine Grundlizenz je aufzeichnender PBX, mit einer Userlizenz; eine Userlizenz je weiterem aufgezeichneten User (REC-1, REC-2).',
  'ui.help.recordingTargets': 'Teilnehmer, mit denen aufgezeichnete Gespräche verbunden werden: auch für sie ist Reporting erforderlich (REC-3).',
  'ui.help.warrantyYears': 'Die Garantie beträgt ein Jahr; eine Verlängerung fügt bis zu vier hinzu, alle zugleich bestellt und direkt nach dem Kauf gebunden (WAR-1, WAR-2, WAR-3).',
  'ui.help.bri': 'Eine BRI-Lizenz je BRI-Schnittstelle, fest an das Gateway gebunden (HW-1, HW-2).',
  'ui.help.pri': 'Eine PRI-Lizenz je PRI-Schnittstelle, fest an das Gateway gebunden (HW-1, HW-2).',
  'ui.help.channels': 'Eine Kanal-Lizenz je Kanal: ISDN- und Konferenzkanäle (HW-1, CONF-2).',
  // Said after the user acted (an edit): after the first render too.
  'ui.quote.updated': 'Angebot aktualisiert: {lines, plural, one {# Position} other {# Positionen}}.',
} satisfies Record<keyof typeof calculatorHelpEn, string>;
