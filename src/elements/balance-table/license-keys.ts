/**
 * The balance's key reader, a chunk loaded after the first render (no first state reads keys):
 * the core's reader of pasted or imported license keys, the content of the disclosure that adds
 * them (the paste box, the file control), and the summary of a file read.
 */
import { html, nothing } from 'lit';
import { lineIssue } from '../shared/form-values.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';
import type { AddKeysView } from './add-keys-view.js';

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

/** The paste box, the file control, the file's summary, how many keys were added, the bad lines. */
export function renderAddKeysBody(v: AddKeysView) {
  const t = v.l.t.bind(v.l);
  const file = v.file;
  return html`<p class="explain" id="keys-hint">${t('ui.keys.hint')}</p>
    <label for="keys-paste">${t('ui.keys.paste')}</label>
    <textarea
      id="keys-paste"
      spellcheck="false"
      aria-describedby="keys-hint${v.issues.length ? ' keys-error' : ''}"
      aria-invalid=${v.issues.length ? 'true' : 'false'}
      .value=${v.text}
      @input=${(e: Event) => v.onText((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <input type="file" id="keys-file" class="file" accept=".csv,.txt,text/csv,text/plain" aria-invalid=${file?.issues.length ? 'true' : 'false'} aria-describedby=${file ? 'keys-file-read' : nothing} @change=${v.onFile} />
    <label for="keys-file" class="button secondary">${t('ui.keys.file')}</label>
    ${v.fileSummary}
    ${v.added ? html`<p role="status">${t('ui.keys.added', { count: v.added })}</p>` : nothing}
    <div aria-live="polite">
      ${v.issues.length
        ? html`<ul class="error-text" id="keys-error" part="error">
            ${v.issues.slice(0, 20).map((i) => html`<li>${lineIssue(v.l, i)}</li>`)}
          </ul>`
        : nothing}
    </div>`;
}
