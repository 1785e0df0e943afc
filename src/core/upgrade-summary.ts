import type { MessageKey } from './messages.js';
import type { Notice, Params } from './notices.js';
import type { UpgradePlan } from './upgrade.js';
import type { BlockingLicense, VersionCheckResult } from './version-check.js';

/**
 * The summary's tone: the licenses run the version (`ok`), they run it after the plan's order and
 * the SSA upgrades (`order`), or something blocks it that no license order fixes (`blocked`).
 */
export type SummaryTone = 'ok' | 'order' | 'blocked';

/** A sentence of the summary: `ui.vc.ok` is the version check's own "These licenses run {version}." */
export interface SummaryLine {
  readonly key: MessageKey | 'ui.vc.ok';
  readonly params: Params;
}

export interface UpgradeSummary {
  readonly tone: SummaryTone;
  /** The headline first, then what is still open (release date, portal, other software). */
  readonly lines: readonly SummaryLine[];
  /** Licenses the SSA upgrades free of charge (SSA-1, SSA-3). */
  readonly free: number;
  /** Licenses the order buys at the target version (G-3). */
  readonly buy: number;
  /** The order's net total, when the order is priced; its currency formats the `…Price` params. */
  readonly net?: { readonly amount: number; readonly currency: string; readonly complete: boolean };
  /** What no order fixes: the checked version's blockings behind a `blocked` tone. */
  readonly unfixable: readonly BlockingLicense[];
  readonly ruleIds: readonly string[];
}

/**
 * Whether the plan shows its table of lots (a lot that needs more than keeping): its rows then say
 * what the verdict's blocking list and several of its notices say, once.
 */
export function planShowsLots(plan: UpgradePlan): boolean {
  return plan.lots.some((lot) => lot.action !== 'keeps');
}

/**
 * The verdict's blockings the plan's rows say already: a license below the target version
 * (`blocking.version`, G-3, G-4; `blocking.versionSsa` where its SSA upgrades it, SSA-1) is a row that keeps, is upgraded under SSA, is bought or waits
 * for the release date. The others are checked against another software version (OP-2, QM-3) or
 * against a function's minimum PBX version (VM-4, REC-4, QM-2), which the rows do not tell.
 */
const SAID_BY_ROWS: ReadonlySet<string> = new Set(['blocking.version', 'blocking.versionSsa']);

/**
 * The verdict's notices the plan says already, in its rows or its own notices: the SSA upgrade
 * (the row "free under SSA", SSA-1), the missing release date and the SSA ending soon (the plan's
 * notices, SSA-1, SSA-4), a type without a version (the row "check in the portal", CONF-3, G-3).
 */
const SAID_BY_PLAN: ReadonlySet<string> = new Set(['notice.ssaUpgrade', 'notice.targetReleaseUnknown', 'notice.ssaEndingSoon', 'notice.versionNotInCode']);

/** The verdict's blockings still to list beside the plan: each fact once. */
export function blockingBesidePlan(result: VersionCheckResult, plan: UpgradePlan): readonly BlockingLicense[] {
  return planShowsLots(plan) ? result.blocking.filter((b) => !SAID_BY_ROWS.has(b.reason.key)) : result.blocking;
}

/** The verdict's notices still to show beside the plan: each fact once. */
export function noticesBesidePlan(result: VersionCheckResult, plan: UpgradePlan): readonly Notice[] {
  return planShowsLots(plan) ? result.notices.filter((n) => !SAID_BY_PLAN.has(n.key)) : result.notices;
}

/**
 * The version check's answer in one sentence, in the verdict's colour (issue 24).
 *
 * What "no order can fix" means in this core, and is therefore `blocked` (red):
 * - a function the checked PBX version does not have (`blocking.pbxTooOld`: VM-4, REC-4, QM-2): no
 *   license makes a PBX below its minimum version run it;
 * - Voicemail licenses of both models installed together (VM-3, the verdict's error): "the two
 *   models cannot be combined, and the SSA cannot switch a PBX to the new model"; an order adds
 *   licenses, it removes none.
 *
 * Not red, because an order or a fact the user supplies settles them (`order`, amber):
 * - a license below the target (G-3, G-4): upgraded under its SSA (SSA-1, SSA-3) or bought at the
 *   target version, its type and tier kept, V6/V7 and V5.01 licenses too (they stay bound to their
 *   device, REL-2, which matters when moving them, not when upgrading them);
 * - an SSA whose cover needs the target's release date (SSA-1), and a type without a version whose
 *   version the portal shows (CONF-3, G-3);
 * - an Operator or Queue Monitor license below that software's version (OP-2, QM-3): licenses at
 *   that version fix it, though the PBX upgrade's order does not contain them (said in a line).
 *
 * Hardware licenses never block (HW-3); the version check has no device models or firmware as
 * input, so the hardware a version needs is not judged here.
 */
export function upgradeSummary(result: VersionCheckResult, plan: UpgradePlan): UpgradeSummary {
  const target = plan.target;
  let free = 0;
  let unknown = 0;
  let check = 0;
  for (const lot of plan.lots) {
    if (lot.action === 'ssa') free += lot.count;
    else if (lot.action === 'unknown') unknown += lot.count;
    else if (lot.action === 'check') check += lot.count;
  }
  let buy = 0;
  for (const line of plan.order) buy += line.quantity;
  const total = plan.total;
  const net = total ? { amount: total.net, currency: total.currency, complete: total.complete } : undefined;

  const unfixable = result.blocking.filter((b) => b.reason.key === 'blocking.pbxTooOld');
  const mixedVoicemail = result.notices.some((n) => n.key === 'notice.voicemailModelsMixedInstalled');
  if (unfixable.length || mixedVoicemail) {
    const ruleIds = [...new Set([...unfixable.flatMap((b) => b.ruleIds), ...(mixedVoicemail ? ['VM-3'] : [])])];
    return { tone: 'blocked', lines: [{ key: 'upgrade.summary.blocked', params: { target } }], free, buy, ...(net ? { net } : {}), unfixable, ruleIds };
  }

  const otherSoftware = result.blocking.filter((b) => b.reason.key === 'blocking.operatorVersion' || b.reason.key === 'blocking.queueMonitorVersion');
  const others = otherSoftware.reduce((n, b) => n + b.count, 0);
  if (result.ok && plan.ok && free === 0) {
    return { tone: 'ok', lines: [{ key: 'ui.vc.ok', params: { version: result.pbxVersion } }], free, buy, unfixable: [], ruleIds: ['G-3'] };
  }
  const lines: SummaryLine[] = [];
  if (free + buy > 0) {
    // The amount only when the whole order is priced: "…, 3 to buy, 6,602.00 EUR net" (an
    // incomplete net would read as the price; the order's own totals say what is missing).
    lines.push(net?.complete && buy > 0 ? { key: 'upgrade.summary.orderPriced', params: { target, free, buy, netPrice: net.amount } } : { key: 'upgrade.summary.order', params: { target, free, buy } });
  } else {
    lines.push({ key: 'upgrade.summary.open', params: { target } });
  }
  if (unknown) lines.push({ key: 'upgrade.summary.unknown', params: { count: unknown, target } });
  if (check) lines.push({ key: 'upgrade.summary.check', params: { count: check, target } });
  if (others) lines.push({ key: 'upgrade.summary.otherSoftware', params: { count: others } });
  const ruleIds = ['G-3', ...(free || unknown ? ['SSA-1'] : []), ...(check ? ['CONF-3'] : []), ...otherSoftware.flatMap((b) => b.ruleIds.filter((r) => r !== 'G-3'))];
  return { tone: 'order', lines, free, buy, ...(net ? { net } : {}), unfixable: [], ruleIds: [...new Set(ruleIds)] };
}
