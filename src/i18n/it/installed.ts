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
};
