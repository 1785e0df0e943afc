/**
 * pbx-license-kit/core: the innovaphone licensing rules as pure functions. No DOM, no lit;
 * runs unchanged in Node and in browsers. Rule IDs refer to RULES.md.
 */
export { CATALOG, GATEWAYS, GATEWAY_MODELS, MAX_VERSION, MIN_VERSION, familySpec, tierAt } from './catalog.js';
export type { Binding, FamilySpec, GatewayModel, GatewaySpec, LicenseFamily, Tier, VersionSubject } from './catalog.js';
export { effectiveVersion, licenseCode, parseLicenseLines, parseLicenseType } from './codes.js';
export type { LicenseLine, LicenseType } from './codes.js';
export { LicenseInputError } from './errors.js';
export type { InputIssue, IssuePath } from './errors.js';
export { MESSAGE_KEYS } from './messages.js';
export type { MessageKey } from './messages.js';
export { compareVersions, formatVersion, parseSoftwareVersion } from './versions.js';
export type { SoftwareVersion } from './versions.js';
export {
  MAX_COUNT,
  MAX_LICENSES,
  MAX_PRICE,
  USER_FEATURES,
  activationKeySchema,
  balanceInputSchema,
  existingLicensesSchema,
  licenseCodeSchema,
  licenseKeySchema,
  parseInput,
  pbxSchema,
  priceListSchema,
  requiredLicensesSchema,
  scenarioJsonSchema,
  scenarioSchema,
  softwareVersionSchema,
  userGroupSchema,
  validate,
  versionCheckSchema,
} from './schemas.js';
export type {
  ActivationKey,
  BalanceInput,
  LicenseKey,
  PbxScenario,
  PriceList,
  PriceListInput,
  Scenario,
  ScenarioInput,
  UserFeature,
  UserGroup,
  Validation,
  VersionCheckInput,
} from './schemas.js';
export { UC_MODULE_THRESHOLD, calculateLicenses } from './calculator.js';
export type { Demand, Notice, Params, Quote, QuoteLine, QuoteTotal, Reason, Severity } from './calculator.js';
export { checkVersions } from './version-check.js';
export type { BlockingLicense, VersionCheckResult } from './version-check.js';
export { computeBalance } from './balance.js';
export type { Balance, BalanceRow } from './balance.js';
export { MAX_SCENARIO_TEXT, SCENARIO_SCHEMA_VERSION, decodeScenarioFromUrl, encodeScenarioForUrl, migrateScenario, readScenarioJson } from './scenario-io.js';
export type { ScenarioRead } from './scenario-io.js';
