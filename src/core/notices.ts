import type { MessageKey } from './messages.js';

/** One item of a list parameter: what one PBX (or the installed licenses) contributes to a number. */
export interface ParamPart {
  readonly label: string;
  readonly count: number;
}

/**
 * A message parameter: text, a number (formatted for the locale), or a list of parts (rendered
 * as a localized list, "HQ 280 and Branch 8").
 */
export type ParamValue = string | number | readonly ParamPart[];

export type Params = Readonly<Record<string, ParamValue>>;

export type Severity = 'error' | 'warning' | 'info';

export interface Notice {
  readonly severity: Severity;
  readonly key: MessageKey;
  readonly params: Params;
  readonly ruleIds: readonly string[];
}

function sameValue(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.label !== b[i]!.label || a[i]!.count !== b[i]!.count) return false;
  return true;
}

function sameParams(a: Params, b: Params): boolean {
  for (const k in a) if (!sameValue(a[k], b[k])) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}

/** A notice kept, with its first parameter apart: most notices of one key differ right there. */
interface Kept {
  readonly params: Params;
  readonly firstKey: string | undefined;
  readonly firstValue: ParamValue | undefined;
}

function kept(params: Params): Kept {
  for (const k in params) return { params, firstKey: k, firstValue: params[k] };
  return { params, firstKey: undefined, firstValue: undefined };
}

/** The notices of one result, in the order given; the same notice (key and parameters) once. */
export class NoticeList {
  readonly items: Notice[] = [];
  private readonly byKey = new Map<MessageKey, Kept[]>();

  add(severity: Severity, key: MessageKey, ruleIds: readonly string[], params: Params = {}): void {
    const next = kept(params);
    let same = this.byKey.get(key);
    if (!same) this.byKey.set(key, (same = []));
    for (const k of same) {
      // Parameters written in another order are compared in full.
      if (k.firstKey === next.firstKey && !sameValue(k.firstValue, next.firstValue)) continue;
      if (sameParams(k.params, params)) return;
    }
    same.push(next);
    this.items.push({ severity, key, params, ruleIds });
  }
}
