import { FAMILY_ORDER, GATEWAYS, GATEWAY_MODELS, familySpec, type LicenseFamily } from './catalog.js';
import { tierRuns } from './tier-runs.js';
import { effectiveVersion, licenseCode, parseLicenseTypeCached } from './codes.js';
import type { MessageKey } from './messages.js';
import { priceBook, priceKey, priceLines, round6, type LinePrices, type PriceBook, type PricedLine, type PriceTotal } from './money.js';
import { NoticeList, type Notice, type ParamPart, type Params, type Severity } from './notices.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';
import { MAX_PBXS, parseInput } from './schemas.js';
import { FEATURE_NAMES, scenarioSchema, type PbxScenario, type Scenario, type UserGroup } from './scenario-schemas.js';
import { warrantyPlan } from './warranty.js';

export type { Notice, ParamPart, ParamValue, Params, Severity } from './notices.js';

/** Why a line exists: a message key with its parameters (render with the i18n catalogs). */
export interface Reason {
  readonly key: MessageKey;
  readonly params: Params;
}

export interface QuoteLine extends LinePrices {
  readonly code: string;
  readonly family: LicenseFamily;
  readonly quantity: number;
  /** The PBX the licenses are installed on: the license master in central licensing. */
  readonly pbx: string;
  readonly ruleIds: readonly string[];
  readonly reason: Reason;
}

/** What one PBX asks of one license family, before existing licenses and tiers are applied. */
export interface Demand {
  readonly family: LicenseFamily;
  readonly pbx: string;
  readonly quantity: number;
  readonly ruleIds: readonly string[];
  readonly reason: Reason;
}

export type QuoteTotal = PriceTotal;

/** A warranty extension bought with a gateway (WAR-1..3), priced like a license line. */
export interface QuoteWarrantyLine extends LinePrices {
  /** The extension's article number (WARRANTY_ARTICLE, or the one the price list names). */
  readonly code: string;
  /** Years: one article a year, all bound at once (WAR-2). */
  readonly quantity: number;
  readonly pbx: string;
  readonly variant: 'onPurchase';
  readonly bindBy: string;
  readonly warrantyUntil: string;
  readonly ruleIds: readonly string[];
  readonly reason: Reason;
}

/**
 * One of the reseller's other articles on the quote (issue 24): a gateway the price list prices
 * (`IP811`: one per PBX on that model), or an extra of the scenario (installation, training).
 * Priced from the list like a license line; no reason and no rule: it is no license.
 */
export interface QuoteExtraLine extends LinePrices {
  /** The price list key: the gateway model, or the extra's code (a license code canonical). */
  readonly code: string;
  readonly kind: 'hardware' | 'extra';
  readonly quantity: number;
  /** The PBXs on that gateway model (comma-separated); none for an extra. */
  readonly pbx?: string;
}

export interface Quote {
  /** The shape version (RESULT_SCHEMA_VERSION; quoteJsonSchema() describes it). */
  readonly schemaVersion: typeof RESULT_SCHEMA_VERSION;
  readonly version: number;
  readonly release: 'r1' | 'r2';
  /** The scenario's licensing: the default of every PBX that does not set its own (G-2). */
  readonly licensing: 'central' | 'local';
  /**
   * The license master (G-1): the first centrally licensed PBX, which holds every central
   * license; the first PBX when all are local.
   */
  readonly master: string;
  /** Each PBX's licensing and Voicemail model, in the scenario's order. */
  readonly pbxs: readonly QuotePbx[];
  readonly lines: readonly QuoteLine[];
  /** Warranty extensions of the gateways that have `warrantyYears` (bought on purchase). */
  readonly warranty: readonly QuoteWarrantyLine[];
  /** The reseller's other articles: priced gateways, then the scenario's extras. */
  readonly extras: readonly QuoteExtraLine[];
  readonly notices: readonly Notice[];
  readonly demands: readonly Demand[];
  /** With prices: how `uc: 'auto'` compared UC with the single modules, per user group. */
  readonly ucChoices: readonly UcChoice[];
  readonly total?: QuoteTotal;
}

/** `uc: 'auto'` decided by price for one user group (UC-1, UC-3): both options, per user and in all. */
export interface UcChoice {
  readonly pbx: string;
  readonly group: string;
  readonly users: number;
  /** The modules the group needs (product names). */
  readonly modules: readonly string[];
  readonly ucPrice: number;
  readonly modulesPrice: number;
  readonly ucTotal: number;
  readonly modulesTotal: number;
  readonly chosen: 'uc' | 'modules';
}

export interface QuotePbx {
  readonly name: string;
  readonly licensing: 'central' | 'local';
  /** Where its licenses are installed: the master when central, itself when local (G-2). */
  readonly licensedOn: string;
  /** VM-1/VM-3: 'user' (one Voicemail User license per user) or 'port' (one per Port license). */
  readonly voicemailModel: 'user' | 'port';
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

/** Each single module's rule; its family and its reason are named after it (`reason.video`). */
const MODULE_RULE: Record<Exclude<UcModule, 'voicemail'>, string> = { myPBX: 'MYPBX-1', video: 'VIDEO-1', appSharing: 'APPSH-1', fax: 'FAX-1', mobility: 'MOB-1' };

/** What one licence scope (the master, or a local PBX's own device) holds and is asked for. */
interface Scope {
  readonly name: string;
  /** Installed licenses of the scenario's version or higher (G-3), per family: they fix the tier positions. */
  readonly valid: Map<LicenseFamily, number>;
  /** Installed licenses of any version, per family (VM-3: V9 Voicemail licenses keep the old model). */
  readonly any: Map<LicenseFamily, number>;
  /** New Port licenses per PBX licensed here, in scenario order (PORT-1). */
  readonly newPorts: ParamPart[];
  /** Names of the PBXs licensed here that have standby (STBY-1). */
  readonly standby: string[];
  /** Whether a PBX licensed here has Voicemail users (VM-1). */
  voicemailUsers: boolean;
  /** Voicemail models chosen explicitly by the PBXs licensed here. */
  readonly chosenModels: Set<'user' | 'port'>;
  model: 'user' | 'port';
}

class Planner {
  readonly demands: Demand[] = [];
  readonly ucChoices: UcChoice[] = [];
  readonly notices = new NoticeList();
  readonly version: number;
  readonly release: 'r1' | 'r2';
  readonly central: boolean;
  readonly master: string;
  readonly prices: PriceBook | null;
  /** Licence scopes by name (a PBX name: the master, or a locally licensed PBX). */
  readonly scopes = new Map<string, Scope>();
  /** Installed Port licenses of the version (G-3) by the PBX they are recorded on (IPVA-1). */
  private readonly portsOn = new Map<string, number>();
  private readonly localPbxs = new Set<string>();

  constructor(readonly s: Scenario) {
    this.version = s.version;
    this.release = s.release ?? 'r2';
    this.central = (s.licensing ?? 'central') === 'central';
    for (const pbx of s.pbxs) if (this.licensingOf(pbx) === 'local') this.localPbxs.add(pbx.name);
    // G-1: the license master holds the central licenses; with no central PBX, the first PBX.
    this.master = (s.pbxs.find((pbx) => !this.localPbxs.has(pbx.name)) ?? s.pbxs[0]!).name;
    this.prices = s.prices ? priceBook(s.prices) : null;
    this.readInstalled();
    this.chooseVoicemailModels();
  }

  /** G-2: a PBX is wholly central or wholly local; its own setting wins over the scenario's. */
  licensingOf(pbx: PbxScenario): 'central' | 'local' {
    return pbx.licensing ?? (this.central ? 'central' : 'local');
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
    return this.prices?.unit.get(this.code(family));
  }

  /** Where a license of this family for this PBX is installed (G-1, G-2, STBY-2, HW-2, IPVA-4). */
  scopeOf(family: LicenseFamily, pbx: string): string {
    if (familySpec(family).binding === 'device') return pbx;
    return this.localPbxs.has(pbx) ? pbx : this.master;
  }

  scope(name: string): Scope {
    let scope = this.scopes.get(name);
    if (!scope) {
      scope = { name, valid: new Map(), any: new Map(), newPorts: [], standby: [], voicemailUsers: false, chosenModels: new Set(), model: 'user' };
      this.scopes.set(name, scope);
    }
    return scope;
  }

  /** The scope a PBX's Port, Standby and Voicemail licenses are in. */
  licenseScope(pbx: PbxScenario): Scope {
    return this.scope(this.scopeOf('port', pbx.name));
  }

  /**
   * Installed licenses by scope. The scenario describes what is to be licensed now; what is
   * installed already counts for the tier positions (PORT-3: "adding 200 ports to a project that
   * has 400 gives 100 standard + 100 %500"; STBY-3; VM-2) and never reduces a Port quantity.
   * Installed licenses below the scenario's version cannot run it (G-3) and cap the installation
   * (G-4): they are reported, and not counted, since they have to be upgraded or removed first.
   */
  private readInstalled(): void {
    const add = (owner: string, rec: Record<string, number> | undefined) => {
      if (!rec) return;
      for (const text of Object.keys(rec)) {
        const n = rec[text]!;
        if (n <= 0) continue;
        const type = parseLicenseTypeCached(text);
        const scope = this.scope(this.scopeOf(type.family, owner));
        scope.any.set(type.family, (scope.any.get(type.family) ?? 0) + n);
        const version = effectiveVersion(type);
        if (version !== null && version < this.version) {
          this.notice('warning', 'notice.existingBelowVersion', ['G-3', 'G-4'], { code: type.code, count: n, version: this.version });
          continue;
        }
        scope.valid.set(type.family, (scope.valid.get(type.family) ?? 0) + n);
        if (type.family === 'port') this.portsOn.set(owner, (this.portsOn.get(owner) ?? 0) + n);
      }
    };
    add(this.master, this.s.existing);
    for (const pbx of this.s.pbxs) add(pbx.name, pbx.existing);
  }

  /**
   * VM-1, VM-3: one Voicemail model per licence scope, since the licenses of one device cannot
   * combine the two. A model chosen by a PBX wins (choosing 'user' where old-model licenses are
   * installed is the switch VM-3 describes: every Voicemail user gets a Voicemail User license).
   * Without a choice, installed old-model Voicemail licenses (of any version: "if V9 Voicemail
   * licenses are being used, you automatically stay with the old licensing") keep the old model;
   * otherwise the new model from V10 on. Two PBXs of one scope choosing differently is an error:
   * the old model then covers the scope, since its licenses cover every Port license there.
   */
  private chooseVoicemailModels(): void {
    for (const pbx of this.s.pbxs) {
      const scope = this.licenseScope(pbx);
      if (pbx.voicemailModel) scope.chosenModels.add(pbx.voicemailModel);
      if (pbx.userGroups?.some((g) => g.count > 0 && g.features.includes('voicemail'))) scope.voicemailUsers = true;
    }
    for (const scope of this.scopes.values()) {
      const old = scope.any.get('voicemail') ?? 0;
      const perUser = scope.any.get('voicemailUser') ?? 0;
      if (scope.chosenModels.size === 2) {
        scope.model = 'port';
        this.notice('error', 'notice.voicemailModelsConflict', ['VM-3'], { pbx: scope.name });
      } else if (scope.chosenModels.size === 1) {
        scope.model = [...scope.chosenModels][0]!;
      } else if (old > 0) {
        scope.model = 'port';
        this.notice('info', 'notice.voicemailStaysOld', ['VM-3'], { pbx: scope.name, count: old });
      } else {
        scope.model = this.version >= 10 ? 'user' : 'port';
      }
      if (scope.model === 'user' && old > 0) {
        this.notice('warning', 'notice.voicemailSwitch', ['VM-3'], { pbx: scope.name, count: old, code: this.code('voicemailUser') });
      }
      if (scope.model === 'port' && perUser > 0) this.notice('warning', 'notice.voicemailModelsMixed', ['VM-3'], { pbx: scope.name });
    }
  }

  plan(pbx: PbxScenario): void {
    const v = this.version;
    const at = pbx.name;
    const other = pbx.otherPorts ?? 0;
    const ports = pbx.users + pbx.trunks + other;
    const scope = this.licenseScope(pbx);

    // PORT-1, PORT-2
    this.demand('port', at, ports, ['PORT-1'], 'reason.port', { pbx: at, users: pbx.users, trunks: pbx.trunks, other });
    if (ports > 0) scope.newPorts.push({ label: at, count: ports });
    if ((pbx.groups ?? 0) > 0 || (pbx.queues ?? 0) > 0) {
      this.notice('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: at, groups: pbx.groups ?? 0, queues: pbx.queues ?? 0 });
    }
    // IPVA-1: "equivalent to the number of Port licenses that are to be in operation on the IPVA
    // PBX": as for Standby (STBY-1), the installed ones count, and the IPVA licenses installed on
    // it (IPVA-4: bound to its VMware instance) are subtracted. Installed Port licenses are in
    // operation where they are recorded: the scenario's `existing` on the master, a PBX's own
    // `existing` on that PBX (G-2: a local PBX's are on its own device). A master whose pool also
    // serves central slaves counts the whole pool, so that no Port license used on it lacks one.
    if (pbx.platform === 'ipva') {
      const installedPorts = this.portsOn.get(at) ?? 0;
      const installed = this.scope(at).valid.get('ipva') ?? 0;
      this.demand('ipva', at, installedPorts + ports - installed, ['IPVA-1'], 'reason.ipva', { pbx: at, ports: installedPorts + ports, installedPorts, newPorts: ports, installed });
      // WAR-1 extends a device's warranty: an IPVA has no device of its own, so it is told, not quoted.
      if (pbx.warrantyYears) this.notice('info', 'notice.warrantyIpva', ['WAR-1'], { pbx: at });
    }
    // STBY-1: counted per scope once every PBX's ports are known (planScopes).
    if (pbx.standby) scope.standby.push(at);
    this.planHardware(pbx);

    const model = scope.model;
    const groups = pbx.userGroups ?? [];
    let anyVoicemail = false;
    let anyUc = false;
    let anyMyPbx = false;
    let anyFax = false;
    for (const group of groups) {
      const r = this.planGroup(pbx, group, model);
      // CONF-1: the app "is integrated into the Unified Communications client myPBX". A reading:
      // its users work through myPBX, so a group without myPBX (UC has it) is told, and gets no line.
      if (group.count > 0 && group.features.includes('conferencing') && !r.myPBX) this.notice('info', 'notice.conferencingViaMyPbx', ['CONF-1', 'MYPBX-1'], { group: group.name });
      anyVoicemail ||= group.features.includes('voicemail');
      anyUc ||= r.uc;
      anyMyPbx ||= r.myPBX;
      anyFax ||= group.features.includes('fax');
    }

    // VM-1 (old model: counted per scope in planScopes), VM-3, VM-4
    if (model === 'port') {
      if (anyUc && anyVoicemail) this.notice('warning', 'notice.ucWithOldVoicemail', ['VM-3', 'VM-5'], { pbx: at });
    } else if (v < 10 && anyVoicemail) {
      this.notice('error', 'notice.voicemailUserNeedsV10', ['VM-1', 'VM-4'], { pbx: at, version: v });
    }

    // FAX-2: a precondition, so a notice rather than a line.
    if (anyFax && pbx.platform === 'gateway') {
      if (!pbx.gateway) this.notice('warning', 'notice.faxCheckLinuxAp', ['FAX-2'], { pbx: at });
      else if (!GATEWAYS[pbx.gateway].linuxAp) this.notice('warning', 'notice.faxNeedsLinuxAp', ['FAX-2'], { pbx: at, gateway: pbx.gateway });
    }

    // WEBRTC-1, WEBRTC-2
    const webrtc = pbx.webrtcChannels ?? 0;
    this.demand('webrtc', at, webrtc, ['WEBRTC-1'], 'reason.webrtc', { pbx: at, channels: webrtc });
    if (webrtc > 0 && !anyMyPbx) this.notice('warning', 'notice.webrtcNeedsMyPbx', ['WEBRTC-2'], { pbx: at });

    this.planApplications(pbx);
    // SWP-1: the Softwarephone "uses the Unified Communications client myPBX as its interface
    // (see also Licensing myPBX)". A reading: a notice where no user group has myPBX or UC, no line.
    if ((pbx.softwarephones ?? 0) > 0 && !anyMyPbx) this.notice('info', 'notice.softwarePhonesViaMyPbx', ['SWP-1', 'MYPBX-1'], { pbx: at });
    // G729-1: answered with a notice, never a line.
    if ((pbx.g729Channels ?? 0) > 0) this.notice('info', 'notice.g729Discontinued', ['G729-1'], { pbx: at, channels: pbx.g729Channels ?? 0 });
  }

  /**
   * The licenses that follow the Port licenses of a whole scope, installed ones included:
   * Standby (STBY-1: "at least equal to the number of Port licenses"; STBY-2: on the license
   * master for central PBXs, on its own device for a local one, G-2) and old-model Voicemail
   * (VM-1: "number of Voicemail licenses = number of Port licenses" on the device). The
   * installed licenses of the family itself are subtracted and fix the tier positions (STBY-3,
   * VM-2). Installed Port licenses below the scenario's version are not counted (G-3).
   */
  planScopes(): void {
    for (const scope of this.scopes.values()) {
      const installedPorts = scope.valid.get('port') ?? 0;
      let newPorts = 0;
      for (const part of scope.newPorts) newPorts += part.count;
      const ports = installedPorts + newPorts;
      const pbx = scope.name;
      const sources = scope.newPorts;
      if (scope.standby.length > 0) {
        const installed = scope.valid.get('standby') ?? 0;
        const standbyPbxs = scope.standby.join(', ');
        this.demand('standby', pbx, ports - installed, ['STBY-1', 'STBY-2'], 'reason.standby', { pbx, ports, installedPorts, newPorts, sources, installed, standbyPbxs });
      }
      // The old model counts Voicemail licenses whether used or not: with Voicemail users, or
      // with old-model licenses installed (Voicemail is in use there), every Port license needs one.
      if (scope.model === 'port' && (scope.voicemailUsers || (scope.any.get('voicemail') ?? 0) > 0)) {
        const installed = scope.valid.get('voicemail') ?? 0;
        this.demand('voicemail', pbx, ports - installed, ['VM-1', 'VM-2'], 'reason.voicemailPerPort', { pbx, ports, installedPorts, newPorts, sources, installed });
      }
    }
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
    for (const f of ['bri', 'pri', 'channels'] as const) {
      const count = hw[f] ?? 0;
      this.demand(f, pbx.name, count, f === 'channels' ? ['HW-1', 'CONF-2'] : ['HW-1'], `reason.${f}`, { pbx: pbx.name, count });
    }
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
    if (useUc) {
      // UC-1: the modules the group asked for get no line of their own; say where they went. The
      // old Voicemail model is counted per Port license, so UC does not cover it there (VM-3).
      const covered: string[] = [];
      for (const m of needed) if (m !== 'voicemail' || model === 'user') covered.push(FEATURE_NAMES[m]);
      if (covered.length) this.notice('info', 'notice.partOfUc', ['UC-1'], { pbx: at, group: group.name, users: n, modules: covered.join(', ') });
      return { uc: true, myPBX: true };
    }

    for (const m of needed) {
      if (m === 'voicemail') {
        if (model === 'user' && this.version >= 10) {
          this.demand('voicemailUser', at, n, ['VM-1'], 'reason.voicemailUser', { group: group.name, users: n });
        }
        continue;
      }
      if (m === 'myPBX' && !f.includes('myPBX')) {
        this.demand('myPBX', at, n, ['MYPBX-1', ...impliedBy], 'reason.myPBXRequired', { group: group.name, users: n, rules: impliedBy.join(', ') });
      } else {
        this.demand(m, at, n, [MODULE_RULE[m]], `reason.${m}`, { group: group.name, users: n });
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
      const p = m === 'voicemail' ? (model === 'user' ? this.price('voicemailUser') : 0) : this.price(m);
      modulesPrice = p === undefined || modulesPrice === undefined ? undefined : modulesPrice + p;
    }
    if (this.prices && ucPrice !== undefined && modulesPrice !== undefined) {
      const params = { group, users, modules, ucPrice, modulesPrice: round6(modulesPrice) };
      // A tie goes to UC: the same money buys the whole bundle (UC-3).
      const uc = ucPrice <= modulesPrice;
      this.ucChoices.push({
        pbx: pbx.name,
        group,
        users,
        modules: needed.map((m) => FEATURE_NAMES[m]),
        ucPrice,
        modulesPrice: round6(modulesPrice),
        ucTotal: round6(ucPrice * users),
        modulesTotal: round6(modulesPrice * users),
        chosen: uc ? 'uc' : 'modules',
      });
      if (uc) {
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

  private planApplications(pbx: PbxScenario): void {
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
      this.notice('info', 'notice.reportingRecommended', ['REC-3'], { pbx: at, targets: pbx.recordingTargets ?? 0 });
      if (v === 10) this.notice('warning', 'notice.reportingNeeds10SR12', ['REC-4'], { pbx: at });
      if (at !== this.master) this.notice('info', 'notice.recordingSlave', ['REC-6'], { pbx: at });
      if (pbx.standby) this.notice('info', 'notice.recordingStandby', ['REC-7'], { pbx: at });
    }
    // REP-1, REC-3: Reporting "is mandatory for the user and the outside line" and "also needed
    // for the target subscriber"; for the entire system it is only recommended (a notice).
    const asked = pbx.reportingPorts ?? 0;
    const targets = recording ? (pbx.recordingTargets ?? 0) : 0;
    const mandatory = recording ? recorded + pbx.trunks + targets : 0;
    if (mandatory > asked) {
      this.demand('reporting', at, mandatory, ['REP-1', 'REC-3'], 'reason.reportingRaised', { pbx: at, asked, recorded, trunks: pbx.trunks, targets });
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
  const lines: QuoteLine[] = [];
  for (const g of groups) {
    const spec = familySpec(g.family);
    // One line per code and PBX: the demands of a group are its shares, summed, and a line made
    // of several names each ("Staff: 180 and Warehouse staff: 70"; a Port line, each PBX; a
    // group of another PBX than the one the line is on with its PBX: "Staff (Branch): 4").
    let needed = 0;
    const rules: string[] = [];
    const sources: ParamPart[] = [];
    for (const d of g.demands) {
      needed += d.quantity;
      const group = d.reason.params['group'];
      sources.push({ label: typeof group !== 'string' ? d.pbx : d.pbx !== g.scope ? `${group} (${d.pbx})` : group, count: d.quantity });
      for (const id of d.ruleIds) if (!rules.includes(id)) rules.push(id);
    }
    const only = g.demands.length === 1 ? g.demands[0]! : null;
    if (!spec.tiers) {
      lines.push(line(p, p.code(g.family), g.family, needed, g.scope, rules, only ? only.reason : { key: 'reason.shares', params: { needed, sources } }));
      continue;
    }
    // PORT-3 / STBY-3 / VM-2: license n is of the tier whose range holds n; the licenses already
    // installed on the device (project, in central licensing) are numbers 1 to `installed`.
    const installed = p.scopes.get(g.scope)?.valid.get(g.family) ?? 0;
    // Standby and old-model Voicemail: one demand per scope, whose reason says what it is made of.
    const made = g.family !== 'port' && only ? only.reason.params : null;
    if (!rules.includes(spec.tierRule!)) rules.push(spec.tierRule!);
    if (installed > 0) p.notice('info', 'notice.existingCounted', [spec.tierRule!], { code: p.code(g.family), installed, pbx: g.scope });
    for (const { tier, first, last } of tierRuns(spec.tiers, installed + 1, needed)) {
      // (made: its pbx and installed are the scope's, as here; a spread only for these few lines.)
      const params: Params = made ? { ...made, first, last, needed } : { pbx: g.scope, sources, first, last, needed, installed };
      const reason: Reason = { key: `reason.${g.family as 'port' | 'standby' | 'voicemail'}Tier`, params };
      lines.push(line(p, p.code(g.family, tier), g.family, last - first + 1, g.scope, rules, reason));
    }
  }
  return lines;
}

/** A quote line; with a price list it has its price fields from the start (filled by price()). */
function line(p: Planner, code: string, family: LicenseFamily, quantity: number, pbx: string, ruleIds: readonly string[], reason: Reason): QuoteLine {
  return p.prices ? { code, family, quantity, pbx, ruleIds, reason, unitPrice: null, lineTotal: null, discountPercent: null, lineNet: null } : { code, family, quantity, pbx, ruleIds, reason };
}



function price(p: Planner, lines: QuoteLine[], warranty: QuoteWarrantyLine[], extras: QuoteExtraLine[]): QuoteTotal | undefined {
  if (!p.prices) return undefined;
  return priceLines([...lines, ...warranty, ...extras] as PricedLine[], p.prices, p.notices);
}

/**
 * The reseller's other articles (issue 24): each gateway model the price list prices, one per PBX
 * on it; then the scenario's extras, priced by their code like a license (a name given there wins
 * over the list's).
 */
function planExtras(p: Planner): QuoteExtraLine[] {
  const out: QuoteExtraLine[] = [];
  const priced = p.prices ? { unitPrice: null, lineTotal: null, discountPercent: null, lineNet: null } : {};
  for (const model of p.prices ? GATEWAY_MODELS : []) {
    const on = p.s.pbxs.filter((x) => x.platform === 'gateway' && x.gateway === model);
    if (on.length && p.prices!.unit.has(model)) out.push({ code: model, kind: 'hardware', quantity: on.length, pbx: on.map((x) => x.name).join(', '), ...priced });
  }
  for (const x of p.s.extras ?? []) out.push({ code: priceKey(x.code), kind: 'extra', quantity: x.quantity, ...(x.name ? { name: x.name } : {}), ...priced });
  return out;
}

/**
 * WAR-1..3 for the gateways bought now: the extension is bound right after purchase. The English
 * guideline's article is 12-00400-004, the German and Dutch print 12-00400-002: a price list that
 * prices one 12-00400-xxx article decides which is quoted.
 */
function planGatewayWarranty(p: Planner): QuoteWarrantyLine[] {
  const devices = p.s.pbxs.filter((x) => x.platform === 'gateway' && (x.warrantyYears ?? 0) > 0);
  if (devices.length === 0) return [];
  const priced = p.prices ? [...p.prices.unit.keys()].filter((k) => /^12-00400-\d{3}$/.test(k)) : [];
  // Valid already (the scenario's schema checked names, years and today): no second validation.
  const plan = warrantyPlan({
    today: p.s.today,
    article: priced.length === 1 ? priced[0] : undefined,
    devices: devices.map((x) => ({ serial: x.name, model: x.gateway, wantYears: x.warrantyYears! })),
  });
  return plan.lines.map((l) => ({
    code: l.article,
    quantity: l.quantity,
    pbx: l.serial,
    variant: 'onPurchase' as const,
    bindBy: l.bindBy,
    warrantyUntil: l.warrantyUntil,
    ruleIds: l.ruleIds,
    reason: l.reason,
    ...(p.prices ? { unitPrice: null, lineTotal: null, discountPercent: null, lineNet: null } : {}),
  }));
}

/**
 * The licenses an installation needs (RULES.md, every rule that bears on a quantity), as quote
 * lines with reasons and rule IDs, notices for what is no quantity, and with a price list the
 * totals. Throws LicenseInputError for invalid input, nothing else.
 */
export function calculateLicenses(scenario: unknown): Quote {
  const s = parseInput(scenarioSchema, scenario) as Scenario;
  const p = new Planner(s);
  for (const pbx of s.pbxs) p.plan(pbx);
  p.planScopes();
  const lines = allocate(p);
  const warranty = planGatewayWarranty(p);
  const extras = planExtras(p);
  const total = price(p, lines, warranty, extras);
  const quote: { -readonly [K in keyof Quote]: Quote[K] } = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    version: p.version,
    release: p.release,
    licensing: p.central ? 'central' : 'local',
    master: p.master,
    pbxs: s.pbxs.map((pbx) => {
      const licensedOn = p.scopeOf('port', pbx.name);
      return { name: pbx.name, licensing: p.licensingOf(pbx), licensedOn, voicemailModel: p.scopes.get(licensedOn)!.model };
    }),
    lines,
    warranty,
    extras,
    notices: p.notices.items,
    demands: p.demands,
    ucChoices: p.ucChoices,
  };
  if (total) quote.total = total;
  return quote;
}
