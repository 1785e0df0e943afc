import * as z from 'zod/mini';
import { cleanly } from './prototype-guard.js';
import { deviceSchema, isoDateSchema } from './schemas.js';

/** Largest number of devices one migration or warranty plan takes. */
export const MAX_DEVICES = 10_000;

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

export type WarrantyInput = z.input<typeof warrantyInputSchema>;
/** planWarranty's input once validated. */
export type WarrantyRequest = z.output<typeof warrantyInputSchema>;
