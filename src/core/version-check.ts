import { familySpec, type LicenseFamily } from './catalog.js';
import type { Params, Reason } from './calculator.js';
import { NoticeList, type Notice } from './notices.js';
import { effectiveVersion, parseLicenseTypeCached } from './codes.js';
import type { MessageKey } from './messages.js';
import { parseInput, versionCheckSchema } from './schemas.js';
import { formatVersion, parseSoftwareVersion, type SoftwareVersion } from './versions.js';
import { ssaCover, ssaStatus, type SsaCover } from './ssa.js';
import { daysBetween, todayIso } from './dates.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';

export interface BlockingLicense {
  readonly code: string;
  readonly count: number;
  readonly ruleIds: readonly string[];
  readonly reason: Reason;
  /**
   * SSA-1, SSA-3: upgraded free of charge, because the checked version was released within the
   * licenses' agreement (`targetReleased` between `boundOn` and `ssaUntil`).
   */
  readonly upgradableUnderSsa: boolean;
  /** The SSA reading behind it: covered, outside the period, unknown (no release date), none. */
  readonly ssa: SsaCover;
  /** REL-1/REL-2: whether the licenses can be released from their device and moved. */
  readonly releasable: boolean;
}

export interface VersionCheckResult {
  /** The shape version (RESULT_SCHEMA_VERSION; versionCheckJsonSchema() describes it). */
  readonly schemaVersion: typeof RESULT_SCHEMA_VERSION;
  /** True when nothing blocks the installation at the asked version. */
  readonly ok: boolean;
  readonly pbxVersion: string;
  /** G-4: the lowest license version present caps the installation; null when nothing caps it. */
  readonly maxPbxVersion: number | null;
  readonly blocking: readonly BlockingLicense[];
  readonly notices: readonly Notice[];
  /** Licenses per family that work at the asked version (G-4: 200 ports at V10, 100 at V12). */
  readonly usable: Readonly<Partial<Record<LicenseFamily, number>>>;
}

/** The rule each family's own "version >= software version" clause has (besides G-3). */
const VERSION_RULE: Partial<Record<LicenseFamily, string>> = {
  port: 'PORT-5',
  standby: 'STBY-4',
  ipva: 'IPVA-3',
  conference: 'CONF-3',
  softwarePhones: 'SWP-2',
  operator: 'OP-2',
  queueMonitor: 'QM-3',
};

/**
 * Will these licenses run that software version, and what blocks an upgrade (G-3, G-4, HW-3,
 * VM-3, VM-4, QM-2, QM-3, OP-2, SWP-2, REC-4, REL-1, REL-2, SSA-1).
 */
export function checkVersions(raw: unknown): VersionCheckResult {
  const input = parseInput(versionCheckSchema, raw);
  const pbx = parseSoftwareVersion(input.pbxVersion, ['pbxVersion']);
  const operator = input.operatorVersion === undefined ? null : parseSoftwareVersion(input.operatorVersion, ['operatorVersion']);
  const queueMonitor = input.queueMonitorVersion === undefined ? null : parseSoftwareVersion(input.queueMonitorVersion, ['queueMonitorVersion']);
  const today = input.today ?? todayIso();
  const list = new NoticeList();
  const notice = list.add.bind(list);
  const notices = list.items;

  // Same code, bind date and SSA end: one entry.
  const merged = new Map<string, { code: string; count: number; boundOn?: string; ssaUntil?: string }>();
  for (const l of input.licenses) {
    const code = parseLicenseTypeCached(l.code).code;
    const id = `${code}\u0000${l.boundOn ?? ''}\u0000${l.ssaUntil ?? ''}`;
    const e = merged.get(id);
    if (e) e.count += l.count;
    else merged.set(id, { code, count: l.count, ...(l.boundOn ? { boundOn: l.boundOn } : {}), ...(l.ssaUntil ? { ssaUntil: l.ssaUntil } : {}) });
  }

  const blocking: BlockingLicense[] = [];
  const usable: Partial<Record<LicenseFamily, number>> = {};
  const families = new Set<LicenseFamily>();
  let cap: number | null = null;

  for (const lot of merged.values()) {
    const { code, count } = lot;
    // SSA-4: an agreement that ends soon is extended before it expires, without surcharge.
    if (lot.ssaUntil !== undefined && ssaStatus(lot.ssaUntil, today) === 'endingSoon') {
      notice('warning', 'notice.ssaEndingSoon', ['SSA-4'], { code, count, ssaUntil: lot.ssaUntil, days: daysBetween(today, lot.ssaUntil) });
    }
    if (count === 0) continue;
    const type = parseLicenseTypeCached(code);
    const spec = familySpec(type.family);
    const version = effectiveVersion(type);
    families.add(type.family);
    const block = (key: MessageKey, ruleIds: string[], params: Params) => {
      // REL-2: V6/V7, IPVA firmware and hardware licenses stay bound; REL-1: from V8 they can move.
      const releasable = spec.kind !== 'hardware' && type.family !== 'ipva' && version !== null && version >= 8;
      const ssa = ssaCover(lot, input.targetReleased);
      if (ssa === 'unknown') notice('warning', 'notice.targetReleaseUnknown', ['SSA-1'], { target: formatVersion(pbx) });
      // Released during the SSA, which may have ended since: not a "running" agreement, its end named.
      if (ssa === 'covered') notice('info', 'notice.ssaUpgrade', ['SSA-1'], { code, count, ssaUntil: lot.ssaUntil! });
      blocking.push({
        code,
        count,
        ruleIds,
        // SSA-1: a lot its SSA upgrades free of charge is no lot to remove: it is said to be upgraded.
        reason: { key: ssa === 'covered' && key === 'blocking.version' ? 'blocking.versionSsa' : key, params: { code, count, ...params } },
        upgradableUnderSsa: ssa === 'covered',
        ssa,
        releasable,
      });
    };

    let blocked = false;
    const against = (software: SoftwareVersion | null, rules: string[], key: MessageKey) => {
      if (version === null || software === null || version >= software.major) return;
      blocked = true;
      block(key, rules, { licenseVersion: version, softwareVersion: software.major });
    };

    switch (spec.subject) {
      case 'none': // HW-3: hardware licenses have no version and never cap anything.
        break;
      case 'operator':
        if (operator === null) notice('info', 'notice.operatorVersionUnknown', ['OP-2'], { code });
        against(operator, ['OP-2'], 'blocking.operatorVersion');
        break;
      case 'queueMonitor':
        if (queueMonitor === null) notice('info', 'notice.queueMonitorVersionUnknown', ['QM-3'], { code });
        against(queueMonitor, ['QM-3'], 'blocking.queueMonitorVersion');
        break;
      case 'pbx':
        if (version === null) {
          notice('info', 'notice.versionNotInCode', [VERSION_RULE[type.family] ?? 'G-3'], { code });
          break;
        }
        cap = cap === null ? version : Math.min(cap, version);
        against(pbx, ['G-3', 'G-4', ...(VERSION_RULE[type.family] ? [VERSION_RULE[type.family]!] : [])], 'blocking.version');
        break;
    }
    // Functions that do not exist below a PBX version (VM-4, REC-4, QM-2).
    if (!blocked && spec.minPbxVersion !== undefined && pbx.major < spec.minPbxVersion) {
      blocked = true;
      block('blocking.pbxTooOld', [spec.minPbxRule!], { minimum: spec.minPbxVersion, softwareVersion: pbx.major });
    }
    if (!blocked) usable[type.family] = (usable[type.family] ?? 0) + count;
  }

  if (families.has('voicemail') && families.has('voicemailUser')) notice('error', 'notice.voicemailModelsMixedInstalled', ['VM-3'], {});
  const recording = families.has('recordingBasic') || families.has('recordingUser');
  if (recording && pbx.major === 10 && (pbx.serviceRelease ?? 0) < 12) notice('warning', 'notice.reportingNeeds10SR12', ['REC-4'], { pbx: formatVersion(pbx) });
  for (const b of blocking) {
    if (b.upgradableUnderSsa) continue;
    if (b.releasable) notice('info', 'notice.canRelease', ['REL-1'], { code: b.code, count: b.count });
    // REL-1 "as from V8": a V5.01 license manager's license is no V6/V7 license (REL-2); hardware
    // (HW-2) and IPVA (IPVA-4) licenses are bound by rules of their own.
    else {
      const { family } = parseLicenseTypeCached(b.code);
      const legacy = familySpec(family).kind === 'legacy';
      notice('info', legacy ? 'notice.cannotReleaseV501' : 'notice.cannotRelease', [legacy ? 'REL-1' : familySpec(family).kind === 'hardware' ? 'HW-2' : family === 'ipva' ? 'IPVA-4' : 'REL-2'], { code: b.code, count: b.count });
    }
  }

  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    ok: blocking.length === 0 && !notices.some((n) => n.severity === 'error'),
    pbxVersion: formatVersion(pbx),
    maxPbxVersion: cap,
    blocking,
    notices,
    usable,
  };
}
