import { html, nothing, type TemplateResult } from 'lit';
import type { MigrationPlan } from '../../core/migration.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';
import { MAX_VERSION, MIN_VERSION } from '../../core/catalog.js';
import { rowWindow } from './row-window.js';

/** Versions a released license may be converted to (MIG-3). */
const VERSIONS = Array.from({ length: MAX_VERSION - MIN_VERSION + 1 }, (_, k) => String(MIN_VERSION + k));

export interface MigrationView {
  readonly l: LocaleController;
  /** The devices the pasted lots are bound to: the choice of license master. */
  readonly devices: readonly string[];
  readonly master: string;
  readonly convertTo: string;
  /** Firmware the devices run now, as typed (empty: the checked version). */
  readonly firmware: string;
  readonly plan: MigrationPlan | null;
  readonly onMaster: (serial: string) => void;
  readonly onConvert: (version: string) => void;
  readonly onFirmware: (text: string) => void;
  /** The element is disabled: the choices are shown, not offered. */
  readonly disabled: boolean;
  /** The element's input issues: those of these fields (path `master`, `firmware`, `convertTo`) sit at them. */
  readonly issues: readonly ShownIssue[];
}

type MigrationField = 'master' | 'firmware' | 'convertTo';

const issueAt = (v: MigrationView, id: MigrationField) => v.issues.find((i) => i.path[0] === id);
const invalid = (v: MigrationView, id: MigrationField) => (issueAt(v, id) ? 'true' : 'false');
const described = (v: MigrationView, id: MigrationField) => (issueAt(v, id) ? `${id}-error` : nothing);

/** A labelled field; its issue below it, in the user's words (the ids are the issue paths: a blocked submit focuses the field). */
function field(v: MigrationView, id: MigrationField, control: TemplateResult) {
  const issue = issueAt(v, id);
  return html`<div class="field">
    <label for=${id}>${v.l.t(`ui.${id}`)}</label>
    ${control}
    ${issue ? html`<p class="error-text" id="${id}-error" part="error">${v.l.issue(issue)}</p>` : nothing}
  </div>`;
}

/** The steps, a window at a time (10,000 lots are some 20,000 steps): numbered on across windows. */
function renderSteps(v: MigrationView, plan: MigrationPlan) {
  const { l } = v;
  const t = l.t.bind(l);
  const where = (place: string) => (place === 'pool' ? t('ui.migration.pool') : place);
  const steps = rowWindow(
    l,
    'migration-steps',
    plan.steps,
    (s) => html`<li class="step-${s.action}">
      <strong>${t(s.action === 'convert' ? 'ui.migration.convertStep' : `ui.migration.${s.action}`)}</strong> <code class="code">${s.code}</code> × ${l.number(s.count)}: ${where(s.from)} → ${where(s.to)}
      ${s.toCode ? html`(<code class="code">${s.toCode}</code>)` : nothing} — ${t(s.reason.key, s.reason.params)}
      <span class="rules">(${s.ruleIds.join(', ')})</span>
    </li>`,
  );
  return html`<ol class="steps" part="migration-steps" start=${steps.start + 1}>${steps.rows}</ol>${steps.nav}`;
}

/** The move from de-central to central licensing (MIG-1..4): choose the master, see the steps. */
export function renderMigration(v: MigrationView) {
  const { l, plan } = v;
  const t = l.t.bind(l);
  return html`<section class="plan" part="migration" aria-labelledby="migration-heading">
    <h3 id="migration-heading">${t('ui.migration.title')}</h3>
    <fieldset class="lock" ?disabled=${v.disabled}>
    <div class="grid">
      ${field(v, 'master', html`<select id="master" aria-invalid=${invalid(v, 'master')} aria-describedby=${described(v, 'master')} @change=${(e: Event) => v.onMaster((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!v.master}>—</option>
          ${v.devices.map((d) => html`<option value=${d} ?selected=${d === v.master}>${d}</option>`)}
        </select>`)}
      ${field(v, 'firmware', html`<input id="firmware" .value=${v.firmware} autocomplete="off" aria-invalid=${invalid(v, 'firmware')} aria-describedby=${described(v, 'firmware')} @input=${(e: Event) => v.onFirmware((e.target as HTMLInputElement).value)} />`)}
      ${field(v, 'convertTo', html`<select id="convertTo" aria-invalid=${invalid(v, 'convertTo')} aria-describedby=${described(v, 'convertTo')} @change=${(e: Event) => v.onConvert((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!v.convertTo}>${t('ui.migration.noConvert')}</option>
          ${VERSIONS.map((ver) => html`<option value=${ver} ?selected=${ver === v.convertTo}>V${ver}</option>`)}
          ${v.convertTo && !VERSIONS.includes(v.convertTo) ? html`<option value=${v.convertTo} selected>${v.convertTo}</option>` : nothing}
        </select>`)}
    </div>
    </fieldset>
    ${plan === null
      ? // A master chosen whose plan an input above stops: that field says why.
        v.master && v.issues.length ? nothing : html`<p>${t('ui.migration.choose')}</p>`
      : html`${plan.steps.length ? renderSteps(v, plan) : nothing}
          ${renderNotices(l, plan.notices)}`}
  </section>`;
}
