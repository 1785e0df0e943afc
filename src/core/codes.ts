import { familySpec, type LicenseFamily } from './catalog.js';
import { parseLocaleDate } from './dates.js';
import { LicenseInputError, echo } from './errors.js';

export interface LicenseType {
  /** Canonical code, as the portal spells it (RULES.md code table). */
  readonly code: string;
  readonly family: LicenseFamily;
  /** License version (G-3); null for hardware and other unversioned types. */
  readonly version: number | null;
  /** The `%n` tier suffix (PORT-3, STBY-3, VM-2); null for the standard license. */
  readonly tier: number | null;
}

const V = '(\\d{1,2})';

/**
 * Patterns over the normalised text (upper case, no white space, hyphens or underscores).
 * The English V12 table prints `PBX-Port 11%1000` for the top Port tiers where German and Dutch
 * print 12: the parser reads the number that is written (a V11 top-tier license is real), and the
 * calculator always emits the scenario's own version, so V12 quotes say `PBX-Port12%1000`.
 */
const PATTERNS: readonly [RegExp, LicenseFamily][] = [
  [new RegExp(`^PBXPORT${V}(?:%(500|1000|2000|5000))?$`), 'port'],
  [new RegExp(`^PBXSTANDBY${V}(?:%(500|1000|2000|5000))?$`), 'standby'],
  [new RegExp(`^PBXIPVA${V}$`), 'ipva'],
  [new RegExp(`^PBXMYPBX${V}$`), 'myPBX'],
  [new RegExp(`^PBXVIDEO${V}$`), 'video'],
  [new RegExp(`^PBXAPPSHARING${V}$`), 'appSharing'],
  [new RegExp(`^PBXFAX${V}$`), 'fax'],
  [new RegExp(`^PBXVOICEMAILUSER${V}$`), 'voicemailUser'],
  [new RegExp(`^PBXVOICEMAIL${V}(?:%(1|250))?$`), 'voicemail'],
  [new RegExp(`^PBXMOBILITY${V}$`), 'mobility'],
  [new RegExp(`^PBXUC${V}$`), 'uc'],
  [new RegExp(`^PBXWEBRTC${V}$`), 'webrtc'],
  [new RegExp(`^PBXREPORTING${V}$`), 'reporting'],
  [new RegExp(`^PBXQUEUEMONITOR${V}$`), 'queueMonitor'],
  [new RegExp(`^PBXOPERATOR${V}$`), 'operator'],
  [new RegExp(`^PBXSOFTWAREPHONES${V}$`), 'softwarePhones'],
  [/^PBXAPP\(?INNOVAPHONEPBXCONFERENCE\)?$/, 'conference'],
  [/^RELAYBRIS$/, 'bri'],
  [/^RELAYPRIS$/, 'pri'],
  [/^RELAYCHANNELS$/, 'channels'],
  [/^RELAYREGISTRATIONS$/, 'relayRegistrations'],
  [/^PBXREGISTRATIONS$/, 'legacyRegistrations'],
  // `PBX-SoftwarePhanes` and `PEX-Operators` are OCR noise of the V5.01 scan (T-OLD).
  [/^PBXSOFTWAREPH[AO]NES$/, 'legacySoftwarePhones'],
  [/^P[BE]XOPERATORS$/, 'legacyOperators'],
];

/**
 * Recording: `PBX-Recording12(Basic)`, `PBX-Recording12 Recording14 Basic license` (English),
 * `PBX-Recording12 Recording 2014. Grundlizenz` (German: the table breaks the cell over two
 * lines, so `Recording 2014. Grundlizenz` alone is accepted too). Without the PBX-Recording
 * prefix there is no version in the text: the spelling comes from the V12 guideline only, so it
 * means version 12.
 */
const RECORDING = new RegExp(`^(?:PBXRECORDING${V})?\\(?(RECORDING(?:20)?14\\.?)?(BASIC|GRUND|USER)\\)?(?:LICENSE|LIZENZ)?$`);
const RECORDING_SPELLING_VERSION = 12;

const MAX_PARSE_LENGTH = 200;

function invalid(text: string): LicenseInputError {
  return new LicenseInputError([{ path: [], key: 'error.unknownLicenseType', params: { text: echo(text) } }]);
}

function normalise(text: string): string {
  return text.trim().toUpperCase().replace(/[\s\-_]+/g, '');
}

function build(family: LicenseFamily, versionText: string | undefined, tierText: string | undefined, text: string): LicenseType {
  const spec = familySpec(family);
  const version = versionText === undefined ? null : Number(versionText);
  if (version !== null && version < 1) throw invalid(text);
  const tier = tierText === undefined ? null : Number(tierText);
  return { code: spec.code(version, tier), family, version, tier };
}

/**
 * Reads a license type as written anywhere (portal, guideline tables, V5.01 license manager) and
 * returns its canonical code. Any other text raises a LicenseInputError naming it.
 */
export function parseLicenseType(text: unknown): LicenseType {
  if (typeof text !== 'string') {
    throw new LicenseInputError([{ path: [], key: 'error.invalidType', params: { expected: 'string' } }]);
  }
  if (text.length > MAX_PARSE_LENGTH) throw invalid(text);
  const norm = normalise(text);
  for (const [pattern, family] of PATTERNS) {
    const m = pattern.exec(norm);
    if (m) return build(family, m[1], m[2], text);
  }
  const rec = RECORDING.exec(norm);
  if (rec && (rec[1] !== undefined || rec[2] !== undefined)) {
    const family: LicenseFamily = rec[3] === 'USER' ? 'recordingUser' : 'recordingBasic';
    return build(family, rec[1] ?? String(RECORDING_SPELLING_VERSION), undefined, text);
  }
  throw invalid(text);
}

const cache = new Map<string, LicenseType | LicenseInputError>();

/** parseLicenseType with a memo: license lists repeat the same few spellings many times. */
export function parseLicenseTypeCached(text: string): LicenseType {
  let hit = cache.get(text);
  if (hit === undefined) {
    try {
      hit = parseLicenseType(text);
    } catch (e) {
      hit = e as LicenseInputError;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(text, hit);
  }
  if (hit instanceof LicenseInputError) throw hit;
  return hit;
}

/** Whether the text is a license type in a spelling parseLicenseType reads. */
export function isLicenseType(text: string): boolean {
  return licenseCodeOrNull(text) !== null;
}

/** The canonical code of a family at a version and tier. */
export function licenseCode(family: LicenseFamily, version: number | null, tier: number | null = null): string {
  const spec = familySpec(family);
  return spec.code(spec.versioned ? version : null, tier);
}

/** The version G-3 compares: the written one, or the implied one of V5.01 licenses. */
export function effectiveVersion(type: LicenseType): number | null {
  return type.version ?? familySpec(type.family).impliedVersion ?? null;
}

export interface LicenseLine {
  readonly code: string;
  readonly count: number;
  /** From a table's further columns: the device, the license bind date, the SSA end (ISO). */
  readonly device?: string;
  readonly boundOn?: string;
  readonly ssaUntil?: string;
}

/** Longest pasted text read: a portal export of a large project is far below this. */
export const MAX_PASTE = 1_000_000;

export type Column = 'code' | 'count' | 'device' | 'boundOn' | 'ssaUntil';

/** The cell of a column in a table line, '' when the table has no such column. */
export function cellReader<C extends string>(columns: readonly C[], cells: readonly string[]): (column: C) => string {
  return (column) => {
    const at = columns.indexOf(column);
    return at < 0 ? '' : (cells[at] ?? '');
  };
}

/** The canonical code of a license type as written, or null when it is none. */
export function licenseCodeOrNull(text: string): string | null {
  try {
    return parseLicenseTypeCached(text).code;
  } catch {
    return null;
  }
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
const DEFAULT_COLUMNS: readonly Column[] = ['code', 'count', 'device', 'boundOn', 'ssaUntil'];

/** Column names a header row may use, in English, German, Italian, Dutch and French (see headerWord). */
export const HEADER_WORDS: Readonly<Record<string, Column>> = {
  licensetype: 'code', licencetype: 'code', type: 'code', code: 'code', license: 'code', licence: 'code', lizenztyp: 'code', lizenz: 'code', licentietype: 'code', licentie: 'code',
  tipo: 'code', tipolicenza: 'code', tipodilicenza: 'code', licenza: 'code', typedelicence: 'code', typelicence: 'code',
  count: 'count', quantity: 'count', qty: 'count', anzahl: 'count', menge: 'count', aantal: 'count', quantita: 'count', quantite: 'count', nombre: 'count',
  device: 'device', serial: 'device', serialnumber: 'device', mac: 'device', gerat: 'device', seriennummer: 'device', apparaat: 'device', serienummer: 'device',
  dispositivo: 'device', numerodiserie: 'device', seriale: 'device', appareil: 'device', numerodeserie: 'device',
  boundon: 'boundOn', binddate: 'boundOn', licensebinddate: 'boundOn', bound: 'boundOn', bindungsdatum: 'boundOn', gebundenam: 'boundOn', lizenzbindungsdatum: 'boundOn', koppeldatum: 'boundOn', gekoppeldop: 'boundOn',
  datadivincolo: 'boundOn', vincolatail: 'boundOn', datedeliaison: 'boundOn', lieele: 'boundOn',
  ssauntil: 'ssaUntil', ssaend: 'ssaUntil', ssa: 'ssaUntil', ssabis: 'ssaUntil', ssaende: 'ssaUntil', ssatot: 'ssaUntil', ssaeinde: 'ssaUntil',
  ssafinoal: 'ssaUntil', finessa: 'ssaUntil', finedelssa: 'ssaUntil', ssajusquau: 'ssaUntil', finssa: 'ssaUntil', findussa: 'ssaUntil',
};

/** A header cell as HEADER_WORDS spells it: lower case, accents dropped (Gerät, quantità, numéro), letters only. */
export function headerWord(cell: string): string {
  return cell.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-zß]/g, '');
}

function headerColumns(cells: readonly string[]): Column[] | null {
  const columns = cells.map((c) => HEADER_WORDS[headerWord(c)]);
  return columns.every((c) => c !== undefined) && columns.includes('code') && columns.includes('count') ? (columns as Column[]) : null;
}

/**
 * Reads license lines as the portal shows them, one a line: `PBX-Port10 100`, `100 PBX-Port10`,
 * `PBX-Port 11%1000: 20`, `PBX Video12 x 5`. A spreadsheet's copy (tab- or semicolon-separated)
 * may add the device, the bind date and the SSA end, in that order or as a header row in
 * English, German, Italian, Dutch or French names them; dates in ISO or the locale's numeric form. Blank lines
 * are skipped. Each unreadable line is an issue whose path is its line number (1-based); the
 * readable ones are returned with it.
 */
export function parseLicenseLines(text: unknown, options: { readonly locale?: string } = {}): { licenses: LicenseLine[]; issues: import('./errors.js').InputIssue[] } {
  if (typeof text !== 'string') return { licenses: [], issues: [{ path: [], key: 'error.invalidType', params: { expected: 'string' } }] };
  if (text.length > MAX_PASTE) return { licenses: [], issues: [{ path: [], key: 'error.tooLong', params: { maximum: MAX_PASTE } }] };
  const locale = options.locale ?? 'en';
  const licenses: LicenseLine[] = [];
  const issues: import('./errors.js').InputIssue[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let columns: readonly Column[] = DEFAULT_COLUMNS;
  let first = true;
  for (let i = 0; i < lines.length && issues.length < 100; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const isFirst = first;
    first = false;
    if (/[\t;]/.test(line)) {
      const cells = line.split(/[\t;]/).map((c) => c.trim());
      const header = isFirst ? headerColumns(cells) : null;
      if (header) {
        columns = header;
        continue;
      }
      const cell = cellReader(columns, cells);
      const issue = (key: import('./messages.js').MessageKey, params: Record<string, string | number>) => issues.push({ path: [i + 1], key, params });
      if (!/^\d{1,9}$/.test(cell('count'))) {
        issue('error.licenseLine', { line: i + 1, text: echo(line) });
        continue;
      }
      const code = licenseCodeOrNull(cell('code'));
      if (code === null) {
        issue('error.unknownLicenseType', { text: echo(cell('code')) });
        continue;
      }
      const out: { -readonly [K in keyof LicenseLine]: LicenseLine[K] } = { code, count: Number(cell('count')) };
      const device = cell('device');
      if (device) out.device = device.slice(0, 100);
      const dates = readDateCells(cell, locale, (text) => issue('error.invalidDate', { text: echo(text) }));
      if (dates) licenses.push(Object.assign(out, dates));
      continue;
    }
    const m = /^(.*?)[\s:;,x×*=]+(\d{1,9})$/i.exec(line) ?? /^(\d{1,9})[\s:;,x×*]+(.*)$/i.exec(line);
    const [codeText, countText] = m ? (/^\d/.test(m[1]!) && !/^\d/.test(m[2]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!]) : [line, ''];
    if (!countText) {
      issues.push({ path: [i + 1], key: 'error.licenseLine', params: { line: i + 1, text: echo(line) } });
      continue;
    }
    const code = licenseCodeOrNull(codeText.trim());
    if (code === null) issues.push({ path: [i + 1], key: 'error.unknownLicenseType', params: { text: echo(codeText.trim()) } });
    else licenses.push({ code, count: Number(countText) });
  }
  return { licenses, issues };
}
