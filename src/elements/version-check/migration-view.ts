import { html, nothing, type TemplateResult } from 'lit';
import type { DeviceHoldings, MigrationPlan } from '../../core/migration.js';
import type { LocaleController, ShownIssue } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';
import { MAX_VERSION, MIN_VERSION } from '../../core/catalog.js';
import { rowWindow } from './row-window.js';
import { totalRows } from './upgrade-view.js';
import { deviceLabel } from './device-label.js';

/** Versions a released license may be converted to (MIG-3). */
const VERSIONS = Array.from({ length: MAX_VERSION - MIN_VERSION + 1 }, (_, k) => String(MIN_VERSION + k));

export interface MigrationView {
  readonly l: LocaleController;
  /** The devices the pasted lots are bound to, with what each holds: the choice of license master. */
  readonly devices: readonly DeviceHoldings[];
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

/** A reason's or notice's devices (`device`, `master`: serials) as the user knows them. */
function named<P extends Readonly<Record<string, unknown>>>(v: MigrationView, params: P): P {
  const out: Record<string, unknown> = { ...params };
  for (const k of ['device', 'master', 'serial']) if (typeof out[k] === 'string') out[k] = deviceLabel(v.l, v.devices, out[k] as string);
  return out as P;
}

/** What each device holds, the candidates for license master (MIG-4): the chosen one marked. */
function renderDevices(v: MigrationView) {
  const { l } = v;
  const t = l.t.bind(l);
  const rows = rowWindow(
    l,
    'migration-devices',
    v.devices,
    (d) => html`<tr ?data-master=${d.serial === v.master}>
      <td data-label=${t('ui.col.device')}><span class="nowrap">${deviceLabel(l, v.devices, d.serial)}</span>${d.serial === v.master ? html` <strong>(${t('ui.migration.isMaster')})</strong>` : nothing}</td>
      <td data-label=${t('ui.migration.holds')}>${d.holds.map((h, i) => html`${i ? ', ' : ''}<code class="code">${h.code}</code> × ${l.number(h.count)}`)}</td>
      <td class="num" data-label=${t('ui.col.quantity')}>${t('ui.migration.licenseCount', { count: d.licenses })}</td>
    </tr>`,
  );
  return html`<h4 id="migration-devices-heading">${t('ui.migration.devices')}</h4>
    <table class="stack" part="migration-devices" aria-labelledby="migration-devices-heading">
      <thead>
        <tr>
          <th scope="col">${t('ui.col.device')}</th>
          <th scope="col">${t('ui.migration.holds')}</th>
          <th scope="col" class="num">${t('ui.col.quantity')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.rows}
      </tbody>
    </table>
    ${rows.nav}`;
}

/** MIG-3's year of SSA for the converted licenses, priced from the list's `SSA:<code>` entries. */
function renderSsaCharged(l: LocaleController, plan: MigrationPlan) {
  const t = l.t.bind(l);
  const total = plan.ssaTotal!;
  const money = (n: number | null | undefined) => (n == null ? '—' : l.money(n, total.currency));
  const discounted = total.discount > 0;
  return html`<h4 id="migration-ssa-heading">${t('ui.migration.ssaTitle')} <span class="rules">(MIG-3, SSA-2)</span></h4>
    <table class="stack" part="migration-ssa" aria-labelledby="migration-ssa-heading">
      <thead>
        <tr>
          <th scope="col">${t('ui.col.code')}</th>
          <th scope="col" class="num">${t('ui.col.quantity')}</th>
          <th scope="col" class="num">${t('ui.migration.ssaYears')}</th>
          <th scope="col" class="num">${t('ui.col.unitPrice')}</th>
          ${discounted ? html`<th scope="col" class="num">${t('ui.upgrade.total.discount')}</th>` : nothing}
          <th scope="col" class="num">${t('ui.col.lineTotal')}</th>
        </tr>
      </thead>
      <tbody>
        ${plan.ssaCharged.map(
          (c) => html`<tr>
            <td data-label=${t('ui.col.code')}><code class="code">${c.code}</code></td>
            <td class="num" data-label=${t('ui.col.quantity')}>${l.number(c.count)}</td>
            <td class="num" data-label=${t('ui.migration.ssaYears')}>${l.number(c.years)}</td>
            <td class="num" data-label=${t('ui.col.unitPrice')}>${money(c.unitPrice)}</td>
            ${discounted ? html`<td class="num" data-label=${t('ui.upgrade.total.discount')}>${c.discountPercent ? l.percent(c.discountPercent) : '—'}</td>` : nothing}
            <td class="num" data-label=${t('ui.col.lineTotal')}>${money(discounted ? c.lineNet : c.lineTotal)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>${totalRows(l, total, discounted ? 5 : 4, 'migration-ssa-total')}</tfoot>
    </table>`;
}

/** The steps, a window at a time (10,000 lots are some 20,000 steps): numbered on across windows. */
function renderSteps(v: MigrationView, plan: MigrationPlan) {
  const { l } = v;
  const t = l.t.bind(l);
  const where = (place: string) => (place === 'pool' ? t('ui.migration.pool') : deviceLabel(l, v.devices, place));
  const steps = rowWindow(
    l,
    'migration-steps',
    plan.steps,
    (s) => html`<li class="step-${s.action}">
      <strong>${t(s.action === 'convert' ? 'ui.migration.convertStep' : `ui.migration.${s.action}`)}</strong> <code class="code">${s.code}</code> × ${l.number(s.count)}: ${s.action === 'stay' ? where(s.from) : html`${where(s.from)} → ${where(s.to)}`}
      ${s.toCode ? html`(<code class="code">${s.toCode}</code>)` : nothing} — ${t(s.reason.key, named(v, s.reason.params))}
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
          ${v.devices.map((d) => html`<option value=${d.serial} ?selected=${d.serial === v.master}>${deviceLabel(l, v.devices, d.serial)}</option>`)}
        </select>`)}
      ${field(v, 'firmware', html`<input id="firmware" .value=${v.firmware} autocomplete="off" aria-invalid=${invalid(v, 'firmware')} aria-describedby=${described(v, 'firmware')} @input=${(e: Event) => v.onFirmware((e.target as HTMLInputElement).value)} />`)}
      ${field(v, 'convertTo', html`<select id="convertTo" aria-invalid=${invalid(v, 'convertTo')} aria-describedby=${described(v, 'convertTo')} @change=${(e: Event) => v.onConvert((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!v.convertTo}>${t('ui.migration.noConvert')}</option>
          ${VERSIONS.map((ver) => html`<option value=${ver} ?selected=${ver === v.convertTo}>V${ver}</option>`)}
          ${v.convertTo && !VERSIONS.includes(v.convertTo) ? html`<option value=${v.convertTo} selected>${v.convertTo}</option>` : nothing}
        </select>`)}
    </div>
    </fieldset>
    ${renderDevices(v)}
    ${plan === null
      ? // A master chosen whose plan an input above stops: that field says why.
        v.master && v.issues.length ? nothing : html`<p>${t('ui.migration.choose')}</p>`
      : html`${plan.steps.length ? renderSteps(v, plan) : nothing}
          ${plan.ssaTotal ? renderSsaCharged(l, plan) : nothing}
          ${renderNotices(l, plan.notices.map((n) => ({ ...n, params: named(v, n.params) })))}`}
  </section>`;
}
