import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculateLicenses, type Quote } from '../../core/calculator.js';
import type { InputIssue } from '../../core/errors.js';
import { validate } from '../../core/schemas.js';
import { scenarioSchema, type PriceListInput, type ScenarioInput } from '../../core/scenario-schemas.js';
import { migrateScenario } from '../../core/scenario-io.js';
import { PbxFormElement, type FormInvalid, type FormValue } from '../shared/form-element.js';
import { invalidAt, jsonEntries, toJson } from '../shared/form-values.js';
import { baseStyles } from '../shared/styles.js';
import { tableStyles } from '../shared/table.styles.js';
import { safeText, textAttribute } from '../shared/safe-text.js';
import { UrlSyncController } from '../shared/url-sync-controller.js';
import { SCENARIO_FIELD_LABELS, anyExisting, emptyDraft, fieldIds, markupDraft, topAttributes, withAttributes, fromScenario, toScenario, type Draft, type PbxDraft } from './draft.js';
import { calculatorStyles } from './license-calculator.styles.js';
import { quoteMeta, renderQuote } from './quote-view.js';
import { LaterController } from './later-controller.js';
import { CountReaderController } from './count-reader-controller.js';
import { PriceSourceController, priceSourceMessage, type PriceSource } from '../shared/price-source-controller.js';
import { ScenarioOriginController } from './scenario-origin.js';
import { RuleSummaries, renderRuleRefs } from './rule-refs.js';
import { toLang } from '../../i18n/index.js';
import { calculatorHelpMessages } from '../../i18n/domains/calculator-help.js';
import { calculatorMessages } from '../../i18n/domains/calculator.js';
import { commonMessages } from '../../i18n/domains/common.js';
import { errorsMessages } from '../../i18n/domains/errors.js';
import { renderForm, toggled, type PresetName } from './scenario-form.js';
import { ChunkWork } from '../shared/chunk-work.js';
import { lazyModule } from '../shared/lazy-module.js';
import type { PbxChangeDetail, PbxInvalidDetail } from '../shared/events.js';

/** The installed licenses' editor and reader (installed-licenses.ts): a chunk, loaded when a PBX's "Installed licenses" opens, or before the first render of installed licenses. */
const installed = lazyModule(() => import('./installed-licenses.js'));

export type { PbxChangeDetail, PbxInvalidDetail } from '../shared/events.js';

/** The public inputs whose change asks for a new quote. */
const INPUTS = ['scenario', 'prices', 'declared', 'today', 'version', 'release', 'licensing', 'users', 'trunks'] as const;

/**
 * The language comes from the element's `lang`, else the closest ancestor's, else the
 * document's; the languages other than English load on first use.
 *
 * In a `<form>` it is a form control: with a `name` it submits the scenario as JSON under that
 * name and the quote under `name + '-quote'`; invalid input (or, with `required`, a scenario that
 * needs no license) makes it invalid and blocks the submission, focusing the field to correct.
 *
 * @tagname pbx-license-calculator
 * @summary What licenses an innovaphone installation needs, and what they cost: a form for the
 * scenario and a live quote with every line's reason and rule IDs.
 *
 * @fires {PbxChangeDetail} pbx-change - A valid change: `detail` is `{ scenario, quote }` (the core's result).
 * @fires {PbxInvalidDetail} pbx-invalid - The input is invalid: `detail.issues` lists each bad field (path, message key).
 * @fires {PbxChangeDetail} pbx-quote-request - A button with `data-pbx-action="request"` in the `actions` slot was activated: `detail` is `{ scenario, quote }`, to post to a CRM.
 *
 * @slot header - The reseller's letterhead (logo, address), above the quote and printed.
 * @slot footer - Terms and contact, below the quote and printed.
 * @slot actions - The reseller's own call to action, beside the download buttons.
 * @slot prices - A `<script type="application/json">` with the price list (read, never run).
 *
 * @csspart form - The scenario form.
 * @csspart total-bar - Where the quote is under the form (the element up to 64rem wide): the net total, the number of positions and a button to the quote, at the foot of the screen while the form is on it.
 * @csspart quote - The quote beside the form.
 * @csspart quote-table - The table of quote lines.
 * @csspart total - The grand total row (gross with VAT); `total-list`, `total-discount`, `total-net`, `total-vat` the rows above it.
 * @csspart meta - Customer, project, quote number, date, valid until.
 * @csspart summary - What the quote was made from (printed).
 * @csspart uc-comparison - UC against the single modules, per user group, when prices decided.
 * @csspart more-options - Each PBX's "More options".
 * @csspart installed - The "Installed licenses" of the license master (the scenario's `existing`) and of each PBX (`pbxs[i].existing`): paste or load what the PBX lists (`list-input`, `list-read`, `list-notes`; `installed-device`: the device taken from a license file of several; `installed-taken`: what was taken), and `installed-list`, the licenses as rows.
 * @csspart help - A field's help text; `help-toggle` its button.
 * @csspart preset - The presets menu.
 * @csspart actions - The buttons under the quote.
 * @csspart print - The print button.
 * @csspart rule-link - A rule ID linking to `rule-href`.
 * @csspart notices - The list of notices; each is `notice` and `notice-error|warning|info`.
 * @csspart error - A validation message under a field.
 * @csspart button - Every button.
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
 */
export class PbxLicenseCalculator extends PbxFormElement {
  static override styles = [baseStyles, tableStyles, calculatorStyles];
  protected static override messages = [commonMessages, calculatorMessages];
  protected static override laterMessages = [errorsMessages, calculatorHelpMessages];
  protected static override fieldLabels = SCENARIO_FIELD_LABELS;

  /** PBX software major version (8-16). */
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

  /**
   * URL of a price list (the `prices` JSON) to fetch, for a page without JavaScript. A child
   * `<script type="application/json" slot="prices">` holding the list wins over it, and the
   * `prices` property wins over both.
   */
  @property({ attribute: 'prices-src' }) pricesSrc = '';
  /** Whom the quote is for, shown on the quote and printed. */
  @property() customer = '';
  /** The project the quote is for. */
  @property() project = '';
  /** The reseller's quote number. */
  @property({ attribute: 'quote-number' }) quoteNumber = '';
  /** Days the quote is valid, from its date: shows "valid until". */
  @property({ attribute: 'valid-days' }) validDays = '';
  /**
   * The quote's date (ISO). Warranty periods and the validity count from it. It wins over a
   * `today` in the scenario, which wins over the clock; the scenario's date is kept through every
   * edit, and through an import, link or restore that brings no date of its own.
   */
  @property() today = '';
  /**
   * Where a rule ID in a reason links to: a template with `{id}`, such as
   * `https://example.com/rules#{id}`. Without it the rule IDs are plain text.
   */
  @property({ attribute: 'rule-href' }) ruleHref = '';

  /**
   * `reseller` (the default): each line with its reason and rule IDs. `customer`: the quote as
   * the customer reads it, numbered positions with a description, license code and article
   * number, quantity, unit price, discount and amount (loaded on first use).
   */
  @property() view = 'reseller';

  /** In a form: a scenario that needs no license is invalid (valueMissing). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The last valid quote (stays shown, marked stale, while the input is invalid). @readonly */
  @state() quote: Quote | null = null;
  @state() private draft: Draft = emptyDraft();
  @state() private issues: readonly InputIssue[] = [];
  @state() private announcement = '';
  /** Outcome of the last import or URL read, shown beside the import button. */
  @state() private fileMessage: { ok: boolean; text: string } | null = null;
  /** Fields whose help text is open, and PBXs whose "More options" the user opened. */
  @state() private help: ReadonlySet<string> = new Set();
  @state() private opened: ReadonlySet<number> = new Set();
  /** The price list declared in the markup (`prices-src` or a slotted JSON script). */
  @state() private declared: PriceSource = { state: 'none' };
  /** The rule IDs' summaries, and which one is open. */
  private readonly rules = new RuleSummaries(this);
  private readonly later = new LaterController(this, this.l, () => this.notLoaded());
  /** The locale's number reader: before or right after the first render, and for counts typed before it came. */
  private readonly counts = new CountReaderController(this, () => this.notLoaded());
  private readonly priceSource = new PriceSourceController(this, (source) => (this.declared = source));
  private readonly url = new UrlSyncController(this, () => (this.syncUrl === null ? null : this.syncUrl || 'pbx-scenario'), () => this.notLoaded());
  /** The markup's state, and the link's, a file's or a restore's scenario; reads the link on connection. */
  private readonly origin = new ScenarioOriginController(this, this.l, this.url, (message) => (this.fileMessage = message));
  private readonly installed = new ChunkWork(installed, this);
  /** Loads the installed licenses' chunk, and their messages for this element (once: start). */
  private loadInstalled = () => this.installed.run((m) => m.start(this.l), () => this.notLoaded());
  private fromForm = false;
  /** The scenario of the quote shown: the printed summary describes it, stale or not. */
  private quoted: ScenarioInput | undefined;

  private importFile(e: Event): void {
    this.later.run(async (m) => {
      const read = await m.readScenarioFile(e, this.l);
      if (!read) return;
      this.fileMessage = read.message;
      if (read.scenario) this.origin.apply(read.scenario);
    });
  }

  /** A chunk that work waited for could not be loaded: said beside the import button. */
  private notLoaded(): void {
    this.fileMessage = { ok: false, text: this.l.t('ui.notLoaded') };
  }

  /** What waited for a chunk: the one loaded after the first render (a preset, the print layout), the link writer, the number reader. */
  protected override async settled(): Promise<boolean> {
    const waited = await Promise.all([this.later.settled(), this.url.settled(), this.counts.settled(), this.installed.settled()]);
    return waited.includes(true);
  }

  /**
   * The first render waits for the readers the markup needs, as before they became chunks: the
   * price list it declares, the locale's number reader for counts written with separators, and
   * the installed licenses' editor and messages where the scenario has some (no flash of them).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      this.priceSource.setUrl(safeText(this.pricesSrc).trim());
      const markup = markupDraft({ scenario: this.scenario, ...topAttributes(this, () => true) });
      // (Not when hydrating: the server rendered none of the editor, which then follows.)
      await Promise.all([anyExisting(markup) && !this.serverRendered && (this.loadInstalled(), this.installed.settled()), this.priceSource.settled(), this.counts.beforeFirstRender(markup, this.l.locale), (this.view === 'customer' || this.serverRendered) && this.later.load()]);
    }
    return super.scheduleUpdate();
  }

  /** Moves focus after the form's structure changed (a PBX or group added or removed). */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pricesSrc')) this.priceSource.setUrl(safeText(this.pricesSrc).trim());
    if (this.fromForm) return;
    // A scenario given by code is judged as given: what the form cannot show (an unknown field,
    // a bad license code in `existing`) must not be dropped silently.
    let fromCode: readonly InputIssue[] = [];
    if (changed.has('scenario') && this.scenario !== undefined) {
      this.origin.taken(this.scenario);
      this.draft = fromScenario(this.scenario);
      const check = validate(scenarioSchema, migrateScenario(this.scenario));
      if (!check.ok) fromCode = check.issues;
    }
    // Attributes apply only when set: unset ones must not overwrite a scenario set beside them.
    // The link wins on load over the markup's attributes; later attribute changes apply.
    if (this.origin.attributesApply) this.draft = withAttributes(this.draft, topAttributes(this, (k) => changed.has(k)));
    if (anyExisting(this.draft)) this.loadInstalled();
    if (fromCode.length) this.reject(fromCode);
    else if (!this.hasUpdated || INPUTS.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) this.recalculate(false);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.fromForm = false;
  }

  /** Validates the form's scenario with the core's schema and, when valid, computes the quote. */
  private recalculate(announce: boolean): void {
    const declared = this.declared.state === 'ready' ? this.declared.prices : undefined;
    const prices = this.prices ?? declared ?? this.origin.prices;
    const today = this.quoteDate;
    const { scenario: candidate, issues: unread, waits } = toScenario(this.draft, { prices, ...(today ? { today } : {}) }, this.l.locale);
    if (waits) {
      this.counts.run(() => this.recalculate(announce));
      return;
    }
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
    this.scenario = this.quoted = scenario;
    this.version = this.draft.version;
    this.release = this.draft.release;
    this.licensing = this.draft.licensing;
    this.users = this.draft.pbxs[0]!.numbers.users;
    this.trunks = this.draft.pbxs[0]!.numbers.trunks;
    if (announce) this.announcement = this.l.t('ui.quote.updated', { lines: quote.lines.length });
    this.url.write(scenario);
    this.emit('pbx-change', { scenario, quote } satisfies PbxChangeDetail);
  }

  /** The quote's date as given: the `today` attribute, else the scenario's, else '' (the clock). */
  private get quoteDate(): string {
    return safeText(this.today) || this.origin.today || '';
  }

  /** Invalid input: messages at their fields, the last quote kept (stale), pbx-invalid fired. */
  private reject(issues: readonly InputIssue[]): void {
    this.issues = issues;
    this.emit('pbx-invalid', { issues } satisfies PbxInvalidDetail);
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

  /**
   * The quote as CSV in the element's language, as the CSV button downloads it (without the byte
   * order mark the file has): a row per position (article, code, description, quantity, unit
   * price, discount, net amount), then the list, discount, net, VAT and gross rows; the reseller's
   * view adds PBX, reason and rules. `;` and decimal commas where the locale writes those. Empty
   * until the document chunk, loaded right after the first render, is here (`updateComplete`
   * waits for it).
   */
  quoteCsv(): string {
    return (this.quote && this.later.m?.quoteCsv(this.quote, this.l, this.view === 'customer')) || '';
  }

  private exportCsv = () => this.later.run((m) => m.downloadCsv(this.quoteCsv()));
  private exportJson = () => this.later.run((m) => m.download('pbx-license-quote.json', 'application/json', m.quoteJson(this.scenario, this.quote)));

  /**
   * Prints the quote alone, not the page around it (the print button does the same, and so does
   * the browser's own print): letterhead, customer, what it was made from, positions, totals,
   * footer. A stale quote prints marked "Draft: not valid".
   */
  print(): void {
    this.later.run((m) => m.printQuote(this));
  }

  protected formValue(): FormValue {
    const name = safeText(this.name);
    return { value: jsonEntries({ [name]: this.scenario, [`${name}-quote`]: this.quote }), state: toJson(this.scenario) };
  }

  protected formInvalid(): FormInvalid | null {
    if (this.issues.length) return invalidAt(this.l, this.renderRoot, this.issues, '#version');
    const empty = !this.quote || this.quote.lines.length + this.quote.warranty.length === 0;
    return this.required && empty ? { message: this.l.t('ui.required.scenario'), valueMissing: true, anchor: this.renderRoot.querySelector<HTMLElement>('#pbxs-0-users') } : null;
  }

  protected resetToMarkup(): void {
    this.edit(() => markupDraft(this.origin.markup));
  }

  /** Back/forward or autofill: the scenario as the form held it, read like an imported file (no prices). */
  protected restoreFormState(state: string): void {
    this.origin.restore(state);
  }

  /** A button with `data-pbx-action="request"` in the actions slot asks for the quote. */
  private onAction(e: Event): void {
    const button = (e.target as Element | null)?.closest?.('[data-pbx-action="request"]');
    if (!button || !this.quote || !this.scenario) return;
    if (this.issues.length) {
      this.announcement = this.l.t('ui.request.stale');
      return;
    }
    this.emit('pbx-quote-request', { scenario: this.scenario, quote: this.quote } satisfies PbxChangeDetail);
  }

  /** A preset replaces the form (the host's prices stay: they are the page's). */
  private applyPreset(name: PresetName): void {
    this.later.run((m) => {
      this.edit(() => fromScenario(m.PRESETS[name]));
      this.announcement = this.l.t('ui.preset.applied', { name: this.l.t(`ui.preset.${name}`) });
    });
  }

  override render() {
    return html`<div class="layout">
      ${renderForm({
        l: this.l,
        draft: this.draft,
        disabled: this.inactive,
        issues: this.issues,
        help: this.help,
        opened: this.opened,
        edit: (mutate) => this.edit(mutate),
        editPbx: (i, mutate) => this.editPbx(i, mutate),
        focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
        toggleHelp: (id) => (this.help = toggled(this.help, id)),
        setOpened: (i, open) => (this.opened = toggled(this.opened, i, open)),
        applyPreset: (name) => this.applyPreset(name),
        extras: this.later.m?.renderExtras,
        installed: installed.loaded?.renderInstalled,
        loadInstalled: this.loadInstalled,
        totalBar: this.later.m?.renderTotalBar(this.l, this.quote, this.issues.length > 0),
        reset: () => {
          this.resetToMarkup();
          this.focusAfterUpdate('#version');
        },
      })}
      ${renderQuote({
        l: this.l,
        quote: this.quote,
        scenario: this.quoted,
        meta: quoteMeta({ customer: safeText(this.customer), project: safeText(this.project), quoteNumber: safeText(this.quoteNumber), validDays: safeText(this.validDays), today: this.quoteDate }),
        issues: this.issues,
        unplaced: this.unplacedIssues,
        fileMessage: this.fileMessage,
        // The prices property wins: a declared list that failed does not matter then.
        priceMessage: this.prices === undefined ? priceSourceMessage(this.declared, this.l) : null,
        rules: (line, ids) => renderRuleRefs(line, ids, this.rules.refs(safeText(this.ruleHref), toLang(this.l.locale))),
        onCsv: this.exportCsv,
        onJson: this.exportJson,
        onPrint: () => this.print(),
        onImport: (e: Event) => this.importFile(e),
        disabled: this.inactive,
        onActions: (e: Event) => this.onAction(e),
        doc: this.later.m,
        customer: this.view === 'customer',
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
