import type { MessageKey } from './messages.js';

export type Params = Readonly<Record<string, string | number>>;

export type Severity = 'error' | 'warning' | 'info';

export interface Notice {
  readonly severity: Severity;
  readonly key: MessageKey;
  readonly params: Params;
  readonly ruleIds: readonly string[];
}

function sameParams(a: Params, b: Params): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}

/** A notice kept, with its first parameter apart: most notices of one key differ right there. */
interface Kept {
  readonly params: Params;
  readonly firstKey: string | undefined;
  readonly firstValue: string | number | undefined;
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
      if (k.firstKey === next.firstKey && k.firstValue !== next.firstValue) continue;
      if (sameParams(k.params, params)) return;
    }
    same.push(next);
    this.items.push({ severity, key, params, ruleIds });
  }
}
