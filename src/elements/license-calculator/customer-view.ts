import { html, nothing } from 'lit';
import type { Quote } from '../../core/calculator.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { positions } from './positions.js';
import { exactMoney, totalRows } from './quote-view.js';

/**
 * The quote's table as the customer reads it (`view="customer"`, issue 24): numbered positions,
 * each described in the user's language with its license code and article number, quantity,
 * unit price, discount and amount. No reasons and no rule IDs (the reseller's view keeps them);
 * a PBX column only where the positions sit on more than one PBX. A chunk of its own, loaded on
 * first use (customer-view-controller.ts).
 */
export function renderCustomerTable(l: LocaleController, q: Quote, currency: string | undefined, discounted: boolean) {
  const t = l.t.bind(l);
  const rows = positions(q, l);
  const pbxColumn = new Set(rows.map((r) => r.pbx).filter(Boolean)).size > 1;
  const articles = rows.some((r) => r.article);
  const money = (n: number | null, exact: boolean) => (n === null ? '—' : exact ? exactMoney(l, n, currency!) : l.money(n, currency!));
  const span = 4 + (articles ? 1 : 0) + (pbxColumn ? 1 : 0) + (currency ? 1 : 0) + (discounted ? 1 : 0);
  // Focusable: a table wider than its column scrolls by keyboard too (no buttons in it to reach).
  return html`<div class="table-scroll" tabindex="0" role="group" aria-label=${t('ui.quote')}>
    <table part="quote-table" class="stack customer">
      <thead>
        <tr>
          <th scope="col" class="num">${t('ui.col.position')}</th>
          <th scope="col">${t('ui.col.description')}</th>
          ${articles ? html`<th scope="col">${t('ui.col.article')}</th>` : nothing}
          <th scope="col">${t('ui.col.code')}</th>
          <th scope="col" class="num">${t('ui.col.quantity')}</th>
          ${pbxColumn ? html`<th scope="col">${t('ui.col.pbx')}</th>` : nothing}
          ${currency ? html`<th scope="col" class="num">${t('ui.col.unitPrice')}</th>` : nothing}
          ${discounted ? html`<th scope="col" class="num">${t('ui.col.discount')}</th>` : nothing}
          ${currency ? html`<th scope="col" class="num">${t('ui.col.lineTotal')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <td class="num" data-label=${t('ui.col.position')}>${r.position}</td>
            <td data-label=${t('ui.col.description')}>${r.description}</td>
            ${articles ? html`<td class="nowrap" data-label=${t('ui.col.article')}>${r.article}</td>` : nothing}
            <td data-label=${t('ui.col.code')}>${r.license ? html`<code class="code">${r.code}</code>` : nothing}</td>
            <td class="num" data-label=${t('ui.col.quantity')}>${l.number(r.quantity)}</td>
            ${pbxColumn ? html`<td data-label=${t('ui.col.pbx')}>${r.pbx}</td>` : nothing}
            ${currency ? html`<td class="num" data-label=${t('ui.col.unitPrice')}>${money(r.unitPrice, true)}</td>` : nothing}
            ${discounted ? html`<td class="num" data-label=${t('ui.col.discount')}>${r.discountPercent ? l.percent(r.discountPercent) : '—'}</td>` : nothing}
            ${currency ? html`<td class="num" data-label=${t('ui.col.lineTotal')}>${discounted ? money(r.amount, false) : money(r.listAmount ?? r.amount, true)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      ${q.total ? html`<tfoot>${totalRows(l, q.total, span)}</tfoot>` : nothing}
    </table>
  </div>
  ${q.total && !q.total.complete ? html`<p class="incomplete-note" part="incomplete-note">${t('ui.customer.incomplete')}</p>` : nothing}`;
}
