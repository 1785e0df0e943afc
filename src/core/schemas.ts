import * as z from 'zod/mini';
import { isLicenseType, licenseTypeIssue } from './codes.js';
import { LicenseInputError, echo, type InputIssue } from './errors.js';
import type { MessageKey } from './messages.js';
import { cleanly, hidePrototypeKeys } from './prototype-guard.js';
import { isIsoDate } from './dates.js';
import { parseSoftwareVersion } from './versions.js';

/** Largest user, port or channel count of one PBX: far above any installation, far below overflow. */
export const MAX_COUNT = 1_000_000;
/** Largest license count of one code or key. */
export const MAX_LICENSES = 10_000_000;
/** Largest unit price (any currency). */
export const MAX_PRICE = 10_000_000;
export const MAX_NAME = 100;
export const MAX_TEXT = 500;
export const MAX_PBXS = 200;
export const MAX_GROUPS = 200;
export const MAX_LICENSE_LINES = 10_000;
export const MAX_KEYS = 1_000_000;

// Every schema is built by `cleanly` (see prototype-guard.ts): under a page's enumerable
// Object.prototype properties, and tree-shaken from a bundle that does not use it.
/** A count from 0 to `max`. */
export const countSchema = (max = MAX_COUNT) => z.int().check(z.gte(0), z.lte(max));
/** A name: trimmed, 1 to MAX_NAME characters. */
export const nameSchema = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME));
const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));

/** A license type in any spelling parseLicenseType reads. */
export const licenseCodeSchema = cleanly(() =>
  z.string().check(
    z.maxLength(200),
    z.refine(isLicenseType, { params: { key: 'error.unknownLicenseType' } }),
  ),
);

/** A software version: 12, "V12", "12r2", "10 SR12". */
export const softwareVersionSchema = cleanly(() =>
  z.union([
    z.int().check(z.gte(1), z.lte(99)),
    z.string().check(
      z.maxLength(40),
      z.refine((s) => {
        try {
          parseSoftwareVersion(s);
          return true;
        } catch {
          return false;
        }
      }, { params: { key: 'error.invalidVersion' } }),
    ),
  ], { error: 'error.invalidVersion' }),
);

/** A calendar date, ISO `YYYY-MM-DD`, that exists (2025-02-29 does not). */
export const isoDateSchema = cleanly(() =>
  z.string().check(
    z.maxLength(10),
    z.refine(isIsoDate, { params: { key: 'error.invalidDate' } }),
  ),
);
const isoDate = () => isoDateSchema;

/**
 * SSA-3: an SSA period is counted from the license bind date, so it cannot end before it. The one
 * check of every lot or key with both dates (checkVersions, computeBalance, planUpgrade,
 * planMigration): `error.ssaBeforeBind` at `ssaUntil`. ISO dates compare as text; a missing date
 * compares false either way, so only two given dates are compared.
 */
export const ssaAfterBind = <T extends { readonly boundOn?: string | undefined; readonly ssaUntil?: string | undefined }>() =>
  z.refine<T>((l) => !(l.ssaUntil! < l.boundOn!), { path: ['ssaUntil'], params: { key: 'error.ssaBeforeBind' } });

/** A device: its serial number or MAC address, as the portal shows it. */
export const deviceSchema = cleanly(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(100)));

/** checkVersions' input. */
export const versionCheckSchema = cleanly(() =>
  z.strictObject({
    pbxVersion: softwareVersionSchema,
    operatorVersion: z.optional(softwareVersionSchema),
    queueMonitorVersion: z.optional(softwareVersionSchema),
    licenses: z
      .array(
        z.strictObject({
          code: licenseCodeSchema,
          count: countSchema(MAX_LICENSES),
          /** The device (serial or MAC) the licenses are bound to. */
          device: z.optional(deviceSchema),
          /** What the user calls that device ("HQ"): shown beside its serial. */
          deviceName: z.optional(deviceSchema),
          /** The license bind date: an SSA period is counted from it (SSA-3). */
          boundOn: z.optional(isoDate()),
          /** Last day of the Software Service Agreement covering these licenses (SSA-1). */
          ssaUntil: z.optional(isoDate()),
        }).check(ssaAfterBind()),
      )
      .check(z.maxLength(MAX_LICENSE_LINES)),
    /** Release date of `pbxVersion`: an SSA covers versions released during its period (SSA-1). */
    targetReleased: z.optional(isoDate()),
    /** The day to judge SSA dates by; defaults to the current date. */
    today: z.optional(isoDate()),
  }),
);

export type VersionCheckInput = z.output<typeof versionCheckSchema>;

export const activationKeySchema = cleanly(() =>
  z.object({
    code: licenseCodeSchema,
    count: countSchema(MAX_LICENSES),
    key: z.optional(text(200)),
    /** The portal's project the key's licenses were loaded into (issue 26; MIG-2: a project's pool). */
    project: z.optional(text()),
  }),
);

export const licenseKeySchema = cleanly(() =>
  z.object({
    code: licenseCodeSchema,
    count: countSchema(MAX_LICENSES),
    serial: z.string().check(z.minLength(1), z.maxLength(100)),
    customer: z.optional(text()),
    location: z.optional(text()),
    description: z.optional(text()),
    /** The portal's project the key belongs to (a company's pool holds projects with their own balances). */
    project: z.optional(text()),
    status: z.enum(['active', 'revoked']),
    /** The license bind date (SSA-3). */
    boundOn: z.optional(isoDate()),
    /** Last day of the key's Software Service Agreement (SSA-1, SSA-4). */
    ssaUntil: z.optional(isoDate()),
  }).check(ssaAfterBind()),
);

/** computeBalance's input: the reseller pool of the V5.01 license manager (POOL-1..5). */
export const balanceInputSchema = cleanly(() =>
  z.object({
    activationKeys: z.array(activationKeySchema).check(z.maxLength(MAX_KEYS)),
    licenseKeys: z.array(licenseKeySchema).check(z.maxLength(MAX_KEYS)),
    /** The day SSA ends are judged by (SSA-4); defaults to the current date. */
    today: z.optional(isoDate()),
  }),
);

export type BalanceInput = z.output<typeof balanceInputSchema>;
export type ActivationKey = z.output<typeof activationKeySchema>;
export type LicenseKey = z.output<typeof licenseKeySchema>;

/** What computeBalance reads of a calculator result. */
export const requiredLicensesSchema = cleanly(() =>
  z.object({
    lines: z.array(z.object({ code: licenseCodeSchema, quantity: countSchema(MAX_LICENSES) })).check(z.maxLength(MAX_LICENSE_LINES)),
  }),
);

/* ---------- turning zod's issues into the project's message keys ---------- */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 12;

/**
 * Finds what zod would silently drop or choke on: prototype keys and absurd nesting. `path` is
 * one stack, copied only into an issue: a valid input allocates nothing here.
 */
function scan(value: unknown, path: (string | number)[], issues: InputIssue[], depth: number): void {
  if (issues.length >= 20 || value === null || typeof value !== 'object') return;
  if (depth > MAX_DEPTH) {
    issues.push({ path: [...path], key: 'error.tooDeep', params: { maximum: MAX_DEPTH } });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      path.push(i);
      scan(item, path, issues, depth + 1);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ path: [...path, key], key: 'error.forbiddenKey', params: { key } });
      continue;
    }
    const item = (value as Record<string, unknown>)[key];
    if (item === null || typeof item !== 'object') continue;
    path.push(key);
    scan(item, path, issues, depth + 1);
    path.pop();
  }
}

interface RawIssue {
  code: string;
  message?: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  received?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
  params?: Record<string, unknown>;
}

function toPath(path: PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

function mapIssue(raw: RawIssue): InputIssue[] {
  const path = toPath(raw.path);
  const num = (n: number | bigint | undefined) => Number(n ?? 0);
  switch (raw.code) {
    case 'invalid_type': {
      if (!('input' in raw) || raw.input === undefined) return [{ path, key: 'error.required', params: {} }];
      if (raw.received === 'NaN') return [{ path, key: 'error.notANumber', params: {} }];
      if (raw.received === 'Infinity') return [{ path, key: 'error.notFinite', params: {} }];
      if (raw.expected === 'int' && typeof raw.input === 'number') return [{ path, key: 'error.notInteger', params: {} }];
      return [{ path, key: 'error.invalidType', params: { expected: raw.expected === 'int' ? 'number' : String(raw.expected ?? 'value') } }];
    }
    case 'too_small':
      if (raw.origin === 'string') return [{ path, key: num(raw.minimum) <= 1 ? 'error.required' : 'error.tooShort', params: { minimum: num(raw.minimum) } }];
      if (raw.origin === 'array') return [{ path, key: 'error.tooFew', params: { minimum: num(raw.minimum) } }];
      return [{ path, key: num(raw.minimum) === 0 ? 'error.negative' : 'error.tooSmall', params: { minimum: num(raw.minimum) } }];
    case 'too_big':
      if (raw.origin === 'string') return [{ path, key: 'error.tooLong', params: { maximum: num(raw.maximum) } }];
      if (raw.origin === 'array') return [{ path, key: 'error.tooMany', params: { maximum: num(raw.maximum) } }];
      return [{ path, key: 'error.tooLarge', params: { maximum: num(raw.maximum) } }];
    case 'invalid_value':
      return [{ path, key: 'error.invalidOption', params: { options: (raw.values ?? []).map(String).join(', ') } }];
    case 'unrecognized_keys':
      return (raw.keys ?? []).map((k) => ({ path: [...path, k], key: 'error.unknownField' as const, params: { field: echo(k) } }));
    case 'invalid_format':
      return [{ path, key: 'error.invalidFormat', params: { format: String(raw.format ?? '') } }];
    case 'invalid_union':
      if (!('input' in raw) || raw.input === undefined) return [{ path, key: 'error.required', params: {} }];
      // A union names its own message (the software version's); any other: a value of none of its types.
      if (raw.message === 'error.invalidVersion') return [{ path, key: 'error.invalidVersion', params: { text: echo(String(raw.input)) } }];
      return [{ path, key: 'error.invalid', params: {} }];
    case 'custom': {
      const key = (raw.params?.['key'] as MessageKey | undefined) ?? 'error.invalid';
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(raw.params ?? {})) if (k !== 'key' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
      // A refined text (license type, software version, date) is named as typed.
      if (typeof raw.input === 'string') params['text'] ??= echo(raw.input);
      // Why the text is no license type: unknown, or a version it does not exist in (VM-4, REC-4).
      return [key === 'error.unknownLicenseType' ? { ...licenseTypeIssue(String(params['text'])), path } : { path, key, params }];
    }
    default:
      return [{ path, key: 'error.invalid', params: {} }];
  }
}

export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Validates input against a schema; never throws. The elements call this. */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): Validation<z.output<S>> {
  const guard: InputIssue[] = [];
  scan(input, [], guard, 0);
  if (guard.length) return { ok: false, issues: guard };
  let result;
  const restore = hidePrototypeKeys();
  try {
    result = schema.safeParse(input);
    // Issues name missing fields by their absent input: only a failed parse needs it reported.
    if (!result.success) result = schema.safeParse(input, { reportInput: true });
  } catch {
    // Recursion limits of exotic inputs (getters, proxies) end here rather than in the page.
    return { ok: false, issues: [{ path: [], key: 'error.invalid', params: {} }] };
  } finally {
    restore();
  }
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: (result.error.issues as unknown as RawIssue[]).flatMap(mapIssue) };
}

/** Validates input and returns the parsed value, or throws LicenseInputError. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new LicenseInputError(result.issues);
  return result.value;
}
