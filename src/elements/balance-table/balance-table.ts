import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { computeBalance, type Balance, type BalanceRow } from '../../core/balance.js';
import { addKeysStyles, renderAddKeys, type AddKeysView } from './add-keys-view.js';
import { balanceStyles } from './balance-table.styles.js';
import type { Quote } from '../../core/calculator.js';
import type { InputIssue } from '../../core/errors.js';
import type { ActivationKey, BalanceInput, LicenseKey } from '../../core/schemas.js';
import type { KeyFile } from './license-keys.js';
import { PbxFormElement, type FormInvalid, type FormValue } from '../shared/form-element.js';
import { invalidAt, jsonEntries, lineIssue } from '../shared/form-values.js';
import { toCsv } from '../shared/csv.js';
import { download } from '../shared/files.js';
import { renderNotices } from '../shared/notices.js';
import { baseStyles } from '../shared/styles.js';
import { tableStyles } from '../shared/table.styles.js';
import { safeText, textAttribute } from '../shared/safe-text.js';
import { NOT_LOADED } from '../shared/lazy-module.js';
import { keyReader } from './key-reader-loader.js';
import { projectSwitch, projectsWanted } from './project-loader.js';
import type { CalculatorLink } from './calculator-link.js';
import { lazyModule } from '../shared/lazy-module.js';
import type { ShownIssue } from '../shared/locale-controller.js';
import { ChunkWork } from '../shared/chunk-work.js';
import type { FieldLabels } from '../shared/field-names.js';
import { balanceMessages } from '../../i18n/domains/balance.js';
import { commonMessages } from '../../i18n/domains/common.js';
import { errorsMessages } from '../../i18n/domains/errors.js';
import { plansMessages } from '../../i18n/domains/plans.js';

type Column = 'code' | 'loaded' | 'used' | 'left' | 'toOrder';

/** The link to a calculator (`for`): a chunk, loaded with the first `for` (before the first render where the markup has one). */
const linkChunk = lazyModule(() => import('./calculator-link.js'));

/**
 * @tagname pbx-balance-table
 * @summary The license pool: Loaded / Used / Left per license type (POOL-1..5), and what to order
 * for a calculator quote.
 *
 * In a `<form>` it is a form control: with a `name` it submits the rows it shows (the filter's
 * selection; all rows without a filter) as JSON; an invalid pool or unreadable pasted keys make
 * it invalid.
 *
 * @fires {PbxInvalidDetail} pbx-invalid - The balance input is invalid: `detail.issues` names each bad field.
 * @fires {{ project: string }} pbx-project-change - The user chose a project in the project switch (issue 26): `detail.project` is the new `project` ('' the company pool). A page setting `project` gets no event.
 *
 * @csspart project - The project switch (a select labelled "Project"), shown where a key of the pool names a project: the company pool (all projects), each project with its keys, the keys without a project.
 * @csspart table - The balance table.
 * @csspart row-over - A row whose type is over-allocated.
 * @csspart filter - The filter box: it matches a license type, or the serial number, customer, location or project of one of its keys.
 * @csspart no-match - What the filter matched nothing says ("No license matches …").
 * @csspart keys - The list of license keys of an expanded type (with column headers).
 * @csspart add-keys - Adding license keys by paste or CSV file.
 * @csspart file-project - "Project of this file" (issue 26): the project the keys of the next file read go to, where they name none.
 * @csspart keys-file - The summary of a key file read ("keys.csv: 3 license keys read"), one per file (each file read adds its keys; one of the same name and project replaces it): the file's keys are counted, not written into the paste box; a file is not restored on back/forward, as a file input is not.
 * @csspart to-order-explained - What To order means: required minus left, per license type.
 * @csspart to-order-stale - The linked calculator's input is invalid: To order follows its last valid quote.
 * @csspart error - The validation message.
 *
 * @cssprop --pbx-color-scheme - `light`, `dark`, or `light dark` (the default: follows the page's prefers-color-scheme). Every default colour below, and native checkboxes, selects and scrollbars, follow it.
 * @cssprop --pbx-color-background - Background.
 * @cssprop --pbx-color-text - Text colour.
 * @cssprop --pbx-color-muted - Secondary text (labels, rule IDs); default: mixed from text and background.
 * @cssprop --pbx-color-border - Borders of fields and tables; default: mixed from text and background.
 * @cssprop --pbx-color-accent - Buttons and links.
 * @cssprop --pbx-color-accent-text - Text on accent buttons.
 * @cssprop --pbx-color-error - Errors and invalid fields.
 * @cssprop --pbx-color-warning - Warnings and the stale mark.
 * @cssprop --pbx-color-info - Information notices (default: the accent).
 * @cssprop --pbx-color-focus - Focus ring (default: the accent).
 * @cssprop --pbx-font-family - Font.
 * @cssprop --pbx-font-size - Base font size.
 * @cssprop --pbx-spacing - Base spacing unit.
 * @cssprop --pbx-radius - Corner radius.
 * @cssprop --pbx-color-highlight - Background of over-allocated rows.
 */
export class PbxBalanceTable extends PbxFormElement {
  static override styles = [baseStyles, tableStyles, addKeysStyles, balanceStyles];
  protected static override messages = [commonMessages, balanceMessages];
  protected static override laterMessages = [errorsMessages];
  /** The pool's fields in error messages: "License keys 3 Quantity", not "licenseKeys 3 count". */
  protected static override fieldLabels: FieldLabels = {
    licenseKeys: 'ui.licenseKeys',
    activationKeys: 'ui.activationKeys',
    code: 'ui.col.code',
    count: 'ui.col.quantity',
    serial: 'ui.key.serial',
    customer: 'ui.meta.customer',
    location: 'ui.key.location',
    description: 'ui.key.description',
    status: 'ui.key.status',
  };

  /** The pool: `{ activationKeys, licenseKeys }` (the core's balance input). */
  @property({ attribute: false }) balance: BalanceInput | undefined;
  /** The day SSA ends are judged by (ISO date, SSA-4); defaults to today. */
  @property() today = '';
  /** A calculator quote: adds the To order column. */
  @property({ attribute: false }) required: Pick<Quote, 'lines'> | undefined;
  /**
   * Id of a `<pbx-license-calculator>` in the same document or shadow root to take `required`
   * from. The link is resolved lazily: a calculator added, replaced or re-rendered later (as
   * frameworks do) is followed, since the table listens for `pbx-change` at its root.
   */
  @property({ attribute: 'for' }) for = '';
  /**
   * The project whose balance the table shows (issue 26: the portal's company pool and its
   * projects, whose keys name their `project`): '' the company pool (every key), a project's name
   * (as its keys spell it, trimmed) that project's keys alone: its Loaded, Used, Left and To order.
   * `' '` (one space, which no project is called) chooses the keys without a project. The
   * project switch sets it (and fires `pbx-project-change`); the filter works within it.
   */
  @property({ reflect: true, converter: textAttribute }) project = '';

  @state() private result: Balance | null = null;
  @state() private issues: readonly InputIssue[] = [];
  /** Null: the catalog order the core returns, until a column header is pressed. */
  @state() private sort: { column: Column; dir: 1 | -1 } | null = null;
  @state() private filter = '';
  @state() private expanded: string | null = null;
  @state() private keysScroll = 0;
  /** License keys pasted or read from a CSV file, added to the balance's own (issue 13). */
  @state() private addedKeys: readonly LicenseKey[] = [];
  @state() private addedText = '';
  @state() private addedIssues: readonly ShownIssue[] = [];
  /** The key reader's chunk could not be loaded (the disclosure says so; the next input tries again). */
  private keysFailed = false;
  private keysLoading: Promise<void> | null = null;
  /**
   * Keys read from files, each file's added to the others' (a file per project, issue 26): named
   * by the file and counted, never echoed into the box (100,000 keys would be megabytes of text to
   * lay out). Not restored on back/forward, as a file input is not.
   */
  @state() private files: readonly (KeyFile & { readonly keys: readonly LicenseKey[]; readonly activationKeys?: readonly ActivationKey[] })[] = [];
  /** The project switch's chunk and its messages in this element's language: loading, or here (`projectsHere`). */
  private projectsLoading: Promise<void> | null = null;
  private projectsHere = false;
  /** Keys pasted or imported before the reader's chunk came: read once it is here (the text stays in the box meanwhile, and when it cannot be loaded). */
  private readonly reader = new ChunkWork(keyReader, this);
  /** The keys the table shows (the balance's own, then the ones added here): what the rows' keyIndexes point into. */
  private keys: readonly LicenseKey[] = [];
  /** The link to the calculator named by `for` (its quote is `required`), once a `for` was set. */
  private link: CalculatorLink | null = null;
  private readonly linkWork = new ChunkWork(linkChunk, this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') && (this.for || this.link)) this.linkWork.run((m) => (this.link ??= new m.CalculatorLink(this)).listen());
    const has = (p: string) => (changed as Map<PropertyKey, unknown>).has(p);
    if (['balance', 'required', 'today', 'project', 'addedKeys', 'files'].some(has)) this.compute();
  }

  /** The project switch's chunk and its messages; the table is computed again once they are here. */
  private loadProjects(): Promise<void> {
    return (this.projectsLoading ??= projectSwitch.load().then(async (m) => {
      await m?.useProjectMessages(this.l);
      // A chunk that could not be loaded is tried again on the next input.
      if (!m) this.projectsLoading = null;
      this.projectsHere = !!m;
      if (m && this.hasUpdated) this.compute();
    }));
  }

  private compute(): void {
    // A license list read from a file (issue 26) adds what it loads: without a pool of the page's it is the pool.
    const lists = this.files.filter((f) => f.activationKeys);
    const loads = lists.flatMap((f) => f.activationKeys!);
    const pool = this.balance ?? (lists.length ? { activationKeys: [], licenseKeys: [] } : undefined);
    if (pool === undefined) {
      this.result = null;
      return;
    }
    try {
      const today = safeText(this.today);
      const plain = pool && typeof pool === 'object' && !Array.isArray(pool);
      const own = plain && Array.isArray(pool.licenseKeys) ? pool.licenseKeys : null;
      const extra = [...this.addedKeys, ...this.files.flatMap((f) => f.keys)];
      const added = own !== null && extra.length > 0;
      const loaded = plain && Array.isArray(pool.activationKeys) && loads.length ? { activationKeys: [...pool.activationKeys, ...loads] } : null;
      // Merged once per input: the key list is drawn from it on every scroll.
      this.keys = added ? [...own, ...extra] : (own ?? []);
      const input = plain && (today || added || loaded) ? { ...pool, ...loaded, ...(added ? { licenseKeys: this.keys } : {}), ...(today ? { today } : {}) } : pool;
      const m = projectSwitch.loaded;
      if (!this.projectsLoading && projectsWanted(input, this.project)) void this.loadProjects();
      this.result = m ? m.projectBalance(input, this.required, this.project) : computeBalance(input, this.required);
      this.issues = [];
    } catch (e) {
      this.issues = (e as { issues?: InputIssue[] }).issues ?? [{ path: [], key: 'error.invalid', params: {} }];
      this.emit('pbx-invalid', { issues: this.issues });
      // An SSA that ends before its bind date (SSA-3) is told in the installed base's messages, as in the version check.
      void this.l.use(plansMessages).then(() => this.requestUpdate());
    }
  }

  protected formValue(): FormValue {
    const rows = this.result ? this.visibleRows.map((r) => ({ code: r.code, loaded: r.loaded, used: r.used, left: r.left, ...(r.toOrder !== undefined ? { toOrder: r.toOrder } : {}) })) : undefined;
    return { value: jsonEntries({ [safeText(this.name)]: rows }), state: JSON.stringify({ filter: this.filter, keys: this.addedText }) };
  }

  protected formInvalid(): FormInvalid | null {
    if (this.issues.length) return invalidAt(this.l, this.renderRoot, this.issues, '#filter');
    const pasted = this.addedIssues[0];
    const bad = this.files.find((f) => f.issues.length);
    const at = (id: string) => this.renderRoot.querySelector<HTMLElement>(id);
    return pasted ? { message: this.l.issue(pasted), anchor: at('#keys-paste') } : bad ? { message: `${bad.name} ${lineIssue(this.l, bad.issues[0]!)}`, anchor: at('#keys-file') } : this.reader.busy ? { message: this.loading } : null;
  }

  /** A form reset: no filter, no added keys, the catalog order (the pool itself is the page's). */
  protected resetToMarkup(): void {
    this.filter = '';
    this.sort = null;
    this.expanded = null;
    this.files = [];
    this.addKeys('');
  }

  protected restoreFormState(state: string): void {
    try {
      const saved = JSON.parse(state) as { filter?: unknown; keys?: unknown };
      if (typeof saved.filter === 'string') this.filter = saved.filter;
      if (typeof saved.keys === 'string' && saved.keys) this.addKeys(saved.keys);
    } catch {
      // Not a state this element wrote: nothing to restore.
    }
  }

  /** The rows as shown: filtered and sorted. */
  get visibleRows(): readonly BalanceRow[] {
    const rows = this.result?.rows ?? [];
    const needle = this.filter.trim().toLowerCase();
    // A type matches by its code, or by the serial, customer, location or project of one of its keys.
    const has = (text: string | undefined) => !!text && text.toLowerCase().includes(needle);
    const keys = this.keys;
    const filtered = needle ? rows.filter((r) => has(r.code) || r.keyIndexes.some((i) => { const k = keys[i]!; return has(k.serial) || has(k.customer) || has(k.location) || has(k.project); })) : [...rows];
    if (!this.sort) return filtered;
    const { column, dir } = this.sort;
    return filtered.sort((a, b) => {
      const x = a[column] ?? 0;
      const y = b[column] ?? 0;
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }

  private sortBy(column: Column): void {
    this.sort = { column, dir: this.sort?.column === column ? (-this.sort.dir as 1 | -1) : 1 };
  }

  /** The balance as CSV (formula-safe cells). */
  balanceCsv(): string {
    const t = this.l.t.bind(this.l);
    const withOrder = this.required !== undefined;
    const head = [t('ui.col.code'), t('ui.col.loaded'), t('ui.col.used'), t('ui.col.left'), ...(withOrder ? [t('ui.col.toOrder')] : [])];
    return toCsv([head, ...this.visibleRows.map((r) => [r.code, r.loaded, r.used, r.left, ...(withOrder ? [r.toOrder ?? 0] : [])])]);
  }

  private addKeys(text: string): void {
    this.addedText = text;
    if (!text) {
      this.addedKeys = [];
      this.addedIssues = [];
      return;
    }
    this.reader.run(
      (m) => {
        // The latest text: what was typed while the chunk was loading is read once.
        const { keys, issues } = m.parseLicenseKeys(this.addedText, { locale: this.l.locale });
        this.addedKeys = keys;
        this.addedIssues = issues;
      },
      this.notLoaded,
    );
  }

  /** The reader could not be loaded: the text stays, and is read on the next input. */
  private readonly notLoaded = () => (this.addedIssues = [NOT_LOADED]);

  /** Rendered on a server, the first render needs the key reader, as the server had it. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && this.serverRendered) await keyReader.load();
    // A first state whose keys name projects (or that chooses one) shows the switch at once.
    if (!this.hasUpdated && projectsWanted(this.balance, this.project)) await this.loadProjects();
    // A first state linked to a calculator shows its To order at once.
    if (!this.hasUpdated && this.for) await linkChunk.load();
    return super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    // Here before the user pastes keys: no wait when they do. It brings the codes beyond the
    // guidelines' tables (an App license): a pool judged before it came is judged again.
    // It also brings the content of "Add license keys" (closed in every first state).
    this.loadKeyReader();
  }

  /** Loads the key reader (again, when it failed and the disclosure is opened). */
  private loadKeyReader(): void {
    if (keyReader.loaded || this.keysLoading) return;
    this.keysLoading = keyReader.load().then((m) => {
      this.keysLoading = null;
      this.keysFailed = !m;
      this.compute();
      this.requestUpdate();
    });
  }

  /** "Add license keys": its content once the key reader is here, or why it is not. */
  private renderAddKeys() {
    const v: AddKeysView = {
      l: this.l,
      text: this.addedText,
      added: this.addedKeys.length,
      issues: this.addedIssues,
      onText: (text) => this.addKeys(text),
      // The files as they are once this one is read (another may have been read meanwhile).
      onFile: (file, project) => this.reader.run(async (m) => (this.files = m.addFile(await m.readFile(file, project, this.l.locale), this.files)), this.notLoaded),
      onOpen: () => this.loadKeyReader(),
      files: this.files,
      onRemove: (file) => (this.files = this.files.filter((f) => f !== file)),
    };
    const m = keyReader.loaded;
    return renderAddKeys(v, m ? m.renderAddKeysBody(v) : this.keysFailed ? html`<p class="error-text" part="error" role="alert">${this.l.t('ui.notLoaded')}</p>` : undefined);
  }

  /** Keys pasted or restored before the reader's chunk came. */
  protected override async settled(): Promise<boolean> {
    // updateComplete also waits for "Add license keys" to have its content (not "busy": nothing
    // the user gave waits for it).
    const loading = this.keysLoading ?? (this.projectsHere ? null : this.projectsLoading);
    const linked = await this.linkWork.settled();
    const waited = (await this.reader.settled()) || linked;
    if (!loading) return waited;
    await loading;
    return true;
  }

  /** A row's license keys, once the key reader is here (it arrives after the first render; no first state opens a row). */
  private renderKeys(row: BalanceRow) {
    const m = keyReader.loaded;
    if (!m) return html`<p role="status">${this.keysFailed ? this.l.t('ui.notLoaded') : '…'}</p>`;
    return m.renderKeyList({ l: this.l, row, keys: this.keys, today: this.result?.today ?? '', scroll: this.keysScroll, onScroll: (top) => (this.keysScroll = top) });
  }

  override render() {
    const t = this.l.t.bind(this.l);
    const r = this.result;
    const withOrder = this.required !== undefined;
    const cols: [Column, string][] = [
      ['code', t('ui.col.code')],
      ['loaded', t('ui.col.loaded')],
      ['used', t('ui.col.used')],
      ['left', t('ui.col.left')],
      ...(withOrder ? ([['toOrder', t('ui.col.toOrder')]] as [Column, string][]) : []),
    ];
    const rows = this.visibleRows;
    return html`<fieldset class="lock" ?disabled=${this.inactive}><div class="bar">
        ${projectSwitch.loaded?.renderProjectSwitch(this, this.l, r)}
        <div>
          <label for="filter">${t('ui.filter')}</label><br />
          <input id="filter" part="filter" type="search" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
        </div>
        <button type="button" ?disabled=${!r} @click=${() => download('pbx-license-balance.csv', 'text/csv;charset=utf-8', this.balanceCsv())}>CSV</button>
      </div>
      ${this.renderAddKeys()}</fieldset>
      ${this.issues.length
        ? html`<ul class="error-text" part="error" role="alert">
            ${this.issues.slice(0, 10).map((i) => html`<li>${this.l.issueWithPath(i)}</li>`)}
          </ul>`
        : nothing}
      ${withOrder && r && r.rows.length ? html`<p class="explain" id="to-order-explained" part="to-order-explained">${t('ui.toOrder.explained')}</p>` : nothing}
      ${withOrder && this.link?.stale ? html`<p class="stale" part="to-order-stale" role="status">${t('ui.toOrder.stale')}</p>` : nothing}
      ${!r || r.rows.length === 0
        ? html`<p>${t('ui.balance.empty')}</p>`
        : rows.length === 0
        ? html`<p part="no-match">${t('ui.balance.noMatch', { text: this.filter.trim() })}</p>`
        : html`<table part="table" class="stack">
            <caption class="sr-only">${t('ui.balance.title')}</caption>
            <thead>
              <tr>
                ${cols.map(
                  ([c, label], i) => html`<th
                    scope="col"
                    class=${i ? 'num' : ''}
                    aria-sort=${this.sort?.column === c ? (this.sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                    aria-describedby=${c === 'toOrder' ? 'to-order-explained' : nothing}
                  >
                    <button type="button" @click=${() => this.sortBy(c)} aria-label=${t('ui.sortBy', { column: label })}>${label}</button>
                  </th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr class=${row.overAllocated ? 'over' : ''} part=${row.overAllocated ? 'row row-over' : 'row'}>
                    <td>
                      <button
                        type="button"
                        class="expand"
                        aria-expanded=${this.expanded === row.code ? 'true' : 'false'}
                        ?disabled=${row.keyIndexes.length === 0}
                        @click=${() => {
                          this.expanded = this.expanded === row.code ? null : row.code;
                          this.keysScroll = 0;
                        }}
                      >
                        <code class="code">${row.code}</code>
                      </button>
                      ${row.overAllocated ? html`<strong> (${t('ui.overAllocated')})</strong>` : nothing}
                      ${row.ssaEndingSoon ? html`<span class="flag ssa-endingSoon">${t('ui.ssa.flagEnding', { count: row.ssaEndingSoon })}</span>` : nothing}
                      ${row.ssaExpired ? html`<span class="flag ssa-expired">${t('ui.ssa.flagExpired', { count: row.ssaExpired })}</span>` : nothing}
                    </td>
                    <td class="num" data-label=${t('ui.col.loaded')}>${this.l.number(row.loaded)}</td>
                    <td class="num" data-label=${t('ui.col.used')}>${this.l.number(row.used)}</td>
                    <td class="num" data-label=${t('ui.col.left')}>${this.l.number(row.left)}</td>
                    ${withOrder
                      ? html`<td class="num" data-label=${t('ui.col.toOrder')} title=${t('ui.toOrder.row', { required: row.required ?? 0, left: row.left })}>${this.l.number(row.toOrder ?? 0)}</td>`
                      : nothing}
                  </tr>
                  ${this.expanded === row.code ? html`<tr><td colspan=${cols.length}>${this.renderKeys(row)}</td></tr>` : nothing}`,
              )}
            </tbody>
          </table>`}
      ${r ? renderNotices(this.l, r.notices) : nothing}
      <div class="sr-only" role="status" aria-live="polite">${this.filter && r ? t('ui.balance.shown', { count: rows.length }) : ''}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pbx-balance-table': PbxBalanceTable;
  }
}
