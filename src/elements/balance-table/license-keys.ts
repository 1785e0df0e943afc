/**
 * The balance's key reader, a chunk loaded after the first render (no first state reads keys):
 * the core's reader of pasted or imported license keys, the content of the disclosure that adds
 * them (the paste box, the file control), the summary of a file read, and an opened row's keys.
 */
import { html, nothing } from 'lit';
import { lineIssue } from '../shared/form-values.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';
import type { AddKeysView } from './add-keys-view.js';
import { parseLicenseKeys } from '../../core/license-keys.js';
import type { ActivationKey, LicenseKey } from '../../core/schemas.js';
import type { InputIssue } from '../../core/errors.js';
import type { AnyKey } from '../../i18n/keys.js';

export { MAX_KEYS_TEXT, parseLicenseKeys } from '../../core/license-keys.js';
export { renderKeyList } from './key-list-view.js';

/** Keys read from a file: named by the file and counted, never echoed into the paste box. */
export interface KeyFile {
  readonly name: string;
  readonly keys: readonly unknown[];
  readonly issues: readonly ShownIssue[];
  /** A license list (issue 26): what it was, and its notes (over-allocated, unchecked signatures …). */
  readonly list?: { readonly format: string | null; readonly lots: number; readonly devices: number; readonly notes: readonly InputIssue[] };
}

/** What a file gave: license keys (Used), and a license list's lots as activation keys (Loaded). */
export interface ReadKeyFile {
  readonly keys: LicenseKey[];
  readonly issues: readonly InputIssue[];
  readonly activationKeys?: ActivationKey[];
  readonly list?: KeyFile['list'];
}

/**
 * Reads a file of license keys (CSV, text), or a license list the PBX or the portal gave (issue
 * 26: a license file, the PBX's or a device's license list, JSON lots; .xml or .json, or text that
 * opens as XML or JSON): its lots are Loaded and what it says is used is Used, on the lot's
 * device (licenseListBalance, POOL-2 / POOL-3). The list reader is loaded only for such a file.
 */
export async function readKeyFile(name: string, text: string, locale: string): Promise<ReadKeyFile> {
  if (!/\.(xml|json)$/i.test(name) && !/^\s*[<{[]/.test(text)) return parseLicenseKeys(text, { locale });
  const { licenseListBalance, readLicenseList } = await import('../../core/license-list.js');
  const list = readLicenseList(text, { locale });
  const { activationKeys, licenseKeys } = licenseListBalance(list);
  return { keys: licenseKeys, activationKeys, issues: list.issues, list: { format: list.format, lots: list.lots.length, devices: list.devices.length, notes: list.notes } };
}

/** "keys.csv: 3 license keys read" (or "pool.xml: License file: 3 devices, 14 lots"), a button that takes them away, the file's bad lines and notes. */
export function renderKeyFile(l: LocaleController, file: KeyFile, onRemove: () => void) {
  const list = file.list;
  return html`<div id="keys-file-read" part="keys-file" role="status">
    ${list?.format ? `${file.name}: ${l.t(`ui.list.${list.format}` as AnyKey, { lots: list.lots, devices: list.devices })}` : l.t('ui.keys.fileRead', { name: file.name, count: file.keys.length })}
    <button type="button" class="secondary" @click=${onRemove}>${l.t('ui.keys.fileRemove')}</button>
    ${file.issues.length ? html`<ul class="error-text" part="error">${file.issues.slice(0, 20).map((i) => html`<li>${lineIssue(l, i)}</li>`)}</ul>` : nothing}
    ${list?.notes.length ? html`<ul class="hint" part="list-notes">${list.notes.map((n) => html`<li>${l.t(n.key, n.params)}</li>`)}</ul>` : nothing}
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
      @dragover=${(e: DragEvent) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      @drop=${(e: DragEvent) => {
        // A file dropped on the box is read as a picked one, never opened by the browser.
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        v.onFile(file);
      }}
    ></textarea>
    <input type="file" id="keys-file" class="file" accept=".csv,.txt,.xml,.json,text/csv,text/plain,text/xml,application/json" aria-invalid=${file?.issues.length ? 'true' : 'false'} aria-describedby=${file ? 'keys-file-read' : nothing} @change=${v.onFile} />
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
