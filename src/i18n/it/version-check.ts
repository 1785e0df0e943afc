import type { versionCheckEn } from '../en/version-check.js';

/**
 * Italiano. Termini usati ovunque: licenza Port, master delle licenze, Software Service Agreement
 * (SSA), linea urbana (trunk), estensione di garanzia; i nomi delle licenze restano quelli del
 * listino (Voicemail User, Standby, UC).
 *
 * The messages of <pbx-version-check> and checkVersions.
 */
export const versionCheckIt = {
  'notice.operatorVersionUnknown': '{code} si verifica rispetto alla versione del software Operator, che non è stata indicata.',
  'notice.queueMonitorVersionUnknown': '{code} si verifica rispetto alla versione del software Queue Monitor, che non è stata indicata.',
  'notice.versionNotInCode': 'Il tipo di licenza {code} non riporta un numero di versione: verifica la versione nel portale.',
  'notice.voicemailModelsMixedInstalled': 'Sono installate insieme licenze Voicemail del vecchio modello e licenze Voicemail User: i due modelli non si possono combinare.',
  'notice.ssaUpgrade': '{count, plural, one {La # licenza {code} si può aggiornare} other {Le # licenze {code} si possono aggiornare}} gratuitamente: questa versione è uscita durante il loro Software Service Agreement (fino al {ssaUntil}).',
  'notice.canRelease': '{count, plural, one {La # licenza {code} può essere svincolata} other {Le # licenze {code} possono essere svincolate}} dal dispositivo e spostate all’interno dell’azienda.',
  'notice.cannotRelease': '{count, plural, one {La # licenza {code} non può essere svincolata} other {Le # licenze {code} non possono essere svincolate}} dal dispositivo: restano vincolate.',
  'notice.cannotReleaseV501': '{count, plural, one {La # licenza {code} è una licenza} other {Le # licenze {code} sono licenze}} del license manager V5.01: le licenze si possono svincolare solo a partire da PBX V8, quindi restano vincolate.',
  'blocking.version': 'Rimuovi o aggiorna {count, plural, one {questa # licenza {code} V{licenseVersion}} other {queste # licenze {code} V{licenseVersion}}} per eseguire la V{softwareVersion}.',
  'blocking.versionSsa': '{count, plural, one {Questa # licenza {code} V{licenseVersion} viene aggiornata} other {Queste # licenze {code} V{licenseVersion} vengono aggiornate}} alla V{softwareVersion} gratuitamente con il SSA.',
  'blocking.operatorVersion': '{count, plural, one {La # licenza {code} (V{licenseVersion}) non può} other {Le # licenze {code} (V{licenseVersion}) non possono}} eseguire il software Operator V{softwareVersion}.',
  'blocking.queueMonitorVersion': '{count, plural, one {La # licenza {code} (V{licenseVersion}) non può} other {Le # licenze {code} (V{licenseVersion}) non possono}} eseguire il software Queue Monitor V{softwareVersion}.',
  'blocking.pbxTooOld': '{count, plural, one {La # licenza {code} richiede} other {Le # licenze {code} richiedono}} la versione PBX {minimum} o successiva (richiesta V{softwareVersion}).',
  'notice.targetReleaseUnknown': 'Inserisci la data di rilascio di {target}: un SSA copre le versioni rilasciate durante il suo periodo, quindi senza la data non si può dire quali licenze aggiorna.',
  'ui.versionCheck.title': 'Verifica versione',
  'ui.pbxVersion': 'Versione software del PBX',
  'ui.operatorVersion': 'Versione software Operator',
  'ui.queueMonitorVersion': 'Versione software Queue Monitor',
  'ui.licenses': 'Licenze installate',
  'ui.licenses.hint': 'Una licenza per riga: tipo e quantità, come nel portale (PBX-Port10 100). Da un foglio di calcolo anche dispositivo, data di vincolo e fine SSA, separati da tabulazioni o punti e virgola.',
  'ui.vc.ok': 'Queste licenze eseguono {version}.',
  'ui.vc.blocked': 'Queste licenze non eseguono {version}.',
  'ui.vc.max': 'Versione PBX più alta che eseguono: V{max}.',
  'ui.vc.prompt': 'Inserisci o incolla le licenze installate per vedere se eseguono {version}.',
  'ui.vc.maxNone': 'Nessuna licenza limita la versione del PBX.',
  'ui.vc.blocking': 'Cosa blocca l’aggiornamento',
  'ui.targetReleased': 'Data di rilascio di questa versione',
} satisfies Record<keyof typeof versionCheckEn, string>;
