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
  'notice.ssaExpired': 'Il SSA {count, plural, one {della # licenza {code}} other {delle # licenze {code}}} è terminato il {ssaUntil}.',
  'ui.balance.title': 'Saldo licenze',
  'ui.col.loaded': 'Caricate',
  'ui.col.used': 'Usate',
  'ui.col.left': 'Rimanenti',
  'ui.col.toOrder': 'Da ordinare',
  'ui.filter': 'Filtra i tipi di licenza',
  'ui.balance.empty': 'Nessuna licenza nel pool.',
  'ui.status.active': 'attiva',
  'ui.status.revoked': 'revocata',
  'ui.ssa.none': 'nessun SSA',
  'ui.ssa.running': 'SSA fino al {date}',
  'ui.ssa.endingSoon': 'SSA termina il {date}',
  'ui.ssa.expired': 'SSA terminato il {date}',
  'ui.ssa.flagEnding': '{count, plural, one {# licenza: SSA in scadenza} other {# licenze: SSA in scadenza}}',
  'ui.ssa.flagExpired': '{count, plural, one {# licenza: SSA terminato} other {# licenze: SSA terminato}}',
  'ui.balance.keys': 'Chiavi di licenza di {code} ({count})',
  'ui.overAllocated': 'sovrallocata',
  'ui.sortBy': 'Ordina per {column}',
  'ui.balance.shown': '{count, plural, one {# tipo di licenza mostrato} other {# tipi di licenza mostrati}}.',
  'ui.toOrder.explained': 'Da ordinare = quanto richiede l’offerta − quanto rimane, per tipo di licenza (mai sotto 0). Tipi di licenza diversi non si sommano.',
  'ui.toOrder.stale': 'I dati del calcolatore collegato non sono validi: Da ordinare segue la sua ultima offerta valida finché non vengono corretti.',
  'ui.toOrder.row': '{required} richieste − {left} rimanenti',
  'ui.licenseKeys': 'Chiavi di licenza',
  'ui.activationKeys': 'Chiavi di attivazione',
  'ui.key.serial': 'Numero di serie',
  'ui.key.location': 'Sede',
  'ui.key.description': 'Descrizione',
  'ui.key.status': 'Stato',
  'ui.keys.add': 'Aggiungi chiavi di licenza',
  'ui.keys.hint': 'Una chiave per riga: tipo di licenza, quantità, numero di serie, poi cliente, sede, descrizione, stato, data di vincolo, fine SSA; separati da tabulazioni, punti e virgola o virgole. Una riga d’intestazione in inglese, tedesco, italiano, olandese o francese può nominare le colonne.',
  'ui.keys.paste': 'Chiavi di licenza',
  'ui.keys.file': 'Leggi un file CSV',
  'ui.keys.added': '{count, plural, one {# chiave di licenza aggiunta} other {# chiavi di licenza aggiunte}}.',
} satisfies Record<keyof typeof balanceEn, string>;
