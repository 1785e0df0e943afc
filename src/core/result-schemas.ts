/**
 * The published shape of what the core returns: the quote (`pbx-change`), the version check
 * (`pbx-version-result`) and the upgrade, migration and warranty plans, as zod schemas and JSON
 * Schemas (draft 2020-12) for CRMs and other languages.
 *
 * The contract (semver, see the README): every result carries `schemaVersion`. Within one
 * schemaVersion fields are only added, never removed, renamed or narrowed, and new values may
 * appear where the schema says string (message keys, license families, rule IDs); a consumer
 * should ignore what it does not know. Anything else raises `schemaVersion` and the package's
 * major version. The published JSON Schemas therefore allow additional properties; `strict`
 * gives the exact current shape (every object closed), which the tests hold real results to.
 *
 * Only the JSON Schema functions import this module: the elements never do, so it costs the
 * drop-ins nothing.
 */
import * as z from 'zod/mini';
import { cleanly, withCleanPrototypes } from './prototype-guard.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';

// Each schema is built by `cleanly` (see prototype-guard.ts): a page's enumerable prototype additions must not break the load.
const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const int = () => z.int().check(z.nonnegative());
/** Message keys, rule IDs and families are open sets: new ones come with minor versions. */
const messageKey = () => z.string().check(z.regex(/^[a-z]+\.[A-Za-z0-9.]+$/));
const ruleIds = () => z.array(z.string().check(z.regex(/^[A-Z0-9]+-\d+$/)));
const family = () => z.string().check(z.regex(/^[a-zA-Z]+$/));
const schemaVersion = () => z.literal(RESULT_SCHEMA_VERSION);

const paramValue = cleanly(() => z.union([z.string(), z.number(), z.array(z.object({ label: z.string(), count: z.number() }))]));
/** A message: its key in the catalogs (src/i18n) and the parameters it is filled with. */
const reason = cleanly(() => z.object({ key: messageKey(), params: z.record(z.string(), paramValue) }));
const notice = cleanly(() => z.object({ severity: z.enum(['error', 'warning', 'info']), key: messageKey(), params: z.record(z.string(), paramValue), ruleIds: ruleIds() }));

/** The money of a priced line: null where the price list has no price for its code. */
const linePrices = cleanly(() => ({
  unitPrice: z.optional(z.nullable(z.number())),
  lineTotal: z.optional(z.nullable(z.number())),
  discountPercent: z.optional(z.nullable(z.number())),
  lineNet: z.optional(z.nullable(z.number())),
  article: z.optional(z.string()),
  name: z.optional(z.string()),
}));
const total = cleanly(() =>
  z.object({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    amount: z.number(),
    complete: z.boolean(),
    list: z.number(),
    discount: z.number(),
    net: z.number(),
    vatRate: z.number(),
    vat: z.number(),
    gross: z.number(),
  }),
);

export const quoteSchema = cleanly(() =>
  z.object({
    schemaVersion: schemaVersion(),
    version: int(),
    release: z.enum(['r1', 'r2']),
    licensing: z.enum(['central', 'local']),
    master: z.string(),
    pbxs: z.array(z.object({ name: z.string(), licensing: z.enum(['central', 'local']), licensedOn: z.string(), voicemailModel: z.enum(['user', 'port']) })),
    lines: z.array(z.object({ code: z.string(), family: family(), quantity: int(), pbx: z.string(), ruleIds: ruleIds(), reason, ...linePrices })),
    warranty: z.array(
      z.object({ code: z.string(), quantity: int(), pbx: z.string(), variant: z.literal('onPurchase'), bindBy: isoDate(), warrantyUntil: isoDate(), ruleIds: ruleIds(), reason, ...linePrices }),
    ),
    /** Added in 0.2 (issue 24): the reseller's other articles; absent from older quotes. */
    extras: z.optional(z.array(z.object({ code: z.string(), kind: z.enum(['hardware', 'extra']), quantity: int(), pbx: z.optional(z.string()), ...linePrices }))),
    notices: z.array(notice),
    demands: z.array(z.object({ family: family(), pbx: z.string(), quantity: int(), ruleIds: ruleIds(), reason })),
    ucChoices: z.array(
      z.object({
        pbx: z.string(),
        group: z.string(),
        users: int(),
        modules: z.array(z.string()),
        ucPrice: z.number(),
        modulesPrice: z.number(),
        ucTotal: z.number(),
        modulesTotal: z.number(),
        chosen: z.enum(['uc', 'modules']),
      }),
    ),
    total: z.optional(total),
  }),
);

const ssaCover = cleanly(() => z.enum(['covered', 'outside', 'unknown', 'none']));

export const versionCheckResultSchema = cleanly(() =>
  z.object({
    schemaVersion: schemaVersion(),
    ok: z.boolean(),
    pbxVersion: z.string(),
    maxPbxVersion: z.nullable(int()),
    blocking: z.array(z.object({ code: z.string(), count: int(), ruleIds: ruleIds(), reason, upgradableUnderSsa: z.boolean(), ssa: ssaCover, releasable: z.boolean() })),
    notices: z.array(notice),
    usable: z.record(family(), int()),
  }),
);

export const upgradePlanSchema = cleanly(() =>
  z.object({
    schemaVersion: schemaVersion(),
    ok: z.boolean(),
    target: z.string(),
    targetReleased: z.optional(isoDate()),
    today: isoDate(),
    lots: z.array(
      z.object({
        code: z.string(),
        count: int(),
        device: z.optional(z.string()),
        boundOn: z.optional(isoDate()),
        ssaUntil: z.optional(isoDate()),
        action: z.enum(['keeps', 'ssa', 'buy', 'unknown', 'check']),
        toCode: z.optional(z.string()),
        tiers: z.optional(z.array(z.object({ code: z.string(), count: int() }))),
        ruleIds: ruleIds(),
        reason,
      }),
    ),
    order: z.array(z.object({ code: z.string(), quantity: int(), ruleIds: ruleIds(), reason, ...linePrices })),
    total: z.optional(total),
    notices: z.array(notice),
  }),
);

export const migrationPlanSchema = cleanly(() =>
  z.object({
    schemaVersion: schemaVersion(),
    ok: z.boolean(),
    master: z.string(),
    today: isoDate(),
    steps: z.array(
      z.object({
        action: z.enum(['stay', 'release', 'bind', 'convert']),
        code: z.string(),
        count: int(),
        from: z.string(),
        to: z.string(),
        toCode: z.optional(z.string()),
        ssa: z.enum(['kept', 'void', 'none']),
        ruleIds: ruleIds(),
        reason,
      }),
    ),
    ssaCharged: z.array(z.object({ code: z.string(), count: int(), years: z.literal(1), ...linePrices })),
    ssaTotal: z.optional(total),
    maxPbxVersion: z.nullable(int()),
    notices: z.array(notice),
  }),
);

export const warrantyPlanSchema = cleanly(() =>
  z.object({
    schemaVersion: schemaVersion(),
    ok: z.boolean(),
    today: isoDate(),
    lines: z.array(
      z.object({
        serial: z.string(),
        model: z.optional(z.string()),
        article: z.string(),
        quantity: int(),
        variant: z.enum(['onPurchase', 'afterPurchase']),
        bindBy: isoDate(),
        warrantyUntil: isoDate(),
        ruleIds: ruleIds(),
        reason,
      }),
    ),
    notices: z.array(notice),
  }),
);

export interface JsonSchemaOptions {
  /** Every object closed (`additionalProperties: false`): the exact shape of this version, not the forward-compatible contract. */
  readonly strict?: boolean;
}

function jsonSchema(schema: z.ZodMiniType, title: string, options: JsonSchemaOptions): Record<string, unknown> {
  // Output mode closes every object; input mode leaves them open, as the contract promises.
  const json = withCleanPrototypes(() => z.toJSONSchema(schema, { io: options.strict ? 'output' : 'input' }) as Record<string, unknown>);
  return { ...json, title, 'x-schemaVersion': RESULT_SCHEMA_VERSION };
}

/** JSON Schema of the quote (`calculateLicenses`, the calculator's `quote` and `pbx-change`). */
export const quoteJsonSchema = (options: JsonSchemaOptions = {}) => jsonSchema(quoteSchema, 'pbx-license-kit quote', options);
/** JSON Schema of `checkVersions` (the version check's `result` and `pbx-version-result`). */
export const versionCheckJsonSchema = (options: JsonSchemaOptions = {}) => jsonSchema(versionCheckResultSchema, 'pbx-license-kit version check', options);
/** JSON Schema of `planUpgrade`. */
export const upgradePlanJsonSchema = (options: JsonSchemaOptions = {}) => jsonSchema(upgradePlanSchema, 'pbx-license-kit upgrade plan', options);
/** JSON Schema of `planMigration`. */
export const migrationPlanJsonSchema = (options: JsonSchemaOptions = {}) => jsonSchema(migrationPlanSchema, 'pbx-license-kit migration plan', options);
/** JSON Schema of `planWarranty`. */
export const warrantyPlanJsonSchema = (options: JsonSchemaOptions = {}) => jsonSchema(warrantyPlanSchema, 'pbx-license-kit warranty plan', options);
