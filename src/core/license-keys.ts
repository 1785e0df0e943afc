import { licenseCodeOrNull, licenseTypeIssue } from './codes.js';
import { HEADER_WORDS, cellReader, headerWord, readDateCells, readLines } from './license-lines.js';
import { echo, type InputIssue } from './errors.js';
import type { LicenseKey } from './schemas.js';

/** Longest text of license keys read (a large reseller's export is far below). */
export const MAX_KEYS_TEXT = 20_000_000;

type KeyColumn = 'code' | 'count' | 'serial' | 'customer' | 'location' | 'description' | 'status' | 'boundOn' | 'ssaUntil' | 'project';

/** The portal's order of a license key's columns (POOL-3), when no header row names them. */
const DEFAULT_KEY_COLUMNS: readonly KeyColumn[] = ['code', 'count', 'serial', 'customer', 'location', 'description', 'status', 'boundOn', 'ssaUntil'];

/** Header names of the key columns in English, German, Italian, Dutch and French (as headerWord spells them). */
const KEY_HEADER_WORDS: Readonly<Record<string, KeyColumn>> = {
  customer: 'customer', endcustomer: 'customer', kunde: 'customer', endkunde: 'customer', klant: 'customer', eindklant: 'customer',
  location: 'location', site: 'location', standort: 'location', ort: 'location', locatie: 'location',
  description: 'description', beschreibung: 'description', omschrijving: 'description', beschrijving: 'description',
  status: 'status', state: 'status', zustand: 'status',
  cliente: 'customer', clientefinale: 'customer', client: 'customer', clientfinal: 'customer',
  sede: 'location', luogo: 'location', lieu: 'location',
  descrizione: 'description', stato: 'status', etat: 'status',
  // The portal's project a key belongs to (issue 26): only where a header row names the column.
  project: 'project', projekt: 'project', progetto: 'project', projet: 'project',
};

const STATUS: Readonly<Record<string, LicenseKey['status']>> = {
  active: 'active', aktiv: 'active', actief: 'active', '': 'active',
  revoked: 'revoked', widerrufen: 'revoked', ingetrokken: 'revoked',
  attiva: 'active', attivo: 'active', revocata: 'revoked', revocato: 'revoked', revoquee: 'revoked', revoque: 'revoked',
};

function columnOf(cell: string): KeyColumn | undefined {
  const word = headerWord(cell);
  const known = KEY_HEADER_WORDS[word];
  if (known) return known;
  const lot = HEADER_WORDS[word];
  // A key list has no device names (a lot's Name column): that column is not read.
  return lot === 'device' ? 'serial' : lot === 'deviceName' ? undefined : lot;
}

/**
 * License keys as a spreadsheet or the portal exports them (POOL-3): one a line, cells separated
 * by tabs, semicolons or commas (no quoted cells), in the portal's order or as a header row in
 * English, German, Italian, Dutch or French names them; dates in ISO or the locale's numeric form. Each unreadable
 * line is an issue whose path is its line number; the readable keys are returned with it.
 * `project`: the portal's project the text belongs to (issue 26), given to each key without a
 * Project cell of its own.
 */
export function parseLicenseKeys(text: unknown, options: { readonly locale?: string; readonly project?: string } = {}): { keys: LicenseKey[]; issues: InputIssue[] } {
  const locale = options.locale ?? 'en';
  // Issue 26: the project a file belongs to, for its keys that name none (a Project column wins).
  const project = typeof options.project === 'string' ? options.project.trim().slice(0, 500) : '';
  const keys: LicenseKey[] = [];
  let columns: readonly KeyColumn[] = DEFAULT_KEY_COLUMNS;
  const issues = readLines(text, MAX_KEYS_TEXT, (line, number, issue, first) => {
    const cells = line.split(line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',').map((c) => c.trim());
    if (first) {
      const header = cells.map(columnOf);
      if (header.every((c) => c !== undefined) && header.includes('code') && header.includes('count')) {
        columns = header as KeyColumn[];
        return;
      }
    }
    const cell = cellReader(columns, cells);
    const code = licenseCodeOrNull(cell('code'));
    if (code === null) {
      const why = licenseTypeIssue(cell('code'));
      issue(why.key, why.params);
      return;
    }
    const status = STATUS[headerWord(cell('status'))];
    if (!/^\d{1,9}$/.test(cell('count')) || !cell('serial') || status === undefined) {
      issue('error.keyLine', { line: number, text: echo(line) });
      return;
    }
    const key: { -readonly [K in keyof LicenseKey]: LicenseKey[K] } = { code, count: Number(cell('count')), serial: cell('serial').slice(0, 100), status };
    for (const c of ['customer', 'location', 'description', 'project'] as const) if (cell(c)) key[c] = cell(c).slice(0, 500);
    if (project && !key.project) key.project = project;
    const dates = readDateCells(cell, locale, (text) => issue('error.invalidDate', { text: echo(text) }));
    if (dates) keys.push(Object.assign(key, dates));
  });
  return { keys, issues };
}
