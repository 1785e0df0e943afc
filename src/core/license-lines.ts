import { parseLocaleDate } from './locale-dates.js';
import { echo, type InputIssue } from './errors.js';
import type { MessageKey } from './messages.js';
import { licenseCodeOrNull, licenseTypeIssue, readLaterCodes } from './codes.js';
import { readLater } from './codes-later.js';

// The codes beyond the guidelines' tables (apps, older devices, misprints): read with pasted text.
readLaterCodes(readLater);

// The version check reads a release date in the locale's form with this chunk, which it loads anyway.
export { parseLocaleDate };

// Reading license lines and tables as pasted from the portal or a spreadsheet: apart from codes.ts,
// so the version check loads it after its first render (before anything is pasted), not with it.

export interface LicenseLine {
  readonly code: string;
  readonly count: number;
  /** From a table's further columns: the device, the license bind date, the SSA end (ISO). */
  readonly device?: string;
  readonly boundOn?: string;
  readonly ssaUntil?: string;
  /** What the user calls the device ("HQ"): a sixth column, or one a header names Name. */
  readonly deviceName?: string;
}

/** Longest pasted text read: a portal export of a large project is far below this. */
export const MAX_PASTE = 1_000_000;

export type Column = 'code' | 'count' | 'device' | 'boundOn' | 'ssaUntil' | 'deviceName';

/** The cell of a column in a table line, '' when the table has no such column (null: a column not read). */
export function cellReader<C extends string>(columns: readonly (C | null)[], cells: readonly string[]): (column: C) => string {
  return (column) => {
    const at = columns.indexOf(column);
    return at < 0 ? '' : (cells[at] ?? '');
  };
}

/**
 * The bind date and SSA end cells of a table line (ISO or the locale's numeric dates): the dates
 * read, or null when one could not be read (reported with its text).
 */
export function readDateCells(cell: (c: 'boundOn' | 'ssaUntil') => string, locale: string, report: (text: string) => void): { boundOn?: string; ssaUntil?: string } | null {
  const out: { boundOn?: string; ssaUntil?: string } = {};
  let bad = false;
  for (const c of ['boundOn', 'ssaUntil'] as const) {
    const written = cell(c);
    if (!written) continue;
    const iso = parseLocaleDate(written, locale);
    if (iso === null) {
      report(written);
      bad = true;
    } else out[c] = iso;
  }
  return bad ? null : out;
}
const DEFAULT_COLUMNS: readonly Column[] = ['code', 'count', 'device', 'boundOn', 'ssaUntil', 'deviceName'];

/** Column names a header row may use, in English, German, Italian, Dutch and French (see headerWord). */
export const HEADER_WORDS: Readonly<Record<string, Column>> = {
  licensetype: 'code', licencetype: 'code', type: 'code', code: 'code', license: 'code', licence: 'code', lizenztyp: 'code', lizenz: 'code', licentietype: 'code', licentie: 'code',
  tipo: 'code', tipolicenza: 'code', tipodilicenza: 'code', licenza: 'code', typedelicence: 'code', typelicence: 'code',
  count: 'count', quantity: 'count', qty: 'count', anzahl: 'count', menge: 'count', aantal: 'count', quantita: 'count', quantite: 'count', nombre: 'count',
  device: 'device', serial: 'device', serialnumber: 'device', mac: 'device', gerat: 'device', seriennummer: 'device', apparaat: 'device', serienummer: 'device',
  dispositivo: 'device', numerodiserie: 'device', seriale: 'device', appareil: 'device', numerodeserie: 'device',
  boundon: 'boundOn', binddate: 'boundOn', licensebinddate: 'boundOn', bound: 'boundOn', bindungsdatum: 'boundOn', gebundenam: 'boundOn', lizenzbindungsdatum: 'boundOn', koppeldatum: 'boundOn', gekoppeldop: 'boundOn',
  datadivincolo: 'boundOn', vincolatail: 'boundOn', datedeliaison: 'boundOn', liele: 'boundOn',
  ssauntil: 'ssaUntil', ssaend: 'ssaUntil', ssa: 'ssaUntil', ssabis: 'ssaUntil', ssaende: 'ssaUntil', ssatot: 'ssaUntil', ssaeinde: 'ssaUntil',
  ssafinoal: 'ssaUntil', finessa: 'ssaUntil', finedelssa: 'ssaUntil', ssajusquau: 'ssaUntil', finssa: 'ssaUntil', findussa: 'ssaUntil',
  name: 'deviceName', devicename: 'deviceName', geratename: 'deviceName', naam: 'deviceName', apparaatnaam: 'deviceName', nome: 'deviceName', nomedispositivo: 'deviceName', nom: 'deviceName', nomappareil: 'deviceName',
};

/** A header cell as HEADER_WORDS spells it: lower case, accents dropped (Gerät, quantità, numéro), letters only. */
export function headerWord(cell: string): string {
  return cell.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-zß]/g, '');
}

/**
 * A header row: it names the license type and the count columns (in any of the five languages);
 * the columns it names otherwise ("Project", "Comment") are not read, and named once (`ignored`).
 */
function headerColumns(cells: readonly string[]): { columns: (Column | null)[]; ignored: string[] } | null {
  const columns = cells.map((c) => HEADER_WORDS[headerWord(c)] ?? null);
  if (!columns.includes('code') || !columns.includes('count')) return null;
  return { columns, ignored: cells.filter((c, i) => columns[i] === null && c !== '') };
}

/**
 * A table line's cells, split at tabs and semicolons; a cell in double quotes (as a spreadsheet
 * exports it) is read without them, and may hold a separator (`"Project; A"`) or a quote (`""`).
 */
export function splitCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === '\t' || c === ';') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * How a count cell that is not plain digits is read: the page's number parser
 * (elements/shared/number-parser.ts, `1.200` is 1200 on a German page), which refuses a text two
 * locales read as two numbers. Without it, only plain digits are counts.
 */
export type CountReader = (text: string) => { readonly kind: 'number'; readonly value: number } | { readonly kind: 'ambiguous'; readonly plain: string; readonly grouped: string } | { readonly kind: 'empty' | 'invalid' };

/** Adds an issue for the line being read (its path is the line number). */
export type LineIssue = (key: MessageKey, params: Record<string, string | number>) => void;

/**
 * What the readers of pasted text share (license lines here, license keys in license-keys.ts):
 * the text's type and length are checked, then each non-blank line is given to `read`, trimmed,
 * with its number (1-based), `issue` for its issues and whether it is the first; reading stops
 * after 100 issues. Returns the issues.
 */
export function readLines(text: unknown, maximum: number, read: (line: string, number: number, issue: LineIssue, first: boolean) => void): InputIssue[] {
  if (typeof text !== 'string') return [{ path: [], key: 'error.invalidType', params: { expected: 'string' } }];
  if (text.length > maximum) return [{ path: [], key: 'error.tooLong', params: { maximum } }];
  const issues: InputIssue[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let first = true;
  for (let i = 0; i < lines.length && issues.length < 100; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    read(line, i + 1, (key, params) => issues.push({ path: [i + 1], key, params }), first);
    first = false;
  }
  return issues;
}

/**
 * Reads license lines as the portal shows them, one a line: `PBX-Port10 100`, `100 PBX-Port10`,
 * `PBX-Port 11%1000: 20`, `PBX Video12 x 5`. A spreadsheet's copy (tab- or semicolon-separated)
 * may add the device, the bind date, the SSA end and the device's name, in that order or as a header row in
 * English, German, Italian, Dutch or French names them (other columns a header names are not read:
 * `ignoredColumns`); cells in double quotes, counts as `readCount` reads them; dates in ISO or the locale's numeric form. Blank lines
 * are skipped. Each unreadable line is an issue whose path is its line number (1-based); the
 * readable ones are returned with it.
 */
export function parseLicenseLines(
  text: unknown,
  options: { readonly locale?: string; readonly readCount?: CountReader } = {},
): { licenses: LicenseLine[]; issues: InputIssue[]; ignoredColumns?: string[] } {
  const locale = options.locale ?? 'en';
  const licenses: LicenseLine[] = [];
  let columns: readonly (Column | null)[] = DEFAULT_COLUMNS;
  let ignored: string[] = [];
  const issues = readLines(text, MAX_PASTE, (line, number, issue, first) => {
    if (/[\t;]/.test(line)) {
      const cells = splitCells(line);
      const header = first ? headerColumns(cells) : null;
      if (header) {
        ({ columns, ignored } = header);
        return;
      }
      const cell = cellReader(columns, cells);
      const countText = cell('count');
      let count = /^\d{1,9}$/.test(countText) ? Number(countText) : null;
      if (count === null && options.readCount) {
        const n = options.readCount(countText);
        if (n.kind === 'ambiguous') {
          issue('error.ambiguousNumber', { text: echo(countText), plain: n.plain, grouped: n.grouped });
          return;
        }
        if (n.kind === 'number' && Number.isInteger(n.value) && n.value >= 0 && n.value <= 999_999_999) count = n.value;
      }
      if (count === null) {
        issue('error.licenseLine', { line: number, text: echo(line) });
        return;
      }
      const code = licenseCodeOrNull(cell('code'));
      if (code === null) {
        const why = licenseTypeIssue(cell('code'));
        issue(why.key, why.params);
        return;
      }
      const out: { -readonly [K in keyof LicenseLine]: LicenseLine[K] } = { code, count };
      const device = cell('device');
      if (device) out.device = device.slice(0, 100);
      const name = cell('deviceName');
      if (name) out.deviceName = name.slice(0, 100);
      const dates = readDateCells(cell, locale, (text) => issue('error.invalidDate', { text: echo(text) }));
      if (dates) licenses.push(Object.assign(out, dates));
      return;
    }
    const m = /^(.*?)[\s:;,x×*=]+(\d{1,9})$/i.exec(line) ?? /^(\d{1,9})[\s:;,x×*]+(.*)$/i.exec(line);
    const [codeText, countText] = m ? (/^\d/.test(m[1]!) && !/^\d/.test(m[2]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!]) : [line, ''];
    if (!countText) {
      issue('error.licenseLine', { line: number, text: echo(line) });
      return;
    }
    const code = licenseCodeOrNull(codeText.trim());
    if (code === null) {
      const why = licenseTypeIssue(codeText.trim());
      issue(why.key, why.params);
    } else licenses.push({ code, count: Number(countText) });
  });
  return ignored.length ? { licenses, issues, ignoredColumns: ignored } : { licenses, issues };
}
