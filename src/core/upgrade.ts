import { familySpec, type LicenseFamily } from './catalog.js';
import { tierRuns } from './tier-runs.js';
import { codeAt } from './codes-later.js';
import { effectiveVersion, licenseCode, parseLicenseTypeCached } from './codes.js';
import { daysBetween, todayIso } from './dates.js';
import { upgradeInputSchema, type LicenseLot } from './installed-base-schemas.js';
import type { MessageKey } from './messages.js';
import { priceBook, priceLines, type LinePrices, type PriceTotal } from './money.js';
import { NoticeList, type Notice, type Params } from './notices.js';
import { parseInput } from './schemas.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';
import { ssaCover, ssaStatus } from './ssa.js';
import { formatVersion, parseSoftwareVersion } from './versions.js';

export interface PlanReason {
  readonly key: MessageKey;
  readonly params: Params;
}

/**
 * What an upgrade does with one lot of installed licenses; 'check': a license without a version
 * number in its type (the Conferencing App's, CONF-3), whose version the portal shows.
 */
export type LotAction = 'keeps' | 'ssa' | 'buy' | 'unknown' | 'check';

export interface UpgradeLot {
  readonly code: string;
  readonly count: number;
  readonly device?: string;
  readonly boundOn?: string;
  readonly ssaUntil?: string;
  readonly action: LotAction;
  /** The license of the target version that replaces it ('ssa' and 'buy'). */
  readonly toCode?: string;
  /**
   * A V5.01 lot bought anew in tiers (PORT-3): how many licenses of each code, counted after the
   * Port licenses installed on its device. `toCode` is the first of them.
   */
  readonly tiers?: readonly { readonly code: string; readonly count: number }[];
  readonly ruleIds: readonly string[];
  readonly reason: PlanReason;
}

export interface OrderLine extends LinePrices {
  readonly code: string;
  readonly quantity: number;
  readonly ruleIds: readonly string[];
  readonly reason: PlanReason;
}

export interface UpgradePlan {
  /** The shape version (RESULT_SCHEMA_VERSION; upgradePlanJsonSchema() describes it). */
  readonly schemaVersion: typeof RESULT_SCHEMA_VERSION;
  /** True when nothing is to buy and nothing is unknown (a release date, a version to check in the portal). */
  readonly ok: boolean;
  /** The target as read: `V13r1`. */
  readonly target: string;
  readonly targetReleased?: string;
  readonly today: string;
  readonly lots: readonly UpgradeLot[];
  readonly order: readonly OrderLine[];
  readonly total?: PriceTotal;
  readonly notices: readonly Notice[];
}

/** The family a lot is re-bought as: a V5.01 license's successor, else its own. */
function successorOf(family: LicenseFamily): LicenseFamily {
  return familySpec(family).successor ?? family;
}

/**
 * PORT-3: "the installed licenses per device/project are counted". Where the tiered licenses of
 * each family and device end (lots without a device: the project), tier by tier: 500 standard and
 * 100 `%500` end at 600, and so do 100 `%500` alone (a tier starts at its first position).
 */
function tierEnds(lots: readonly LicenseLot[]): Map<string, number> {
  const counts = new Map<string, { family: LicenseFamily; byTier: Map<number | null, number> }>();
  for (const lot of lots) {
    const type = parseLicenseTypeCached(lot.code);
    if (!familySpec(type.family).tiers) continue;
    const id = `${type.family}\u0000${lot.device ?? ''}`;
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { family: type.family, byTier: new Map() }));
    c.byTier.set(type.tier, (c.byTier.get(type.tier) ?? 0) + lot.count);
  }
  const ends = new Map<string, number>();
  for (const [id, { family, byTier }] of counts) {
    let end = 0;
    for (const t of familySpec(family).tiers!) {
      const n = byTier.get(t.tier) ?? 0;
      if (n > 0) end = Math.max(end, t.first - 1) + n;
    }
    ends.set(id, end);
  }
  return ends;
}

/**
 * What running a new PBX version costs for the licenses already installed (G-3, G-4, SSA-1..4,
 * HW-3). Each lot keeps working, is upgraded under its SSA, must be bought at the target version
 * (its license type and tier stay: `PBX-Port10%500` becomes `PBX-Port13%500`), or cannot be
 * judged without the target's release date. Throws LicenseInputError for invalid input.
 */
export function planUpgrade(raw: unknown): UpgradePlan {
  const input = parseInput(upgradeInputSchema, raw);
  const target = parseSoftwareVersion(input.target, ['target']);
  const today = input.today ?? todayIso();
  const released = input.targetReleased;
  const notices = new NoticeList();
  const lots: UpgradeLot[] = [];
  const order = new Map<string, { quantity: number; from: string[] }>();
  let anySsa = false;
  // One notice per code and date (SSA-4) or code and version (G-4), however many lots share it.
  const ending = new Map<string, { code: string; count: number; ssaUntil: string }>();
  const caps = new Map<string, { code: string; count: number; version: number }>();
  let releaseUnknown = false;
  const lotsIn = input.licenses as LicenseLot[];
  // PORT-3: V5.01 registrations bought as Port licenses continue the tiers of their device.
  const ends = tierEnds(lotsIn);
  const tieredOrder = new Set<string>();

  for (const lot of lotsIn) {
    const type = parseLicenseTypeCached(lot.code);
    const spec = familySpec(type.family);
    const version = effectiveVersion(type);
    // Plain objects, no spreads: a 1,000-lot plan builds a thousand of them.
    let tiers: { code: string; count: number }[] | undefined;
    const result = (action: LotAction, ruleIds: readonly string[], reason: PlanReason, toCode?: string): UpgradeLot => {
      const out: { -readonly [K in keyof UpgradeLot]: UpgradeLot[K] } = { code: type.code, count: lot.count, action, ruleIds, reason };
      if (lot.device !== undefined) out.device = lot.device;
      if (lot.boundOn !== undefined) out.boundOn = lot.boundOn;
      if (lot.ssaUntil !== undefined) out.ssaUntil = lot.ssaUntil;
      if (toCode !== undefined) out.toCode = toCode;
      if (tiers !== undefined) out.tiers = tiers;
      return out;
    };
    // SSA-4: an agreement that ends soon is extended before it expires, without surcharge.
    if (lot.ssaUntil !== undefined && ssaStatus(lot.ssaUntil, today) === 'endingSoon') {
      const id = `${type.code}\u0000${lot.ssaUntil}`;
      const e = ending.get(id);
      if (e) e.count += lot.count;
      else ending.set(id, { code: type.code, count: lot.count, ssaUntil: lot.ssaUntil });
    }
    if (spec.subject === 'none') {
      lots.push(result('keeps', ['HW-3'], { key: 'upgrade.keepsHardware', params: { code: type.code } }));
      continue;
    }
    if (version === null) {
      // CONF-3: the Conferencing App license's version "must be the same or higher than the PBX
      // software version", but its type carries none: not kept silently, checked in the portal.
      lots.push(result('check', [type.family === 'conference' ? 'CONF-3' : 'G-3'], { key: 'upgrade.keepsUnversioned', params: { code: type.code, target: target.major } }));
      continue;
    }
    if (spec.subject !== 'pbx') {
      // OP-2, QM-3: checked against the Operator / Queue Monitor software, not the PBX.
      lots.push(result('keeps', [spec.subject === 'operator' ? 'OP-2' : 'QM-3'], { key: 'upgrade.keepsOtherSoftware', params: { code: type.code } }));
      continue;
    }
    if (version >= target.major) {
      lots.push(result('keeps', ['G-3'], { key: 'upgrade.keeps', params: { code: type.code, version, target: target.major } }));
      continue;
    }
    const successor = familySpec(successorOf(type.family));
    // PORT-3: a V5.01 lot (no tier of its own) takes the positions after the tiered licenses of
    // its device, lot after lot: 600 PBX-Registrations alone are 500 PBX-Port13 + 100 PBX-Port13%500.
    if (spec.kind === 'legacy' && successor.tiers) {
      const id = `${successor.family}\u0000${lot.device ?? ''}`;
      const from = (ends.get(id) ?? 0) + 1;
      ends.set(id, from - 1 + lot.count);
      tiers = tierRuns(successor.tiers, from, lot.count).map((t) => ({ code: licenseCode(successor.family, target.major, t.tier), count: t.last - t.first + 1 }));
    }
    const toCode = tiers?.[0]?.code ?? codeAt(type, target.major, type.tier, successor.family);
    // The codes it becomes, as a message shows them: one code, or each tier with its count.
    const toText = tiers && tiers.length > 1 ? tiers.map((t) => ({ label: t.code, count: t.count })) : toCode;
    const tierRules = tiers ? [successor.tierRule!] : [];
    const cover = ssaCover(lot, released);
    if (cover === 'covered') {
      anySsa = true;
      lots.push(result('ssa', ['SSA-1', 'SSA-3', ...tierRules], { key: 'upgrade.ssa', params: { code: type.code, toCode: toText, released: released!, ssaUntil: lot.ssaUntil!, boundOn: lot.boundOn ?? '' } }, toCode));
      continue;
    }
    if (cover === 'unknown') {
      lots.push(result('unknown', ['SSA-1', ...tierRules], { key: 'upgrade.unknown', params: { code: type.code, ssaUntil: lot.ssaUntil! } }, toCode));
      releaseUnknown = true;
    } else {
      // A V5.01 license is no "V5 license" to the reader: it is named for what it is (T-OLD).
      const key = cover === 'outside' ? 'upgrade.buyOutsideSsa' : spec.kind === 'legacy' ? 'upgrade.buyV501' : 'upgrade.buy';
      const ruleIds = [...(cover === 'outside' ? ['G-3', 'SSA-1'] : ['G-3']), ...tierRules];
      lots.push(result('buy', ruleIds, { key, params: { code: type.code, toCode: toText, version, target: target.major, ssaUntil: lot.ssaUntil ?? '', released: released ?? '' } }, toCode));
      for (const { code, count } of tiers ?? [{ code: toCode, count: lot.count }]) {
        const entry = order.get(code) ?? { quantity: 0, from: [] };
        entry.quantity += count;
        if (!entry.from.includes(type.code)) entry.from.push(type.code);
        order.set(code, entry);
        if (tiers) tieredOrder.add(code);
      }
    }
    // G-4: until they are replaced, lots below the target cap the whole installation.
    const id = `${type.code}\u0000${version}`;
    const cap = caps.get(id);
    if (cap) cap.count += lot.count;
    else caps.set(id, { code: type.code, count: lot.count, version });
  }
  if (releaseUnknown) notices.add('warning', 'notice.targetReleaseUnknown', ['SSA-1'], { target: formatVersion(target) });
  for (const e of ending.values()) notices.add('warning', 'notice.ssaEndingSoon', ['SSA-4'], { code: e.code, count: e.count, ssaUntil: e.ssaUntil, days: daysBetween(today, e.ssaUntil) });
  for (const c of caps.values()) if (c.count > 0) notices.add('warning', 'notice.upgradeCap', ['G-4'], { code: c.code, count: c.count, version: c.version });
  if (anySsa) notices.add('info', 'notice.ssaNewFeatures', ['SSA-1'], {});

  const lines: { -readonly [K in keyof OrderLine]: OrderLine[K] }[] = [];
  for (const [code, { quantity, from }] of order) {
    if (quantity > 0) lines.push({ code, quantity, ruleIds: tieredOrder.has(code) ? ['G-3', 'SSA-1', 'PORT-3'] : ['G-3', 'SSA-1'], reason: { key: 'upgrade.order', params: { code, quantity, from: from.join(', '), target: target.major } } });
  }
  const total = input.prices ? priceLines(lines, priceBook(input.prices), notices) : undefined;
  const unknown = lots.some((l) => l.action === 'unknown' || l.action === 'check');
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    ok: lines.length === 0 && !unknown,
    target: formatVersion(target),
    ...(released !== undefined ? { targetReleased: released } : {}),
    today,
    lots,
    order: lines,
    ...(total ? { total } : {}),
    notices: notices.items,
  };
}
