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

/** The name of the first parameter, if any. */
function firstKey(params: Params): string | undefined {
  for (const k in params) return k;
  return undefined;
}

/** The notices of one result, in the order given; the same notice (key and parameters) once. */
export class NoticeList {
  readonly items: Notice[] = [];
  private readonly byKey = new Map<MessageKey, Notice[]>();

  add(severity: Severity, key: MessageKey, ruleIds: readonly string[], params: Params = {}): void {
    let same = this.byKey.get(key);
    if (!same) this.byKey.set(key, (same = []));
    else {
      // A quote's many "no price for X" notices differ in one value: compare it before the rest.
      const k = firstKey(params);
      if (same.some((n) => (k === undefined || n.params[k] === params[k]) && sameParams(n.params, params))) return;
    }
    const notice = { severity, key, params, ruleIds };
    same.push(notice);
    this.items.push(notice);
  }
}
