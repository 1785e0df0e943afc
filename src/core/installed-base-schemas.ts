import * as z from 'zod/mini';
import { echo } from './errors.js';
import { cleanly } from './prototype-guard.js';
import { MAX_LICENSES, MAX_LICENSE_LINES, countSchema, deviceSchema, isoDateSchema, licenseCodeSchema, softwareVersionSchema, ssaAfterBind } from './schemas.js';
import { customIssue } from './custom-issues.js';
import { checkPriceList, priceListSchema } from './scenario-schemas.js';
import { MAX_DEVICES } from './warranty-schemas.js';

// Inputs of the installed-base planners planUpgrade and planMigration, each built by `cleanly`
// like schemas.ts (see prototype-guard.ts). planWarranty's, which the calculator uses, is in
// warranty-schemas.ts: a bundle that loads these planners later does not carry them up front.

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
      /** What the user calls that device ("HQ"): the plans name it so beside its serial. */
      deviceName: z.optional(deviceSchema),
      boundOn: z.optional(isoDateSchema),
      ssaUntil: z.optional(isoDateSchema),
    })
    .check(ssaAfterBind()),
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
      /** Each device: its serial, the firmware it runs now (MIG-1), and optionally what the user calls it. */
      devices: z.array(z.strictObject({ serial: deviceSchema, firmware: softwareVersionSchema, name: z.optional(deviceSchema) })).check(z.minLength(1), z.maxLength(MAX_DEVICES)),
      licenses: lots(),
      /** Convert the released licenses to this version in the balance (MIG-3: voids their SSA). */
      convertTo: z.optional(softwareVersionSchema),
      today: z.optional(isoDateSchema),
      /** Prices the year of SSA a conversion charges (MIG-3): the list's `SSA:<code>` entries. */
      prices: z.optional(priceListSchema),
    })
    .check(
      z.superRefine((s, ctx) => {
        checkPriceList(ctx, s.prices, ['prices']);
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

export type LicenseLot = z.output<typeof licenseLotSchema>;
export type UpgradeInput = z.input<typeof upgradeInputSchema>;
export type MigrationInput = z.input<typeof migrationInputSchema>;
