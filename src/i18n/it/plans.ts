import type { plansEn } from '../en/plans.js';

/**
 * Italiano. Termini usati ovunque: licenza Port, master delle licenze, Software Service Agreement
 * (SSA), linea urbana (trunk), estensione di garanzia; i nomi delle licenze restano quelli del
 * listino (Voicemail User, Standby, UC).
 *
 * The messages of the version check's upgrade and migration plans (loaded with them, on first use).
 */
export const plansIt = {
  'error.ssaBeforeBind': 'Il SSA non può terminare prima della data di vincolo della licenza (si calcola a partire da quella data).',
  'error.masterNotADevice': 'Il master delle licenze {serial} non è uno dei dispositivi.',
  'error.unknownDevice': 'Il dispositivo {serial} non è uno dei dispositivi.',
  'notice.upgradeCap': 'Finché non vengono sostituite, {count, plural, one {la # licenza {code} limita} other {le # licenze {code} limitano}} l’intera installazione alla V{version}.',
  'notice.ssaNewFeatures': 'Il SSA aggiorna le licenze che hai; le nuove funzioni con licenza separata non sono comprese.',
  'notice.migrationNeedsV8': 'Il dispositivo {serial} esegue {firmware}: la licenza centralizzata richiede la versione {minimum} o successiva su ogni dispositivo. Aggiornalo prima; per l’aggiornamento il progetto può essere messo sotto SSA.',
  'notice.migrationHardware': '{count, plural, one {La # licenza {code} su {device} è una licenza hardware: vincolata per sempre a quell’apparato, resta lì e lo serve.} other {Le # licenze {code} su {device} sono licenze hardware: vincolate per sempre a quell’apparato, restano lì e lo servono.}}',
  'notice.migrationIpva': '{count, plural, one {La # licenza {code} è vincolata all’istanza VMware {device} e non può essere svincolata: resta lì.} other {Le # licenze {code} sono vincolate all’istanza VMware {device} e non possono essere svincolate: restano lì.}}',
  'notice.migrationOldLicense': '{count, plural, one {La # licenza {code} su {device} è una licenza V6/V7 e non può essere svincolata: resta locale su quel dispositivo e non può servire il master.} other {Le # licenze {code} su {device} sono licenze V6/V7 e non possono essere svincolate: restano locali su quel dispositivo e non possono servire il master.}}',
  'notice.migrationSsaCharged': 'La conversione a un’altra versione annulla il SSA di {count, plural, one {# licenza} other {# licenze}} e addebita per esse un anno di SSA.',
  'notice.migrationCap': 'Dopo il passaggio la versione di licenza più bassa sul master {master} è la V{version}: limita la versione software dell’intera installazione.',
  'upgrade.keeps': '{code} esegue già la V{target}.',
  'upgrade.keepsHardware': '{code} è una licenza hardware: non ha versione e non richiede mai un aggiornamento.',
  'upgrade.keepsUnversioned': '{code} non riporta un numero di versione: verifica la versione nel portale.',
  'upgrade.keepsOtherSoftware': '{code} si verifica rispetto al proprio software applicativo, non alla versione del PBX.',
  'upgrade.ssa': 'Aggiornata a {toCode} gratuitamente: la destinazione è stata rilasciata il {released}, durante il SSA (fino al {ssaUntil}).',
  'upgrade.unknown': 'Sotto SSA fino al {ssaUntil}: se copre la destinazione dipende dalla data di rilascio della destinazione.',
  'upgrade.buy': 'Acquista {toCode}: una licenza V{version} non può eseguire la V{target}, e non ha SSA.',
  'upgrade.buyOutsideSsa': 'Acquista {toCode}: la destinazione è stata rilasciata il {released}, fuori dal suo SSA (fino al {ssaUntil}).',
  'upgrade.order': '{quantity, plural, one {# licenza {code} sostituisce} other {# licenze {code} sostituiscono}} le {from} che non possono eseguire la V{target}.',
  'migration.onMaster': '{code} è già sul master {master}: resta lì.',
  'migration.staysBound': '{code} resta vincolata a {device}.',
  'migration.release': 'Svincola {code} da {device} nel pool del progetto.',
  'migration.bind': 'Vincola {code} al master {master}.',
  'migration.bindKeepsSsa': 'Vincola {code} direttamente al master {master}: il suo SSA resta valido senza costi.',
  'migration.convert': 'Converti {code} in {toCode} nel saldo e vincolala a {master}: il SSA decade, viene addebitato un anno di SSA.',
  'ui.col.device': 'Dispositivo',
  'ui.upgrade.title': 'Aggiornamento a {target}',
  'ui.upgrade.action': 'Aggiornamento',
  'ui.upgrade.keeps': 'continua a funzionare',
  'ui.upgrade.ssa': 'gratis con SSA',
  'ui.upgrade.buy': 'da acquistare',
  'ui.upgrade.unknown': 'serve la data di rilascio',
  'ui.upgrade.order': 'Da ordinare',
  'ui.upgrade.nothing': 'Niente da ordinare.',
  'ui.upgrade.needsDate': 'Inserisci la data di rilascio di questa versione per vedere cosa copre il suo SSA.',
  'ui.migration.title': 'Passaggio alle licenze centralizzate',
  'ui.migration.master': 'Master delle licenze',
  'ui.migration.firmware': 'Firmware attuale dei dispositivi',
  'ui.migration.convert': 'Converti le licenze svincolate in',
  'ui.migration.noConvert': 'Mantieni la loro versione',
  'ui.migration.choose': 'Scegli il dispositivo che diventa master delle licenze per vedere i passi.',
  'ui.migration.pool': 'pool del progetto',
  'ui.migration.stay': 'Resta',
  'ui.migration.release': 'Svincola',
  'ui.migration.bind': 'Vincola',
  'ui.migration.convertStep': 'Converti',
} satisfies Record<keyof typeof plansEn, string>;
