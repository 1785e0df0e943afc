import { FAMILY_ORDER, type LicenseFamily } from './catalog.js';
import type { Notice } from './notices.js';
import { isLicenseType, parseLicenseTypeCached } from './codes.js';
import { daysBetween, isIsoDate, todayIso } from './dates.js';
import { MAX_KEYS, MAX_LICENSES, MAX_TEXT, balanceInputSchema, parseInput, requiredLicensesSchema, type BalanceInput } from './schemas.js';
import { ssaStatus } from './ssa.js';

export interface BalanceRow {
  readonly code: string;
  readonly family: LicenseFamily;
  /** POOL-2: added by activation keys. */
  readonly loaded: number;
  /** POOL-3: debited by active license keys. */
  readonly used: number;
  /** POOL-4: Loaded - Used; negative when over-allocated. */
  readonly left: number;
  /** Counted by revoked keys, which debit nothing (POOL-3). */
  readonly revoked: number;
  readonly overAllocated: boolean;
  /** Indexes into the input's licenseKeys of this type, in input order. */
  readonly keyIndexes: readonly number[];
  /**
   * With `required`: what to order so Left covers it, required − left, never below 0. A left
   * below 0 (over-allocated) is a deficit to order as well: 5 loaded, 8 used, 5 required: 8.
   */
  readonly required?: number;
  readonly toOrder?: number;
  /** Licenses of active keys whose SSA ends within SSA_REMINDER_DAYS (SSA-4), and whose SSA ended. */
  readonly ssaEndingSoon: number;
  readonly ssaExpired: number;
}

export interface Balance {
  /** The day SSA ends were judged by. */
  readonly today: string;
  readonly rows: readonly BalanceRow[];
  /**
   * @deprecated Sums over all license types, which are not interchangeable: 10 Port plus 2
   * Operator licenses are no 12 of anything, and the balance is per type (POOL-4), so the table
   * shows no total. Kept because the result's shape is a contract; read `rows`.
   */
  readonly totals: { readonly loaded: number; readonly used: number; readonly left: number; readonly toOrder?: number };
  readonly overAllocated: readonly string[];
  readonly notices: readonly Notice[];
}

interface Acc {
  code: string;
  family: LicenseFamily;
  loaded: number;
  used: number;
  revoked: number;
  keyIndexes: number[];
  required: number;
  ssaEndingSoon: number;
  ssaExpired: number;
}

/**
 * The license pool of the V5.01 license manager: per license type Loaded / Used / Left
 * (POOL-1..5), over-allocation flagged, and with `required` (a calculator quote) what to order.
 *
 * A revoked key debits nothing: POOL-3 has innovaphone revoke keys that were assigned wrongly,
 * and a revoked key must not be used, so its licenses are back in the pool for a correct key.
 */
export function computeBalance(input: unknown, required?: unknown): Balance {
  return balanceOfRead(readBalanceInput(input), required);
}

/** computeBalance of an input already read (readBalanceInput): a pool and its projects are read once (projects.ts). */
export function balanceOfRead(data: BalanceInput, required?: unknown): Balance {
  const req = required === undefined ? undefined : parseInput(requiredLicensesSchema, required);
  const today = data.today ?? todayIso();
  const byCode = new Map<string, Acc>();
  const acc = (text: string): Acc => {
    const type = parseLicenseTypeCached(text);
    let a = byCode.get(type.code);
    if (!a) {
      a = { code: type.code, family: type.family, loaded: 0, used: 0, revoked: 0, keyIndexes: [], required: 0, ssaEndingSoon: 0, ssaExpired: 0 };
      byCode.set(type.code, a);
    }
    return a;
  };
  for (const k of data.activationKeys) acc(k.code).loaded += k.count;
  // SSA-4: what the reseller must do, once per deadline: the licenses whose SSA ends on one day
  // (per type), and those whose SSA has ended (per type; the last end named).
  const ending = new Map<string, Map<string, number>>();
  const ended = new Map<string, number>();
  const endedDays = new Set<string>();
  const add = (m: Map<string, number>, code: string, n: number) => m.set(code, (m.get(code) ?? 0) + n);
  data.licenseKeys.forEach((k, i) => {
    const a = acc(k.code);
    a.keyIndexes.push(i);
    if (k.status === 'active') {
      a.used += k.count;
      const status = ssaStatus(k.ssaUntil, today);
      if (status === 'endingSoon') {
        a.ssaEndingSoon += k.count;
        const day = ending.get(k.ssaUntil!) ?? ending.set(k.ssaUntil!, new Map()).get(k.ssaUntil!)!;
        add(day, a.code, k.count);
      } else if (status === 'expired') {
        a.ssaExpired += k.count;
        add(ended, a.code, k.count);
        endedDays.add(k.ssaUntil!);
      }
    } else a.revoked += k.count;
  });
  if (req) for (const line of req.lines) acc(line.code).required += line.quantity;

  const rows: BalanceRow[] = [...byCode.values()]
    .sort((a, b) => FAMILY_ORDER.get(a.family)! - FAMILY_ORDER.get(b.family)! || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((a) => {
      const left = a.loaded - a.used;
      const row: BalanceRow = {
        code: a.code,
        family: a.family,
        loaded: a.loaded,
        used: a.used,
        left,
        revoked: a.revoked,
        overAllocated: left < 0,
        keyIndexes: a.keyIndexes,
        ssaEndingSoon: a.ssaEndingSoon,
        ssaExpired: a.ssaExpired,
      };
      return req ? { ...row, required: a.required, toOrder: Math.max(0, a.required - left) } : row;
    });
  const overAllocated = rows.filter((r) => r.overAllocated).map((r) => r.code);
  const totals = {
    loaded: rows.reduce((s, r) => s + r.loaded, 0),
    used: rows.reduce((s, r) => s + r.used, 0),
    left: rows.reduce((s, r) => s + r.left, 0),
    ...(req ? { toOrder: rows.reduce((s, r) => s + (r.toOrder ?? 0), 0) } : {}),
  };
  const notices: Notice[] = overAllocated.map((code) => ({
    severity: 'error' as const,
    key: 'notice.overAllocated' as const,
    params: { code, over: -rows.find((r) => r.code === code)!.left },
    ruleIds: ['POOL-4'],
  }));
  // The types of a group listed once, in the table's order, each with its count.
  const group = (m: Map<string, number>) => {
    const codes = rows.filter((r) => m.has(r.code)).map((r) => ({ label: r.code, count: m.get(r.code)! }));
    // `code`: the one type's, which a notice of one type names instead of the list.
    return { count: codes.reduce((s, c) => s + c.count, 0), types: codes.length, codes, code: codes[0]!.label };
  };
  for (const day of [...ending.keys()].sort()) {
    notices.push({ severity: 'warning', key: 'notice.ssaEndingTypes', params: { ...group(ending.get(day)!), ssaUntil: day, days: daysBetween(today, day) }, ruleIds: ['SSA-4'] });
  }
  if (ended.size) notices.push({ severity: 'info', key: 'notice.ssaExpired', params: { ...group(ended), ssaUntil: [...endedDays].sort().pop()!, dates: endedDays.size }, ruleIds: ['SSA-1'] });
  return { today, rows, totals, overAllocated, notices };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_LICENSES;
const isText = (t: unknown, min: number, max: number) => typeof t === 'string' && t.length >= min && t.length <= max;
const optText = (t: unknown) => t === undefined || isText(t, 0, MAX_TEXT);
const optDate = (t: unknown) => t === undefined || (typeof t === 'string' && isIsoDate(t));
const isCode = (t: unknown) => isText(t, 0, 200) && isLicenseType(t as string);
const plainObject = (o: unknown): o is Record<string, unknown> =>
  typeof o === 'object' && o !== null && !Array.isArray(o) && !Object.hasOwn(o, '__proto__') && !Object.hasOwn(o, 'constructor') && !Object.hasOwn(o, 'prototype');

/** The balance input, checked: as given when plain (plainBalanceInput), else as the schema reads it (it names a bad field). */
export const readBalanceInput = (input: unknown): BalanceInput => plainBalanceInput(input) ?? parseInput(balanceInputSchema, input);

/**
 * The pool of a large reseller holds 100,000 keys and more: zod spends microseconds on each. This
 * check accepts only input whose every field balanceInputSchema accepts (extra fields, which the
 * schema drops, are ignored here too); anything else goes through the schema, which names the
 * bad field.
 */
function plainBalanceInput(input: unknown): BalanceInput | null {
  if (!plainObject(input) || !Array.isArray(input['activationKeys']) || !Array.isArray(input['licenseKeys']) || !optDate(input['today'])) return null;
  if (input['activationKeys'].length > MAX_KEYS || input['licenseKeys'].length > MAX_KEYS) return null;
  for (const k of input['activationKeys'] as unknown[]) {
    if (!plainObject(k) || !isCode(k['code']) || !isCount(k['count']) || !(k['key'] === undefined || isText(k['key'], 0, 200)) || !optText(k['project'])) return null;
  }
  for (const k of input['licenseKeys'] as unknown[]) {
    if (!plainObject(k) || !isCode(k['code']) || !isCount(k['count']) || !isText(k['serial'], 1, 100)) return null;
    if (!optText(k['customer']) || !optText(k['location']) || !optText(k['description']) || !optText(k['project'])) return null;
    if (k['status'] !== 'active' && k['status'] !== 'revoked') return null;
    if (!optDate(k['boundOn']) || !optDate(k['ssaUntil'])) return null;
    // SSA-3: an SSA that ends before the bind date goes to the schema, which names it (ssaAfterBind).
    if (k['boundOn'] && k['ssaUntil'] && (k['ssaUntil'] as string) < (k['boundOn'] as string)) return null;
  }
  return input as unknown as BalanceInput;
}
