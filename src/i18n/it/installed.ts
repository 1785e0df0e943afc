import type { installedEn } from '../en/installed.js';

/** Italiano: le licenze installate del calcolatore (issue 26). */
export const installedIt: Record<keyof typeof installedEn, string> = {
  'ui.installed.master': 'Sul master delle licenze: contano per le fasce di ogni PBX con licenze centrali (PORT-3).',
  'ui.installed.pbx': 'Su {pbx} stesso: sul suo dispositivo se ha licenze locali (G-2), altrimenti contano sul master delle licenze.',
  'ui.installed.paste': 'Incolla ciò che elenca il PBX',
  'ui.installed.hint': 'L’elenco delle licenze del PBX (GetPbxLicensesResult), la pagina del dispositivo con elementi <lic>, un file di licenza o righe come PBX-Port12 500. Ciò che viene letto sostituisce le licenze installate qui sotto.',
  'ui.installed.list': 'Licenze installate',
  'ui.installed.none': 'Nessuna: il preventivo qui non conta licenze installate.',
  'ui.installed.count': 'Installate',
  'ui.installed.add': 'Aggiungi un tipo di licenza',
  'ui.installed.remove': 'Rimuovi {code}',
  'ui.installed.taken': 'Riprese: {types, plural, one {# tipo di licenza} other {# tipi di licenza}}, {count, plural, one {# licenza} other {# licenze}}.',
  'ui.installed.device': 'Dispositivo le cui licenze sono su questo PBX',
  'ui.installed.allDevices': 'Tutti i dispositivi del file',
  'ui.installed.deviceTaken': 'Il file contiene {devices, plural, one {# dispositivo} other {# dispositivi}}: sono riprese le licenze di {device}.',
  'ui.installed.allTaken': 'Il file contiene {devices, plural, one {# dispositivo} other {# dispositivi}}: sono riprese le licenze di tutti.',
  'ui.installed.line': 'Riga {line}: {message}',
  'notice.existingBelowVersion': '{count, plural, one {# licenza {code} installata non può} other {# licenze {code} installate non possono}} eseguire la versione {version}: non vengono contate e limitano l’intera installazione finché non vengono aggiornate o rimosse.',
  'notice.existingCounted': '{installed, plural, one {# licenza {code} installata su {pbx} conta} other {# licenze {code} installate su {pbx} contano}} per le fasce: le nuove licenze partono dal numero {installed} + 1.',
  'notice.voicemailModelsMixed': '{pbx}: le licenze Voicemail installate sono dell’altro modello; i modelli non si possono combinare, e passare all’altro significa acquistare licenze Voicemail User per tutti gli utenti.',
  'notice.voicemailSwitch': '{pbx} passa al modello Voicemail User: ogni utente Voicemail ha bisogno di una licenza {code}, anche quelli già presenti sul PBX; {count, plural, one {la # licenza Voicemail del vecchio modello installata non viene} other {le # licenze Voicemail del vecchio modello installate non vengono}} più usate.',
  'notice.voicemailStaysOld': '{pbx}: {count, plural, one {è installata # licenza Voicemail} other {sono installate # licenze Voicemail}} del vecchio modello, quindi il PBX resta sul vecchio modello (una per licenza Port). Scegli il modello Voicemail User per cambiare.',
};
