import { html, nothing } from 'lit';
import type { PriceTotal } from '../../core/money.js';
import type { DeviceHoldings } from '../../core/migration.js';
import type { UpgradePlan } from '../../core/upgrade.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';
import { deviceLabel } from './device-label.js';
import { rowWindow } from './row-window.js';

/**
 * The order's totals as the calculator shows them (quote-view.ts totalRows): list, discount, net,
 * VAT and gross where the price list gives a discount or a VAT rate, else one total.
 * `upgrade-total` (or `part`) is the last (what is paid), `upgrade-total-list` … the rows above it.
 */
export function totalRows(l: LocaleController, total: PriceTotal, span: number, part = 'upgrade-total') {
  const t = l.t.bind(l);
  // Nothing priced at all: no "€0.00" that reads as free.
  const money = (n: number) => (total.list === 0 && !total.complete ? '—' : l.money(n, total.currency));
  const discounted = total.discount > 0;
  const taxed = total.vatRate > 0;
  const rows: [string, string, string][] = [];
  if (discounted) rows.push([t('ui.upgrade.total.list'), money(total.list), 'list'], [t('ui.upgrade.total.discount'), `− ${money(total.discount)}`, 'discount']);
  if (discounted || taxed) rows.push([t(total.complete ? 'ui.upgrade.total.net' : 'ui.upgrade.total.netIncomplete'), money(total.net), 'net']);
  if (taxed) rows.push([t('ui.upgrade.total.vat', { rate: total.vatRate }), money(total.vat), 'vat'], [t(total.complete ? 'ui.upgrade.total.gross' : 'ui.upgrade.total.grossIncomplete'), money(total.gross), 'gross']);
  if (!discounted && !taxed) rows.push([t(total.complete ? 'ui.total' : 'ui.total.incomplete'), money(total.amount), 'total']);
  const last = rows.length - 1;
  return rows.map(
    ([label, amount, kind], i) => html`<tr part=${i === last ? part : `${part}-${kind}`} class="total-${kind}">
      <td colspan=${span}>${label}</td>
      <td class="num" data-label=${label}>${amount}</td>
    </tr>`,
  );
}

/**
 * The upgrade plan under the verdict (G-3, G-4, SSA-1..4): per lot what the upgrade does with it
 * (keeps / SSA / buy / unknown / check in the portal), what to order with prices, and the SSA deadlines.
 */
export function renderUpgrade(l: LocaleController, plan: UpgradePlan, devices: readonly DeviceHoldings[] = []) {
  const t = l.t.bind(l);
  const currency = plan.total?.currency;
  // A discount column where the price list discounts a line: its amount is then the net.
  const discounted = (plan.total?.discount ?? 0) > 0 || plan.order.some((line) => (line.discountPercent ?? 0) > 0);
  // Every lot has a row, shown a window at a time (10,000 pasted lots are 10,000 rows).
  const lots = rowWindow(l, 'upgrade-lots', plan.lots, (lot, i) => html`<tr class="action-${lot.action}" aria-rowindex=${i + 2}>
    <td data-label=${t('ui.col.code')}><code class="code">${lot.code}</code></td>
    <td class="num" data-label=${t('ui.col.quantity')}>${l.number(lot.count)}</td>
    <td data-label=${t('ui.col.device')}><span class="nowrap">${lot.device === undefined ? '—' : deviceLabel(l, devices, lot.device)}</span></td>
    <td data-label=${t('ui.upgrade.action')}><strong>${t(`ui.upgrade.${lot.action}`)}</strong></td>
    <td data-label=${t('ui.col.reason')}>${t(lot.reason.key, lot.reason.params)} <span class="rules">(${lot.ruleIds.join(', ')})</span></td>
  </tr>`);
  return html`<section class="plan" part="upgrade" aria-labelledby="upgrade-heading">
    <h3 id="upgrade-heading">${t('ui.upgrade.title', { target: plan.target })}</h3>
    <table class="stack" part="upgrade-lots" aria-rowcount=${plan.lots.length + 1}>
      <thead>
        <tr aria-rowindex="1">
          <th scope="col">${t('ui.col.code')}</th>
          <th scope="col" class="num">${t('ui.col.quantity')}</th>
          <th scope="col">${t('ui.col.device')}</th>
          <th scope="col">${t('ui.upgrade.action')}</th>
          <th scope="col">${t('ui.col.reason')}</th>
        </tr>
      </thead>
      <tbody>
        ${lots.rows}
      </tbody>
    </table>
    ${lots.nav}
    ${plan.order.length
      ? html`<h4>${t('ui.upgrade.order')}</h4>
          <table class="stack" part="upgrade-order">
            <thead>
              <tr>
                <th scope="col">${t('ui.col.code')}</th>
                <th scope="col" class="num">${t('ui.col.quantity')}</th>
                <th scope="col">${t('ui.col.reason')}</th>
                ${currency ? html`<th scope="col" class="num">${t('ui.col.unitPrice')}</th>${discounted ? html`<th scope="col" class="num">${t('ui.upgrade.total.discount')}</th>` : nothing}<th scope="col" class="num">${t('ui.col.lineTotal')}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${plan.order.map(
                (line) => html`<tr>
                  <td data-label=${t('ui.col.code')}><code class="code">${line.code}</code></td>
                  <td class="num" data-label=${t('ui.col.quantity')}>${l.number(line.quantity)}</td>
                  <td data-label=${t('ui.col.reason')}>${t(line.reason.key, line.reason.params)} <span class="rules">(${line.ruleIds.join(', ')})</span></td>
                  ${currency
                    ? html`<td class="num" data-label=${t('ui.col.unitPrice')}>${line.unitPrice == null ? '—' : l.money(line.unitPrice, currency)}</td>
                        ${discounted ? html`<td class="num" data-label=${t('ui.upgrade.total.discount')}>${line.discountPercent ? l.percent(line.discountPercent) : '—'}</td>` : nothing}
                        <td class="num" data-label=${t('ui.col.lineTotal')}>${line.lineNet == null ? '—' : l.money(discounted ? line.lineNet : line.lineTotal!, currency)}</td>`
                    : nothing}
                </tr>`,
              )}
            </tbody>
            ${plan.total ? html`<tfoot>${totalRows(l, plan.total, discounted ? 5 : 4)}</tfoot>` : nothing}
          </table>`
      : html`<p>${t(plan.lots.some((lot) => lot.action === 'unknown') ? 'ui.upgrade.needsDate' : 'ui.upgrade.nothing')}</p>`}
    ${renderNotices(l, plan.notices)}
  </section>`;
}
