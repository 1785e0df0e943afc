/**
 * What <pbx-license-calculator> needs for the quote as a document (issue 24): the customer
 * view's table, the printed summary of the inputs, the UC comparison, the extras in the form, the
 * CSV, and their messages. Part of the chunk loaded right after the first render (later.ts;
 * before it for `view="customer"`).
 */
import { quoteDocumentMessages } from '../../i18n/domains/quote-document.js';
import { watchPrint } from './print-document.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { loadMessages as loadLanguageDomains, type Lang } from '../../i18n/index.js';

export { renderCustomerTable } from './customer-view.js';
export { downloadCsv, quoteCsv } from './quote-csv.js';
export { renderSummary, renderUcChoices } from './document-parts.js';

/**
 * What the chunk does for an element once here: the browser's print (Ctrl+P) prints its quote
 * alone from now on, and the document's messages (product descriptions, its labels) load in its
 * language.
 */
export function start(l: LocaleController): Promise<void> {
  watchPrint(l.host);
  return l.use(quoteDocumentMessages);
}
/** The same messages in a language, for a server (loadQuoteDocument). */
export const loadLanguageMessages = (lang: Lang) => loadLanguageDomains(lang, [quoteDocumentMessages]);
export { renderExtras } from './extras-form.js';
export { renderTotalBar } from './total-bar.js';
export { printQuote } from './print-document.js';
