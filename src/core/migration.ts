import { MAX_VERSION, MIN_VERSION, familySpec } from './catalog.js';
import { LicenseInputError, type InputIssue } from './errors.js';
import { codeAt } from './codes-later.js';
import { effectiveVersion, isLicenseType, licenseCodeOrNull, parseLicenseTypeCached } from './codes.js';
import { todayIso } from './dates.js';
import { migrationInputSchema, type LicenseLot } from './installed-base-schemas.js';
import { priceBook, priceKey, priceLines, type LinePrices, type PriceBook, type PricedLine, type PriceTotal } from './money.js';
import { NoticeList, type Notice } from './notices.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';
import { parseInput } from './schemas.js';
import type { PlanReason } from './upgrade.js';
import { formatVersion, parseSoftwareVersion } from './versions.js';

/** MIG-1: the oldest firmware a device may run for the move to central licensing. */
export const MIN_MIGRATION_VERSION = 8;

export type MigrationAction = 'stay' | 'release' | 'bind' | 'convert';

export interface MigrationStep {
  readonly action: MigrationAction;
  readonly code: string;
  readonly count: number;
  /** A device serial, or 'pool' (the project's pool of free licenses, MIG-2). */
  readonly from: string;
  readonly to: string;
  /** With 'convert': the code the licenses become. */
  readonly toCode?: string;
  /**
   * What becomes of the lot's SSA (MIG-3): kept at no cost, void (converted; one year charged), or
   * none (it has none; converted, it is charged the year all the same: ssaCharged).
   */
  readonly ssa: 'kept' | 'void' | 'none';
  readonly ruleIds: readonly string[];
  readonly reason: PlanReason;
}

export interface MigrationPlan {
  /** The shape version (RESULT_SCHEMA_VERSION; migrationPlanJsonSchema() describes it). */
  readonly schemaVersion: typeof RESULT_SCHEMA_VERSION;
  /** False when a device runs firmware below V8 (MIG-1): then there are no steps. */
  readonly ok: boolean;
  readonly master: string;
  readonly today: string;
  readonly steps: readonly MigrationStep[];
  /** MIG-3: one year of SSA charged for every converted license; priced (LinePrices, a quantity of `count`) with `prices`. */
  readonly ssaCharged: readonly ({ readonly code: string; readonly count: number; readonly years: 1 } & LinePrices)[];
  /** With `prices`: what that year of SSA costs (list, discount, net, VAT, gross), from the list's `SSA:<code>` entries. */
  readonly ssaTotal?: PriceTotal;
  /** G-4: the lowest license version on the master after the move, which caps the installation. */
  readonly maxPbxVersion: number | null;
  readonly notices: readonly Notice[];
}

/**
 * The move from de-central to central licensing (MIG-1..4, REL-1, REL-2, HW-2, IPVA-4, G-4): per
 * lot, in input order, the steps in the portal. A lot on the master stays; hardware, IPVA and
 * V6/V7 licenses cannot be released and stay on their device; every other lot is released into
 * the project's pool and bound to the master (its SSA kept) or, with `convertTo`, converted
 * there (its SSA void, one year charged). Throws LicenseInputError for invalid input (a master
 * that is not one of the devices, a lot on an unknown device).
 */
export function planMigration(raw: unknown): MigrationPlan {
  const input = parseInput(migrationInputSchema, raw);
  const issues: InputIssue[] = [];
  const today = input.today ?? todayIso();
  const master = input.master;
  const notices = new NoticeList();
  const steps: MigrationStep[] = [];
  const ssaCharged: { code: string; count: number; years: 1 }[] = [];
  const empty = (ok: boolean): MigrationPlan => ({ schemaVersion: RESULT_SCHEMA_VERSION, ok, master, today, steps, ssaCharged, maxPbxVersion: null, notices: notices.items });

  let tooOld = false;
  input.devices.forEach((d, i) => {
    const firmware = parseSoftwareVersion(d.firmware, ['devices', i, 'firmware']);
    if (firmware.major < MIN_MIGRATION_VERSION) {
      tooOld = true;
      notices.add('error', 'notice.migrationNeedsV8', ['MIG-1'], { serial: d.serial, firmware: formatVersion(firmware), minimum: MIN_MIGRATION_VERSION });
    }
  });
  if (tooOld) return empty(false);

  const convertTo = input.convertTo === undefined ? null : parseSoftwareVersion(input.convertTo, ['convertTo']).major;
  // MIG-3 converts to a version of the licence types; one the catalog does not know (99) would
  // name codes that do not exist and charge a year of SSA for them.
  if (convertTo !== null && (convertTo < MIN_VERSION || convertTo > MAX_VERSION)) {
    throw new LicenseInputError([{ path: ['convertTo'], key: 'error.convertUnknownVersion', params: { version: convertTo, min: MIN_VERSION, max: MAX_VERSION } }]);
  }
  let cap: number | null = null;
  const boundLots = new Map<string, { rule: string; code: string; count: number; device: string }>();
  const charged = new Map<string, { code: string; count: number; years: 1 }>();
  const onMaster = (version: number | null) => {
    if (version !== null) cap = cap === null ? version : Math.min(cap, version);
  };

  (input.licenses as (LicenseLot & { device: string })[]).forEach((lot, index) => {
    const type = parseLicenseTypeCached(lot.code);
    const spec = familySpec(type.family);
    const version = effectiveVersion(type);
    const hasSsa = lot.ssaUntil !== undefined;
    // Plain objects, no spreads: a 1,000-lot plan builds thousands of steps.
    const step = (action: MigrationAction, from: string, to: string, ssa: MigrationStep['ssa'], ruleIds: readonly string[], reason: PlanReason, toCode?: string): MigrationStep =>
      toCode === undefined ? { action, code: type.code, count: lot.count, from, to, ssa, ruleIds, reason } : { action, code: type.code, count: lot.count, from, to, toCode, ssa, ruleIds, reason };
    if (lot.device === master) {
      onMaster(version);
      steps.push(step('stay', master, master, hasSsa ? 'kept' : 'none', ['MIG-4'], { key: 'migration.onMaster', params: { code: type.code, master } }));
      return;
    }
    // HW-2, IPVA-4, REL-2: bound for good; they serve their own device and stay local there.
    // REL-1: releasing works "as from innovaphone PBX V8": the licenses of the V5.01 license
    // manager (and any written below V6, which REL-2's "V6 / V7" does not name) cannot either.
    const bound = spec.kind === 'hardware' ? 'HW-2' : type.family === 'ipva' ? 'IPVA-4' : version !== null && version <= 7 ? (version >= 6 ? 'REL-2' : 'REL-1') : null;
    if (bound !== null) {
      steps.push(step('stay', lot.device, lot.device, hasSsa ? 'kept' : 'none', [bound], { key: 'migration.staysBound', params: { code: type.code, device: lot.device } }));
      const id = `${bound}\u0000${type.code}\u0000${lot.device}`;
      const same = boundLots.get(id);
      if (same) same.count += lot.count;
      else boundLots.set(id, { rule: bound, code: type.code, count: lot.count, device: lot.device });
      return;
    }
    steps.push(step('release', lot.device, 'pool', hasSsa ? 'kept' : 'none', ['MIG-2', 'REL-1'], { key: 'migration.release', params: { code: type.code, device: lot.device } }));
    // MIG-3 charges a year for licenses "converted to another version": one without a version
    // number (the Conferencing App's, CONF-3) is bound as it is, never "converted" into itself.
    if (convertTo !== null && version !== null && version !== convertTo) {
      // VM-1/VM-4, REC-4: no license of the family exists below its first version (no PBX-VoicemailUser9).
      if (spec.minVersion !== undefined && convertTo < spec.minVersion) {
        issues.push({ path: ['licenses', index, 'code'], key: 'error.convertBelowMinimum', params: { code: type.code, version: convertTo, minimum: spec.minVersion, rule: spec.minPbxRule! } });
        return;
      }
      const toCode = codeAt(type, convertTo, type.tier, spec.successor);
      onMaster(convertTo);
      // A lot without an SSA has none to void: the conversion charges its year all the same.
      steps.push(step('convert', 'pool', master, hasSsa ? 'void' : 'none', ['MIG-3', 'MIG-4'], { key: hasSsa ? 'migration.convert' : 'migration.convertNoSsa', params: { code: type.code, toCode, master } }, toCode));
      const entry = charged.get(toCode);
      if (entry) entry.count += lot.count;
      else {
        const added = { code: toCode, count: lot.count, years: 1 as const };
        charged.set(toCode, added);
        ssaCharged.push(added);
      }
    } else {
      onMaster(version);
      const unversioned = convertTo !== null && version === null;
      const key = unversioned ? 'migration.bindUnversioned' : hasSsa ? 'migration.bindKeepsSsa' : 'migration.bind';
      steps.push(step('bind', 'pool', master, hasSsa ? 'kept' : 'none', unversioned ? ['MIG-3', 'MIG-4', 'CONF-3'] : ['MIG-3', 'MIG-4'], { key, params: { code: type.code, master } }));
    }
  });
  if (issues.length) throw new LicenseInputError(issues);
  // One notice per rule, code and device, however many lots share it.
  for (const b of boundLots.values()) {
    const key = b.rule === 'HW-2' ? 'notice.migrationHardware' : b.rule === 'IPVA-4' ? 'notice.migrationIpva' : b.rule === 'REL-2' ? 'notice.migrationOldLicense' : 'notice.migrationBeforeV8';
    notices.add('info', key, [b.rule], { code: b.code, count: b.count, device: b.device });
  }
  if (ssaCharged.length) notices.add('warning', 'notice.migrationSsaCharged', ['MIG-3'], { count: ssaCharged.reduce((s, c) => s + c.count, 0) });
  const ssaTotal = input.prices && ssaCharged.length ? priceSsaYears(ssaCharged, priceBook(input.prices), notices) : undefined;
  if (cap !== null) notices.add('info', 'notice.migrationCap', ['G-4'], { master, version: cap });
  const plan: MigrationPlan = { schemaVersion: RESULT_SCHEMA_VERSION, ok: true, master, today, steps, ssaCharged, maxPbxVersion: cap, notices: notices.items };
  return ssaTotal ? { ...plan, ssaTotal } : plan;
}

/** The price-list key of a year of SSA of a license type: `SSA:` and the code, any spelling of it (`SSA: pbx-port13`). */
const SSA_PRICE = /^ssa\s*:\s*(.+)$/i;

/**
 * MIG-3's year of SSA, priced. The guidelines sell SSA through Software Service Credits ordered
 * like products (SSA-2) and give no price for them: the partner's list prices a year of SSA of a
 * type under `SSA:<code>` (`"SSA:PBX-Port13": 8.5`), with the list's overall discount and VAT. A
 * type the list has no such entry for leaves the total incomplete, with a notice naming the key.
 */
function priceSsaYears(charged: ({ code: string; count: number } & LinePrices)[], book: PriceBook, notices: NoticeList): PriceTotal {
  const unit = new Map<string, number>();
  const named = new Map<string, { article?: string; name?: string }>();
  for (const [key, price] of book.unit) {
    const code = SSA_PRICE.exec(key)?.[1];
    if (code === undefined || !isLicenseType(code)) continue;
    unit.set(priceKey(code), price);
    const n = book.named.get(key);
    if (n) named.set(priceKey(code), n);
  }
  const lines: PricedLine[] = charged.map((c) => ({ code: c.code, quantity: c.count }));
  // The list's own notices (a key like a license that is none) are the quote's, not this plan's.
  const total = priceLines(lines, { ...book, unit, named, discount: new Map(), notLicenses: [], twice: [] }, new NoticeList());
  lines.forEach((line, i) => {
    const { code: _code, quantity: _quantity, ...money } = line;
    Object.assign(charged[i]!, money);
    if (line.unitPrice === null) notices.add('warning', 'notice.migrationSsaPriceMissing', ['MIG-3', 'SSA-2'], { code: line.code, key: `SSA:${line.code}` });
  });
  return total;
}

/** A device of the installed base as the user knows it: its serial, its name where a lot gives one, and what it holds. */
export interface DeviceHoldings {
  readonly serial: string;
  readonly name?: string;
  /** Its licenses per type (canonical code), in the order the lots name them. */
  readonly holds: readonly { readonly code: string; readonly count: number }[];
  /** How many licenses it holds in all. */
  readonly licenses: number;
}

/**
 * The devices the lots are bound to, in order of appearance, each with what it holds: the master
 * candidates of the move to central licensing (MIG-4: any of them may take the pool). Any value is
 * read (only lots with a device and a count count); a code the parser does not read is shown as written.
 */
export function deviceHoldings(lots: unknown): DeviceHoldings[] {
  const devices = new Map<string, { serial: string; name?: string; holds: Map<string, number>; licenses: number }>();
  for (const lot of Array.isArray(lots) ? lots : []) {
    if (!lot || typeof lot !== 'object') continue;
    const { device, deviceName, code, count } = lot as Record<string, unknown>;
    if (typeof device !== 'string' || !device.trim() || typeof code !== 'string' || typeof count !== 'number' || !(count >= 0)) continue;
    const serial = device.trim();
    let d = devices.get(serial);
    if (!d) devices.set(serial, (d = { serial, holds: new Map(), licenses: 0 }));
    if (d.name === undefined && typeof deviceName === 'string' && deviceName.trim()) d.name = deviceName.trim();
    const canonical = licenseCodeOrNull(code) ?? code.trim();
    d.holds.set(canonical, (d.holds.get(canonical) ?? 0) + count);
    d.licenses += count;
  }
  return [...devices.values()].map(({ holds, ...d }) => ({ ...d, holds: [...holds].map(([code, count]) => ({ code, count })) }));
}
