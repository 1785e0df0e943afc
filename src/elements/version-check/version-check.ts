import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseLicenseLines } from '../../core/codes.js';
import type { InputIssue } from '../../core/errors.js';
import { validate, versionCheckSchema } from '../../core/schemas.js';
import { checkVersions, type VersionCheckResult } from '../../core/version-check.js';
import { LocaleController } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';
import { baseStyles } from '../shared/styles.js';
import { safeText, textAttribute } from '../shared/safe-text.js';

export interface LicenseEntry {
  code: string;
  count: number;
  ssaUntil?: string;
}

/**
 * @tagname pbx-version-check
 * @summary Will these licenses run that software version, and what blocks an upgrade (G-3, G-4 …).
 *
 * @fires {VersionCheckResult} pbx-version-result - Each new result: `detail` is the core's `VersionCheckResult`.
 * @fires {PbxInvalidDetail} pbx-invalid - Invalid input: `detail.issues` lists each bad field or pasted line.
 *
 * @csspart form - The inputs.
 * @csspart verdict - The headline: runs or does not run.
 * @csspart prompt - What to enter, while no license is entered (no verdict on nothing).
 * @csspart blocking - The list of blocking licenses.
 * @csspart notices - The notices.
 * @csspart error - A validation message.
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
 * @cssprop --pbx-color-success - The "runs" verdict.
 */
export class PbxVersionCheck extends LitElement {
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
        border-inline-start: 6px solid var(--pbx-color-success, #1e7d32);
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

  @state() result: VersionCheckResult | null = null;
  @state() private text = '';
  @state() private issues: readonly InputIssue[] = [];
  private readonly l = new LocaleController(this);
  private fromText = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Any value may be assigned: only a list has lines to show; the schema names what is wrong.
    if (changed.has('licenses') && !this.fromText) {
      const list: unknown[] = Array.isArray(this.licenses) ? this.licenses : [];
      this.text = list
        .map((l) => (l && typeof l === 'object' ? `${safeText((l as LicenseEntry).code)} ${safeText((l as LicenseEntry).count)}`.trim() : ''))
        .join('\n');
    }
    this.fromText = false;
    if (changed.has('licenses') || changed.has('pbxVersion') || changed.has('operatorVersion') || changed.has('queueMonitorVersion') || changed.has('today')) this.check();
  }

  private check(): void {
    const pbxVersion = safeText(this.pbxVersion).trim();
    const input = {
      pbxVersion: /^\d+$/.test(pbxVersion) ? Number(pbxVersion) : pbxVersion,
      ...(this.operatorVersion ? { operatorVersion: safeText(this.operatorVersion) } : {}),
      ...(this.queueMonitorVersion ? { queueMonitorVersion: safeText(this.queueMonitorVersion) } : {}),
      licenses: this.licenses,
      ...(this.today ? { today: safeText(this.today) } : {}),
    };
    const v = validate(versionCheckSchema, input);
    if (!v.ok) {
      this.issues = v.issues;
      this.dispatchEvent(new CustomEvent('pbx-invalid', { detail: { issues: v.issues }, bubbles: true, composed: true }));
      return;
    }
    this.issues = [];
    // Nothing entered is no verdict: "these licenses run V12" would be a green light for nothing.
    if (v.value.licenses.length === 0) {
      this.result = null;
      return;
    }
    this.result = checkVersions(input);
    this.dispatchEvent(new CustomEvent('pbx-version-result', { detail: this.result, bubbles: true, composed: true }));
  }

  private onPaste(text: string): void {
    this.text = text;
    const parsed = parseLicenseLines(text);
    this.fromText = true;
    this.licenses = parsed.licenses;
    this.lineIssues = parsed.issues;
  }

  @state() private lineIssues: readonly InputIssue[] = [];

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
    const r = this.result;
    const stale = this.issues.length > 0;
    const lineErrors = [...this.lineIssues, ...this.issues.filter((i) => i.path[0] === 'licenses')];
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()} aria-label=${t('ui.versionCheck.title')}>
        <div class="grid">
          ${this.versionField('pbxVersion', t('ui.pbxVersion'), safeText(this.pbxVersion), (v) => (this.pbxVersion = v))}
          ${this.versionField('operatorVersion', t('ui.operatorVersion'), safeText(this.operatorVersion), (v) => (this.operatorVersion = v))}
          ${this.versionField('queueMonitorVersion', t('ui.queueMonitorVersion'), safeText(this.queueMonitorVersion), (v) => (this.queueMonitorVersion = v))}
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
                ${lineErrors.slice(0, 20).map((i) => html`<li>${typeof i.path[0] === 'number' && i.key !== 'error.licenseLine' ? `${i.path[0]}: ` : ''}${this.l.issue(i)}</li>`)}
              </ul>`
            : nothing}
        </div>
      </form>
      <div class="sr-only" role="status" aria-live="polite">${r ? `${t(r.ok ? 'ui.vc.ok' : 'ui.vc.blocked', { version: r.pbxVersion })} ${r.maxPbxVersion === null ? t('ui.vc.maxNone') : t('ui.vc.max', { max: r.maxPbxVersion })}` : ''}</div>
      <section>
        ${r
          ? html`<p class="verdict ${r.ok ? 'ok' : 'blocked'}" part="verdict" ?data-stale=${stale}>
                ${t(r.ok ? 'ui.vc.ok' : 'ui.vc.blocked', { version: r.pbxVersion })}
                ${r.maxPbxVersion === null ? t('ui.vc.maxNone') : t('ui.vc.max', { max: r.maxPbxVersion })}
              </p>
              ${r.blocking.length
                ? html`<h3>${t('ui.vc.blocking')}</h3>
                    <ul part="blocking">
                      ${r.blocking.map(
                        (b) => html`<li>
                          <code class="code">${b.code}</code> × ${this.l.number(b.count)}: ${t(b.reason.key, b.reason.params)}
                          ${b.upgradableUnderSsa ? html`<strong>(${t('ui.vc.ssa')})</strong>` : nothing}
                          <span class="rules">(${b.ruleIds.join(', ')})</span>
                        </li>`,
                      )}
                    </ul>`
                : nothing}
              ${renderNotices(this.l, r.notices)}`
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
