import { balanceMessages } from './domains/balance.js';
import { calculatorHelpMessages } from './domains/calculator-help.js';
import { calculatorMessages } from './domains/calculator.js';
import { commonMessages } from './domains/common.js';
import { errorsMessages } from './domains/errors.js';
import { installedMessages } from './domains/installed.js';
import { plansMessages } from './domains/plans.js';
import { versionCheckMessages } from './domains/version-check.js';
import { loadMessages, type Lang, type MessageDomain } from './index.js';

/**
 * Every message domain: what the three elements and their features show; the calculator's quote
 * as a customer document (domains/quote-document.ts: product descriptions, the customer view) loads
 * with the chunk that renders it, never on a server, and is not among them.
 */
export const ALL_MESSAGES: readonly MessageDomain[] = [commonMessages, errorsMessages, calculatorMessages, calculatorHelpMessages, versionCheckMessages, plansMessages, balanceMessages, installedMessages];

/**
 * Loads every message of a language once (the elements load only the domains they show, on
 * first use): for a server that renders in that language, a page that preloads it, or
 * `formatMessage` outside the elements. Never rejects; a chunk that cannot be loaded leaves
 * English, with one console warning.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  return loadMessages(lang, ALL_MESSAGES);
}
