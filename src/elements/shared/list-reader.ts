/**
 * The license list reader of the version check (issue 26): the paste box and a file (picker and
 * drop: .xml, .json, .csv, .txt) read by the core's readLicenseList, and what was read said
 * ("License file: 3 devices, 14 lots", with its notes). A chunk of its own, loaded after the
 * element's first render; the picker appears once it is here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { MAX_LIST_TEXT, readLicenseList, type LicenseList } from '../../core/license-list.js';
import type { InputIssue } from '../../core/errors.js';
import { parseLocaleNumber } from './number-parser.js';
import type { LocaleController } from './locale-controller.js';
import type { AnyKey } from '../../i18n/keys.js';

// The version check reads a release date in the locale's form with this chunk, which it loads anyway.
export { parseLocaleDate } from '../../core/locale-dates.js';

/** A lot as the version check takes it: what a list says beside it (used) is not part of it. */
export interface ReadLot {
  code: string;
  count: number;
  device?: string;
  deviceName?: string;
  boundOn?: string;
  ssaUntil?: string;
}

/** What each element's reader last read: the summary and notes shown under its paste box. */
const lastRead = new WeakMap<object, LicenseList>();
/** The text boxes whose drop is taken (a file dropped on the box is read, not opened by the browser). */
const dropTargets = new WeakSet<Element>();

/** The lots of a list as the version check's `licenses`. */
function entries(list: LicenseList): ReadLot[] {
  return list.lots.map(({ code, count, device, boundOn, ssaUntil, deviceName }) => {
    const lot: ReadLot = { code, count };
    if (device !== undefined) lot.device = device;
    if (deviceName !== undefined) lot.deviceName = deviceName;
    if (boundOn !== undefined) lot.boundOn = boundOn;
    if (ssaUntil !== undefined) lot.ssaUntil = ssaUntil;
    return lot;
  });
}

/**
 * What the reader reads a paste box of (the version check): its text, and what it sets when it
 * has read it (the lots, the lines' issues, and that they come from the text).
 */
export interface PasteHost {
  readonly renderRoot: object;
  readonly text: string;
  fromText: boolean;
  licenses: ReadLot[];
  lineIssues: readonly InputIssue[];
}

/**
 * Reads the paste box's text (any list readLicenseList knows, the paste box's own lines among
 * them) into its element: the lots and the issues (a line's issue has its line number as path, a
 * JSON entry's its JSON path); what was read is said under the box (renderListInput).
 */
export function readPaste(host: PasteHost, locale: string): void {
  const list = readList(host.text, locale, host.renderRoot);
  host.fromText = true;
  host.licenses = entries(list);
  host.lineIssues = list.issues;
}

/**
 * Reads a paste box's text (any list readLicenseList knows) and keeps what was read for
 * renderListInput(…, `key`) to say: one key per paste box (the calculator has one per PBX).
 */
export function readList(text: string, locale: string, key: object): LicenseList {
  // Counts as the page's number parser reads them: "1.200" on a German page is 1200.
  const list = readLicenseList(text, { locale, readCount: (t) => parseLocaleNumber(t, locale) });
  if (text.trim()) lastRead.set(key, list);
  else lastRead.delete(key);
  return list;
}

/** Puts a file's text in the box as if pasted: the element reads it as any input (and a form keeps it). */
async function load(box: HTMLTextAreaElement | null, file: File | undefined, refuse: () => void): Promise<void> {
  if (!box || !file) return;
  if (file.size > MAX_LIST_TEXT) {
    refuse();
    return;
  }
  box.value = await file.text();
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The summary line of what was read: "License file: 3 devices, 14 lots". */
function summary(l: LocaleController, list: LicenseList): string {
  return list.format
    ? l.t(`ui.list.${list.format}` as AnyKey, {
        lots: list.lots.length,
        devices: list.devices.length,
      })
    : '';
}

/**
 * The file picker and drop for the paste box `#<box>` of `root`, what the last reading read (of
 * `key`'s box: readPaste, readList), and its notes (over-allocated, a device's name, unchecked
 * signatures …).
 */
export function renderListInput(l: LocaleController, root: ShadowRoot | HTMLElement, box = 'licenses', key: object = root): TemplateResult {
  // Rendered on a server there is no root (and nothing to drop on).
  const area = () => root?.querySelector<HTMLTextAreaElement>(`#${box}`) ?? null;
  // Too large to read: said under the picker; the box keeps what it had.
  const tooLarge = () => {
    lastRead.set(key, {
      format: null,
      lots: [],
      devices: [],
      issues: [{ path: [], key: 'error.tooLong', params: { maximum: MAX_LIST_TEXT } }],
      notes: [],
    });
    ((root as ShadowRoot).host as { requestUpdate?: () => void } | undefined)?.requestUpdate?.();
  };
  const drop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void load(area(), file, tooLarge);
  };
  const over = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };
  // The box itself takes a dropped file too (the browser would open it instead).
  if (root)
    queueMicrotask(() => {
      const target = area();
      if (!target || dropTargets.has(target)) return;
      dropTargets.add(target);
      target.addEventListener('dragover', over);
      target.addEventListener('drop', drop);
    });
  const read = root && lastRead.get(key);
  const said = read ? summary(l, read) : '';
  const refused = read && !read.format ? read.issues[0] : undefined;
  return html`<div class="field list-input" part="list-input" @dragover=${over} @drop=${drop}>
    <label for="${box}-file">${l.t('ui.list.load')}</label>
    <input
      id="${box}-file"
      type="file"
      accept=".xml,.json,.csv,.txt,text/xml,application/json,text/csv,text/plain"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        input.value = '';
        void load(area(), file, tooLarge);
      }}
    />
    ${said ? html`<p class="hint" part="list-read" role="status">${said}</p>` : nothing}
    ${refused && refused.key === 'error.tooLong' ? html`<p class="error-text" part="error" role="alert">${l.issue(refused)}</p>` : nothing}
    ${
      read?.notes.length
        ? html`<ul class="hint" part="list-notes">
            ${read.notes.map((n) => html`<li>${l.t(n.key, n.params)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
