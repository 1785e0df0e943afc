import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculateLicenses, type Quote } from '../../core/calculator.js';
import type { InputIssue } from '../../core/errors.js';
import { scenarioSchema, validate, type PriceListInput, type ScenarioInput, USER_FEATURES } from '../../core/schemas.js';
import { MAX_VERSION, MIN_VERSION } from '../../core/catalog.js';
import { MAX_SCENARIO_TEXT, decodeScenarioFromUrl, encodeScenarioForUrl, migrateScenario, readScenarioJson } from '../../core/scenario-io.js';
import { LocaleController } from '../shared/locale-controller.js';
import { download, toCsv } from '../shared/files.js';
import { renderNotices } from '../shared/notices.js';
import { baseStyles } from '../shared/styles.js';
import {
  GATEWAY_MODELS,
  HARDWARE_FIELDS,
  NUMBER_FIELDS,
  emptyDraft,
  emptyPbx,
  fieldIds,
  fromScenario,
  toScenario,
  type Draft,
  type PbxDraft,
} from './draft.js';
import { calculatorStyles } from './license-calculator.styles.js';

export interface PbxChangeDetail {
  readonly scenario: ScenarioInput;
  readonly quote: Quote;
}

export interface PbxInvalidDetail {
  readonly issues: readonly InputIssue[];
}

/** The public inputs whose change asks for a new quote. */
const INPUTS = ['scenario', 'prices', 'version', 'release', 'licensing', 'users', 'trunks'] as const;

const OPTIONAL_NUMBERS = NUMBER_FIELDS.filter((f) => f !== 'users' && f !== 'trunks');

/**
 * @tagname pbx-license-calculator
 * @summary What licenses an innovaphone installation needs, and what they cost: a form for the
 * scenario and a live quote with every line's reason and rule IDs.
 *
 * @fires {PbxChangeDetail} pbx-change - A valid change: `detail` is `{ scenario, quote }` (the core's result).
 * @fires {PbxInvalidDetail} pbx-invalid - The input is invalid: `detail.issues` lists each bad field (path, message key).
 *
 * The language comes from the element's `lang`, else the closest ancestor's, else the document's.
 *
 * @csspart form - The scenario form.
 * @csspart quote - The quote beside the form.
 * @csspart quote-table - The table of quote lines.
 * @csspart total - The grand total row.
 * @csspart notices - The list of notices; each is `notice` and `notice-error|warning|info`.
 * @csspart error - A validation message under a field.
 * @csspart button - Every button.
 *
 * @cssprop --pbx-color-background - Background.
 * @cssprop --pbx-color-text - Text colour.
 * @cssprop --pbx-color-muted - Secondary text (labels, rule IDs).
 * @cssprop --pbx-color-border - Borders of fields and tables.
 * @cssprop --pbx-color-accent - Buttons and links.
 * @cssprop --pbx-color-accent-text - Text on accent buttons.
 * @cssprop --pbx-color-error - Errors and invalid fields.
 * @cssprop --pbx-color-warning - Warnings and the stale mark.
 * @cssprop --pbx-color-info - Information notices.
 * @cssprop --pbx-color-focus - Focus ring.
 * @cssprop --pbx-font-family - Font.
 * @cssprop --pbx-font-size - Base font size.
 * @cssprop --pbx-spacing - Base spacing unit.
 * @cssprop --pbx-radius - Corner radius.
 */
export class PbxLicenseCalculator extends LitElement {
  static override styles = [baseStyles, calculatorStyles];

  /** PBX software major version (8-14). */
  @property({ reflect: true }) version: string | undefined;
  /** Release of V12: `r1` (no Conferencing App) or `r2`. */
  @property({ reflect: true }) release: string | undefined;
  /** `central` (license master) or `local` (per PBX). */
  @property({ reflect: true }) licensing: string | undefined;
  /** Users of the first PBX. */
  @property({ reflect: true }) users: string | undefined;
  /** Trunks of the first PBX. */
  @property({ reflect: true }) trunks: string | undefined;
  /** The whole scenario (the core's `scenarioSchema`); kept in step with the form. */
  @property({ attribute: false }) scenario: ScenarioInput | undefined;
  /** The partner's price list: `{ currency, [code]: unitPrice }`. */
  @property({ attribute: false }) prices: PriceListInput | undefined;

  /**
   * Keeps the scenario in a query parameter of the page URL (this attribute's value, or
   * `pbx-scenario` when empty), so a quote can be shared by link and survives a reload.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** The last valid quote (stays shown, marked stale, while the input is invalid). */
  @state() quote: Quote | null = null;
  @state() private draft: Draft = emptyDraft();
  @state() private issues: readonly InputIssue[] = [];
  @state() private announcement = '';
  /** Outcome of the last import or URL read, shown beside the import button. */
  @state() private fileMessage: { ok: boolean; text: string } | null = null;

  private readonly l = new LocaleController(this);
  private fromForm = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readUrl();
  }

  private get urlParam(): string {
    return this.syncUrl || 'pbx-scenario';
  }

  private readUrl(): void {
    if (this.syncUrl === null) return;
    const param = new URL(window.location.href).searchParams.get(this.urlParam);
    if (param === null) return;
    const r = decodeScenarioFromUrl(param);
    if (r.ok) this.applyScenario(r.value);
    else this.fileMessage = { ok: false, text: this.l.t('ui.url.failed', { reason: this.l.issueWithPath(r.issues[0]!) }) };
  }

  private writeUrl(scenario: ScenarioInput): void {
    if (this.syncUrl === null) return;
    const url = new URL(window.location.href);
    url.searchParams.set(this.urlParam, encodeScenarioForUrl(scenario));
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed or file: page may refuse: the quote works without the link.
    }
  }

  private applyScenario(s: ScenarioInput): void {
    if (s.prices) this.prices = s.prices;
    this.scenario = s;
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const t = this.l.t.bind(this.l);
    // A file too large is refused before it is read into memory.
    if (file.size > MAX_SCENARIO_TEXT) {
      this.fileMessage = { ok: false, text: t('ui.import.failed', { reason: this.l.t('error.tooLong', { maximum: MAX_SCENARIO_TEXT }) }) };
      return;
    }
    const r = readScenarioJson(await file.text());
    if (!r.ok) {
      this.fileMessage = { ok: false, text: t('ui.import.failed', { reason: this.l.issueWithPath(r.issues[0]!) }) };
      return;
    }
    this.fileMessage = { ok: true, text: t('ui.import.done', { file: file.name.slice(0, 80) }) };
    this.applyScenario(r.value);
  }

  /** Moves focus after the form's structure changed (a PBX or group added or removed). */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.fromForm) return;
    // A scenario given by code is judged as given: what the form cannot show (an unknown field,
    // a bad license code in `existing`) must not be dropped silently.
    let fromCode: readonly InputIssue[] = [];
    if (changed.has('scenario') && this.scenario !== undefined) {
      this.draft = fromScenario(this.scenario);
      const check = validate(scenarioSchema, migrateScenario(this.scenario));
      if (!check.ok) fromCode = check.issues;
    }
    const d = this.draft;
    const first = d.pbxs[0]!;
    const attrs: Partial<Draft> = {};
    // Attributes apply only when set: unset ones must not overwrite a scenario set beside them.
    const given = (k: 'version' | 'release' | 'licensing' | 'users' | 'trunks', current: string) =>
      changed.has(k) && this[k] !== undefined && this[k] !== null && String(this[k]) !== current;
    if (given('version', d.version)) attrs.version = String(this.version);
    if (given('release', d.release)) attrs.release = String(this.release);
    if (given('licensing', d.licensing)) attrs.licensing = String(this.licensing);
    const numbers = { ...first.numbers };
    if (given('users', first.numbers.users)) numbers.users = String(this.users);
    if (given('trunks', first.numbers.trunks)) numbers.trunks = String(this.trunks);
    this.draft = { ...d, ...attrs, pbxs: [{ ...first, numbers }, ...d.pbxs.slice(1)] };
    if (fromCode.length) this.reject(fromCode);
    else if (!this.hasUpdated || INPUTS.some((k) => changed.has(k))) this.recalculate(false);
  }

  protected override updated(): void {
    this.fromForm = false;
  }

  /** Validates the form's scenario with the core's schema and, when valid, computes the quote. */
  private recalculate(announce: boolean): void {
    const candidate = toScenario(this.draft, { existing: this.scenario?.existing, prices: this.prices });
    const result = validate(scenarioSchema, candidate);
    if (!result.ok) {
      this.reject(result.issues);
      return;
    }
    let quote: Quote;
    try {
      quote = calculateLicenses(candidate);
    } catch (e) {
      this.issues = (e as { issues?: InputIssue[] }).issues ?? [{ path: [], key: 'error.invalid', params: {} }];
      return;
    }
    this.issues = [];
    this.quote = quote;
    const scenario = candidate as ScenarioInput;
    this.fromForm = true;
    this.scenario = scenario;
    this.version = this.draft.version;
    this.release = this.draft.release;
    this.licensing = this.draft.licensing;
    this.users = this.draft.pbxs[0]!.numbers.users;
    this.trunks = this.draft.pbxs[0]!.numbers.trunks;
    if (announce) this.announcement = this.l.t('ui.quote.updated', { lines: quote.lines.length });
    this.writeUrl(scenario);
    this.dispatchEvent(new CustomEvent<PbxChangeDetail>('pbx-change', { detail: { scenario, quote }, bubbles: true, composed: true }));
  }

  /** Invalid input: messages at their fields, the last quote kept (stale), pbx-invalid fired. */
  private reject(issues: readonly InputIssue[]): void {
    this.issues = issues;
    this.dispatchEvent(new CustomEvent<PbxInvalidDetail>('pbx-invalid', { detail: { issues }, bubbles: true, composed: true }));
  }

  private edit(mutate: (d: Draft) => Draft): void {
    this.fromForm = true;
    this.draft = mutate(this.draft);
    this.recalculate(true);
  }

  private editPbx(i: number, mutate: (p: PbxDraft) => PbxDraft): void {
    this.edit((d) => ({ ...d, pbxs: d.pbxs.map((p, j) => (j === i ? mutate(p) : p)) }));
  }

  /** Issues with no field of their own on the form (unknown fields, `existing`, `prices` …). */
  private get unplacedIssues(): readonly InputIssue[] {
    const ids = fieldIds(this.draft);
    return this.issues.filter((i) => !ids.has(i.path.join('-')));
  }

  private issueAt(path: string): InputIssue | undefined {
    return this.issues.find((i) => i.path.join('-') === path);
  }

  private field(id: string, label: string, value: string, onInput: (v: string) => void, opts: { inputmode?: string } = {}) {
    const issue = this.issueAt(id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        .value=${value}
        inputmode=${opts.inputmode ?? 'numeric'}
        autocomplete="off"
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${issue ? `${id}-error` : nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
      ${issue ? html`<p class="error-text" id="${id}-error" part="error">${this.l.issue(issue)}</p>` : nothing}
    </div>`;
  }

  private select(id: string, label: string, value: string, options: readonly [string, string][], onChange: (v: string) => void) {
    const issue = this.issueAt(id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${id}-error` : nothing} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
      ${issue ? html`<p class="error-text" id="${id}-error" part="error">${this.l.issue(issue)}</p>` : nothing}
    </div>`;
  }

  private renderPbx(p: PbxDraft, i: number) {
    const t = this.l.t.bind(this.l);
    const id = (f: string) => `pbxs-${i}-${f}`;
    const setNum = (f: (typeof NUMBER_FIELDS)[number]) => (v: string) => this.editPbx(i, (x) => ({ ...x, numbers: { ...x.numbers, [f]: v } }));
    return html`<fieldset class="pbx">
      <legend>${t('ui.pbx')} ${i + 1}: ${p.name}</legend>
      <div class="grid">
        ${this.field(id('name'), t('ui.pbx.name'), p.name, (v) => this.editPbx(i, (x) => ({ ...x, name: v })), { inputmode: 'text' })}
        ${this.select(id('platform'), t('ui.platform'), p.platform, [['gateway', t('ui.platform.gateway')], ['ipva', t('ui.platform.ipva')]], (v) => this.editPbx(i, (x) => ({ ...x, platform: v })))}
        ${p.platform === 'gateway'
          ? this.select(id('gateway'), t('ui.gateway'), p.gateway, [['', t('ui.gateway.unknown')], ...GATEWAY_MODELS.map((g) => [g, g] as [string, string])], (v) => this.editPbx(i, (x) => ({ ...x, gateway: v })))
          : nothing}
        ${this.field(id('users'), t('ui.users'), p.numbers.users, setNum('users'))}
        ${this.field(id('trunks'), t('ui.trunks'), p.numbers.trunks, setNum('trunks'))}
        ${OPTIONAL_NUMBERS.map((f) => this.field(id(f), t(`ui.${f}`), p.numbers[f], setNum(f)))}
        ${p.platform === 'gateway'
          ? HARDWARE_FIELDS.map((f) => this.field(id(`hardware-${f}`), t(`ui.${f}`), p.hardware[f], (v) => this.editPbx(i, (x) => ({ ...x, hardware: { ...x.hardware, [f]: v } }))))
          : nothing}
        ${this.select(id('licensing'), t('ui.pbxLicensing'), p.licensing, [['', t('ui.pbxLicensing.inherit')], ['central', t('ui.licensing.central')], ['local', t('ui.licensing.local')]], (v) => this.editPbx(i, (x) => ({ ...x, licensing: v })))}
        ${this.select(id('voicemailModel'), t('ui.voicemailModel'), p.voicemailModel, [['', '—'], ['user', t('ui.voicemailModel.user')], ['port', t('ui.voicemailModel.port')]], (v) => this.editPbx(i, (x) => ({ ...x, voicemailModel: v })))}
        ${this.select(id('uc'), t('ui.uc'), p.uc, [['auto', t('ui.uc.auto')], ['bundle', t('ui.uc.bundle')], ['modules', t('ui.uc.modules')]], (v) => this.editPbx(i, (x) => ({ ...x, uc: v })))}
        <label class="check"><input type="checkbox" id=${id('standby')} .checked=${p.standby} @change=${(e: Event) => this.editPbx(i, (x) => ({ ...x, standby: (e.target as HTMLInputElement).checked }))} />${t('ui.standby')}</label>
      </div>
      ${this.renderGroups(p, i)}
      ${this.draft.pbxs.length > 1
        ? html`<div class="actions">
            <button
              type="button"
              class="secondary"
              part="button"
              @click=${() => {
                this.edit((d) => ({ ...d, pbxs: d.pbxs.filter((_, j) => j !== i) }));
                this.focusAfterUpdate('#add-pbx');
              }}
            >
              ${t('ui.pbx.remove', { name: p.name })}
            </button>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderGroups(p: PbxDraft, i: number) {
    const t = this.l.t.bind(this.l);
    const groupsIssue = this.issueAt(`pbxs-${i}-userGroups`);
    const setGroup = (j: number, patch: Partial<PbxDraft['userGroups'][number]>) =>
      this.editPbx(i, (x) => ({ ...x, userGroups: x.userGroups.map((g, k) => (k === j ? { ...g, ...patch } : g)) }));
    return html`<h3>${t('ui.userGroups')}</h3>
      ${groupsIssue ? html`<p class="error-text" part="error" role="alert">${this.l.issue(groupsIssue)}</p>` : nothing}
      ${p.userGroups.map(
        (g, j) => html`<fieldset class="group">
          <legend>${g.name || `#${j + 1}`}</legend>
          <div class="grid">
            ${this.field(`pbxs-${i}-userGroups-${j}-name`, t('ui.group.name'), g.name, (v) => setGroup(j, { name: v }), { inputmode: 'text' })}
            ${this.field(`pbxs-${i}-userGroups-${j}-count`, t('ui.group.count'), g.count, (v) => setGroup(j, { count: v }))}
          </div>
          <fieldset class="features">
            <legend class="sr-only">${g.name}</legend>
            ${USER_FEATURES.map(
              (f) => html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${g.features.includes(f)}
                  @change=${(e: Event) =>
                    setGroup(j, { features: (e.target as HTMLInputElement).checked ? [...g.features, f] : g.features.filter((x) => x !== f) })}
                />${t(`ui.feature.${f}`)}</label
              >`,
            )}
          </fieldset>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              part="button"
              @click=${() => {
                this.editPbx(i, (x) => ({ ...x, userGroups: x.userGroups.filter((_, k) => k !== j) }));
                this.focusAfterUpdate(`#add-group-${i}`);
              }}
            >
              ${t('ui.group.remove', { name: g.name || `#${j + 1}` })}
            </button>
          </div>
        </fieldset>`,
      )}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          part="button"
          id="add-group-${i}"
          @click=${() => {
            this.editPbx(i, (x) => ({ ...x, userGroups: [...x.userGroups, { name: `${t('ui.userGroups')} ${x.userGroups.length + 1}`, count: '0', features: ['myPBX'] }] }));
            this.focusAfterUpdate(`#pbxs-${i}-userGroups-${p.userGroups.length}-name`);
          }}
        >
          ${t('ui.group.add')}
        </button>
      </div>`;
  }

  private renderQuote() {
    const t = this.l.t.bind(this.l);
    const q = this.quote;
    const stale = this.issues.length > 0;
    const currency = q?.total?.currency;
    return html`<section class="quote" part="quote" aria-labelledby="quote-heading" ?data-stale=${stale}>
      <h2 id="quote-heading">${t('ui.quote')}</h2>
      ${stale
        ? html`<div class="stale" role="alert">
            <p>${t('ui.quote.stale')} ${t('ui.invalid', { count: this.issues.length })}</p>
            ${this.unplacedIssues.length
              ? html`<ul part="error">
                  ${this.unplacedIssues.slice(0, 10).map((i) => html`<li>${this.l.issueWithPath(i)}</li>`)}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      ${!q || q.lines.length === 0
        ? html`<p>${t('ui.quote.empty')}</p>`
        : html`<table part="quote-table">
            <thead>
              <tr>
                <th scope="col">${t('ui.col.code')}</th>
                <th scope="col" class="num">${t('ui.col.quantity')}</th>
                <th scope="col">${t('ui.col.pbx')}</th>
                <th scope="col">${t('ui.col.reason')}</th>
                ${currency ? html`<th scope="col" class="num">${t('ui.col.unitPrice')}</th><th scope="col" class="num">${t('ui.col.lineTotal')}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${q.lines.map(
                (line) => html`<tr>
                  <td><code>${line.code}</code></td>
                  <td class="num">${this.l.number(line.quantity)}</td>
                  <td>${line.pbx}</td>
                  <td class="reason">${t(line.reason.key, line.reason.params, currency)} <span class="rules">(${line.ruleIds.join(', ')})</span></td>
                  ${currency
                    ? html`<td class="num">${line.unitPrice == null ? '—' : this.l.money(line.unitPrice, currency)}</td>
                        <td class="num">${line.lineTotal == null ? '—' : this.l.money(line.lineTotal, currency)}</td>`
                    : nothing}
                </tr>`,
              )}
            </tbody>
            ${q.total
              ? html`<tfoot>
                  <tr part="total">
                    <td colspan="5">${q.total.complete ? t('ui.total') : t('ui.total.incomplete')}</td>
                    <td class="num">${this.l.money(q.total.amount, q.total.currency)}</td>
                  </tr>
                </tfoot>`
              : nothing}
          </table>`}
      ${q ? renderNotices(this.l, q.notices, currency) : nothing}
      <div class="actions">
        <button type="button" part="button" ?disabled=${!q} @click=${this.exportCsv}>${t('ui.export.csv')}</button>
        <button type="button" part="button" ?disabled=${!q} @click=${this.exportJson}>${t('ui.export.json')}</button>
        <input type="file" id="import" class="file" accept="application/json,.json" @change=${this.importFile} />
        <label for="import" class="button secondary" part="button">${t('ui.import')}</label>
      </div>
      ${this.fileMessage
        ? html`<p class=${this.fileMessage.ok ? 'file-ok' : 'error-text'} part=${this.fileMessage.ok ? 'message' : 'error'} role=${this.fileMessage.ok ? 'status' : 'alert'}>${this.fileMessage.text}</p>`
        : nothing}
    </section>`;
  }

  /** The quote as CSV: code, quantity, PBX, reason (in the element's language), rules, prices. */
  quoteCsv(): string {
    const q = this.quote;
    if (!q) return '';
    const t = this.l.t.bind(this.l);
    const head = [t('ui.col.code'), t('ui.col.quantity'), t('ui.col.pbx'), t('ui.col.reason'), t('ui.rules'), t('ui.col.unitPrice'), t('ui.col.lineTotal')];
    const rows = q.lines.map((l) => [l.code, l.quantity, l.pbx, t(l.reason.key, l.reason.params), l.ruleIds.join(' '), l.unitPrice ?? null, l.lineTotal ?? null]);
    if (q.total) rows.push([t('ui.total'), null, null, null, null, q.total.currency, q.total.amount]);
    return toCsv([head, ...rows]);
  }

  private exportCsv = () => download('pbx-license-quote.csv', 'text/csv;charset=utf-8', this.quoteCsv());
  private exportJson = () => download('pbx-license-quote.json', 'application/json', JSON.stringify({ scenario: this.scenario, quote: this.quote }, null, 2));

  override render() {
    const t = this.l.t.bind(this.l);
    const d = this.draft;
    const versions: [string, string][] = Array.from({ length: MAX_VERSION - MIN_VERSION + 1 }, (_, i) => [String(MIN_VERSION + i), `V${MIN_VERSION + i}`]);
    if (!versions.some(([v]) => v === d.version)) versions.unshift([d.version, d.version]);
    return html`<div class="layout">
      <form class="form" part="form" aria-label=${t('ui.calculator.title')} @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${t('ui.calculator.title')}</legend>
          <div class="grid">
            ${this.select('version', t('ui.version'), d.version, versions, (v) => this.edit((x) => ({ ...x, version: v })))}
            ${this.select('release', t('ui.release'), d.release, [['r1', 'r1'], ['r2', 'r2']], (v) => this.edit((x) => ({ ...x, release: v })))}
            ${this.select('licensing', t('ui.licensing'), d.licensing, [['central', t('ui.licensing.central')], ['local', t('ui.licensing.local')]], (v) => this.edit((x) => ({ ...x, licensing: v })))}
          </div>
        </fieldset>
        ${d.pbxs.map((p, i) => this.renderPbx(p, i))}
        <div class="actions">
          <button
            type="button"
            part="button"
            id="add-pbx"
            @click=${() => {
              this.edit((x) => ({ ...x, pbxs: [...x.pbxs, emptyPbx(`PBX ${x.pbxs.length + 1}`)] }));
              this.focusAfterUpdate(`#pbxs-${d.pbxs.length}-name`);
            }}
          >
            ${t('ui.pbx.add')}
          </button>
        </div>
      </form>
      ${this.renderQuote()}
    </div>
    <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pbx-license-calculator': PbxLicenseCalculator;
  }
  interface GlobalEventHandlersEventMap {
    'pbx-change': CustomEvent<PbxChangeDetail>;
    'pbx-invalid': CustomEvent<PbxInvalidDetail>;
  }
}
