import { lastDayOfYears, todayIso } from './dates.js';
import { warrantyInputSchema, type WarrantyRequest } from './warranty-schemas.js';
import { NoticeList, type Notice } from './notices.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';
import { parseInput } from './schemas.js';
import type { PlanReason } from './upgrade.js';

/** WAR-1: one year of warranty from purchase, extended by at most four more. */
export const MAX_EXTENSION_YEARS = 4;
/** WAR-2: the article of the English guideline (the German and Dutch texts print 12-00400-002). */
export const WARRANTY_ARTICLE = '12-00400-004';

export interface WarrantyLine {
  readonly serial: string;
  readonly model?: string;
  readonly article: string;
  /** One article per year, all ordered and bound at once (WAR-2). */
  readonly quantity: number;
  /** WAR-3: bound right after purchase, or later within the first year of warranty. */
  readonly variant: 'onPurchase' | 'afterPurchase';
  /** The last day the extension can be bound to the device. */
  readonly bindBy: string;
  /** The last day of the extended warranty. */
  readonly warrantyUntil: string;
  readonly ruleIds: readonly string[];
  readonly reason: PlanReason;
}

export interface WarrantyPlan {
  /** The shape version (RESULT_SCHEMA_VERSION; warrantyPlanJsonSchema() describes it). */
  readonly schemaVersion: typeof RESULT_SCHEMA_VERSION;
  readonly ok: boolean;
  readonly today: string;
  readonly lines: readonly WarrantyLine[];
  readonly notices: readonly Notice[];
}

/**
 * Warranty extensions (WAR-1..3): per device one extension with all its years, on purchase or
 * within the first year of warranty. A device that cannot have one gets an error notice naming
 * it, and no line. Throws LicenseInputError for invalid input.
 */
export function planWarranty(raw: unknown): WarrantyPlan {
  return warrantyPlan(parseInput(warrantyInputSchema, raw));
}

/**
 * planWarranty for input that is valid already: the calculator's gateways, which its own schema
 * checked (so a calculator drop-in carries no second schema for them).
 */
export function warrantyPlan(input: WarrantyRequest): WarrantyPlan {
  const today = input.today ?? todayIso();
  const article = input.article ?? WARRANTY_ARTICLE;
  const notices = new NoticeList();
  const lines: WarrantyLine[] = [];
  for (const d of input.devices) {
    const serial = d.serial;
    if ((d.extendedYears ?? 0) > 0) {
      notices.add('error', 'notice.warrantyAlreadyExtended', ['WAR-2'], { serial, years: d.extendedYears! });
      continue;
    }
    if (d.wantYears < 1 || d.wantYears > MAX_EXTENSION_YEARS) {
      notices.add('error', 'notice.warrantyYears', ['WAR-1'], { serial, years: d.wantYears, maximum: MAX_EXTENSION_YEARS });
      continue;
    }
    // Bought today, not yet, or no date given: the extension goes on with the purchase.
    const purchased = d.purchased ?? today;
    const onPurchase = purchased >= today;
    const bindBy = onPurchase ? purchased : lastDayOfYears(purchased, 1);
    if (!onPurchase && today > bindBy) {
      notices.add('error', 'notice.warrantyPastFirstYear', ['WAR-3'], { serial, purchased, bindBy });
      continue;
    }
    const warrantyUntil = lastDayOfYears(purchased, 1 + d.wantYears);
    lines.push({
      serial,
      ...(d.model ? { model: d.model } : {}),
      article,
      quantity: d.wantYears,
      variant: onPurchase ? 'onPurchase' : 'afterPurchase',
      bindBy,
      warrantyUntil,
      ruleIds: ['WAR-1', 'WAR-2', 'WAR-3'],
      reason: { key: onPurchase ? 'warranty.onPurchase' : 'warranty.afterPurchase', params: { serial, years: d.wantYears, bindBy, warrantyUntil } },
    });
  }
  return { schemaVersion: RESULT_SCHEMA_VERSION, ok: !notices.items.some((n) => n.severity === 'error'), today, lines, notices: notices.items };
}
