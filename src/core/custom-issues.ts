import { isLicenseType } from './codes.js';
import { echo, type IssuePath } from './errors.js';
import type { MessageKey } from './messages.js';

/*
 * The issues a schema's cross-field check adds (a name used twice, groups larger than the PBX).
 * Apart from schemas.ts: only the calculator's and the installed base's schemas need them, and
 * rollup keeps a module whole in one chunk, so the version check would otherwise carry them up
 * front for its plans, which load on first use.
 */

export interface RefineContext {
  addIssue(issue: { code: 'custom'; message: string; params: Record<string, unknown>; path: PropertyKey[]; input: unknown }): void;
}

export function customIssue(ctx: RefineContext, path: IssuePath, key: MessageKey, params: Record<string, string | number> = {}) {
  ctx.addIssue({ code: 'custom', message: key, params: { key, ...params }, path: [...path], input: undefined });
}

/** Every key of a `{ [code]: … }` record must be a license type; `at` is the record's path. */
export function checkLicenseKeys(ctx: RefineContext, record: Record<string, unknown> | undefined, at: IssuePath, skip: (key: string) => boolean = () => false) {
  if (!record) return;
  for (const key of Object.keys(record)) {
    if (!skip(key) && !isLicenseType(key)) customIssue(ctx, [...at, key], 'error.unknownLicenseType', { text: echo(key) });
  }
}
