/**
 * What <pbx-license-calculator> needs only once the quote is on screen: the print layout, the
 * styles of help texts and rule summaries, the
 * presets' data, the JSON download and import, and the file download itself. A chunk of its own
 * beside the drop-in, loaded right after the first render, so a click finds it here.
 */
export { printStyles } from './print.styles.js';
export { onRequestStyles } from './on-request.styles.js';
export { PRESETS } from './presets.js';
export { quoteJson, readScenarioFile } from './json-files.js';
export { download } from '../shared/files.js';
// The quote as a customer document (issue 24).
export * from './quote-document.js';
