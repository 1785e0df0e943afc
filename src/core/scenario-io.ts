import type { InputIssue } from './errors.js';
import { validate, type Validation } from './schemas.js';
import { scenarioSchema, type ScenarioInput } from './scenario-schemas.js';

/** Largest scenario file or URL state read (a 200-PBX project is far below). */
export const MAX_SCENARIO_TEXT = 5_000_000;
/**
 * The JSON shape written now (`schemaVersion`). 2 added each PBX's own `licensing` (G-2) and
 * `recordingTargets` (REC-3); a version 1 scenario reads unchanged.
 */
export const SCENARIO_SCHEMA_VERSION = 2;

/**
 * A scenario read from a file or a link. Prices never travel that way: they belong to the page
 * that shows the quote (a crafted link must not show a reseller's customers any price). A
 * `prices` field is dropped, and `pricesIgnored` says so.
 */
export type ScenarioRead = Validation<ScenarioInput> & { readonly pricesIgnored: boolean };

const fail = (key: InputIssue['key'], params: InputIssue['params'] = {}): ScenarioRead => ({ ok: false, issues: [{ path: [], key, params }], pricesIgnored: false });

/** The scenario without its `prices` (own property only; the object itself is not changed). */
export function withoutPrices(value: unknown): { value: unknown; dropped: boolean } {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, 'prices')) return { value, dropped: false };
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (key !== 'prices') rest[key] = (value as Record<string, unknown>)[key];
  return { value: rest, dropped: true };
}

/**
 * Brings a scenario saved by an older version of this library to the current shape, one step a
 * version. Version 0 is a scenario without `schemaVersion` (saved before the field existed).
 * 0 -> 1 and 1 -> 2 only add optional fields, so the data stays as it is. A version from the
 * future is left for the schema to refuse.
 */
export function migrateScenario(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  const from = r['schemaVersion'] ?? 0;
  if (from === 0 || from === 1) return { ...r, schemaVersion: SCENARIO_SCHEMA_VERSION };
  return r;
}

/**
 * Reads a scenario from text: a scenario, or a `{ scenario, quote }` export of the calculator.
 * Its `prices`, if any, are dropped (see ScenarioRead).
 */
export function readScenarioJson(text: unknown): ScenarioRead {
  if (typeof text !== 'string') return fail('error.invalidType', { expected: 'string' });
  if (text.length > MAX_SCENARIO_TEXT) return fail('error.tooLong', { maximum: MAX_SCENARIO_TEXT });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('error.invalidJson');
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'scenario' in parsed && !('pbxs' in parsed)) {
    parsed = (parsed as { scenario: unknown }).scenario;
  }
  const { value, dropped } = withoutPrices(parsed);
  return { ...(validate(scenarioSchema, migrateScenario(value)) as Validation<ScenarioInput>), pricesIgnored: dropped };
}

/** The inverse of encodeScenarioForUrl (scenario-link.ts), validated; anything unreadable is an issue, never a throw. */
export function decodeScenarioFromUrl(param: unknown): ScenarioRead {
  if (typeof param !== 'string') return fail('error.invalidType', { expected: 'string' });
  if (param.length > MAX_SCENARIO_TEXT) return fail('error.tooLong', { maximum: MAX_SCENARIO_TEXT });
  let text: string;
  try {
    const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return fail('error.invalidJson');
  }
  return readScenarioJson(text);
}
