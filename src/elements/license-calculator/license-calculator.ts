import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculateLicenses, type Quote } from '../../core/calculator.js';
import type { InputIssue } from '../../core/errors.js';
import { scenarioSchema, validate, type PriceListInput, type ScenarioInput, USER_FEATURES } from '../../core/schemas.js';
import { MAX_VERSION, MIN_VERSION } from '../../core/catalog.js';
import { MAX_SCENARIO_TEXT, decodeScenarioFromUrl, encodeScenarioForUrl, migrateScenario, readScenarioJson } from '../../core/scenario-io.js';
import { LocaleController } from '../shared/locale-controller.js';
import { download, toCsv } from '../shared/files.js';
import { baseStyles } from '../shared/styles.js';
import { safeText, textAttribute } from '../shared/safe-text.js';
import { UrlSyncController } from '../shared/url-sync-controller.js';
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
import { renderQuote } from './quote-view.js';

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
  @property({ reflect: true, converter: textAttribute }) version: string | undefined;
  /** Release of V12: `r1` (no Conferencing App) or `r2`. */
  @property({ reflect: true, converter: textAttribute }) release: string | undefined;
  /** `central` (license master) or `local` (per PBX). */
  @property({ reflect: true, converter: textAttribute }) licensing: string | undefined;
  /** Users of the first PBX. */
  @property({ reflect: true, converter: textAttribute }) users: string | undefined;
  /** Trunks of the first PBX. */
  @property({ reflect: true, converter: textAttribute }) trunks: string | undefined;
  /** The whole scenario (the core's `scenarioSchema`); kept in step with the form. */
  @property({ attribute: false }) scenario: ScenarioInput | undefined;
  /**
   * The partner's price list: `{ currency, [code]: unitPrice }`. Prices come only from the host
   * page (this property, or `prices` in a `scenario` the page sets): a link or an imported file
   * never brings prices.
   */
  @property({ attribute: false }) prices: PriceListInput | undefined;

  /**
   * Keeps the scenario in a query parameter of the page URL (this attribute's value, or
   * `pbx-scenario` when empty), so a quote can be shared by link and survives a reload. Only
   * that parameter changes. On load the link wins over the `users`/`trunks`/… attributes of the
   * markup; an attribute changed later applies as usual. Prices never go into the link.
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
  private readonly url = new UrlSyncController(this, () => (this.syncUrl === null ? null : this.syncUrl || 'pbx-scenario'));
  private fromForm = false;
  /** The scenario now being applied came from a link or a file, not from the host. */
  private fromOutside = false;
  /** A link's scenario was applied before the first render: it wins over the markup's attributes. */
  private linkOnLoad = false;
  /** `prices` of a scenario the host set (used when the `prices` property is not set). */
  private scenarioPrices: PriceListInput | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readUrl();
  }

  private readUrl(): void {
    const param = this.url.read();
    if (param === null) return;
    const r = decodeScenarioFromUrl(param);
    if (!r.ok) {
      this.fileMessage = { ok: false, text: this.l.t('ui.url.failed', { reason: this.l.issueWithPath(r.issues[0]!) }) };
      return;
    }
    if (!this.hasUpdated) this.linkOnLoad = true;
    this.fileMessage = r.pricesIgnored ? { ok: true, text: this.l.t('ui.pricesIgnored.url') } : null;
    this.applyScenario(r.value);
  }

  /** A scenario from a link or a file (its prices already dropped by the core). */
  private applyScenario(s: ScenarioInput): void {
    this.fromOutside = true;
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
    const done = t('ui.import.done', { file: file.name.slice(0, 80) });
    this.fileMessage = { ok: true, text: r.pricesIgnored ? `${done} ${t('ui.pricesIgnored.file')}` : done };
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
      if (!this.fromOutside) this.scenarioPrices = (this.scenario as { prices?: PriceListInput } | null)?.prices;
      this.fromOutside = false;
      this.draft = fromScenario(this.scenario);
      const check = validate(scenarioSchema, migrateScenario(this.scenario));
      if (!check.ok) fromCode = check.issues;
    }
    const d = this.draft;
    const first = d.pbxs[0]!;
    const attrs: Partial<Draft> = {};
    // Attributes apply only when set: unset ones must not overwrite a scenario set beside them.
    // The link wins on load over the markup's attributes; later attribute changes apply.
    const linkWins = this.linkOnLoad && !this.hasUpdated;
    const given = (k: 'version' | 'release' | 'licensing' | 'users' | 'trunks', current: string) =>
      !linkWins && changed.has(k) && this[k] !== undefined && this[k] !== null && safeText(this[k]) !== current;
    if (given('version', d.version)) attrs.version = safeText(this.version);
    if (given('release', d.release)) attrs.release = safeText(this.release);
    if (given('licensing', d.licensing)) attrs.licensing = safeText(this.licensing);
    const numbers = { ...first.numbers };
    if (given('users', first.numbers.users)) numbers.users = safeText(this.users);
    if (given('trunks', first.numbers.trunks)) numbers.trunks = safeText(this.trunks);
    this.draft = { ...d, ...attrs, pbxs: [{ ...first, numbers }, ...d.pbxs.slice(1)] };
    if (fromCode.length) this.reject(fromCode);
    else if (!this.hasUpdated || INPUTS.some((k) => changed.has(k))) this.recalculate(false);
  }

  protected override updated(): void {
    this.fromForm = false;
    this.linkOnLoad = false;
  }

  /** Validates the form's scenario with the core's schema and, when valid, computes the quote. */
  private recalculate(announce: boolean): void {
    const prices = this.prices ?? this.scenarioPrices;
    const { scenario: candidate, issues: unread } = toScenario(this.draft, { existing: this.scenario?.existing, prices }, this.l.locale);
    const result = validate(scenarioSchema, candidate);
    if (!result.ok || unread.length) {
      // A count the form could not read is named once, by the reason it could not be read.
      const at = new Set(unread.map((i) => i.path.join('-')));
      this.reject([...unread, ...(result.ok ? [] : result.issues.filter((i) => !at.has(i.path.join('-'))))]);
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
    this.url.write(encodeScenarioForUrl(scenario));
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
        ${OPTIONAL_NUMBERS.filter((f) => f !== 'warrantyYears' || p.platform === 'gateway').map((f) => this.field(id(f), t(`ui.${f}`), p.numbers[f], setNum(f)))}
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

  /** The quote as CSV: code, quantity, PBX, reason (in the element's language), rules, prices. */
  quoteCsv(): string {
    const q = this.quote;
    if (!q) return '';
    const t = this.l.t.bind(this.l);
    const head = [t('ui.col.code'), t('ui.col.quantity'), t('ui.col.pbx'), t('ui.col.reason'), t('ui.rules'), t('ui.col.unitPrice'), t('ui.col.lineTotal')];
    const rows = [...q.lines, ...q.warranty].map((l) => [l.code, l.quantity, l.pbx, t(l.reason.key, l.reason.params), l.ruleIds.join(' '), l.unitPrice ?? null, l.lineTotal ?? null]);
    if (q.total) rows.push([t('ui.total'), null, null, null, null, q.total.currency, q.total.amount]);
    return toCsv([head, ...rows]);
  }

  private exportCsv = () => download('pbx-license-quote.csv', 'text/csv;charset=utf-8', this.quoteCsv());
  /** The scenario and its quote; the prices are in the quote's lines, not in the scenario (files never carry prices). */
  private exportJson = () => {
    const { prices: _prices, ...scenario } = this.scenario ?? ({} as ScenarioInput);
    download('pbx-license-quote.json', 'application/json', JSON.stringify({ scenario, quote: this.quote }, null, 2));
  };

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
      ${renderQuote({
        l: this.l,
        quote: this.quote,
        issues: this.issues,
        unplaced: this.unplacedIssues,
        fileMessage: this.fileMessage,
        onCsv: this.exportCsv,
        onJson: this.exportJson,
        onImport: (e: Event) => void this.importFile(e),
      })}
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
