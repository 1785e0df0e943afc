/**
 * pbx-license-kit: the element classes, without registering any tag (no side effects).
 * Register with `pbx-license-kit/define`, or call `customElements.define` with your own names.
 */
export { PbxLicenseCalculator } from './elements/license-calculator/license-calculator.js';
export type { PbxChangeDetail, PbxInvalidDetail } from './elements/license-calculator/license-calculator.js';
export { PbxVersionCheck } from './elements/version-check/version-check.js';
export { loadInstalledBase } from './elements/version-check/installed-base-loader.js';
export { loadQuoteDocument } from './elements/license-calculator/later-controller.js';
export type { LicenseEntry } from './elements/version-check/version-check.js';
export { PbxBalanceTable } from './elements/balance-table/balance-table.js';
export { loadKeyReader } from './elements/balance-table/key-reader-loader.js';
export { CATALOGS, LANGS, formatMessage, loadMessages, resolveLocale, toLang } from './i18n/index.js';
export { ALL_MESSAGES, loadLanguage } from './i18n/all.js';
export type { Lang, MessageDomain } from './i18n/index.js';
export type { ShownIssue } from './elements/shared/locale-controller.js';
export type { Balance, BalanceInput, BalanceRow, Quote, ScenarioInput, VersionCheckResult } from './core/index.js';
export { VERSION } from './version.js';
