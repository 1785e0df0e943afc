import type { versionCheckEn } from '../en/version-check.js';

/**
 * Italiano. Termini usati ovunque: licenza Port, master delle licenze, Software Service Agreement
 * (SSA), linea urbana (trunk), estensione di garanzia; i nomi delle licenze restano quelli del
 * listino (Voicemail User, Standby, UC).
 *
 * The messages of <pbx-version-check>: its form, its verdict line and what blocks (the notices of checkVersions come with the plans, plans.ts).
 */
export const versionCheckIt = {
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
  'ui.targetReleased': 'Data di rilascio di questa versione',
  'blocking.version': 'Rimuovi o aggiorna {count, plural, one {questa # licenza {code} V{licenseVersion}} other {queste # licenze {code} V{licenseVersion}}} per eseguire la V{softwareVersion}.',
  'blocking.versionSsa': '{count, plural, one {Questa # licenza {code} V{licenseVersion} viene aggiornata} other {Queste # licenze {code} V{licenseVersion} vengono aggiornate}} alla V{softwareVersion} gratuitamente con il SSA.',
  'blocking.operatorVersion': '{count, plural, one {La # licenza {code} (V{licenseVersion}) non può} other {Le # licenze {code} (V{licenseVersion}) non possono}} eseguire il software Operator V{softwareVersion}.',
  'blocking.queueMonitorVersion': '{count, plural, one {La # licenza {code} (V{licenseVersion}) non può} other {Le # licenze {code} (V{licenseVersion}) non possono}} eseguire il software Queue Monitor V{softwareVersion}.',
  'blocking.pbxTooOld': '{count, plural, one {La # licenza {code} richiede} other {Le # licenze {code} richiedono}} la versione PBX {minimum} o successiva (richiesta V{softwareVersion}).',
  'ui.vc.blocking': 'Cosa lo impedisce',
} satisfies Record<keyof typeof versionCheckEn, string>;
