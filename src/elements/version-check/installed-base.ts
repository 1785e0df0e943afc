/**
 * The installed-base part of the version check: the upgrade and migration planners and their
 * views. A chunk of its own, loaded when the first licences are checked (see loadInstalledBase),
 * so a page whose version check is still empty does not download it.
 */
import { validate } from '../../core/schemas.js';
import { priceListSchema } from '../../core/scenario-schemas.js';
import { planUpgrade, type UpgradePlan } from '../../core/upgrade.js';

export { planMigration } from '../../core/migration.js';
export { renderMigration } from './migration-view.js';
export { renderUpgrade } from './upgrade-view.js';

/** The upgrade plan, priced when the element's `prices` are a valid price list (else unpriced). */
export function planUpgradePriced(input: Readonly<Record<string, unknown>>, prices: unknown): UpgradePlan {
  const valid = prices !== null && typeof prices === 'object' && validate(priceListSchema, prices).ok;
  return planUpgrade(valid ? { ...input, prices } : input);
}
