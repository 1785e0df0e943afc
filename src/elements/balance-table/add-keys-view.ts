import { css, html, nothing } from 'lit';
import { lineIssue } from '../shared/form-values.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';

/** Adding license keys to the balance: pasted from a spreadsheet or read from a CSV file. */
export interface AddKeysView {
  readonly l: LocaleController;
  readonly text: string;
  /** How many keys the text gave. */
  readonly added: number;
  readonly issues: readonly ShownIssue[];
  readonly onText: (text: string) => void;
  readonly onFile: (e: Event) => void;
  /** The keys read from a file (their issues mark the file control), and their summary. */
  readonly file: { readonly issues: readonly unknown[] } | null;
  readonly fileSummary: unknown;
}

export function renderAddKeys(v: AddKeysView) {
  const t = v.l.t.bind(v.l);
  const file = v.file;
  return html`<details class="add-keys" part="add-keys" ?open=${v.text !== '' || !!file}>
    <summary>${t('ui.keys.add')}</summary>
    <p class="explain" id="keys-hint">${t('ui.keys.hint')}</p>
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
    </div>
  </details>`;
}

export const addKeysStyles = css`
      .add-keys {
        margin-bottom: var(--_space);
      }
      .add-keys summary {
        cursor: pointer;
        color: var(--_accent);
        font-weight: 600;
      }
      .add-keys textarea {
        display: block;
        width: 100%;
        min-height: 5rem;
        font-family: ui-monospace, monospace;
      }
      label.button {
        margin-top: calc(var(--_space) / 2);
      }
`;
