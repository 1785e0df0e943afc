import type { MessageDomain } from '../index.js';

/**
 * The quote as a customer document: the positions' product descriptions and the document's own
 * labels. Loaded after the calculator's first render (its CSV, its print) and before the first
 * render of a customer view, in English too.
 */
export const quoteDocumentMessages: MessageDomain = {
  name: 'quote-document',
  load: {
    en: () => import('../en/quote-document.js').then((m) => m.quoteDocumentEn),
    de: () => import('../de/quote-document.js').then((m) => m.quoteDocumentDe),
    it: () => import('../it/quote-document.js').then((m) => m.quoteDocumentIt),
    nl: () => import('../nl/quote-document.js').then((m) => m.quoteDocumentNl),
    fr: () => import('../fr/quote-document.js').then((m) => m.quoteDocumentFr),
  },
};
