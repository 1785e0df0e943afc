/**
 * The installed-base part of the version check: the upgrade and migration planners and their
 * views. A chunk of its own, loaded when the first licences are checked (see loadInstalledBase),
 * so a page whose version check is still empty does not download it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { LicenseInputError, type InputIssue } from '../../core/errors.js';
import { deviceHoldings, planMigration, type DeviceHoldings, type MigrationPlan } from '../../core/migration.js';
import { priceListSchema } from '../../core/scenario-schemas.js';
import { validate } from '../../core/schemas.js';
import { planUpgrade, type UpgradePlan } from '../../core/upgrade.js';
import { planShowsLots } from '../../core/upgrade-summary.js';
import type { VersionCheckResult } from '../../core/version-check.js';
import type { LocaleController } from '../shared/locale-controller.js';
import type { PriceSource } from '../shared/price-source-controller.js';
import { tableStyles } from '../shared/table.styles.js';
import { renderMigration, type MigrationView } from './migration-view.js';
import { renderSummary, summaryStyles } from './summary-view.js';
import { renderUpgrade } from './upgrade-view.js';

export { summaryText } from './summary-view.js';

/** The tables' and the summary's styles: the element adopts them with this chunk (an empty version check shows no table). */
export const planStyles = css`
  ${tableStyles}
  ${summaryStyles}
  /* The master's name and serial ("Headquarters (00-90-33-01-02-ab)") fit its select, where two columns do. */
  @container (min-width: 34rem) {
    .field:has(> #master) {
      grid-column: span 2;
    }
  }
`;

/** What the element asks of the planners: its checked input and its plan attributes. */
export interface PlanRequest {
  readonly pbxVersion: unknown;
  readonly licenses: unknown;
  readonly today?: string;
  readonly targetReleased?: string;
  /** The element's `prices`: the upgrade order is priced when they are a valid price list. */
  readonly prices: unknown;
  /** One of the devices the lots are bound to, or none. */
  readonly master: string;
  /** Firmware the devices run now, as typed (empty: the checked version). */
  readonly firmware: string;
  readonly convertTo: string;
}

/** The devices of each lots array, as the plan and every render of it use them (10,000 lots are read once). */
const holdings = new WeakMap<object, DeviceHoldings[]>();
function devicesOf(lots: unknown): DeviceHoldings[] {
  if (!lots || typeof lots !== 'object') return deviceHoldings(lots);
  let devices = holdings.get(lots);
  if (!devices) holdings.set(lots, (devices = deviceHoldings(lots)));
  return devices;
}

/**
 * The planner's issues at the element's fields: one firmware field stands for every device
 * (`devices 2 firmware` is the field "Firmware of the devices now"), said once.
 */
function atFields(issues: readonly InputIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const i of issues) {
    const at = i.path[0] === 'devices' && i.path[2] === 'firmware' ? { ...i, path: ['firmware'] } : i;
    if (!out.some((o) => o.path.join() === at.path.join() && o.key === at.key)) out.push(at);
  }
  return out;
}

/** The upgrade plan and, with a master chosen, the move to central licensing (or why not). */
export function planInstalledBase(r: PlanRequest): { upgrade: UpgradePlan; migration: MigrationPlan | null; issues: readonly InputIssue[] } {
  const devices = devicesOf(r.licenses);
  const upgrade = { target: r.pbxVersion, licenses: r.licenses, ...(r.today ? { today: r.today } : {}), ...(r.targetReleased ? { targetReleased: r.targetReleased } : {}) };
  const priced = r.prices !== null && typeof r.prices === 'object' && validate(priceListSchema, r.prices).ok;
  const plans = { upgrade: planUpgrade(priced ? { ...upgrade, prices: r.prices } : upgrade), migration: null, issues: [] };
  if (!r.master || !devices.some((d) => d.serial === r.master)) return plans;
  const firmware = r.firmware.trim() || r.pbxVersion;
  const lots = (r.licenses as { device?: string }[]).filter((l) => l.device !== undefined);
  try {
    const migration = planMigration({
      master: r.master,
      devices: devices.map(({ serial, name }) => (name === undefined ? { serial, firmware } : { serial, firmware, name })),
      licenses: lots,
      ...(r.convertTo ? { convertTo: r.convertTo } : {}),
      ...(r.today ? { today: r.today } : {}),
      // The year of SSA a conversion charges is priced from the same list as the upgrade order (MIG-3).
      ...(priced ? { prices: r.prices } : {}),
    });
    return { ...plans, migration };
  } catch (e) {
    // Not a LicenseInputError (the core throws nothing else) would be a bug: let it surface.
    if (!(e instanceof LicenseInputError)) throw e;
    return { ...plans, issues: atFields(e.issues) };
  }
}

/** A declared price list still loading, or why it gave no prices (the order then shows none). */
function priceStatus(l: LocaleController, source: PriceSource | null) {
  if (source?.state === 'loading') return html`<p class="hint" part="prices-status" role="status">${l.t('ui.upgrade.pricesLoading')}</p>`;
  if (source?.state === 'failed') return html`<p class="error-text" part="prices-status" role="alert">${l.t('ui.prices.failed', { reason: l.issueWithPath(source.issue) })}</p>`;
  return nothing;
}

/**
 * The summary in its tone with what the plan's rows do not say, the upgrade plan where a lot
 * needs more than keeping, and the migration once lots name devices. It replaces the verdict line,
 * the blocking list and the notices the version check shows while this chunk is not here.
 */
export function renderPlans(v: Omit<MigrationView, 'devices'> & { upgrade: UpgradePlan; lots: unknown; result: VersionCheckResult; stale: boolean; prices: PriceSource | null }): TemplateResult {
  const devices = devicesOf(v.lots);
  return html`${renderSummary(v.l, v.result, v.upgrade, v.stale)}${priceStatus(v.l, v.prices)}${planShowsLots(v.upgrade) ? renderUpgrade(v.l, v.upgrade, devices) : nothing}${devices.length ? renderMigration({ ...v, devices }) : nothing}`;
}
