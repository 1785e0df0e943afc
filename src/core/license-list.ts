import { licenseCodeOrNull, licenseTypeIssue, parseLicenseTypeCached, readLaterCodes } from './codes.js';
import { readLater } from './codes-later.js';
import { echo, type InputIssue, type IssuePath } from './errors.js';
import { isIsoDate } from './dates.js';
import { parseLicenseLines, type CountReader } from './license-lines.js';
import type { MessageKey } from './messages.js';
import type { ActivationKey, LicenseKey } from './schemas.js';
import { readXml, type XmlElement } from './xml-reader.js';

// One reader for every license list (issue 26): what the PBX and the portal already hold, in the
// formats their devices and the portal produce, and the kit's own tables. It recognises the format
// and never guesses: a name or type it does not know is an issue naming it, never a line dropped
// and never another license.

// The codes beyond the guidelines' tables (App licenses, device names): a list names them.
readLaterCodes(readLater);

/** Which kind of list was read. */
export type LicenseListFormat =
  /** The PBX admin API's reply `{ mt: 'GetPbxLicensesResult', lic: [...] }`. */
  | 'pbxLicenses'
  /** A device's admin XML (`/PBX0/ADMIN/mod_cmd_login.xml`): `<lic name count used …/>` elements. */
  | 'deviceXml'
  /** The license file the portal issues: `<licenses><license amount type mac var>signature</license></licenses>`. */
  | 'licenseFile'
  /** The kit's own table: the paste box's lines and columns (tab, semicolon or comma separated). */
  | 'lines'
  /** The kit's own JSON lots: `[{ code, count, device?, deviceName?, boundOn?, ssaUntil? }]`. */
  | 'lots';

/** A lot as read: `count` is what the list holds (Loaded), `used` what the device uses of it, when the list says. */
export interface LicenseListLot {
  readonly code: string;
  readonly count: number;
  readonly used?: number;
  /** The device (serial, the MAC of a license file) the licenses are bound to. */
  readonly device?: string;
  /** What the user calls that device ("HQ"): a table's Name column, a JSON lot's `deviceName`. */
  readonly deviceName?: string;
  readonly boundOn?: string;
  readonly ssaUntil?: string;
}

export interface LicenseList {
  /** Null when the input is no list the reader knows (the issues say why). */
  readonly format: LicenseListFormat | null;
  readonly lots: readonly LicenseListLot[];
  /** The devices the lots are bound to, in order of appearance (a license file: its MACs). */
  readonly devices: readonly string[];
  /** What could not be read: path [line] for text (the line of an XML element), a JSON path for objects. */
  readonly issues: readonly InputIssue[];
  /** What was read and should be known: over-allocation, a device's old name, a list with no licenses, unchecked signatures. */
  readonly notes: readonly InputIssue[];
}

/** Longest text read: a license file of 10,000 licenses is about 2 MB. */
export const MAX_LIST_TEXT = 5_000_000;
/** Most entries (`lic`, `license` elements, JSON entries) read; reading stops with an issue after. */
export const MAX_LIST_ENTRIES = 100_000;
/** Most issues reported (the rest are not looked for). */
const MAX_ISSUES = 100;
/** Largest count or amount read (as MAX_LICENSES). */
const MAX_AMOUNT = 10_000_000;

const own = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);
const isObject = (o: unknown): o is object => typeof o === 'object' && o !== null && !Array.isArray(o);

class Reading {
  readonly lots: LicenseListLot[] = [];
  readonly devices: string[] = [];
  readonly issues: InputIssue[] = [];
  readonly notes: InputIssue[] = [];
  private readonly noted = new Set<string>();
  private readonly seenDevices = new Set<string>();
  /** The codes whose notes were looked for: a license file names the same few types thousands of times. */
  private readonly looked = new Set<string>();

  issue(path: IssuePath, key: MessageKey, params: Record<string, string | number> = {}): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, key, params });
  }

  note(path: IssuePath, key: MessageKey, params: Record<string, string | number>, once = ''): void {
    if (once && this.noted.has(once)) return;
    if (once) this.noted.add(once);
    if (this.notes.length < MAX_ISSUES) this.notes.push({ path, key, params });
  }

  device(serial: string): void {
    if (this.seenDevices.has(serial)) return;
    this.seenDevices.add(serial);
    this.devices.push(serial);
  }

  result(format: LicenseListFormat | null): LicenseList {
    return {
      format,
      lots: this.lots,
      devices: this.devices,
      issues: this.issues,
      notes: this.notes,
    };
  }

  /** Notes on a code that was read: an older device's name (PORT8, Port9), a limited Port license (PORT8*20). */
  noteCode(path: IssuePath, written: string, code: string): void {
    const id = `${written}\u0000${code}`;
    if (this.looked.has(id)) return;
    this.looked.add(id);
    const type = parseLicenseTypeCached(code);
    if (type.limit !== undefined) this.note(path, 'notice.limitedPort', { code, limit: type.limit }, `limit\u0000${code}`);
    else if (type.version !== null && !/^\s*(pbx|relay)/i.test(written) && !/^\s*[\w-]+\(/.test(written))
      this.note(path, 'notice.deviceSpelling', { text: echo(written), code, version: type.version }, `name\u0000${written}`);
  }
}

/** A count as the sources write it: a string of digits (GetPbxLicensesResult, XML attributes) or a whole number. */
function amount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= MAX_AMOUNT ? value : null;
  if (typeof value !== 'string' || !/^\s*\d{1,8}\s*$/.test(value)) return null;
  const n = Number(value);
  return n <= MAX_AMOUNT ? n : null;
}

const written = (value: unknown): string => echo(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

/**
 * The license type a device names `name` with `version` (GetPbxLicensesResult, the admin XML):
 * `Port` + `12` is `PBX-Port12`, `Recording(Basic)` + `12` is `PBX-Recording12(Basic)`,
 * `App(innovaphone-switchboard)` + `13` is `PBX-App(innovaphone-switchboard)13` (the version after
 * the parenthesis), `BRIs` is `Relay-BRIs`. The code, or the issue naming what it is not.
 */
function deviceCode(name: string, version: string): { code: string } | { key: MessageKey; params: Record<string, string | number> } {
  const n = name.trim();
  const v = version.trim();
  const paren = /^(?!app\(|service\()([^(]+)(\(.*\))$/i.exec(n);
  const full = /^(pbx|relay)-/i.test(n) ? n + v : paren ? `PBX-${paren[1]}${v}${paren[2]}` : `PBX-${n}${v}`;
  const code = licenseCodeOrNull(full) ?? (v ? null : licenseCodeOrNull(`Relay-${n}`));
  if (code !== null) return { code };
  // A versioned type named without its version: which of its licenses it is cannot be told (G-3).
  if (!v && licenseCodeOrNull(paren ? `PBX-${paren[1]}12${paren[2]}` : `PBX-${n}12`)) return { key: 'error.deviceLicenseVersion', params: { name: echo(n) } };
  const why = licenseTypeIssue(full);
  return why.key === 'error.unknownLicenseType'
    ? {
        key: 'error.deviceLicense',
        params: { name: echo(n), version: echo(v) },
      }
    : { key: why.key, params: why.params };
}

/** One `lic` entry of the PBX's list or the device's XML: name, version, count, used. */
function readLic(r: Reading, path: IssuePath, element: number, get: (field: string) => unknown): void {
  const tag = 'lic';
  const name = get('name');
  if (typeof name !== 'string' || !name.trim()) {
    r.issue(path, 'error.listMissing', { tag, element, field: 'name' });
    return;
  }
  const versionValue = get('version');
  if (versionValue !== undefined && typeof versionValue !== 'string' && typeof versionValue !== 'number') {
    r.issue(path, 'error.listNumber', {
      tag,
      element,
      field: 'version',
      text: written(versionValue),
    });
    return;
  }
  const version = versionValue === undefined ? '' : String(versionValue);
  if (version && !/^\s*\d{1,2}\s*$/.test(version)) {
    r.issue(path, 'error.listNumber', {
      tag,
      element,
      field: 'version',
      text: echo(version),
    });
    return;
  }
  const read = deviceCode(name, version);
  if (!('code' in read)) {
    r.issue(path, read.key, { tag, element, ...read.params });
    return;
  }
  const numbers: Record<'count' | 'used', number | null> = {
    count: null,
    used: null,
  };
  for (const field of ['count', 'used'] as const) {
    const value = get(field);
    if (value === undefined && field === 'used') continue;
    if (value === undefined) {
      r.issue(path, 'error.listMissing', { tag, element, field });
      return;
    }
    const n = amount(value);
    if (n === null) {
      r.issue(path, 'error.listNumber', {
        tag,
        element,
        field,
        text: written(value),
      });
      return;
    }
    numbers[field] = n;
  }
  const count = numbers.count!;
  const lot: { code: string; count: number; used?: number } = {
    code: read.code,
    count,
  };
  if (numbers.used !== null) lot.used = numbers.used;
  r.lots.push(lot);
  // Names without the PBX- prefix are this format's own: only a limited license is noted.
  r.noteCode(path, read.code, read.code);
  // A slave may use more than it has for a while: the master updates it about every ten minutes.
  if (lot.used !== undefined && lot.used > count)
    r.note(path, 'notice.usedOverCount', {
      code: read.code,
      used: lot.used,
      count,
    });
}

function readPbxLicenses(input: object): LicenseList {
  const r = new Reading();
  const lic = own(input, 'lic');
  if (lic === undefined || (Array.isArray(lic) && lic.length === 0)) {
    r.note([], 'notice.pbxNoLicenses', {});
    return r.result('pbxLicenses');
  }
  if (!Array.isArray(lic)) {
    r.issue(['lic'], 'error.listEntries', { tag: 'lic' });
    return r.result('pbxLicenses');
  }
  if (lic.length > MAX_LIST_ENTRIES) {
    r.issue(['lic'], 'error.tooMany', { maximum: MAX_LIST_ENTRIES });
    return r.result('pbxLicenses');
  }
  for (let i = 0; i < lic.length && r.issues.length < MAX_ISSUES; i++) {
    const e: unknown = lic[i];
    if (!isObject(e)) {
      r.issue(['lic', i], 'error.listEntries', { tag: 'lic' });
      continue;
    }
    readLic(r, ['lic', i], i + 1, (field) => own(e, field));
  }
  return r.result('pbxLicenses');
}

function readLotsJson(input: readonly unknown[]): LicenseList {
  const r = new Reading();
  if (input.length > MAX_LIST_ENTRIES) {
    r.issue([], 'error.tooMany', { maximum: MAX_LIST_ENTRIES });
    return r.result('lots');
  }
  for (let i = 0; i < input.length && r.issues.length < MAX_ISSUES; i++) {
    const e: unknown = input[i];
    if (!isObject(e)) {
      r.issue([i], 'error.listEntries', { tag: 'lot' });
      continue;
    }
    const code = own(e, 'code');
    if (typeof code !== 'string') {
      r.issue([i, 'code'], 'error.listMissing', {
        tag: 'lot',
        element: i + 1,
        field: 'code',
      });
      continue;
    }
    const canonical = licenseCodeOrNull(code);
    if (canonical === null) {
      const why = licenseTypeIssue(code);
      r.issue([i, 'code'], why.key, why.params);
      continue;
    }
    const count = amount(own(e, 'count'));
    if (count === null) {
      r.issue([i, 'count'], 'error.listNumber', {
        tag: 'lot',
        element: i + 1,
        field: 'count',
        text: written(own(e, 'count')),
      });
      continue;
    }
    const lot: { -readonly [K in keyof LicenseListLot]: LicenseListLot[K] } = {
      code: canonical,
      count,
    };
    const device = own(e, 'device');
    if (device !== undefined) {
      if (typeof device !== 'string' || !device.trim() || device.length > 100) {
        r.issue([i, 'device'], 'error.listNumber', {
          tag: 'lot',
          element: i + 1,
          field: 'device',
          text: written(device),
        });
        continue;
      }
      lot.device = device.trim();
      r.device(lot.device);
    }
    // A name is shown, never judged: one that is no short text is left out.
    const name = own(e, 'deviceName');
    if (typeof name === 'string' && name.trim() && name.length <= 100) lot.deviceName = name.trim();
    let bad = false;
    for (const field of ['boundOn', 'ssaUntil'] as const) {
      const value = own(e, field);
      if (value === undefined) continue;
      if (typeof value === 'string' && isIsoDate(value)) lot[field] = value;
      else {
        r.issue([i, field], 'error.invalidDate', { text: written(value) });
        bad = true;
      }
    }
    if (bad) continue;
    r.lots.push(lot);
    r.noteCode([i, 'code'], code, canonical);
  }
  return r.result('lots');
}

const macs = new Map<string, string | null>();

/** A MAC as a license file writes it: 12 hex digits, with or without separators; lower case with hyphens. */
function mac(text: string): string | null {
  let read = macs.get(text);
  if (read === undefined) {
    read = readMac(text);
    if (macs.size > 10_000) macs.clear();
    macs.set(text, read);
  }
  return read;
}

function readMac(text: string): string | null {
  const hex = text.trim().replace(/[-:.\s]/g, '');
  return /^[0-9a-f]{12}$/i.test(hex) ? hex.toLowerCase().replace(/(..)(?!$)/g, '$1-') : null;
}

function readLicenseFile(root: XmlElement, r: Reading): LicenseList {
  // Loaded per type and device: the sum of its `amount`s (one device per MAC, the MAC its serial).
  const lots = new Map<string, { code: string; count: number; device: string }>();
  let element = 0;
  for (const child of root.children) {
    element++;
    if (r.issues.length >= MAX_ISSUES) break;
    const path = [child.line];
    if (child.name !== 'license') {
      r.issue(path, 'error.listElement', { tag: echo(child.name), element });
      continue;
    }
    const amountText = child.attributes.get('amount');
    const type = child.attributes.get('type');
    const macText = child.attributes.get('mac');
    const tag = 'license';
    const missing = amountText === undefined ? 'amount' : type === undefined ? 'type' : macText === undefined ? 'mac' : null;
    if (missing) {
      r.issue(path, 'error.listMissing', { tag, element, field: missing });
      continue;
    }
    const count = amount(amountText);
    if (count === null) {
      r.issue(path, 'error.listNumber', {
        tag,
        element,
        field: 'amount',
        text: echo(amountText!),
      });
      continue;
    }
    const device = mac(macText!);
    if (device === null) {
      r.issue(path, 'error.listMac', { tag, element, text: echo(macText!) });
      continue;
    }
    const code = licenseCodeOrNull(type!);
    if (code === null) {
      const why = licenseTypeIssue(type!);
      r.issue(path, why.key, { ...why.params, element });
      continue;
    }
    r.device(device);
    const id = `${code}\u0000${device}`;
    const lot = lots.get(id);
    if (lot) lot.count += count;
    else lots.set(id, { code, count, device });
    r.noteCode(path, type!, code);
  }
  r.lots.push(...lots.values());
  if (r.lots.length) r.note([], 'notice.signatureNotChecked', {});
  return r.result('licenseFile');
}

/** Every `lic` element of a device's admin XML, wherever it is. */
function readDeviceXml(root: XmlElement, r: Reading): LicenseList {
  let element = 0;
  const walk = (e: XmlElement): void => {
    for (const child of e.children) {
      if (r.issues.length >= MAX_ISSUES) return;
      if (child.name === 'lic') {
        element++;
        readLic(r, [child.line], element, (field) => child.attributes.get(field));
      }
      walk(child);
    }
  };
  walk(root);
  return r.result('deviceXml');
}

function hasLic(e: XmlElement): boolean {
  return e.children.some((c) => c.name === 'lic' || hasLic(c));
}

function readXmlList(text: string): LicenseList {
  const r = new Reading();
  const doc = readXml(text, MAX_LIST_ENTRIES * 2);
  if ('issue' in doc) {
    r.issue([doc.issue.line], doc.issue.key, doc.issue.params);
    return r.result(null);
  }
  if (doc.root.name === 'licenses') return readLicenseFile(doc.root, r);
  if (doc.root.name === 'lic' || hasLic(doc.root)) return readDeviceXml({ name: '', attributes: new Map(), children: [doc.root], line: 1 }, r);
  r.issue([doc.root.line], 'error.listFormat', {});
  return r.result(null);
}

/** The kit's own lines and tables (parseLicenseLines); comma-separated cells (a CSV file) as its semicolons. */
function readLines(text: string, locale: string, readCount: CountReader | undefined): LicenseList {
  const r = new Reading();
  const csv = !/[\t;]/.test(text) && /^[^\n]*,[^\n]*,/.test(text.trimStart());
  // Quoted cells stay quoted (a count "1,200" keeps its comma): the line reader reads them.
  const table = csv ? text.replace(/"(?:[^"\n]|"")*"|,/g, (m) => (m === ',' ? ';' : m)) : text;
  const read = parseLicenseLines(table, { locale, ...(readCount ? { readCount } : {}) });
  // Said once: the columns a header row names that are no license data.
  if (read.ignoredColumns) r.note([], 'notice.columnsIgnored', { text: read.ignoredColumns.join(', ') });
  for (const lot of read.licenses) {
    r.lots.push(lot);
    if (lot.device) r.device(lot.device);
    r.noteCode([], lot.code, lot.code);
  }
  r.issues.push(...read.issues);
  return r.result('lines');
}

function readObject(input: unknown): LicenseList {
  if (Array.isArray(input)) return readLotsJson(input);
  if (isObject(input)) {
    if (own(input, 'mt') === 'GetPbxLicensesResult') return readPbxLicenses(input);
    const lots = own(input, 'licenses');
    if (Array.isArray(lots)) return readLotsJson(lots);
  }
  const r = new Reading();
  r.issue([], 'error.listFormat', {});
  return r.result(null);
}

/**
 * Reads a license list as the PBX, the device or the portal give it, or as the kit's own tables
 * hold it, and says which it was (`format`):
 *
 * - the PBX admin API's `GetPbxLicensesResult` (`{ mt, lic: [{ name, version, count, used, … }] }`,
 *   values as strings; `Port` + `12` is `PBX-Port12`; no `lic`: no licenses, or test mode: a note);
 * - a device's admin XML, every `<lic name count used …/>` element wherever it is;
 * - the portal's license file (`<licenses><license amount type mac var>signature</license>…`):
 *   one device per MAC, Loaded the sum of `amount` per type and device. **The signatures are not
 *   checked**: the lots are what the file says (a note says so);
 * - the kit's own tables: the paste box's lines and columns (parseLicenseLines), a CSV file's
 *   comma-separated cells, JSON lots (`[{ code, count, device?, boundOn?, ssaUntil? }]`).
 *
 * Text or a parsed object. Never guesses: a name or type it does not know is an issue naming it
 * (with its line, or its JSON path), never a line dropped or another license. XML is read without
 * evaluating anything (xml-reader.ts: no DTD, no entities but the five predefined and character
 * numbers). `used > count` is a note (a slave may use more than it has for a while), not an error.
 * Never throws.
 */
export function readLicenseList(input: unknown, options: { readonly locale?: string; readonly readCount?: CountReader } = {}): LicenseList {
  const locale = options.locale ?? 'en';
  if (typeof input !== 'string') return readObject(input);
  const text = input.replace(/^\uFEFF/, '');
  const start = text.slice(0, 100).trimStart();
  // XML that declares itself, or names a license list's elements; any other text is the paste
  // box's lines (a line that starts with "<" is an unknown code, said as such).
  const xml = start.startsWith('<') && (/^<\?xml/i.test(start) || /<(licenses|lic)[\s/>]/.test(text));
  const json = !xml && (start.startsWith('{') || start.startsWith('['));
  // The paste box's lines keep its own cap (parseLicenseLines); a list from a file may be larger.
  if ((xml || json) && text.length > MAX_LIST_TEXT) {
    const r = new Reading();
    r.issue([], 'error.tooLong', { maximum: MAX_LIST_TEXT });
    return r.result(null);
  }
  if (xml) return readXmlList(text);
  if (json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const r = new Reading();
      r.issue([], 'error.listJson', {});
      return r.result(null);
    }
    return readObject(parsed);
  }
  return readLines(text, locale, options.readCount);
}

/**
 * The balance a license list gives (computeBalance's input): per lot its count is Loaded (an
 * activation key, POOL-2), and what the list says is used (a PBX's or a device's `used`) is Used:
 * an active license key of that count on the lot's device, or on `PBX` where the list names none
 * (POOL-3). A license file says what is loaded on each device, not what is used: its lots are
 * Loaded only. Summing per type is computeBalance's: a file of three devices is one row per type.
 * `project` (issue 26): the portal's project the list belongs to, given to every key it makes, so
 * that a file per project loads into one company view (computeProjectBalance).
 */
export function licenseListBalance(list: LicenseList, options: { readonly project?: string } = {}): { activationKeys: ActivationKey[]; licenseKeys: LicenseKey[] } {
  const activationKeys: ActivationKey[] = [];
  const licenseKeys: LicenseKey[] = [];
  const project = typeof options.project === 'string' ? options.project.trim().slice(0, 500) : '';
  const of = project ? { project } : {};
  for (const lot of list.lots) {
    activationKeys.push({ code: lot.code, count: lot.count, ...of });
    if (lot.used !== undefined) licenseKeys.push({ code: lot.code, count: lot.used, serial: lot.device ?? 'PBX', status: 'active', ...of });
  }
  return { activationKeys, licenseKeys };
}
