import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { validate, versionCheckSchema } from '../../core/schemas.js';
import type { PriceListInput } from '../../core/scenario-schemas.js';
import { checkVersions, type VersionCheckResult } from '../../core/version-check.js';
import { isIsoDate } from '../../core/dates.js';
import type { MigrationPlan } from '../../core/migration.js';
import type { UpgradePlan } from '../../core/upgrade.js';
import { adoptPlanStyles, installedBaseIfLoaded, lineReader, loadInstalledBase, type PlanInput } from './installed-base-loader.js';
import { ChunkWork } from '../shared/chunk-work.js';
import { PriceSourceController, type PriceSource } from '../shared/price-source-controller.js';
import { NOT_LOADED } from '../shared/lazy-module.js';
import type { ShownIssue } from '../shared/locale-controller.js';
import { lotLine, type LicenseEntry } from './license-entry.js';
import { PbxFormElement, type FormInvalid, type FormValue } from '../shared/form-element.js';
import { invalidAt, jsonEntries, lineIssue } from '../shared/form-values.js';
import { baseStyles } from '../shared/styles.js';
import { safeText, textAttribute } from '../shared/safe-text.js';
import { commonMessages } from '../../i18n/domains/common.js';
import { errorsMessages } from '../../i18n/domains/errors.js';
import { plansMessages } from '../../i18n/domains/plans.js';
import { versionCheckMessages } from '../../i18n/domains/version-check.js';

export type { LicenseEntry } from './license-entry.js';

/** The inputs a form reset puts back as the markup set them. */
const MARKUP = ['pbxVersion', 'operatorVersion', 'queueMonitorVersion', 'licenses', 'targetReleased', 'firmware', 'master', 'convertTo'] as const;

/**
 * @tagname pbx-version-check
 * @summary Will these licenses run that software version, and what blocks an upgrade (G-3, G-4 …).
 *
 * In a `<form>` it is a form control: with a `name` it submits the license lots as JSON; invalid
 * input (or, with `required`, no license) makes it invalid and blocks the submission.
 *
 * The upgrade order and the SSA year a conversion charges are priced from `prices`, else from a
 * list the markup declares (`prices-src`, or a slotted JSON script), as on the calculator.
 *
 * @slot prices - A `<script type="application/json">` with the price list (read, never run).
 *
 * @fires {VersionCheckResult} pbx-version-result - Each new result: `detail` is the core's `VersionCheckResult`.
 * @fires {PbxInvalidDetail} pbx-invalid - Invalid input: `detail.issues` lists each bad field or pasted line.
 *
 * @csspart form - The inputs.
 * @csspart verdict - The headline: runs or does not run; once the plans are here, their summary, its tone in `data-tone` (and class): `ok` (runs), `order` (runs after the order and the SSA upgrades), `blocked` (no order fixes it).
 * @csspart prompt - What to enter, while no license is entered (no verdict on nothing).
 * @csspart list-input - Loading a license list from a file (picker and drop); `list-read` says what was read, `list-notes` its notes.
 * @csspart blocking - The list of blocking licenses.
 * @csspart upgrade - The upgrade plan: per lot keeps / SSA / buy / unknown, and what to order.
 * @csspart upgrade-lots - Its table of lots; `upgrade-order` the order, `upgrade-total` its total (gross with VAT), `upgrade-total-list`, `-discount`, `-net`, `-vat` the rows above it.
 * @csspart migration - The move to central licensing; `migration-steps` its steps, `migration-devices` the master candidates with what each holds, `migration-ssa` the year of SSA a conversion charges (priced; `migration-ssa-total` its total, `-net`, `-vat` … above it).
 * @csspart prices-status - A declared price list still loading, or why it gave no prices.
 * @csspart notices - The notices.
 * @csspart error - A validation message.
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
 * @cssprop --pbx-color-success - The "runs" verdict.
 */
export class PbxVersionCheck extends PbxFormElement {
  protected static override messages = [commonMessages, versionCheckMessages];
  protected static override laterMessages = [errorsMessages];
  /** A lot's fields in error messages: "Installed licenses 2 Quantity", not "licenses 2 count". */
  protected static override fieldLabels = { code: 'ui.col.code', count: 'ui.col.quantity' } as const;
  static override styles = [
    baseStyles,
    css`
      :host {
        --_field-width: 12rem;
      }
      textarea {
        width: 100%;
        min-height: 8rem;
        font-family: ui-monospace, monospace;
      }
      .verdict {
        font-weight: 700;
        font-size: 1.1em;
        padding: var(--_space);
        border-radius: var(--_radius);
        border-inline-start: 6px solid var(--pbx-color-success, light-dark(#1e7d32, #4b5));
      }
      .verdict.blocked {
        border-color: var(--_error);
      }
      .hint {
        color: var(--_muted);
        font-size: 0.85em;
        margin: 0;
      }
    `,
  ];

  /** PBX software version to check: 12, V12, 12r2, 10 SR12. */
  @property({ attribute: 'pbx-version', reflect: true, converter: textAttribute }) pbxVersion = '12';
  /** Operator software version (OP-2). */
  @property({ attribute: 'operator-version', reflect: true, converter: textAttribute }) operatorVersion = '';
  /** Queue Monitor software version (QM-3). */
  @property({ attribute: 'queue-monitor-version', reflect: true, converter: textAttribute }) queueMonitorVersion = '';
  /** Installed licenses, in the core's shape; kept in step with the textarea. */
  @property({ attribute: false }) licenses: LicenseEntry[] = [];
  /** The day SSA dates are judged by (ISO date); defaults to today. */
  @property() today = '';
  /** Release date of `pbx-version` (ISO or the locale's numeric date): an SSA covers versions released during it (SSA-1). */
  @property({ attribute: 'target-released', reflect: true, converter: textAttribute }) targetReleased = '';
  /** Firmware the devices run now (12, V10 SR5): the move to central licensing needs V8 (MIG-1). Defaults to `pbx-version`. */
  @property({ reflect: true, converter: textAttribute }) firmware = '';
  /** The partner's price list (`{ currency, [code]: unitPrice }`): prices the upgrade order. It wins over a declared list. */
  @property({ attribute: false }) prices: PriceListInput | undefined;
  /** URL of a price list (JSON, the shape of `prices`), fetched same-origin; a slotted `prices` script wins over it. */
  @property({ attribute: 'prices-src' }) pricesSrc = '';
  /** The price list declared in the markup (`prices-src` or the slotted script). */
  @state() private declared: PriceSource = { state: 'none' };
  private readonly priceSource = new PriceSourceController(this, (source) => (this.declared = source));

  /** The upgrade plan for the licenses at `pbx-version` (planUpgrade). @readonly */
  @state() upgrade: UpgradePlan | null = null;
  /** The move to central licensing with the chosen master (planMigration). @readonly */
  @state() migration: MigrationPlan | null = null;
  /** The device (serial) that becomes the license master in the move to central licensing. */
  @property({ reflect: true, converter: textAttribute }) master = '';
  /** Version the released licenses are converted to in that move (MIG-3); empty keeps their version. */
  @property({ attribute: 'convert-to', reflect: true, converter: textAttribute }) convertTo = '';

  /** In a form: an empty license list is invalid (valueMissing). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The last verdict (the core's VersionCheckResult); null while no license is entered. @readonly */
  @state() result: VersionCheckResult | null = null;
  @state() private text = '';
  @state() private issues: readonly ShownIssue[] = [];
  private fromText = false;
  /** The input the plans wait for while their chunk loads, and that load. */
  private planInput: PlanInput | null = null;
  private planLoad: Promise<unknown> | null = null;
  /** Their chunk could not be loaded: the verdict stands without them, and the next check tries again. */
  @state() private plansFailed = false;
  /** The inputs as the page first set them: what a form reset returns to. */
  private markup: Partial<Record<(typeof MARKUP)[number], unknown>> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Taken before a form state restore (which comes after connection) can change them.
    this.markup ??= Object.fromEntries(MARKUP.map((k) => [k, this[k]]));
  }

  private get lots(): readonly unknown[] {
    return Array.isArray(this.licenses) ? this.licenses : [];
  }

  protected formValue(): FormValue {
    return { value: jsonEntries({ [safeText(this.name)]: this.lots.length ? this.lots : undefined }), state: this.text };
  }

  protected formInvalid(): FormInvalid | null {
    // A pasted line's issue is named by its line number: it sits at the paste box.
    const issues = [...this.lineIssues, ...this.issues].map((i) => (typeof i.path[0] === 'number' ? { ...i, path: ['licenses'] } : i));
    if (issues.length) return invalidAt(this.l, this.renderRoot, issues, '#licenses');
    // Lines pasted (or restored) that the reader has not read yet are no lots to submit yet.
    if (this.reader.busy) return { message: this.loading };
    return this.required && this.lots.length === 0 ? { message: this.l.t('ui.required.licenses'), valueMissing: true, anchor: this.renderRoot.querySelector<HTMLElement>('#licenses') } : null;
  }

  protected resetToMarkup(): void {
    const markup = this.markup ?? {};
    for (const k of MARKUP) (this as Record<string, unknown>)[k] = markup[k];
    this.lineIssues = [];
  }

  /** Back/forward or autofill: the paste box as it was, read again. */
  protected restoreFormState(state: string): void {
    this.onPaste(state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.markup) {
      // Set by the page right after connecting, before the first render: still the markup's state.
      for (const k of MARKUP) if (changed.has(k) && !(k === 'licenses' && this.fromText)) this.markup[k] = this[k];
    }
    // Any value may be assigned: only a list has lines to show; the schema names what is wrong.
    // A text restored (back/forward) or pasted before the first render wins over the empty default.
    if (changed.has('licenses') && !this.fromText && (this.hasUpdated || this.lots.length || !this.text)) {
      // The box shows the page's lots now: what was read from the old text no longer applies.
      this.text = this.lots.map(lotLine).join('\n');
      this.lineIssues = [];
    }
    this.fromText = false;
    if (changed.has('pricesSrc')) this.priceSource.setUrl(safeText(this.pricesSrc).trim());
    if ([...MARKUP, 'today', 'prices', 'declared'].some((k) => (changed as Map<PropertyKey, unknown>).has(k))) this.check();
  }

  /** The release date as typed, read for the locale: ISO, or null when it is no date (or the reader of the locale's form could not be loaded). */
  private get released(): string | undefined | null {
    const text = safeText(this.targetReleased).trim();
    // The locale's form is read by the line reader's chunk, which an update waits for (scheduleUpdate).
    return text === '' ? undefined : isIsoDate(text) ? text : (lineReader.loaded?.parseLocaleDate(text, this.l.locale) ?? null);
  }

  private check(): void {
    const pbxVersion = safeText(this.pbxVersion).trim();
    const released = this.released;
    // An optional input left empty is undefined: the core's defaults apply (today, no operator …).
    const input = {
      pbxVersion: /^\d+$/.test(pbxVersion) ? Number(pbxVersion) : pbxVersion,
      operatorVersion: this.operatorVersion ? safeText(this.operatorVersion) : undefined,
      queueMonitorVersion: this.queueMonitorVersion ? safeText(this.queueMonitorVersion) : undefined,
      licenses: this.licenses,
      today: this.today ? safeText(this.today) : undefined,
      targetReleased: released ?? undefined,
    };
    const v = validate(versionCheckSchema, input);
    const dateIssue: ShownIssue[] =
      released !== null ? [] : [lineReader.loaded ? { path: ['targetReleased'], key: 'error.invalidDate', params: { text: safeText(this.targetReleased).slice(0, 60) } } : { ...NOT_LOADED, path: ['targetReleased'] }];
    if (!v.ok || dateIssue.length) {
      this.issues = [...dateIssue, ...(v.ok ? [] : v.issues)];
      this.emit('pbx-invalid', { issues: this.issues });
      // Licenses entered: the plans (and their messages, which tell an SSA that ends before its bind date, SSA-3) load now.
      if (this.lots.length) this.plan(null);
      return;
    }
    this.issues = [];
    // Nothing entered is no verdict: "these licenses run V12" would be a green light for nothing.
    if (v.value.licenses.length === 0) {
      this.result = null;
      return;
    }
    this.result = checkVersions(input);
    this.plan(input);
    this.emit('pbx-version-result', this.result);
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    // Hydrating: the server's HTML already shows the plans, and the first render must match it.
    if (this.serverRendered && !this.hasUpdated) await this.loadPlans();
    // A release date in the locale's form is read with the line reader's chunk: the verdict waits
    // for it, as for a language, rather than judge the SSA without the date.
    if (this.released === null && !lineReader.loaded) await lineReader.load();
    return super.scheduleUpdate();
  }

  /** The plans and a pasted text, when their chunks were still loading. */
  protected override async settled(): Promise<boolean> {
    const read = await Promise.all([this.reader.settled(), this.priceSource.settled()]);
    if (!this.planLoad) return read.includes(true);
    await this.planLoad;
    return true;
  }

  protected override firstUpdated(): void {
    // Here before the user has pasted anything: no wait when they do.
    // It brings the file picker (an update shows it), and the codes beyond the guidelines'
    // tables (an App license): input judged before it came is judged again.
    void lineReader.load().then(() => (this.issues.length ? this.check() : this.requestUpdate()));
  }

  /** The planners and views, and their messages: both chunks load at once. */
  private async loadPlans(): Promise<void> {
    await Promise.all([loadInstalledBase(), this.l.use(plansMessages)]);
    this.plansMessages = true;
  }

  /** This element's language has the plans' messages (another element may have loaded the planners, in another language). */
  private plansMessages = false;

  /** The upgrade plan and, with a master chosen, the move to central licensing. */
  private plan(input: PlanInput | null): void {
    const base = installedBaseIfLoaded();
    // A server (never connected) has loaded every language's plans before rendering.
    if (!base || !input || (this.isConnected && !this.plansMessages)) {
      // The verdict shows now; the plans follow once their chunk is here.
      this.planInput = input;
      this.planLoad ??= this.loadPlans().then(() => {
        this.planLoad = null;
        this.plansFailed = !installedBaseIfLoaded();
        if (!this.plansFailed && this.planInput) this.plan(this.planInput);
        this.requestUpdate();
      });
      return;
    }
    this.planInput = null;
    adoptPlanStyles(this, base);
    const plans = base.planInstalledBase({ ...input, prices: this.prices ?? (this.declared.state === 'ready' ? this.declared.prices : undefined), master: safeText(this.master), firmware: safeText(this.firmware), convertTo: safeText(this.convertTo) });
    this.upgrade = plans.upgrade;
    this.migration = plans.migration;
    if (plans.issues.length) this.issues = plans.issues;
  }

  /** Pasted text waiting for the line reader's chunk (loaded after the first render) is read once it is here. */
  private readonly reader = new ChunkWork(lineReader, this);

  private onPaste(text: string): void {
    this.text = text;
    this.reader.run(
      // The latest text: what was typed while the chunk was loading is read once (list-reader.ts: PasteHost).
      (m) => m.readPaste(this as never, this.l.locale),
      // The text stays in the box, which is invalid: the lots are not what it shows. The next input tries again.
      () => (this.lineIssues = [NOT_LOADED]),
    );
  }

  @state() private lineIssues: readonly ShownIssue[] = [];

  private versionField(id: string, label: string, value: string, set: (v: string) => void) {
    const issue = this.issues.find((i) => i.path[0] === id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} .value=${value} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${id}-error` : nothing} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
      ${issue ? html`<p class="error-text" id="${id}-error" part="error">${this.l.issue(issue)}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.l.t.bind(this.l);
    const base = installedBaseIfLoaded();
    const r = this.result;
    const stale = this.issues.length > 0;
    const lineErrors = [...this.lineIssues, ...this.issues.filter((i) => i.path[0] === 'licenses')];
    // What the page gave without a field (today, prices) is named above the verdict.
    const pageErrors = this.issues.filter((i) => !(MARKUP as readonly unknown[]).includes(i.path[0]));
    // The headline, also announced to screen readers: once the plans are here, their summary (installed-base.ts).
    const plans = r && base && this.upgrade;
    const verdict = plans ? base.summaryText(this.l, r, this.upgrade!) : r ? `${t(r.ok ? 'ui.vc.ok' : 'ui.vc.blocked', { version: r.pbxVersion })} ${r.maxPbxVersion === null ? t('ui.vc.maxNone') : t('ui.vc.max', { max: r.maxPbxVersion })}` : '';
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()} aria-label=${t('ui.versionCheck.title')}>
        <fieldset class="lock" ?disabled=${this.inactive}>
        <div class="grid">
          ${this.versionField('pbxVersion', t('ui.pbxVersion'), safeText(this.pbxVersion), (v) => (this.pbxVersion = v))}
          ${this.versionField('operatorVersion', t('ui.operatorVersion'), safeText(this.operatorVersion), (v) => (this.operatorVersion = v))}
          ${this.versionField('queueMonitorVersion', t('ui.queueMonitorVersion'), safeText(this.queueMonitorVersion), (v) => (this.queueMonitorVersion = v))}
          ${this.versionField('targetReleased', t('ui.targetReleased'), safeText(this.targetReleased), (v) => (this.targetReleased = v))}
        </div>
        <div class="field">
          <label for="licenses">${t('ui.licenses')}</label>
          <p class="hint" id="licenses-hint">${t('ui.licenses.hint')}</p>
          <textarea
            id="licenses"
            spellcheck="false"
            .value=${this.text}
            aria-describedby="licenses-hint${lineErrors.length ? ' licenses-error' : ''}"
            aria-invalid=${lineErrors.length ? 'true' : 'false'}
            @input=${(e: Event) => this.onPaste((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${lineErrors.length
            ? html`<ul class="error-text" id="licenses-error" part="error">
                ${lineErrors.slice(0, 20).map((i) => html`<li>${i.path[0] === 'licenses' ? this.l.issueWithPath(i) : lineIssue(this.l, i)}</li>`)}
              </ul>`
            : nothing}
        </div>
        ${lineReader.loaded?.renderListInput(this.l, this.renderRoot as ShadowRoot)}
        </fieldset>
      </form>
      <div class="sr-only" role="status" aria-live="polite">${verdict}</div>
      <section>
        ${pageErrors.length ? html`<ul class="error-text" part="error" role="alert">${pageErrors.map((i) => html`<li>${this.l.issueWithPath(i)}</li>`)}</ul>` : nothing}
        ${plans
          ? base.renderPlans({
              l: this.l,
              result: r,
              stale,
              upgrade: this.upgrade!,
              lots: this.lots,
              master: safeText(this.master),
              convertTo: safeText(this.convertTo),
              firmware: safeText(this.firmware),
              plan: this.migration,
              // The prices property wins: a declared list that failed does not matter then.
              prices: this.prices === undefined ? this.declared : null,
              onMaster: (serial) => (this.master = serial),
              onConvert: (version) => (this.convertTo = version),
              onFirmware: (text) => (this.firmware = text),
              disabled: this.inactive,
              issues: this.issues,
            })
          : r
          ? // The verdict and what blocks while the plans load; the notices come with them (their messages too).
            html`<p class="verdict ${r.ok ? 'ok' : 'blocked'}" part="verdict" ?data-stale=${stale}>${verdict}</p>
              ${r.blocking.length
                ? html`<h3>${t('ui.vc.blocking')}</h3>
                    <ul part="blocking">
                      ${r.blocking.map(
                        (b) => html`<li>
                          <code class="code">${b.code}</code> × ${this.l.number(b.count)}: ${t(b.reason.key, b.reason.params)}
                          <span class="rules">(${b.ruleIds.join(', ')})</span>
                        </li>`,
                      )}
                    </ul>`
                : nothing}
              ${this.plansFailed ? html`<p class="error-text" part="error" role="alert">${t('ui.notLoaded')}</p>` : nothing}`
          : html`<p class="prompt" part="prompt">${stale ? t('ui.vc.fix') : t('ui.vc.prompt', { version: safeText(this.pbxVersion) })}</p>`}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pbx-version-check': PbxVersionCheck;
  }
  interface GlobalEventHandlersEventMap {
    'pbx-version-result': CustomEvent<VersionCheckResult>;
  }
}
