import { GATEWAY_MODELS } from '../../core/catalog.js';
import { echo, type InputIssue } from '../../core/errors.js';
import type { ScenarioInput } from '../../core/scenario-schemas.js';
import { readCount } from './number-reader.js';
import { safeText } from '../shared/safe-text.js';
import type { FieldLabels } from '../shared/field-names.js';
import { SCENARIO_SCHEMA_VERSION } from '../../core/scenario-io.js';

/**
 * What the form holds: the user's own text for every field, valid or not, so nothing typed is
 * ever thrown away. `toScenario` turns it into the core's input; the core's schema judges it.
 */
/** The form's words for the scenario's fields where they are not `ui.<field>` (error messages). */
export const SCENARIO_FIELD_LABELS: FieldLabels = {
  pbxs: 'ui.pbx',
  name: 'ui.pbx.name',
  'userGroups/name': 'ui.group.name',
  'userGroups/count': 'ui.group.count',
};

export const NUMBER_FIELDS = [
  'users',
  'trunks',
  'otherPorts',
  'groups',
  'queues',
  'webrtcChannels',
  'operators',
  'softwarephones',
  'queueMonitorQueues',
  'reportingPorts',
  'recordedUsers',
  'recordingTargets',
  'warrantyYears',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export const HARDWARE_FIELDS = ['bri', 'pri', 'channels'] as const;
export type HardwareField = (typeof HARDWARE_FIELDS)[number];

export interface GroupDraft {
  name: string;
  count: string;
  features: string[];
}

export interface PbxDraft {
  name: string;
  platform: string;
  gateway: string;
  numbers: Record<NumberField, string>;
  hardware: Record<HardwareField, string>;
  standby: boolean;
  /** '' follows the scenario's licensing (G-2: mixing is possible PBX by PBX). */
  licensing: string;
  voicemailModel: string;
  uc: string;
  userGroups: GroupDraft[];
  /** Licenses installed on this PBX itself (`existing`), as given: the installed-licenses chunk edits them. */
  existing?: unknown;
}

/** One of the reseller's other articles (issue 24): its price list code, quantity and name. */
export interface ExtraDraft {
  code: string;
  quantity: string;
  name: string;
}

export interface Draft {
  version: string;
  release: string;
  licensing: string;
  pbxs: PbxDraft[];
  extras: ExtraDraft[];
  /** Licenses installed on the license master (the scenario's `existing`), as given. */
  existing?: unknown;
}

/** Whether any PBX, or the master, has installed licenses (the installed-licenses chunk shows them). */
export const anyExisting = (d: Draft) => d.existing || d.pbxs.some((p) => p.existing);

const text = safeText;

export function emptyPbx(name: string): PbxDraft {
  return {
    name,
    platform: 'gateway',
    gateway: '',
    numbers: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, f === 'users' || f === 'trunks' ? '0' : ''])) as Record<NumberField, string>,
    hardware: { bri: '', pri: '', channels: '' },
    standby: false,
    licensing: '',
    voicemailModel: '',
    uc: 'auto',
    userGroups: [],
  };
}

export function emptyDraft(): Draft {
  return { version: '12', release: 'r2', licensing: 'central', pbxs: [emptyPbx('PBX 1')], extras: [] };
}

/** The attributes the form takes at its top: the installation's, and the first PBX's users and trunks. */
export const TOP_ATTRIBUTES = ['version', 'release', 'licensing', 'users', 'trunks'] as const;
export type TopAttributes = Partial<Record<(typeof TOP_ATTRIBUTES)[number], string>>;

/** The top attributes set on `from` (and passing `pick`), as text. */
export function topAttributes(from: Partial<Record<(typeof TOP_ATTRIBUTES)[number], unknown>>, pick: (k: (typeof TOP_ATTRIBUTES)[number]) => boolean): TopAttributes {
  const out: TopAttributes = {};
  for (const k of TOP_ATTRIBUTES) if (pick(k) && from[k] !== undefined && from[k] !== null) out[k] = safeText(from[k]);
  return out;
}

/** A draft with the given top attributes applied (those left out keep the draft's value). */
export function withAttributes(d: Draft, a: TopAttributes): Draft {
  const first = d.pbxs[0]!;
  const numbers = { ...first.numbers, ...(a.users !== undefined ? { users: a.users } : {}), ...(a.trunks !== undefined ? { trunks: a.trunks } : {}) };
  const top = { ...(a.version !== undefined ? { version: a.version } : {}), ...(a.release !== undefined ? { release: a.release } : {}), ...(a.licensing !== undefined ? { licensing: a.licensing } : {}) };
  return { ...d, ...top, pbxs: [{ ...first, numbers }, ...d.pbxs.slice(1)] };
}

/** The form as the markup set it: the page's scenario and top attributes (what Reset returns to). */
export type Markup = TopAttributes & { scenario?: unknown };

/** The draft of the markup: not a link's or a restored scenario, which come later. */
export function markupDraft(markup: Markup | null): Draft {
  const { scenario, ...attributes } = markup ?? {};
  return withAttributes(scenario !== undefined ? fromScenario(scenario) : emptyDraft(), attributes);
}

/** An object's fields, or none (even a hostile value reads as an empty record). */
const fields = (value: unknown) => (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
/** An array's first 200 items, or none. */
const items = (value: unknown) => (Array.isArray(value) ? (value as unknown[]).slice(0, 200) : []);

/** Reads any value (even hostile) into a draft; what cannot be read becomes an empty field. */
export function fromScenario(value: unknown): Draft {
  const s = fields(value);
  const pbxs = items(s['pbxs']);
  return {
    version: text(s['version']) || '12',
    release: text(s['release']) || 'r2',
    licensing: text(s['licensing']) || 'central',
    existing: s['existing'],
    pbxs: (pbxs.length ? pbxs : [{}]).map((raw, i) => {
      const p = fields(raw);
      const hw = fields(p['hardware']);
      return {
        name: text(p['name']) || `PBX ${i + 1}`,
        platform: text(p['platform']) || 'gateway',
        gateway: text(p['gateway']),
        numbers: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, text(p[f])])) as Record<NumberField, string>,
        hardware: Object.fromEntries(HARDWARE_FIELDS.map((f) => [f, text(hw[f])])) as Record<HardwareField, string>,
        standby: p['standby'] === true,
        licensing: text(p['licensing']),
        voicemailModel: text(p['voicemailModel']),
        uc: text(p['uc']) || 'auto',
        existing: p['existing'],
        userGroups: items(p['userGroups']).map((g) => {
          const gr = fields(g);
          return { name: text(gr['name']), count: text(gr['count']), features: Array.isArray(gr['features']) ? (gr['features'] as unknown[]).map(text) : [] };
        }),
      };
    }),
    extras: items(s['extras']).map((raw) => {
      const x = fields(raw);
      return { code: text(x['code']), quantity: text(x['quantity']), name: text(x['name']) };
    }),
  };
}

/**
 * The scenario the form describes, for the core's schema to judge, and the counts the form could
 * not read: text that is no number becomes NaN (the schema names it), text two locales would read
 * differently is an issue of its own (never a silent different number). `waits`: a count needs
 * the locale's reader, not loaded yet (number-reader.ts).
 */
export function toScenario(d: Draft, extra: Pick<ScenarioInput, 'prices' | 'today'>, locale: string): { scenario: unknown; issues: InputIssue[]; waits: boolean } {
  const issues: InputIssue[] = [];
  let waits = false;
  const num = (s: string, path: (string | number)[]): number | undefined => {
    const r = readCount(s, locale);
    if (!r) {
      waits = true;
      return Number.NaN;
    }
    if (r.kind === 'empty') return undefined;
    if (r.kind === 'number') return r.value;
    if (r.kind === 'ambiguous') issues.push({ path, key: 'error.ambiguousNumber', params: { text: echo(s.trim()), plain: r.plain, grouped: r.grouped } });
    return Number.NaN;
  };
  const scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    version: num(d.version, ['version']),
    ...(d.release ? { release: d.release } : {}),
    ...(d.licensing ? { licensing: d.licensing } : {}),
    ...(d.existing ? { existing: d.existing } : {}),
    ...(extra.prices ? { prices: extra.prices } : {}),
    ...(extra.today ? { today: extra.today } : {}),
    pbxs: d.pbxs.map((p, i) => {
      const out: Record<string, unknown> = { name: p.name, platform: p.platform, users: num(p.numbers.users, ['pbxs', i, 'users']), trunks: num(p.numbers.trunks, ['pbxs', i, 'trunks']) };
      if (p.gateway && p.platform === 'gateway') out['gateway'] = p.gateway;
      // Warranty years and hardware of an IPVA go on too: the core says why they buy nothing (WAR-1, HW-1).
      for (const f of NUMBER_FIELDS) {
        if (f === 'users' || f === 'trunks') continue;
        const v = num(p.numbers[f], ['pbxs', i, f]);
        if (v !== undefined) out[f] = v;
      }
      if (HARDWARE_FIELDS.some((f) => p.hardware[f].trim() !== '')) {
        out['hardware'] = Object.fromEntries(HARDWARE_FIELDS.filter((f) => p.hardware[f].trim() !== '').map((f) => [f, num(p.hardware[f], ['pbxs', i, 'hardware', f])]));
      }
      if (p.standby) out['standby'] = true;
      if (p.licensing) out['licensing'] = p.licensing;
      if (p.voicemailModel) out['voicemailModel'] = p.voicemailModel;
      if (p.uc) out['uc'] = p.uc;
      if (p.existing) out['existing'] = p.existing;
      if (p.userGroups.length) out['userGroups'] = p.userGroups.map((g, j) => ({ name: g.name, count: num(g.count, ['pbxs', i, 'userGroups', j, 'count']), features: g.features }));
      return out;
    }),
    // A row whose code is still blank is being filled in: it waits in the form.
    ...(d.extras.some((x) => x.code.trim())
      ? { extras: d.extras.flatMap((x, j) => (x.code.trim() ? [{ code: x.code, quantity: num(x.quantity, ['extras', j, 'quantity']), ...(x.name ? { name: x.name } : {}) }] : [])) }
      : {}),
  };
  return { scenario, issues, waits };
}

/** The ids of the form's fields for a draft: where an issue's path has a field to show it at. */
export function fieldIds(d: Draft): Set<string> {
  const ids = new Set(['version', 'release', 'licensing']);
  d.pbxs.forEach((p, i) => {
    for (const f of ['name', 'platform', 'gateway', 'licensing', 'voicemailModel', 'uc', 'userGroups', ...NUMBER_FIELDS]) ids.add(`pbxs-${i}-${f}`);
    for (const f of HARDWARE_FIELDS) ids.add(`pbxs-${i}-hardware-${f}`);
    p.userGroups.forEach((_, j) => {
      ids.add(`pbxs-${i}-userGroups-${j}-name`);
      ids.add(`pbxs-${i}-userGroups-${j}-count`);
    });
  });
  d.extras.forEach((_, j) => ['code', 'quantity', 'name'].forEach((f) => ids.add(`extras-${j}-${f}`)));
  return ids;
}

export { GATEWAY_MODELS };
