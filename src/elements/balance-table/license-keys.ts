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
import { loadMessages, type Lang } from '../../i18n/index.js';
import { projectSwitch } from './project-loader.js';

import { MAX_KEYS_TEXT } from '../../core/license-keys.js';

export { MAX_KEYS_TEXT, parseLicenseKeys } from '../../core/license-keys.js';
export { renderKeyList } from './key-list-view.js';

/** The project switch and its messages in English and the languages given, for a server (loadKeyReader). */
export async function loadProjectSwitch(langs: readonly Lang[]): Promise<void> {
  const m = await projectSwitch.load();
  if (m) await Promise.all(['en' as const, ...langs].map((lang) => loadMessages(lang, [m.projectsMessages])));
}

/** Keys read from a file: named by the file and counted, never echoed into the paste box. */
export interface KeyFile {
  readonly name: string;
  /** The project it was read for ("Project of this file", issue 26): its keys that name none are in it. */
  readonly project?: string;
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

/** A file read, named, for the project given (its keys that name none are in it); one too long is its issue. */
export async function readFile(file: File, project: string, locale: string): Promise<KeyFile & ReadKeyFile> {
  const name = file.name;
  if (file.size > MAX_KEYS_TEXT) return { name, project, keys: [], issues: [{ path: [], key: 'error.tooLong', params: { maximum: MAX_KEYS_TEXT } }] };
  return { name, project, ...(await readKeyFile(name, await file.text(), locale, project)) };
}

/** What "Project of this file" says where a file was picked or dropped (the field sits in the same shadow root). */
const fileProject = (at: EventTarget | null) => (((at as Element | null)?.getRootNode() as ShadowRoot | undefined)?.getElementById?.('keys-file-project') as HTMLInputElement | null)?.value ?? '';

/** A file picked: read as the input's, which is emptied (the same file picked again is read again). */
function picked(e: Event, onFile: AddKeysView['onFile']): void {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) onFile(file, fileProject(input));
}

/**
 * Reads a file of license keys (CSV, text), or a license list the PBX or the portal gave (issue
 * 26: a license file, the PBX's or a device's license list, JSON lots; .xml or .json, or text that
 * opens as XML or JSON): its lots are Loaded and what it says is used is Used, on the lot's
 * device (licenseListBalance, POOL-2 / POOL-3). The list reader is loaded only for such a file.
 */
export async function readKeyFile(name: string, text: string, locale: string, project = ''): Promise<ReadKeyFile> {
  if (!/\.(xml|json)$/i.test(name) && !/^\s*[<{[]/.test(text)) return parseLicenseKeys(text, { locale, project });
  const { licenseListBalance, readLicenseList } = await import('../../core/license-list.js');
  const list = readLicenseList(text, { locale });
  const { activationKeys, licenseKeys } = licenseListBalance(list, { project });
  return { keys: licenseKeys, activationKeys, issues: list.issues, list: { format: list.format, lots: list.lots.length, devices: list.devices.length, notes: list.notes } };
}

/**
 * A file read joins the ones read before (a file per project loads into one company view, issue
 * 26); one of the same name read for the same project again replaces the earlier (read twice, its
 * keys would count twice).
 */
export function addFile<F extends KeyFile>(file: F, files: readonly F[]): F[] {
  const same = (f: KeyFile) => f.name === file.name && (f.project ?? '') === (file.project ?? '');
  return [...files.filter((f) => !same(f)), file];
}

/** "keys.csv: 3 license keys read" (or "pool.xml (project Nord): License file: 3 devices, 14 lots"), a button that takes them away, the file's bad lines and notes. */
export function renderKeyFile(l: LocaleController, file: KeyFile, index: number, onRemove: () => void) {
  const list = file.list;
  const name = file.project ? l.t('ui.keys.fileIn', { name: file.name, project: file.project }) : file.name;
  return html`<div id="keys-file-read-${index}" part="keys-file" role="status">
    ${list?.format ? `${name}: ${l.t(`ui.list.${list.format}` as AnyKey, { lots: list.lots, devices: list.devices })}` : l.t('ui.keys.fileRead', { name, count: file.keys.length })}
    <button type="button" class="secondary" @click=${onRemove}>${l.t('ui.keys.fileRemove')}</button>
    ${file.issues.length ? html`<ul class="error-text" part="error">${file.issues.slice(0, 20).map((i) => html`<li>${lineIssue(l, i)}</li>`)}</ul>` : nothing}
    ${list?.notes.length ? html`<ul class="hint" part="list-notes">${list.notes.map((n) => html`<li>${l.t(n.key, n.params)}</li>`)}</ul>` : nothing}
  </div>`;
}

/** The paste box, the file's project and control, the files' summaries, how many keys were added, the bad lines. */
export function renderAddKeysBody(v: AddKeysView) {
  const t = v.l.t.bind(v.l);
  const files = v.files;
  const read = files.map((_, i) => `keys-file-read-${i}`).join(' ');
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
        v.onFile(file, fileProject(e.target));
      }}
    ></textarea>
    <label for="keys-file-project">${t('ui.keys.fileProject')}</label>
    <input
      id="keys-file-project"
      part="file-project"
      type="text"
      maxlength="500"
      autocomplete="off"
      aria-describedby="keys-file-project-hint"
    />
    <p class="explain" id="keys-file-project-hint">${t('ui.keys.fileProjectHint')}</p>
    <input type="file" id="keys-file" class="file" accept=".csv,.txt,.xml,.json,text/csv,text/plain,text/xml,application/json" aria-invalid=${files.some((f) => f.issues.length) ? 'true' : 'false'} aria-describedby=${read || nothing} @change=${(e: Event) => picked(e, v.onFile)} />
    <label for="keys-file" class="button secondary">${t('ui.keys.file')}</label>
    ${files.map((f, i) => renderKeyFile(v.l, f, i, () => v.onRemove(f)))}
    ${v.added ? html`<p role="status">${t('ui.keys.added', { count: v.added })}</p>` : nothing}
    <div aria-live="polite">
      ${v.issues.length
        ? html`<ul class="error-text" id="keys-error" part="error">
            ${v.issues.slice(0, 20).map((i) => html`<li>${lineIssue(v.l, i)}</li>`)}
          </ul>`
        : nothing}
    </div>`;
}
