/**
 * pbx-license-kit/core: the innovaphone licensing rules as pure functions. No DOM, no lit;
 * runs unchanged in Node and in browsers. Rule IDs refer to RULES.md.
 */
export { CATALOG, GATEWAYS, GATEWAY_MODELS, MAX_VERSION, MIN_VERSION, familySpec, tierAt } from './catalog.js';
export type { Binding, FamilySpec, GatewayModel, GatewaySpec, LicenseFamily, Tier, VersionSubject } from './catalog.js';
import { readLaterCodes } from './codes.js';
import { readLater } from './codes-later.js';
export { effectiveVersion, licenseCode, parseLicenseType } from './codes.js';

// The codes beyond the V12 guidelines' tables (App and Service licenses, older devices' names): always read through the index.
readLaterCodes(readLater);
export { parseLicenseLines } from './license-lines.js';
export type { LicenseType } from './codes.js';
export type { LicenseLine } from './license-lines.js';
export { LicenseInputError } from './errors.js';
export type { InputIssue, IssuePath } from './errors.js';
export { MESSAGE_KEYS } from './messages.js';
export type { MessageKey } from './messages.js';
export { compareVersions, formatVersion, parseSoftwareVersion } from './versions.js';
export type { SoftwareVersion } from './versions.js';
export { MAX_COUNT, MAX_LICENSES, MAX_PRICE, activationKeySchema, balanceInputSchema, isoDateSchema, licenseCodeSchema, licenseKeySchema, parseInput, requiredLicensesSchema, softwareVersionSchema, validate, versionCheckSchema } from './schemas.js';
export { USER_FEATURES, existingLicensesSchema, extraSchema, pbxSchema, priceListSchema, scenarioJsonSchema, scenarioSchema, userGroupSchema } from './scenario-schemas.js';
export type { ActivationKey, BalanceInput, LicenseKey, Validation, VersionCheckInput } from './schemas.js';
export type { PbxScenario, PriceList, PriceListInput, Scenario, ScenarioInput, UserFeature, UserGroup } from './scenario-schemas.js';
export { UC_MODULE_THRESHOLD, calculateLicenses } from './calculator.js';
export type { Demand, Notice, ParamPart, ParamValue, Params, Quote, QuotePbx, QuoteLine, QuoteTotal, QuoteWarrantyLine, QuoteExtraLine, UcChoice, Reason, Severity } from './calculator.js';
export type { PriceTotal } from './money.js';
export { checkVersions } from './version-check.js';
export { planUpgrade } from './upgrade.js';
export type { LotAction, OrderLine, PlanReason, UpgradeLot, UpgradePlan } from './upgrade.js';
export { blockingBesidePlan, noticesBesidePlan, planShowsLots, upgradeSummary } from './upgrade-summary.js';
export type { SummaryLine, SummaryTone, UpgradeSummary } from './upgrade-summary.js';
export { MIN_MIGRATION_VERSION, deviceHoldings, planMigration } from './migration.js';
export type { DeviceHoldings, MigrationAction, MigrationPlan, MigrationStep } from './migration.js';
export { MAX_EXTENSION_YEARS, WARRANTY_ARTICLE, planWarranty } from './warranty.js';
export type { WarrantyLine, WarrantyPlan } from './warranty.js';
export { licenseLotSchema, migrationInputSchema, upgradeInputSchema } from './installed-base-schemas.js';
export type { LicenseLot, MigrationInput, UpgradeInput } from './installed-base-schemas.js';
export { MAX_DEVICES, warrantyInputSchema } from './warranty-schemas.js';
export type { WarrantyInput } from './warranty-schemas.js';
export { SSA_REMINDER_DAYS, ssaCover, ssaStatus } from './ssa.js';
export type { SsaCover, SsaStatus } from './ssa.js';
export { addDays, daysBetween, isIsoDate, lastDayOfYears } from './dates.js';
export { parseLocaleDate } from './locale-dates.js';
export type { BlockingLicense, VersionCheckResult } from './version-check.js';
export { computeBalance } from './balance.js';
export { computeProjectBalance, projectOf, projectsOf } from './projects.js';
export type { ProjectSummary } from './projects.js';
export { MAX_KEYS_TEXT, parseLicenseKeys } from './license-keys.js';
export { MAX_LIST_ENTRIES, MAX_LIST_TEXT, licenseListBalance, readLicenseList } from './license-list.js';
export type { LicenseList, LicenseListFormat, LicenseListLot } from './license-list.js';
export type { Balance, BalanceRow } from './balance.js';
export { MAX_SCENARIO_TEXT, SCENARIO_SCHEMA_VERSION, decodeScenarioFromUrl, migrateScenario, readScenarioJson } from './scenario-io.js';
export { encodeScenarioForUrl } from './scenario-link.js';
export type { ScenarioRead } from './scenario-io.js';
export { RESULT_SCHEMA_VERSION } from './result-version.js';
export {
  migrationPlanJsonSchema,
  migrationPlanSchema,
  quoteJsonSchema,
  quoteSchema,
  upgradePlanJsonSchema,
  upgradePlanSchema,
  versionCheckJsonSchema,
  versionCheckResultSchema,
  warrantyPlanJsonSchema,
  warrantyPlanSchema,
} from './result-schemas.js';
export type { JsonSchemaOptions } from './result-schemas.js';
