import { familySpec, type LicenseFamily } from './catalog.js';
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

/** What an upgrade does with one lot of installed licenses. */
export type LotAction = 'keeps' | 'ssa' | 'buy' | 'unknown';

export interface UpgradeLot {
  readonly code: string;
  readonly count: number;
  readonly device?: string;
  readonly boundOn?: string;
  readonly ssaUntil?: string;
  readonly action: LotAction;
  /** The license of the target version that replaces it ('ssa' and 'buy'). */
  readonly toCode?: string;
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
  /** True when nothing is to buy and nothing is unknown. */
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

  for (const lot of input.licenses as LicenseLot[]) {
    const type = parseLicenseTypeCached(lot.code);
    const spec = familySpec(type.family);
    const version = effectiveVersion(type);
    // Plain objects, no spreads: a 1,000-lot plan builds a thousand of them.
    const result = (action: LotAction, ruleIds: readonly string[], reason: PlanReason, toCode?: string): UpgradeLot => {
      const out: { -readonly [K in keyof UpgradeLot]: UpgradeLot[K] } = { code: type.code, count: lot.count, action, ruleIds, reason };
      if (lot.device !== undefined) out.device = lot.device;
      if (lot.boundOn !== undefined) out.boundOn = lot.boundOn;
      if (lot.ssaUntil !== undefined) out.ssaUntil = lot.ssaUntil;
      if (toCode !== undefined) out.toCode = toCode;
      return out;
    };
    // SSA-4: an agreement that ends soon is extended before it expires, without surcharge.
    if (lot.ssaUntil !== undefined && ssaStatus(lot.ssaUntil, today) === 'endingSoon') {
      const id = `${type.code}\u0000${lot.ssaUntil}`;
      const e = ending.get(id);
      if (e) e.count += lot.count;
      else ending.set(id, { code: type.code, count: lot.count, ssaUntil: lot.ssaUntil });
    }
    if (spec.subject === 'none' || version === null) {
      const key = spec.subject === 'none' ? 'upgrade.keepsHardware' : 'upgrade.keepsUnversioned';
      lots.push(result('keeps', spec.subject === 'none' ? ['HW-3'] : ['G-3'], { key, params: { code: type.code } }));
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
    const toCode = licenseCode(successorOf(type.family), target.major, type.tier);
    const cover = ssaCover(lot, released);
    if (cover === 'covered') {
      anySsa = true;
      lots.push(result('ssa', ['SSA-1', 'SSA-3'], { key: 'upgrade.ssa', params: { code: type.code, toCode, released: released!, ssaUntil: lot.ssaUntil!, boundOn: lot.boundOn ?? '' } }, toCode));
      continue;
    }
    if (cover === 'unknown') {
      lots.push(result('unknown', ['SSA-1'], { key: 'upgrade.unknown', params: { code: type.code, ssaUntil: lot.ssaUntil! } }, toCode));
      releaseUnknown = true;
    } else {
      const key = cover === 'outside' ? 'upgrade.buyOutsideSsa' : 'upgrade.buy';
      lots.push(result('buy', cover === 'outside' ? ['G-3', 'SSA-1'] : ['G-3'], { key, params: { code: type.code, toCode, version, target: target.major, ssaUntil: lot.ssaUntil ?? '', released: released ?? '' } }, toCode));
      const entry = order.get(toCode) ?? { quantity: 0, from: [] };
      entry.quantity += lot.count;
      if (!entry.from.includes(type.code)) entry.from.push(type.code);
      order.set(toCode, entry);
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
    if (quantity > 0) lines.push({ code, quantity, ruleIds: ['G-3', 'SSA-1'], reason: { key: 'upgrade.order', params: { code, quantity, from: from.join(', '), target: target.major } } });
  }
  const total = input.prices ? priceLines(lines, priceBook(input.prices), notices) : undefined;
  const unknown = lots.some((l) => l.action === 'unknown');
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
