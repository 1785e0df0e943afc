/**
 * The balance's key reader, a chunk loaded after the first render (no first state reads keys):
 * the core's reader of pasted or imported license keys, and the summary of a file read.
 */
import { html, nothing } from 'lit';
import { lineIssue } from '../shared/form-values.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';

export { MAX_KEYS_TEXT, parseLicenseKeys } from '../../core/license-keys.js';

/** Keys read from a file: named by the file and counted, never echoed into the paste box. */
export interface KeyFile {
  readonly name: string;
  readonly keys: readonly unknown[];
  readonly issues: readonly ShownIssue[];
}

/** "keys.csv: 3 license keys read", a button that takes them away, and the file's bad lines. */
export function renderKeyFile(l: LocaleController, file: KeyFile, onRemove: () => void) {
  return html`<div id="keys-file-read" part="keys-file" role="status">
    ${l.t('ui.keys.fileRead', { name: file.name, count: file.keys.length })}
    <button type="button" class="secondary" @click=${onRemove}>${l.t('ui.keys.fileRemove')}</button>
    ${file.issues.length ? html`<ul class="error-text" part="error">${file.issues.slice(0, 20).map((i) => html`<li>${lineIssue(l, i)}</li>`)}</ul>` : nothing}
  </div>`;
}
