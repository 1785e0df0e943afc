import { calculateLicenses, type Quote, type ScenarioInput } from '../../src/core/index.js';

export type PbxInput = ScenarioInput['pbxs'][number];

export function pbx(extra: Partial<PbxInput> = {}): PbxInput {
  return { name: 'HQ', platform: 'gateway', users: 10, trunks: 1, ...extra };
}

export function quote(extra: Partial<ScenarioInput> = {}, ...pbxs: PbxInput[]): Quote {
  return calculateLicenses({ version: 12, pbxs: pbxs.length ? pbxs : [pbx()], ...extra });
}

/** code -> summed quantity over all lines. */
export function quantities(q: Quote): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of q.lines) out[l.code] = (out[l.code] ?? 0) + l.quantity;
  return out;
}

export function noticeKeys(q: { notices: readonly { key: string }[] }): string[] {
  return q.notices.map((n) => n.key);
}

export function familyTotal(q: Quote, family: string): number {
  return q.lines.filter((l) => l.family === family).reduce((s, l) => s + l.quantity, 0);
}
