import type { commonEn } from '../en/common.js';

/**
 * Italiano. Termini usati ovunque: licenza Port, master delle licenze, Software Service Agreement
 * (SSA), linea urbana (trunk), estensione di garanzia; i nomi delle licenze restano quelli del
 * listino (Voicemail User, Standby, UC).
 *
 * The messages shared by the three elements: severities, the price columns, loading (their input
 * errors are in errors.ts).
 */
export const commonIt = {
  'notice.reportingNeeds10SR12': '{pbx}: il Reporting su cui si basa Voice Recording richiede la versione 10 SR12 o successiva.',
  'notice.priceMissing': 'Il listino non ha un prezzo per {code}: il totale è incompleto.',
  'ui.notLoaded': 'Impossibile caricarlo: controllare la connessione e riprovare.',
  'ui.loading': 'Caricamento in corso: riprovare tra un momento.',
  'notice.ssaEndingSoon': 'Il SSA {count, plural, one {della # licenza {code}} other {delle # licenze {code}}} termina il {ssaUntil} (tra {days, plural, one {# giorno} other {# giorni}}): rinnovalo prima della scadenza, senza sovrapprezzo.',
  'ui.col.code': 'Tipo di licenza',
  'ui.col.quantity': 'Quantità',
  'ui.col.reason': 'Motivo',
  'ui.col.unitPrice': 'Prezzo unitario',
  'ui.col.lineTotal': 'Totale',
  'ui.total': 'Totale',
  'ui.total.incomplete': 'Totale (incompleto)',
  'ui.severity.error': 'Errore',
  'ui.severity.warning': 'Avviso',
  'ui.severity.info': 'Nota',
  'ui.meta.customer': 'Cliente',
} satisfies Record<keyof typeof commonEn, string>;
