import type { calculatorHelpEn } from '../en/calculator-help.js';

/**
 * Italiano. Termini usati ovunque: licenza Port, master delle licenze, Software Service Agreement
 * (SSA), linea urbana (trunk), estensione di garanzia; i nomi delle licenze restano quelli del
 * listino (Voicemail User, Standby, UC).
 *
 * The messages of the calculator's help texts (loaded after its first render).
 */
export const calculatorHelpIt = {
  'ui.help.version': 'La versione software del PBX a cui sono destinate le licenze. Una licenza esegue la propria versione e quelle precedenti (G-3).',
  'ui.help.release': 'La V12r1 non ha la Conferencing App; dal 2017 le licenze G.729 non servono più (CONF-1, G729-1).',
  'ui.help.licensing': 'Centralizzate: tutte le licenze sul master delle licenze, addebitate da ogni PBX (consigliato). Locali: ogni PBX ha le proprie (G-1, G-2).',
  'ui.help.platform': 'Un gateway innovaphone, o un IPVA su VMware: un IPVA richiede una licenza IPVA per ogni licenza Port (IPVA-1).',
  'ui.help.gateway': 'IP311 e IP411 comprendono tutte le licenze hardware; il Fax richiede una Linux Application Platform (HW-4, FAX-2).',
  'ui.help.users': 'Una licenza Port per utente o dirigente, qualunque sia il numero di dispositivi (PORT-1).',
  'ui.help.trunks': 'Una licenza Port per linea urbana o gruppo di linee, qualunque sia il numero di canali (PORT-1).',
  'ui.help.uc': 'UC riunisce myPBX, Video, Voicemail, Mobility, Fax e Application Sharing per utente; Automatico lo sceglie quando costa meno, o da quattro moduli in su (UC-1, UC-3).',
  'ui.help.voicemailModel': 'Nuovo modello: una licenza Voicemail User per utente (dalla V10). Vecchio modello: una licenza Voicemail per licenza Port. I modelli non si possono combinare (VM-1, VM-3).',
  'ui.help.standby': 'Lo Standby richiede almeno tante licenze Standby quante licenze Port, comprese quelle installate, sul master delle licenze (STBY-1, STBY-2).',
  'ui.help.pbxLicensing': 'Si può mescolare PBX per PBX: un PBX locale non può usare le licenze del master (G-2).',
  'ui.help.otherPorts': 'Applicazioni di terzi, voicemail registrate via SIP, interni analogici, pulsanti Call Me: una licenza Port ciascuno (PORT-1).',
  'ui.help.groups': 'I numeri di gruppo non richiedono licenze Port (PORT-2).',
  'ui.help.queues': 'Le code di attesa non richiedono licenze Port (PORT-2).',
  'ui.help.webrtcChannels': 'Una licenza WebRTC per canale voce usato contemporaneamente; ogni utente ha bisogno anche di Port e myPBX o UC (WEBRTC-1, WEBRTC-2).',
  'ui.help.operators': 'Una licenza Operator per applicazione Operator in esecuzione contemporanea (OP-1).',
  'ui.help.softwarephones': 'Una licenza Softwarephone per Softwarephone registrato contemporaneamente (SWP-1).',
  'ui.help.queueMonitorQueues': 'Una licenza Queue Monitor per coda mostrata; il numero di agenti non conta (QM-1).',
  'ui.help.reportingPorts': 'Una licenza Reporting per porta inclusa nell’analisi (REP-1).',
  'ui.help.recordedUsers': 'Una licenza Basic per PBX che registra, con una licenza User compresa; una licenza User per ogni ulteriore utente registrato (REC-1, REC-2).',
  'ui.help.recordingTargets': 'Interlocutori a cui sono collegate le chiamate registrate: anche per loro serve il Reporting (REC-3).',
  'ui.help.warrantyYears': 'La garanzia è di un anno; un’estensione aggiunge fino a quattro anni, ordinati e vincolati tutti insieme, subito dopo l’acquisto (WAR-1, WAR-2, WAR-3).',
  'ui.help.bri': 'Una licenza BRI per interfaccia BRI, vincolata per sempre al gateway (HW-1, HW-2).',
  'ui.help.pri': 'Una licenza PRI per interfaccia PRI, vincolata per sempre al gateway (HW-1, HW-2).',
  'ui.help.channels': 'Una licenza Channel per canale: canali ISDN e canali di conferenza (HW-1, CONF-2).',
  // Said after the user acted (an edit): after the first render too.
  'ui.quote.updated': 'Offerta aggiornata: {lines, plural, one {# riga} other {# righe}}.',
} satisfies Record<keyof typeof calculatorHelpEn, string>;
