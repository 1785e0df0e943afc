import type { MessageKey } from '../core/messages.js';
import type { balanceEn } from './en/balance.js';
import type { calculatorHelpEn } from './en/calculator-help.js';
import type { calculatorEn } from './en/calculator.js';
import type { commonEn } from './en/common.js';
import type { errorsEn } from './en/errors.js';
import type { installedEn } from './en/installed.js';
import type { plansEn } from './en/plans.js';
import type { projectsEn } from './en/projects.js';
import type { quoteDocumentEn } from './en/quote-document.js';
import type { versionCheckEn } from './en/version-check.js';

/** Every message key: the English catalogs of all domains together define them. */
export type AnyKey = keyof typeof commonEn | keyof typeof errorsEn | keyof typeof calculatorEn | keyof typeof calculatorHelpEn | keyof typeof versionCheckEn | keyof typeof plansEn | keyof typeof balanceEn | keyof typeof quoteDocumentEn | keyof typeof installedEn | keyof typeof projectsEn;

/** The elements' own words (labels, headings, buttons), beside the core's messages. */
export type UiKey = Extract<AnyKey, `ui.${string}`>;

/** Every key the core emits has an English message (a compile error names the one missing). */
export const EVERY_CORE_KEY_IS_IN_ENGLISH: [Exclude<MessageKey, AnyKey>] extends [never] ? true : Exclude<MessageKey, AnyKey> = true;
