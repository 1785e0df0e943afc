/**
 * The calculator's input (a scenario) and a partner's price list, apart from schemas.ts: the
 * version check and the balance table validate neither, so their bundles carry neither.
 */
import * as z from 'zod/mini';
import { GATEWAY_MODELS, MAX_VERSION, MIN_VERSION } from './catalog.js';
import { echo, type IssuePath } from './errors.js';
import { ARTICLE_NUMBER, isCurrency } from './money.js';
import { cleanly, withCleanPrototypes } from './prototype-guard.js';
import { MAX_GROUPS, MAX_LICENSES, MAX_PBXS, MAX_PRICE, countSchema as count, isoDateSchema, nameSchema as name } from './schemas.js';
import { checkLicenseKeys, customIssue, type RefineContext } from './custom-issues.js';

const isoDate = () => isoDateSchema;
const optCount = () => z.optional(count());

/**
 * `{ [code]: value }`: an object of any keys, each value checked (checkLicenseKeys then checks the
 * keys are license codes). A catch-all object rather than z.record: the drop-ins need no record type.
 */
const byCode = <T extends z.core.SomeType>(value: T) => z.catchall(z.object({}), value);

/** A price list's keys and its per-code discounts name license codes (or article numbers). */
export function checkPriceList(ctx: RefineContext, list: Record<string, unknown> | undefined, at: IssuePath) {
  // Keys that are no license code price the reseller's other articles (IP811, Installation): no
  // license price, no error (priceBook names those written like a license code in a notice).
  const currency = list?.['currency'];
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) && !isCurrency(currency)) customIssue(ctx, [...at, 'currency'], 'error.currency', { text: echo(currency) });
  const discount = list?.['discount'];
  if (discount && typeof discount === 'object') checkLicenseKeys(ctx, discount as Record<string, unknown>, [...at, 'discount'], (k) => k === 'overall' || ARTICLE_NUMBER.test(k));
}


export const USER_FEATURES = ['myPBX', 'video', 'appSharing', 'fax', 'voicemail', 'mobility', 'conferencing', 'mobileApp', 'webrtc'] as const;
export type UserFeature = (typeof USER_FEATURES)[number];

/**
 * The features' product names, the same in every language (as the price list spells them); only
 * the myPBX app's name is translated (the message `ui.feature.mobileApp`).
 */
export const FEATURE_NAMES: Readonly<Record<Exclude<UserFeature, 'mobileApp'>, string>> = {
  myPBX: 'myPBX',
  video: 'Video',
  appSharing: 'Application Sharing',
  fax: 'Fax',
  voicemail: 'Voicemail',
  mobility: 'Mobility',
  conferencing: 'Conferencing',
  webrtc: 'WebRTC',
};

export const userGroupSchema = cleanly(() =>
  z.strictObject({
    name: name(),
    count: count(),
    features: z.array(z.enum(USER_FEATURES)).check(z.maxLength(USER_FEATURES.length * 2)),
  }),
);

export const existingLicensesSchema = cleanly(() => byCode(count(MAX_LICENSES)));

export const hardwareSchema = cleanly(() =>
  z.strictObject({
    bri: optCount(),
    pri: optCount(),
    channels: optCount(),
  }),
);

export const pbxSchema = cleanly(() =>
  z.strictObject({
    name: name(),
    platform: z.enum(['gateway', 'ipva']),
    gateway: z.optional(z.enum(GATEWAY_MODELS)),
    users: count(),
    trunks: count(),
    otherPorts: optCount(),
    groups: optCount(),
    queues: optCount(),
    hardware: z.optional(hardwareSchema),
    standby: z.optional(z.boolean()),
    voicemailModel: z.optional(z.enum(['user', 'port'])),
    userGroups: z.optional(z.array(userGroupSchema).check(z.maxLength(MAX_GROUPS))),
    uc: z.optional(z.enum(['auto', 'bundle', 'modules'])),
    webrtcChannels: optCount(),
    operators: optCount(),
    softwarephones: optCount(),
    queueMonitorQueues: optCount(),
    reportingPorts: optCount(),
    recordedUsers: optCount(),
    /**
     * Subscribers that recorded calls are connected to (REC-3): Reporting is needed for them too.
     */
    recordingTargets: optCount(),
    /**
     * This PBX's own licensing (G-2: mixing is possible PBX by PBX): overrides the scenario's
     * `licensing`. A local PBX has its own licenses on its own device; a central one debits the
     * license master.
     */
    licensing: z.optional(z.enum(['central', 'local'])),
    /** Channels someone asked G.729 licenses for (G729-1: none are needed any more). */
    g729Channels: optCount(),
    /** Years of warranty extension bought with this gateway (WAR-1: at most 4; WAR-3: on purchase). */
    warrantyYears: z.optional(z.int().check(z.gte(0), z.lte(4))),
    /** Licenses installed on this PBX itself (local licensing, or device-bound types). */
    existing: z.optional(existingLicensesSchema),
  }),
);

const percent = () => z.number().check(z.gte(0), z.lte(100));
const price = () => z.number().check(z.gte(0), z.lte(MAX_PRICE));

/**
 * A partner's price list: unit prices by license code (any spelling) or article number (a number,
 * or `{ price, article?, name? }`: the reseller's article number and name for it), and its
 * settings: `currency` (ISO 4217, default EUR), `vatRate` (percent) and `discount` (percent off
 * list: a number for every line, or `{ overall?, [code]: percent }`).
 */
export const priceListSchema = cleanly(() =>
  z.catchall(
    z.object({
      currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
      vatRate: z.optional(percent()),
      discount: z.optional(z.union([percent(), byCode(percent())])),
    }),
    z.union([price(), z.strictObject({ price: price(), article: z.optional(z.string().check(z.maxLength(40))), name: z.optional(name()) })]),
  ),
);

/** One of the reseller's other articles on a quote (issue 24). */
export const extraSchema = cleanly(() => z.strictObject({ code: name(), quantity: count(), name: z.optional(name()) }));

/** The calculator's input (calculateLicenses). */
export const scenarioSchema = cleanly(() =>
  z
    .strictObject({
      /** Version of this JSON shape, so saved scenarios can be migrated. */
      schemaVersion: z.optional(z.literal([1, 2])),
      version: z.int().check(z.gte(MIN_VERSION), z.lte(MAX_VERSION)),
      release: z.optional(z.enum(['r1', 'r2'])),
      licensing: z.optional(z.enum(['central', 'local'])),
      existing: z.optional(existingLicensesSchema),
      prices: z.optional(priceListSchema),
      /** The quote's date (warranty periods count from it); defaults to the current date. */
      today: z.optional(isoDate()),
      pbxs: z.array(pbxSchema).check(z.minLength(1), z.maxLength(MAX_PBXS)),
      /**
       * The reseller's other articles on the quote (services, installation, training, a switch):
       * priced from the price list by `code` like a license; `name` is what the quote calls it.
       */
      extras: z.optional(z.array(extraSchema).check(z.maxLength(MAX_GROUPS))),
    })
    .check(
      z.superRefine((s, ctx) => {
        checkLicenseKeys(ctx, s.existing, ['existing']);
        checkPriceList(ctx, s.prices, ['prices']);
        const names = new Set<string>();
        s.pbxs.forEach((pbx, i) => {
          if (names.has(pbx.name)) customIssue(ctx, ['pbxs', i, 'name'], 'error.duplicateName', { name: echo(pbx.name) });
          names.add(pbx.name);
          checkLicenseKeys(ctx, pbx.existing, ['pbxs', i, 'existing']);
          // Figures are compared only when they are counts: a bad one has its own message already.
          const grouped = (pbx.userGroups ?? []).reduce((sum, g) => sum + g.count, 0);
          if (pbx.users >= 0 && grouped > pbx.users) customIssue(ctx, ['pbxs', i, 'userGroups'], 'error.groupsExceedUsers', { grouped, users: pbx.users });
          const groupNames = new Set<string>();
          (pbx.userGroups ?? []).forEach((g, j) => {
            if (groupNames.has(g.name)) customIssue(ctx, ['pbxs', i, 'userGroups', j, 'name'], 'error.duplicateName', { name: echo(g.name) });
            groupNames.add(g.name);
          });
          if ((pbx.recordedUsers ?? 0) > pbx.users) {
            customIssue(ctx, ['pbxs', i, 'recordedUsers'], 'error.recordedExceedUsers', { recorded: pbx.recordedUsers ?? 0, users: pbx.users });
          }
          // REC-3: the target subscribers are ports other than the recorded users and the trunks.
          const extensions = pbx.users + (pbx.otherPorts ?? 0);
          if ((pbx.recordingTargets ?? 0) > 0 && (pbx.recordedUsers ?? 0) + (pbx.recordingTargets ?? 0) > extensions) {
            customIssue(ctx, ['pbxs', i, 'recordingTargets'], 'error.targetsExceedPorts', {
              targets: pbx.recordingTargets ?? 0,
              recorded: pbx.recordedUsers ?? 0,
              ports: extensions,
            });
          }
          const ports = pbx.users + pbx.trunks + (pbx.otherPorts ?? 0);
          if ((pbx.reportingPorts ?? 0) > ports) {
            customIssue(ctx, ['pbxs', i, 'reportingPorts'], 'error.reportingExceedsPorts', { reporting: pbx.reportingPorts ?? 0, ports });
          }
        });
      }),
    ),
);

/**
 * A partner's price list: `currency` (ISO 4217, default EUR) and a unit price per license code in
 * any spelling parseLicenseType reads. (zod's own type of a catch-all object cannot be written to.)
 */
export interface PriceListInput {
  currency?: string;
  vatRate?: number;
  discount?: number | Readonly<Record<string, number>>;
  [code: string]: number | string | PriceEntry | Readonly<Record<string, number>> | undefined;
}

/** A price with the reseller's article number and name for the code (the name replaces the catalog's description). */
export interface PriceEntry {
  readonly price: number;
  readonly article?: string;
  readonly name?: string;
}

export type Scenario = Omit<z.output<typeof scenarioSchema>, 'prices'> & { prices?: PriceListInput };
export type ScenarioInput = Omit<z.input<typeof scenarioSchema>, 'prices'> & { prices?: PriceListInput };
export type PbxScenario = Scenario['pbxs'][number];
export type UserGroup = z.output<typeof userGroupSchema>;
export type PriceList = PriceListInput;

/** The scenario's JSON Schema (draft 2020-12), for editors and other languages. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return withCleanPrototypes(() => z.toJSONSchema(scenarioSchema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>);
}

