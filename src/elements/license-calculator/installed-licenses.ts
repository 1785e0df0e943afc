/**
 * The calculator's installed licenses (issue 26): per PBX, and on the license master, a paste box
 * and a file (picker and drop) read by the core's readLicenseList (through the shared list reader
 * the version check and the balance use), what was read, and the installed licenses it gave as an
 * editable list (license type, count, remove). They are the scenario's `existing` (the master's)
 * and each `pbxs[i].existing`: the quote counts them (PORT-3, STBY-3, VM-2, IPVA-1; G-3/G-4 for
 * those below the version).
 *
 * A chunk of its own, loaded when an "Installed licenses" part is opened, or before the first
 * render of a scenario that has some; its messages (domains/installed.ts) come with it.
 */
import { css, html, nothing } from 'lit';
import type { IssuePath } from '../../core/errors.js';
import type { LicenseList } from '../../core/license-list.js';
import { errorsMessages } from '../../i18n/domains/errors.js';
import { installedMessages } from '../../i18n/domains/installed.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';
import { readList, renderListInput } from '../shared/list-reader.js';
import { parseLocaleNumber } from '../shared/number-parser.js';
import { safeText } from '../shared/safe-text.js';
import type { FormView } from './scenario-form.js';

/** One installed license type as the user sees it: the text of both fields, valid or not. */
interface Row {
  code: string;
  count: string;
}

/** What one part (a PBX's, or the master's) holds beside the draft: the box's text, what it read, the rows. */
interface Part {
  /** The `existing` these rows describe: another one (a reset, an import) starts the part afresh. */
  rec: unknown;
  rows: Row[];
  text: string;
  list: LicenseList | null;
  /** The device of a license file whose licenses are taken; '*' all of them. */
  device: string;
}

/** Each element's parts, by PBX index ('m': the master's). */
const parts = new WeakMap<object, Map<string, Part>>();

/** The rows of an `existing` record as given (a count that is no number shows as written). */
function rowsOf(rec: unknown): Row[] {
  if (!rec || typeof rec !== 'object') return [];
  return Object.entries(rec as Record<string, unknown>).map(([code, n]) => ({ code, count: typeof n === 'number' && Number.isFinite(n) ? String(n) : safeText(n) }));
}

function partOf(v: FormView, slot: string, rec: unknown): Part {
  let byHost = parts.get(v.l.host);
  if (!byHost) parts.set(v.l.host, (byHost = new Map()));
  let part = byHost.get(slot);
  if (!part || part.rec !== rec) byHost.set(slot, (part = { rec, rows: rowsOf(rec), text: '', list: null, device: '' }));
  return part;
}

/**
 * The `existing` record of rows: a count per license type (rows of one type add up); a row
 * without a type is being filled in and waits; a count that is no number is NaN, which the
 * scenario's schema names at its field (never a silent 0).
 */
function recordOf(rows: readonly Row[], locale: string): Record<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const code = row.code.trim();
    if (!code) continue;
    const n = parseLocaleNumber(row.count, locale);
    sums.set(code, (sums.get(code) ?? 0) + (n.kind === 'number' ? n.value : Number.NaN));
  }
  // fromEntries: a key such as "__proto__" is an own field (which the schema then refuses), never the prototype.
  return Object.fromEntries(sums);
}

/** The part's rows become its PBX's (or the master's) `existing`. */
function commit(v: FormView, i: number | null, part: Part): void {
  const rec = recordOf(part.rows, v.l.locale);
  part.rec = rec;
  if (i === null) v.edit((d) => ({ ...d, existing: rec }));
  else v.editPbx(i, (p) => ({ ...p, existing: rec }));
}

/** The lots of the list read (of the device chosen, in a file of several) as rows: Loaded, summed per type. */
function take(v: FormView, i: number | null, part: Part): void {
  const list = part.list!;
  const device = list.devices.length > 1 && part.device !== '*' ? part.device : null;
  const sums = new Map<string, number>();
  for (const lot of list.lots) if (device === null || lot.device === device) sums.set(lot.code, (sums.get(lot.code) ?? 0) + lot.count);
  part.rows = [...sums].map(([code, count]) => ({ code, count: String(count) }));
  commit(v, i, part);
}

/**
 * Reads the box's text (pasted, or a file's put there by the picker or a drop). A list the reader
 * knows replaces the rows with its licenses, also where some of its lines have issues (those are
 * listed, with their lines); text it cannot read at all leaves the rows as they were. The text
 * stays in the box either way.
 */
function read(v: FormView, i: number | null, part: Part, text: string): void {
  part.text = text;
  part.list = text.trim() ? readList(text, v.l.locale, part) : null;
  if (part.list?.format) {
    if (!part.list.devices.includes(part.device)) part.device = part.list.devices[0] ?? '';
    take(v, i, part);
  } else v.l.host.requestUpdate();
}

/** A reader's issue: "Line 3: …" where it has a line and does not name it itself. */
function readerIssue(l: LocaleController, issue: ShownIssue): string {
  const at = issue.path[0];
  const message = l.issue(issue);
  return typeof at === 'number' && !('line' in issue.params) ? l.t('ui.installed.line', { line: at, message }) : message;
}

const startsWith = (path: IssuePath, prefix: IssuePath) => prefix.every((p, k) => path[k] === p);

/** The elements the chunk started for, and those whose messages are here. */
const started = new WeakSet<LocaleController>();
const ready = new WeakSet<LocaleController>();

/**
 * What the chunk does for an element, once: its messages load in its language, and in every
 * language it switches to, with the errors domain (the list reader's messages, and the notices
 * on installed licenses, which a scenario that has some shows at its first render); then it
 * renders them.
 */
export function start(l: LocaleController): Promise<void> | void {
  if (started.has(l)) return;
  started.add(l);
  return Promise.all([l.use(installedMessages), l.use(errorsMessages)]).then(() => {
    ready.add(l);
    l.host.requestUpdate();
  });
}

/** The editor's looks: the paste box, its hints, and a license type given a row of its own (PBX-Voicemail12%250 is long). */
const installedStyles = css`
  .installed textarea {
    width: 100%;
    min-height: 6rem;
    font-family: ui-monospace, monospace;
  }
  .installed .hint {
    color: var(--_muted);
    font-size: 0.85em;
    margin: 0;
  }
  .installed .extra > .field:first-child {
    grid-column: 1 / -1;
  }
`;

/**
 * Adopted beside the element's sheets, never as a `<style>` (a strict CSP blocks those). The
 * calculator's later chunk adopts its sheets by replacing the list, so each render looks again.
 */
function adoptInstalledStyles(host: object): void {
  const root = (host as HTMLElement).shadowRoot;
  const sheet = installedStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The content of a PBX's "Installed licenses" part (`i`), or of the master's (null): whose they
 * are, the paste box with the file picker and what was read, the device to take from a license
 * file of several, and the installed licenses as rows. Nothing until its messages are here.
 */
export function renderInstalled(v: FormView, i: number | null) {
  const l = v.l;
  if (!ready.has(l)) return nothing;
  adoptInstalledStyles(l.host);
  const t = l.t.bind(l);
  const pbx = i === null ? null : v.draft.pbxs[i];
  if (i !== null && !pbx) return nothing;
  const part = partOf(v, i === null ? 'm' : String(i), pbx ? pbx.existing : v.draft.existing);
  const at: IssuePath = i === null ? ['existing'] : ['pbxs', i, 'existing'];
  const id = at.join('-');
  const box = `${id}-paste`;
  const list = part.list;
  const readerIssues: readonly ShownIssue[] = list?.issues ?? [];
  const issues = v.issues.filter((x) => startsWith(x.path, at));
  // An issue of `existing` itself (no record at all), and those of a type no row holds, are said under the list.
  const rowIssue = (code: string) => issues.find((x) => x.path.length === at.length + 1 && x.path[at.length] === code.trim());
  const loose = issues.filter((x) => !part.rows.some((r) => r.code.trim() && x.path[at.length] === r.code.trim()));
  const taken = list?.format ? part.rows : null;
  const set = (j: number, patch: Partial<Row>) => {
    part.rows = part.rows.map((r, k) => (k === j ? { ...r, ...patch } : r));
    commit(v, i, part);
  };
  return html`<div class="installed">
    <p class="hint">${pbx ? t('ui.installed.pbx', { pbx: pbx.name }) : t('ui.installed.master')}</p>
    <div class="field">
      <label for=${box}>${t('ui.installed.paste')}</label>
      <p class="hint" id="${box}-hint">${t('ui.installed.hint')}</p>
      <textarea
        id=${box}
        spellcheck="false"
        .value=${part.text}
        aria-describedby="${box}-hint${readerIssues.length ? ` ${box}-error` : ''}"
        aria-invalid=${readerIssues.length ? 'true' : 'false'}
        @input=${(e: Event) => read(v, i, part, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${readerIssues.length
        ? html`<ul class="error-text" id="${box}-error" part="error">
            ${readerIssues.slice(0, 20).map((x) => html`<li>${readerIssue(l, x)}</li>`)}
          </ul>`
        : nothing}
    </div>
    ${renderListInput(l, l.host.shadowRoot as ShadowRoot, box, part)}
    ${list?.format && list.devices.length > 1
      ? html`<div class="field">
          <label for="${id}-device">${t('ui.installed.device')}</label>
          <select
            id="${id}-device"
            @change=${(e: Event) => {
              part.device = (e.target as HTMLSelectElement).value;
              take(v, i, part);
            }}
          >
            ${list.devices.map((d) => html`<option value=${d} ?selected=${d === part.device}>${d}</option>`)}
            <option value="*" ?selected=${part.device === '*'}>${t('ui.installed.allDevices')}</option>
          </select>
          <p class="hint" part="installed-device" role="status">
            ${part.device === '*' ? t('ui.installed.allTaken', { devices: list.devices.length }) : t('ui.installed.deviceTaken', { devices: list.devices.length, device: part.device })}
          </p>
        </div>`
      : nothing}
    ${taken
      ? html`<p class="hint" part="installed-taken">
          ${t('ui.installed.taken', { types: taken.length, count: taken.reduce((s, r) => s + (Number(r.count) || 0), 0) })}
        </p>`
      : nothing}
    <fieldset class="installed-list" part="installed-list">
      <legend>${t('ui.installed.list')}</legend>
      ${part.rows.length ? nothing : html`<p class="hint">${t('ui.installed.none')}</p>`}
      ${part.rows.map((row, j) => {
        // A count two locales would read differently is named as such (the schema sees no number).
        const read = parseLocaleNumber(row.count, l.locale);
        const unread: ShownIssue | undefined =
          read.kind === 'ambiguous' && row.code.trim() ? { path: [...at, row.code.trim()], key: 'error.ambiguousNumber', params: { text: row.count.trim().slice(0, 60), plain: read.plain, grouped: read.grouped } } : undefined;
        const issue = unread ?? rowIssue(row.code);
        // The field the issue is about carries the id a form focuses (`path.join('-')`): the type's for an unknown type, else the count's.
        const onCode = !unread && !!issue && 'text' in issue.params;
        const fieldId = row.code.trim() ? `${id}-${row.code.trim()}` : '';
        const codeId = onCode || !fieldId ? fieldId || `${id}-${j}-code` : `${id}-${j}-code`;
        const countId = !onCode && fieldId ? fieldId : `${id}-${j}-count`;
        const errorId = `${id}-${j}-error`;
        return html`<div class="grid extra">
          <div class="field">
            <label for=${codeId}>${t('ui.col.code')}</label>
            <input
              id=${codeId}
              .value=${row.code}
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${onCode ? 'true' : 'false'}
              aria-describedby=${onCode ? errorId : nothing}
              @input=${(e: Event) => set(j, { code: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for=${countId}>${t('ui.installed.count')}</label>
            <input
              id=${countId}
              .value=${row.count}
              inputmode="numeric"
              autocomplete="off"
              aria-invalid=${issue && !onCode ? 'true' : 'false'}
              aria-describedby=${issue && !onCode ? errorId : nothing}
              @input=${(e: Event) => set(j, { count: (e.target as HTMLInputElement).value })}
            />
          </div>
          <button
            type="button"
            class="secondary"
            part="button"
            aria-label=${t('ui.installed.remove', { code: row.code.trim() || j + 1 })}
            @click=${() => {
              part.rows = part.rows.filter((_, k) => k !== j);
              commit(v, i, part);
              v.focusAfterUpdate(`#${CSS.escape(`${id}-add`)}`);
            }}
          >
            ×
          </button>
          ${issue ? html`<p class="error-text wide" id=${errorId} part="error">${l.issue(issue)}</p>` : nothing}
        </div>`;
      })}
      ${loose.length ? html`<ul class="error-text" part="error">${loose.map((x) => html`<li>${l.issueWithPath(x)}</li>`)}</ul>` : nothing}
      <button
        type="button"
        part="button"
        id="${id}-add"
        @click=${() => {
          part.rows = [...part.rows, { code: '', count: '' }];
          commit(v, i, part);
          v.focusAfterUpdate(`#${CSS.escape(`${id}-${part.rows.length - 1}-code`)}`);
        }}
      >
        ${t('ui.installed.add')}
      </button>
    </fieldset>
  </div>`;
}
