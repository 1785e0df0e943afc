/**
 * What <pbx-license-calculator> needs for the quote as a document (issue 24): the customer
 * view's table, the printed summary of the inputs, the UC comparison, and their messages. A chunk
 * of its own beside the drop-in, loaded right after the first render (before it for
 * `view="customer"`): see document-controller.ts.
 */
import { quoteDocumentMessages } from '../../i18n/domains/quote-document.js';
import type { LocaleController } from '../shared/locale-controller.js';

export { renderCustomerTable } from './customer-view.js';
export { quoteCsv } from './quote-csv.js';
export { renderSummary, renderUcChoices } from './document-parts.js';

/** The document's messages (product descriptions, its labels) in the element's language. */
export const loadMessages = (l: LocaleController) => l.use(quoteDocumentMessages);
