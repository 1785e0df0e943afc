import { FAMILY_ORDER, GATEWAYS, familySpec, tierAt, type LicenseFamily } from './catalog.js';
import { effectiveVersion, licenseCode, parseLicenseTypeCached } from './codes.js';
import type { MessageKey } from './messages.js';
import { NoticeList, type Notice, type Params, type Severity } from './notices.js';
import { MAX_PBXS, parseInput, scenarioSchema, type PbxScenario, type Scenario, type UserGroup } from './schemas.js';

export type { Notice, Params, Severity } from './notices.js';

/** Why a line exists: a message key with its parameters (render with the i18n catalogs). */
export interface Reason {
  readonly key: MessageKey;
  readonly params: Params;
}

export interface QuoteLine {
  readonly code: string;
  readonly family: LicenseFamily;
  readonly quantity: number;
  /** The PBX the licenses are installed on: the license master in central licensing. */
  readonly pbx: string;
  readonly ruleIds: readonly string[];
  readonly reason: Reason;
  /** With a price list: the partner's unit price, or null when the list has none for this code. */
  readonly unitPrice?: number | null;
  readonly lineTotal?: number | null;
}

/** What one PBX asks of one license family, before existing licenses and tiers are applied. */
export interface Demand {
  readonly family: LicenseFamily;
  readonly pbx: string;
  readonly quantity: number;
  readonly ruleIds: readonly string[];
  readonly reason: Reason;
}

export interface QuoteTotal {
  readonly currency: string;
  /** Sum of all priced lines, rounded once to the currency's minor unit. */
  readonly amount: number;
  /** False when a line has no price in the list (its total is then left out). */
  readonly complete: boolean;
}

export interface Quote {
  readonly version: number;
  readonly release: 'r1' | 'r2';
  readonly licensing: 'central' | 'local';
  /** The license master: the first PBX of the scenario (G-1). */
  readonly master: string;
  readonly lines: readonly QuoteLine[];
  readonly notices: readonly Notice[];
  readonly demands: readonly Demand[];
  readonly total?: QuoteTotal;
}

/** The six modules UC bundles (UC-1). */
const UC_MODULES = ['myPBX', 'video', 'voicemail', 'mobility', 'fax', 'appSharing'] as const;
type UcModule = (typeof UC_MODULES)[number];

/** Features that only work inside myPBX, and the rule that says so. */
const NEEDS_MYPBX: readonly [UserGroup['features'][number], string][] = [
  ['video', 'VIDEO-2'],
  ['appSharing', 'APPSH-2'],
  ['webrtc', 'WEBRTC-2'],
  ['mobileApp', 'APP-1'],
];

/** A group needing this many of the six modules gets UC when no prices decide (`uc: 'auto'`). */
export const UC_MODULE_THRESHOLD = 4;

const MODULE_FAMILY: Record<Exclude<UcModule, 'voicemail'>, { family: LicenseFamily; rule: string; key: MessageKey }> = {
  myPBX: { family: 'myPBX', rule: 'MYPBX-1', key: 'reason.myPBX' },
  video: { family: 'video', rule: 'VIDEO-1', key: 'reason.video' },
  appSharing: { family: 'appSharing', rule: 'APPSH-1', key: 'reason.appSharing' },
  fax: { family: 'fax', rule: 'FAX-1', key: 'reason.fax' },
  mobility: { family: 'mobility', rule: 'MOB-1', key: 'reason.mobility' },
};

const MICRO = 1_000_000;
const minorDigitsCache = new Map<string, number>();
function minorDigits(currency: string): number {
  let d = minorDigitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    minorDigitsCache.set(currency, d);
  }
  return d;
}

class Planner {
  readonly demands: Demand[] = [];
  readonly notices = new NoticeList();
  readonly version: number;
  readonly release: 'r1' | 'r2';
  readonly central: boolean;
  readonly master: string;
  readonly prices: Map<string, number> | null;

  constructor(readonly s: Scenario) {
    this.version = s.version;
    this.release = s.release ?? 'r2';
    this.central = (s.licensing ?? 'central') === 'central';
    this.master = s.pbxs[0]!.name;
    this.prices = s.prices ? canonicalPrices(s.prices) : null;
  }

  notice(severity: Severity, key: MessageKey, ruleIds: readonly string[], params: Params = {}): void {
    this.notices.add(severity, key, ruleIds, params);
  }

  demand(family: LicenseFamily, pbx: string, quantity: number, ruleIds: readonly string[], key: MessageKey, params: Params): void {
    if (quantity > 0) this.demands.push({ family, pbx, quantity, ruleIds, reason: { key, params } });
  }

  code(family: LicenseFamily, tier: number | null = null): string {
    return licenseCode(family, this.version, tier);
  }

  price(family: LicenseFamily): number | undefined {
    return this.prices?.get(this.code(family));
  }

  /** Voicemail model of a PBX: the new per-user model from V10 on unless told otherwise (VM-1). */
  voicemailModel(pbx: PbxScenario): 'user' | 'port' {
    return pbx.voicemailModel ?? (this.version >= 10 ? 'user' : 'port');
  }

  plan(pbx: PbxScenario, index: number): void {
    const v = this.version;
    const at = pbx.name;
    const other = pbx.otherPorts ?? 0;
    const ports = pbx.users + pbx.trunks + other;

    // PORT-1, PORT-2
    this.demand('port', at, ports, ['PORT-1'], 'reason.port', { pbx: at, users: pbx.users, trunks: pbx.trunks, other });
    if ((pbx.groups ?? 0) > 0 || (pbx.queues ?? 0) > 0) {
      this.notice('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: at, groups: pbx.groups ?? 0, queues: pbx.queues ?? 0 });
    }
    // IPVA-1
    if (pbx.platform === 'ipva') this.demand('ipva', at, ports, ['IPVA-1'], 'reason.ipva', { pbx: at, ports });
    // STBY-1, STBY-2: as many Standby licenses as Port licenses, installed on the license master.
    if (pbx.standby) this.demand('standby', at, ports, ['STBY-1', 'STBY-2'], 'reason.standby', { pbx: at, ports });
    this.planHardware(pbx);

    const model = this.voicemailModel(pbx);
    const groups = pbx.userGroups ?? [];
    let anyVoicemail = false;
    let anyUc = false;
    let anyMyPbx = false;
    let anyFax = false;
    for (const group of groups) {
      const r = this.planGroup(pbx, group, model);
      anyVoicemail ||= group.features.includes('voicemail');
      anyUc ||= r.uc;
      anyMyPbx ||= r.myPBX;
      anyFax ||= group.features.includes('fax');
    }

    // VM-1 (old model), VM-2, VM-3
    if (model === 'port') {
      if (anyVoicemail) this.demand('voicemail', at, ports, ['VM-1', 'VM-2'], 'reason.voicemailPerPort', { pbx: at, ports });
      if (anyUc && anyVoicemail) this.notice('warning', 'notice.ucWithOldVoicemail', ['VM-3', 'VM-5'], { pbx: at });
    } else if (v < 10 && anyVoicemail) {
      this.notice('error', 'notice.voicemailUserNeedsV10', ['VM-1', 'VM-4'], { pbx: at, version: v });
    }
    const existingHere = this.existingFamilies(pbx, index);
    if (model === 'user' && existingHere.has('voicemail')) this.notice('warning', 'notice.voicemailModelsMixed', ['VM-3'], { pbx: at });
    if (model === 'port' && existingHere.has('voicemailUser')) this.notice('warning', 'notice.voicemailModelsMixed', ['VM-3'], { pbx: at });

    // FAX-2: a precondition, so a notice rather than a line.
    if (anyFax && pbx.platform === 'gateway') {
      if (!pbx.gateway) this.notice('warning', 'notice.faxCheckLinuxAp', ['FAX-2'], { pbx: at });
      else if (!GATEWAYS[pbx.gateway].linuxAp) this.notice('warning', 'notice.faxNeedsLinuxAp', ['FAX-2'], { pbx: at, gateway: pbx.gateway });
    }

    // WEBRTC-1, WEBRTC-2
    const webrtc = pbx.webrtcChannels ?? 0;
    this.demand('webrtc', at, webrtc, ['WEBRTC-1'], 'reason.webrtc', { pbx: at, channels: webrtc });
    if (webrtc > 0 && !anyMyPbx && !anyUc) this.notice('warning', 'notice.webrtcNeedsMyPbx', ['WEBRTC-2'], { pbx: at });

    this.planApplications(pbx, index);
    // G729-1: answered with a notice, never a line.
    if ((pbx.g729Channels ?? 0) > 0) this.notice('info', 'notice.g729Discontinued', ['G729-1'], { pbx: at, channels: pbx.g729Channels ?? 0 });
  }

  private planHardware(pbx: PbxScenario): void {
    const hw = pbx.hardware;
    if (!hw) return;
    const any = (hw.bri ?? 0) + (hw.pri ?? 0) + (hw.channels ?? 0) > 0;
    if (pbx.platform === 'ipva') {
      if (any) this.notice('warning', 'notice.ipvaNoHardware', ['HW-1'], { pbx: pbx.name });
      return;
    }
    if (pbx.gateway && GATEWAYS[pbx.gateway].hardwareIncluded) {
      if (any) this.notice('info', 'notice.hardwareIncluded', ['HW-4'], { pbx: pbx.name, gateway: pbx.gateway });
      return;
    }
    this.demand('bri', pbx.name, hw.bri ?? 0, ['HW-1'], 'reason.bri', { pbx: pbx.name, count: hw.bri ?? 0 });
    this.demand('pri', pbx.name, hw.pri ?? 0, ['HW-1'], 'reason.pri', { pbx: pbx.name, count: hw.pri ?? 0 });
    this.demand('channels', pbx.name, hw.channels ?? 0, ['HW-1', 'CONF-2'], 'reason.channels', { pbx: pbx.name, count: hw.channels ?? 0 });
  }

  /** UC-1/UC-2 or the single modules for one user group; returns what the group ended up with. */
  private planGroup(pbx: PbxScenario, group: UserGroup, model: 'user' | 'port'): { uc: boolean; myPBX: boolean } {
    const at = pbx.name;
    const n = group.count;
    const f = group.features;
    const impliedBy: string[] = [];
    for (const [feature, rule] of NEEDS_MYPBX) if (f.includes(feature)) impliedBy.push(rule);
    // In UC_MODULES order; myPBX that only other features ask for comes last.
    const needed: UcModule[] = [];
    for (const m of UC_MODULES) if (f.includes(m)) needed.push(m);
    if (impliedBy.length && !needed.includes('myPBX')) needed.push('myPBX');

    // CONF-1: not part of UC; the app exists from V12r2 on.
    if (f.includes('conferencing')) {
      if (this.version > 12 || (this.version === 12 && this.release === 'r2')) {
        this.demand('conference', at, n, ['CONF-1'], 'reason.conference', { group: group.name, users: n });
      } else {
        this.notice('error', 'notice.conferencingUnavailable', ['CONF-1'], { version: `V${this.version}${this.version === 12 ? this.release : ''}` });
      }
    }
    if (f.includes('mobileApp')) this.notice('info', 'notice.mobileAppNoLicense', ['APP-1'], { group: group.name });
    if (needed.length === 0 || n === 0) return { uc: false, myPBX: needed.includes('myPBX') };

    const useUc = this.chooseUc(pbx, group, needed, model);
    if (useUc) return { uc: true, myPBX: true };

    for (const m of needed) {
      if (m === 'voicemail') {
        if (model === 'user' && this.version >= 10) {
          this.demand('voicemailUser', at, n, ['VM-1'], 'reason.voicemailUser', { group: group.name, users: n });
        }
        continue;
      }
      const spec = MODULE_FAMILY[m];
      if (m === 'myPBX' && !f.includes('myPBX')) {
        this.demand('myPBX', at, n, ['MYPBX-1', ...impliedBy], 'reason.myPBXRequired', { group: group.name, users: n, rules: impliedBy.join(', ') });
      } else {
        this.demand(spec.family, at, n, [spec.rule], spec.key, { group: group.name, users: n });
      }
    }
    return { uc: false, myPBX: needed.includes('myPBX') };
  }

  /** Decides UC against single modules and puts the UC line (with its why) in place. */
  private chooseUc(pbx: PbxScenario, g: UserGroup, needed: readonly UcModule[], model: 'user' | 'port'): boolean {
    const mode = pbx.uc ?? 'auto';
    const group = g.name;
    const users = g.count;
    const modules = needed.length;
    if (mode === 'bundle') {
      this.demand('uc', pbx.name, users, ['UC-1', 'UC-2'], 'reason.ucBundle', { group, users, modules });
      return true;
    }
    if (mode === 'modules') return false;

    // 'auto': by price where the list prices UC and every module needed, else by module count.
    const ucPrice = this.price('uc');
    let modulesPrice: number | undefined = 0;
    for (const m of needed) {
      // The old voicemail model is priced per port, not per user: it is not a per-user cost here.
      const p = m === 'voicemail' ? (model === 'user' ? this.price('voicemailUser') : 0) : this.price(MODULE_FAMILY[m].family);
      modulesPrice = p === undefined || modulesPrice === undefined ? undefined : modulesPrice + p;
    }
    if (this.prices && ucPrice !== undefined && modulesPrice !== undefined) {
      const params = { group, users, modules, ucPrice, modulesPrice: round6(modulesPrice) };
      // A tie goes to UC: the same money buys the whole bundle (UC-3).
      if (ucPrice <= modulesPrice) {
        this.demand('uc', pbx.name, users, ['UC-1', 'UC-2', 'UC-3'], 'reason.ucCheaper', params);
        return true;
      }
      this.notice('info', 'notice.modulesCheaper', ['UC-1', 'UC-3'], params);
      return false;
    }
    if (this.prices) this.notice('info', 'notice.ucPricesIncomplete', ['UC-1'], { group });
    const params = { group, users, modules, threshold: UC_MODULE_THRESHOLD };
    if (modules >= UC_MODULE_THRESHOLD) {
      this.demand('uc', pbx.name, users, ['UC-1', 'UC-2'], 'reason.ucModuleCount', params);
      return true;
    }
    this.notice('info', 'notice.fewModules', ['UC-1'], params);
    return false;
  }

  private planApplications(pbx: PbxScenario, index: number): void {
    const v = this.version;
    const at = pbx.name;
    const recorded = pbx.recordedUsers ?? 0;
    const recording = recorded > 0 && v >= 10;
    // REC-1, REC-2, REC-4..REC-7
    if (recorded > 0 && v < 10) this.notice('error', 'notice.recordingNeedsV10', ['REC-4'], { pbx: at, version: v });
    if (recording) {
      this.demand('recordingBasic', at, 1, ['REC-1'], 'reason.recordingBasic', { pbx: at });
      // REC-2: the Basic license includes one User license.
      this.demand('recordingUser', at, recorded - 1, ['REC-1', 'REC-2'], 'reason.recordingUser', { pbx: at, recorded });
      this.notice('info', 'notice.recordingNeedsWindows', ['REC-5'], {});
      this.notice('info', 'notice.reportingRecommended', ['REC-3'], { pbx: at });
      if (v === 10) this.notice('warning', 'notice.reportingNeeds10SR12', ['REC-4'], { pbx: at });
      if (index > 0) this.notice('info', 'notice.recordingSlave', ['REC-6'], { pbx: at });
      if (pbx.standby) this.notice('info', 'notice.recordingStandby', ['REC-7'], { pbx: at });
    }
    // REP-1, REC-3: Reporting is mandatory for each recorded user and the trunks.
    const asked = pbx.reportingPorts ?? 0;
    const mandatory = recording ? recorded + pbx.trunks : 0;
    if (mandatory > asked) {
      this.demand('reporting', at, mandatory, ['REP-1', 'REC-3'], 'reason.reportingRaised', { pbx: at, asked, recorded, trunks: pbx.trunks });
    } else {
      this.demand('reporting', at, asked, ['REP-1'], 'reason.reporting', { pbx: at, ports: asked });
    }
    // QM-1, QM-2
    const queues = pbx.queueMonitorQueues ?? 0;
    if (queues > 0 && v < 9) this.notice('error', 'notice.queueMonitorNeedsV9', ['QM-2'], { pbx: at, version: v });
    else this.demand('queueMonitor', at, queues, ['QM-1'], 'reason.queueMonitor', { pbx: at, queues });
    // OP-1, SWP-1
    this.demand('operator', at, pbx.operators ?? 0, ['OP-1'], 'reason.operator', { pbx: at, count: pbx.operators ?? 0 });
    this.demand('softwarePhones', at, pbx.softwarephones ?? 0, ['SWP-1'], 'reason.softwarePhones', { pbx: at, count: pbx.softwarephones ?? 0 });
  }

  /** Where a license of this family for this PBX is installed (G-1, G-2, STBY-2, HW-2, IPVA-4). */
  scopeOf(family: LicenseFamily, pbx: string): string {
    const binding = familySpec(family).binding;
    if (binding === 'device') return pbx;
    if (binding === 'master') return this.master;
    return this.central ? this.master : pbx;
  }

  /** Families with licenses installed where this PBX's licenses go. */
  private existingFamilies(pbx: PbxScenario, index: number): Set<LicenseFamily> {
    const out = new Set<LicenseFamily>();
    const add = (rec: Record<string, number> | undefined) => {
      if (rec) for (const code in rec) if (rec[code]! > 0) out.add(parseLicenseTypeCached(code).family);
    };
    add(pbx.existing);
    if (this.central || index === 0) add(this.s.existing);
    return out;
  }
}

function round6(n: number): number {
  return Math.round(n * MICRO) / MICRO;
}

function canonicalPrices(list: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(list)) {
    if (key === 'currency' || typeof value !== 'number') continue;
    out.set(parseLicenseTypeCached(key).code, value);
  }
  return out;
}

interface Pool {
  /** Installed licenses of the scenario's version or higher (G-3), per family: they fix the tier positions. */
  readonly valid: Map<LicenseFamily, number>;
}

/**
 * Installed licenses by scope. The scenario describes what is to be licensed now; what is
 * installed already counts for the tier positions (PORT-3: "adding 200 ports to a project that has
 * 400 gives 100 standard + 100 %500"; STBY-3; VM-2) and never reduces a quantity. Installed
 * licenses below the scenario's version cannot run it (G-3) and cap the installation (G-4): they
 * are reported, and not counted, since they have to be upgraded or removed first.
 */
function existingPools(p: Planner): Map<string, Pool> {
  const pools = new Map<string, Pool>();
  const add = (owner: string, rec: Record<string, number> | undefined) => {
    for (const [text, n] of Object.entries(rec ?? {})) {
      if (n <= 0) continue;
      const type = parseLicenseTypeCached(text);
      const version = effectiveVersion(type);
      if (version !== null && version < p.version) {
        p.notice('warning', 'notice.existingBelowVersion', ['G-3', 'G-4'], { code: type.code, count: n, version: p.version });
        continue;
      }
      const scope = p.scopeOf(type.family, owner);
      let pool = pools.get(scope);
      if (!pool) pools.set(scope, (pool = { valid: new Map() }));
      pool.valid.set(type.family, (pool.valid.get(type.family) ?? 0) + n);
    }
  };
  add(p.master, p.s.existing);
  for (const pbx of p.s.pbxs) add(pbx.name, pbx.existing);
  return pools;
}

interface DemandGroup {
  readonly family: LicenseFamily;
  readonly scope: string;
  readonly demands: Demand[];
  /** Catalog order, then PBX order: the position of the group's lines in the quote. */
  readonly rank: number;
}

function allocate(p: Planner): QuoteLine[] {
  // Demands grouped by family, then by the PBX their licenses are installed on.
  // PBX names are unique (the schema says so), so the rank names the group too.
  const byRank = new Map<number, DemandGroup>();
  const groups: DemandGroup[] = [];
  const pbxIndex = new Map<string, number>();
  p.s.pbxs.forEach((x, i) => pbxIndex.set(x.name, i));
  for (const d of p.demands) {
    const scope = p.scopeOf(d.family, d.pbx);
    const rank = FAMILY_ORDER.get(d.family)! * (MAX_PBXS + 1) + pbxIndex.get(scope)!;
    let g = byRank.get(rank);
    if (!g) {
      byRank.set(rank, (g = { family: d.family, scope, demands: [], rank }));
      groups.push(g);
    }
    g.demands.push(d);
  }
  // A handful of groups, mostly in order already: an insertion sort beats a comparator call each.
  for (let i = 1; i < groups.length; i++) {
    const g = groups[i]!;
    let j = i - 1;
    for (; j >= 0 && groups[j]!.rank > g.rank; j--) groups[j + 1] = groups[j]!;
    groups[j + 1] = g;
  }
  const pools = existingPools(p);
  const lines: QuoteLine[] = [];
  for (const g of groups) {
    const spec = familySpec(g.family);
    if (!spec.tiers) {
      for (const d of g.demands) {
        lines.push(line(p, p.code(g.family), g.family, d.quantity, g.scope, d.ruleIds, d.reason));
      }
      continue;
    }
    // PORT-3 / STBY-3 / VM-2: license n is of the tier whose range holds n; the licenses already
    // installed on the device (project, in central licensing) are numbers 1 to `installed`.
    const installed = pools.get(g.scope)?.valid.get(g.family) ?? 0;
    let needed = 0;
    const rules: string[] = [];
    for (const d of g.demands) {
      needed += d.quantity;
      for (const id of d.ruleIds) if (!rules.includes(id)) rules.push(id);
    }
    if (!rules.includes(spec.tierRule!)) rules.push(spec.tierRule!);
    if (installed > 0) p.notice('info', 'notice.existingCounted', [spec.tierRule!], { code: p.code(g.family), installed, pbx: g.scope });
    const last = installed + needed;
    for (let i = 0; i < spec.tiers.length; i++) {
      const tier = spec.tiers[i]!;
      const from = Math.max(tier.first, installed + 1);
      const to = Math.min((spec.tiers[i + 1]?.first ?? Infinity) - 1, last);
      if (to < from) continue;
      const reason: Reason = { key: TIER_REASON[g.family] ?? 'reason.portTier', params: { first: from, last: to, needed, installed, pbx: g.scope } };
      lines.push(line(p, p.code(g.family, tierAt(spec.tiers, from).tier), g.family, to - from + 1, g.scope, rules, reason));
    }
  }
  return lines;
}

/** A quote line; with a price list it has its price fields from the start (filled by price()). */
function line(p: Planner, code: string, family: LicenseFamily, quantity: number, pbx: string, ruleIds: readonly string[], reason: Reason): QuoteLine {
  return p.prices ? { code, family, quantity, pbx, ruleIds, reason, unitPrice: null, lineTotal: null } : { code, family, quantity, pbx, ruleIds, reason };
}

const TIER_REASON: Partial<Record<LicenseFamily, MessageKey>> = {
  port: 'reason.portTier',
  standby: 'reason.standbyTier',
  voicemail: 'reason.voicemailTier',
};

/** An exact sum of micro-units: plain integers while they are safe, BigInt beyond 2^53. */
class MicroSum {
  private small = 0;
  private big: bigint | null = null;
  add(unitMicro: number, quantity: number): number {
    const product = unitMicro * quantity;
    if (this.big === null && Number.isSafeInteger(product) && Number.isSafeInteger(this.small + product)) {
      this.small += product;
      return product;
    }
    const exact = BigInt(unitMicro) * BigInt(quantity);
    this.big = (this.big ?? BigInt(this.small)) + exact;
    return Number(exact);
  }
  /** Rounded once, half up, to `digits` decimals. */
  rounded(digits: number): number {
    const d = Math.min(digits, 6);
    if (this.big === null) {
      const scale = 10 ** (6 - d);
      return Math.floor((this.small + scale / 2) / scale) / 10 ** d;
    }
    const scale = 10n ** BigInt(6 - d);
    return Number((this.big + scale / 2n) / scale) / 10 ** d;
  }
}

type PricedLine = { -readonly [K in keyof QuoteLine]: QuoteLine[K] };

function price(p: Planner, lines: QuoteLine[]): { lines: QuoteLine[]; total?: QuoteTotal } {
  if (!p.prices) return { lines };
  const currency = (p.s.prices?.['currency'] as string | undefined) ?? 'EUR';
  const sum = new MicroSum();
  let complete = true;
  // The lines are this calculation's own fresh objects: priced in place, not copied.
  for (const line of lines as PricedLine[]) {
    const unit = p.prices.get(line.code);
    if (unit === undefined) {
      complete = false;
      // Once per code: the notice list drops the repeats.
      p.notice('warning', 'notice.priceMissing', [], { code: line.code });
    } else {
      line.unitPrice = unit;
      line.lineTotal = sum.add(Math.round(unit * MICRO), line.quantity) / MICRO;
    }
  }
  return { lines, total: { currency, amount: sum.rounded(minorDigits(currency)), complete } };
}

/**
 * The licenses an installation needs (RULES.md, every rule that bears on a quantity), as quote
 * lines with reasons and rule IDs, notices for what is no quantity, and with a price list the
 * totals. Throws LicenseInputError for invalid input, nothing else.
 */
export function calculateLicenses(scenario: unknown): Quote {
  const s = parseInput(scenarioSchema, scenario) as Scenario;
  const p = new Planner(s);
  s.pbxs.forEach((pbx, i) => p.plan(pbx, i));
  const { lines, total } = price(p, allocate(p));
  const quote: { -readonly [K in keyof Quote]: Quote[K] } = {
    version: p.version,
    release: p.release,
    licensing: p.central ? 'central' : 'local',
    master: p.master,
    lines,
    notices: p.notices.items,
    demands: p.demands,
  };
  if (total) quote.total = total;
  return quote;
}
