import { css, html } from 'lit';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';
import type { KeyFile } from './license-keys.js';

/** Adding license keys to the balance: pasted from a spreadsheet or read from a CSV file. */
export interface AddKeysView {
  readonly l: LocaleController;
  readonly text: string;
  /** How many keys the text gave. */
  readonly added: number;
  readonly issues: readonly ShownIssue[];
  readonly onText: (text: string) => void;
  /** A file picked or dropped on the paste box, with the project it belongs to ("Project of this file", issue 26; '' none). */
  readonly onFile: (file: File, project: string) => void;
  /** The disclosure was opened or closed: a reader that could not be loaded is tried again. */
  readonly onOpen: () => void;
  /** The files read, each summarised (their issues mark the file control), and the button that takes one away. */
  readonly files: readonly KeyFile[];
  readonly onRemove: (file: KeyFile) => void;
}

/**
 * The disclosure that adds license keys: its summary now, its content (the paste box, the file
 * control, what was read) from the key reader's chunk, which arrives after the first render,
 * where no first state shows it (the disclosure is closed until keys are pasted or a file read).
 */
export function renderAddKeys(v: AddKeysView, body: unknown) {
  return html`<details class="add-keys" part="add-keys" ?open=${v.text !== '' || v.files.length > 0} @toggle=${v.onOpen}>
    <summary>${v.l.t('ui.keys.add')}</summary>
    ${body ?? html`<p role="status">…</p>`}
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
