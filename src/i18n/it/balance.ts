import type { balanceEn } from '../en/balance.js';

/**
 * Italiano. Termini usati ovunque: licenza Port, master delle licenze, Software Service Agreement
 * (SSA), linea urbana (trunk), estensione di garanzia; i nomi delle licenze restano quelli del
 * listino (Voicemail User, Standby, UC).
 *
 * The messages of <pbx-balance-table> and computeBalance.
 */
export const balanceIt = {
  'notice.overAllocated': '{code} è sovrallocata: {over, plural, one {# licenza usata in più} other {# licenze usate in più}} rispetto a quelle caricate.',
  // SSA-4 / SSA-1: once per deadline, the types listed once ({codes}: PBX-Port12: 500 and PBX-UC12: 200).
  'notice.ssaEndingTypes': 'Il SSA di {count, plural, one {# licenza} other {# licenze}} {types, plural, =1 {{code}} other {di # tipi ({codes})}} termina il {ssaUntil} (tra {days, plural, one {# giorno} other {# giorni}}): rinnovalo prima della scadenza, senza sovrapprezzo.',
  'notice.ssaExpired': 'Il SSA di {count, plural, one {# licenza} other {# licenze}} {types, plural, =1 {{code}} other {di # tipi ({codes})}} è terminato{dates, plural, =1 { il {ssaUntil}} other {, l’ultimo il {ssaUntil}}}.',
  'ui.balance.title': 'Saldo licenze',
  'ui.col.loaded': 'Caricate',
  'ui.col.used': 'Usate',
  'ui.col.left': 'Rimanenti',
  'ui.col.toOrder': 'Da ordinare',
  'ui.filter': 'Filtra: tipo di licenza, numero di serie, cliente, sede, progetto',
  'ui.balance.empty': 'Nessuna licenza nel pool.',
  'ui.ssa.flagEnding': '{count, plural, one {# licenza: SSA in scadenza} other {# licenze: SSA in scadenza}}',
  'ui.ssa.flagExpired': '{count, plural, one {# licenza: SSA terminato} other {# licenze: SSA terminato}}',
  'ui.overAllocated': 'sovrallocata',
  'ui.sortBy': 'Ordina per {column}',
  'ui.balance.shown': '{count, plural, one {# tipo di licenza mostrato} other {# tipi di licenza mostrati}}.',
  'ui.toOrder.explained': 'Da ordinare = quanto richiede l’offerta − quanto rimane, per tipo di licenza (mai sotto 0). Tipi di licenza diversi non si sommano.',
  'ui.toOrder.stale': 'I dati del calcolatore collegato non sono validi: Da ordinare segue la sua ultima offerta valida finché non vengono corretti.',
  'ui.toOrder.row': '{required} richieste − {left} rimanenti',
  'ui.keys.add': 'Aggiungi chiavi di licenza',
} satisfies Record<keyof typeof balanceEn, string>;
