import * as z from 'zod/mini';
import { echo } from './errors.js';
import { cleanly } from './prototype-guard.js';
import { MAX_LICENSES, MAX_LICENSE_LINES, countSchema, customIssue, deviceSchema, isoDateSchema, licenseCodeSchema, softwareVersionSchema } from './schemas.js';
import { checkPriceList, priceListSchema } from './scenario-schemas.js';

// Inputs of the installed-base planners (planUpgrade, planMigration, planWarranty), each built
// by `cleanly` like schemas.ts (see prototype-guard.ts).

/** Largest number of devices one migration or warranty plan takes. */
export const MAX_DEVICES = 10_000;


/**
 * One lot of licenses of the installed base: any spelling of the code, the device it is bound
 * to, the license bind date (SSA-3) and the last day of its Software Service Agreement (SSA-1).
 */
export const licenseLotSchema = cleanly(() =>
  z
    .strictObject({
      code: licenseCodeSchema,
      count: countSchema(MAX_LICENSES),
      device: z.optional(deviceSchema),
      boundOn: z.optional(isoDateSchema),
      ssaUntil: z.optional(isoDateSchema),
    })
    .check(
      z.superRefine((lot, ctx) => {
        if (lot.boundOn && lot.ssaUntil && lot.ssaUntil < lot.boundOn) customIssue(ctx, ['ssaUntil'], 'error.ssaBeforeBind', { boundOn: lot.boundOn, ssaUntil: lot.ssaUntil });
      }),
    ),
);

const lots = () => z.array(licenseLotSchema).check(z.maxLength(MAX_LICENSE_LINES));

/** planUpgrade's input. */
export const upgradeInputSchema = cleanly(() =>
  z
    .strictObject({
      /** The PBX software version to run: 13, 'V13', '13r1', '14r2 SR3'. */
      target: softwareVersionSchema,
      /** The release date of that version (SSA-1 judges by it, not by today). */
      targetReleased: z.optional(isoDateSchema),
      licenses: lots(),
      today: z.optional(isoDateSchema),
      prices: z.optional(priceListSchema),
    })
    .check(z.superRefine((s, ctx) => checkPriceList(ctx, s.prices, ['prices']))),
);

/** planMigration's input: from de-central to central licensing (MIG-1..4). */
export const migrationInputSchema = cleanly(() =>
  z
    .strictObject({
      /** Serial of the device that becomes the license master. */
      master: deviceSchema,
      devices: z.array(z.strictObject({ serial: deviceSchema, firmware: softwareVersionSchema })).check(z.minLength(1), z.maxLength(MAX_DEVICES)),
      licenses: lots(),
      /** Convert the released licenses to this version in the balance (MIG-3: voids their SSA). */
      convertTo: z.optional(softwareVersionSchema),
      today: z.optional(isoDateSchema),
    })
    .check(
      z.superRefine((s, ctx) => {
        const serials = new Set<string>();
        s.devices.forEach((d, i) => {
          if (serials.has(d.serial)) customIssue(ctx, ['devices', i, 'serial'], 'error.duplicateName', { name: echo(d.serial) });
          serials.add(d.serial);
        });
        if (!serials.has(s.master)) customIssue(ctx, ['master'], 'error.masterNotADevice', { serial: echo(s.master) });
        s.licenses.forEach((lot, i) => {
          if (lot.device === undefined) customIssue(ctx, ['licenses', i, 'device'], 'error.required');
          else if (!serials.has(lot.device)) customIssue(ctx, ['licenses', i, 'device'], 'error.unknownDevice', { serial: echo(lot.device) });
        });
      }),
    ),
);

/** planWarranty's input (WAR-1..3). */
export const warrantyInputSchema = cleanly(() =>
  z.strictObject({
    devices: z
      .array(
        z.strictObject({
          serial: deviceSchema,
          model: z.optional(z.string().check(z.maxLength(100))),
          /** Purchase date; missing means bought today. */
          purchased: z.optional(isoDateSchema),
          /** Years of extension already bound to the device. */
          extendedYears: z.optional(z.int().check(z.gte(0), z.lte(99))),
          /** Years of extension wanted (WAR-1: 1 to 4; other counts get a notice). */
          wantYears: z.int().check(z.gte(0), z.lte(99)),
        }),
      )
      .check(z.minLength(1), z.maxLength(MAX_DEVICES)),
    today: z.optional(isoDateSchema),
    /**
     * The extension's article number. The English guideline prints 12-00400-004, the German and
     * Dutch ones 12-00400-002 (WAR-2); the reseller's own price list decides.
     */
    article: z.optional(z.string().check(z.regex(/^\d{2}-\d{5}-\d{3}$/))),
  }),
);

export type LicenseLot = z.output<typeof licenseLotSchema>;
export type UpgradeInput = z.input<typeof upgradeInputSchema>;
export type MigrationInput = z.input<typeof migrationInputSchema>;
export type WarrantyInput = z.input<typeof warrantyInputSchema>;
