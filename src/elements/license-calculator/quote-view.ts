import { html, nothing } from 'lit';
import type { Quote } from '../../core/calculator.js';
import type { InputIssue } from '../../core/errors.js';
import type { PriceTotal } from '../../core/money.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';
import type { ScenarioInput } from '../../core/scenario-schemas.js';
import type { Later } from './later-controller.js';
import { addDays, isIsoDate, todayIso } from '../../core/dates.js';

/** The quote's letterhead data: who it is for, its number, date and validity. */
export interface QuoteMeta {
  readonly customer: string;
  readonly project: string;
  readonly quoteNumber: string;
  /** ISO date of the quote. */
  readonly date: string;
  /** ISO date until which it is valid; empty without `valid-days`. */
  readonly validUntil: string;
  /** `valid-days` as typed when it is no whole number of days from 1 to 9,999 (0x1E, 1e3, 30.5). */
  readonly badValidDays?: string;
}

/** The letterhead from the element's attributes (already safe text): the quote's date and its validity. */
export function quoteMeta(a: { customer: string; project: string; quoteNumber: string; validDays: string; today: string }): QuoteMeta {
  const date = a.today && isIsoDate(a.today) ? a.today : todayIso();
  // Whole days in plain digits only: Number() would read 0x1E as 30 and 1e3 as 1,000.
  const text = a.validDays.trim();
  const days = /^\d{1,4}$/.test(text) ? Number(text) : 0;
  const meta = { customer: a.customer, project: a.project, quoteNumber: a.quoteNumber, date, validUntil: days > 0 ? addDays(date, days) : '' };
  return text && !days ? { ...meta, badValidDays: text.slice(0, 40) } : meta;
}

/**
 * A unit price or undiscounted line total as exact as the price list gives it (0.105 EUR, 30.5
 * JPY), so that unit × quantity is the line as shown; a discounted line and the totals are
 * rounded to the currency's minor unit (the totals once).
 */
export const exactMoney = (l: LocaleController, amount: number, currency: string) => new Intl.NumberFormat(l.locale, { style: 'currency', currency, maximumFractionDigits: 6, useGrouping: 'always' as never }).format(amount);

/** What the quote section shows, handed over by the calculator. */
export interface QuoteView {
  readonly l: LocaleController;
  readonly quote: Quote | null;
  /** The scenario the quote was computed from (the form may hold another, invalid one): the printed summary describes it. */
  readonly scenario: ScenarioInput | undefined;
  readonly meta: QuoteMeta;
  /** Every issue of the current input: the quote shown is then the last valid one (stale). */
  readonly issues: readonly InputIssue[];
  /** The issues with no field of their own on the form. */
  readonly unplaced: readonly InputIssue[];
  readonly fileMessage: { ok: boolean; text: string } | null;
  /** Where the prices stand: loading or failed (a declared price list), else nothing. */
  readonly priceMessage: { ok: boolean; text: string } | null;
  /** Rule IDs in reasons: a link (`rule-href`) or a button that shows the rule's summary. */
  readonly rules: (line: string, ruleIds: readonly string[]) => unknown;
  readonly onCsv: () => void;
  readonly onJson: () => void;
  readonly onPrint: () => void;
  readonly onImport: (e: Event) => void;
  /** The element is disabled: no import into it. */
  readonly disabled: boolean;
  readonly onActions: (e: Event) => void;
  /** The document chunk once loaded: the summary, the UC comparison, the customer's table. */
  readonly doc: Later | undefined;
  /** `view="customer"`: numbered positions, no reasons, notices or comparisons (the reseller's table until the chunk is here). */
  readonly customer: boolean;
}

/** Customer, project, number, date and validity: shown on screen and printed. */
function renderMeta(v: QuoteView) {
  const { l, meta } = v;
  const t = l.t.bind(l);
  const rows: [string, string][] = [];
  if (meta.customer) rows.push([t('ui.meta.customer'), meta.customer]);
  if (meta.project) rows.push([t('ui.meta.project'), meta.project]);
  if (meta.quoteNumber) rows.push([t('ui.meta.number'), meta.quoteNumber]);
  rows.push([t('ui.meta.date'), l.date(meta.date)]);
  if (meta.validUntil) rows.push([t('ui.meta.validUntil'), l.date(meta.validUntil)]);
  if (meta.badValidDays) rows.push([t('ui.meta.validUntil'), t('ui.meta.validDaysInvalid', { text: meta.badValidDays })]);
  return html`<dl class="meta" part="meta">
    ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

/** The totals under the lines: list, discount, net, VAT and gross where they apply. */
export function totalRows(l: LocaleController, total: PriceTotal, span: number) {
  const t = l.t.bind(l);
  const money = (n: number) => l.money(n, total.currency);
  const rows: [string, string, string][] = [];
  const discounted = total.discount > 0;
  const taxed = total.vatRate > 0;
  if (discounted) {
    rows.push([t('ui.total.list'), money(total.list), 'list']);
    rows.push([t('ui.total.discount'), `− ${money(total.discount)}`, 'discount']);
  }
  if (discounted || taxed) rows.push([t(total.complete ? 'ui.total.net' : 'ui.total.netIncomplete'), money(total.net), 'net']);
  if (taxed) {
    rows.push([t('ui.total.vat', { rate: total.vatRate }), money(total.vat), 'vat']);
    rows.push([t(total.complete ? 'ui.total.gross' : 'ui.total.grossIncomplete'), money(total.gross), 'gross']);
  }
  if (!discounted && !taxed) rows.push([total.complete ? t('ui.total') : t('ui.total.incomplete'), money(total.amount), 'total']);
  return rows.map(
    ([label, amount, kind]) => html`<tr part=${kind === 'total' || kind === 'gross' || (kind === 'net' && !taxed) ? 'total' : `total-${kind}`} class="total-${kind}">
      <td colspan=${span}>${label}</td>
      <td class="num" data-label=${label}>${amount}</td>
    </tr>`,
  );
}

/** The quote: letterhead, lines with reasons and rule IDs, prices and totals, notices, files. */
export function renderQuote(v: QuoteView) {
  const { l, quote: q } = v;
  const t = l.t.bind(l);
  const stale = v.issues.length > 0;
  const customer = v.customer ? v.doc : undefined;
  const currency = q?.total?.currency;
  const discounted = (q?.total?.discount ?? 0) > 0 || [...(q?.lines ?? []), ...(q?.warranty ?? []), ...(q?.extras ?? [])].some((x) => (x.discountPercent ?? 0) > 0);
  // The label of a total spans every column but the last (code, quantity, PBX, reason, unit price, discount).
  const span = 4 + (currency ? 1 : 0) + (discounted ? 1 : 0);
  return html`<section class="quote" part="quote" aria-labelledby="quote-heading" ?data-stale=${stale}>
    <slot name="header"></slot>
    <h2 id="quote-heading">${t('ui.quote')}</h2>
    ${renderMeta(v)} ${v.doc?.renderSummary(v)}
    ${stale
      ? html`<div class="stale" role="alert">
          <p>${t('ui.quote.stale')} ${t('ui.invalid', { count: v.issues.length })}</p>
          ${v.unplaced.length
            ? html`<ul part="error">
                ${v.unplaced.slice(0, 10).map((i) => html`<li>${l.issueWithPath(i)}</li>`)}
              </ul>`
            : nothing}
        </div>`
      : nothing}
    ${v.priceMessage ? html`<p class=${v.priceMessage.ok ? 'file-ok' : 'error-text'} part=${v.priceMessage.ok ? 'message' : 'error'} role="status">${v.priceMessage.text}</p>` : nothing}
    ${!q || q.lines.length + q.warranty.length + q.extras.length === 0
      ? html`<p>${t('ui.quote.empty')}</p>`
      : customer
        ? customer.renderCustomerTable(l, q, currency, discounted)
        : html`<div class="table-scroll">
          <table part="quote-table" class="stack">
            <thead>
              <tr>
                <th scope="col">${t('ui.col.code')}</th>
                <th scope="col" class="num">${t('ui.col.quantity')}</th>
                <th scope="col">${t('ui.col.pbx')}</th>
                <th scope="col">${t('ui.col.reason')}</th>
                ${currency ? html`<th scope="col" class="num">${t('ui.col.unitPrice')}</th>` : nothing}
                ${discounted ? html`<th scope="col" class="num">${t('ui.col.discount')}</th>` : nothing}
                ${currency ? html`<th scope="col" class="num">${t('ui.col.lineTotal')}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${[...q.lines, ...q.warranty, ...q.extras].map(
                (line, index) => html`<tr>
                  <td data-label=${t('ui.col.code')}><code class="code">${line.code}</code></td>
                  <td class="num" data-label=${t('ui.col.quantity')}>${l.number(line.quantity)}</td>
                  <td data-label=${t('ui.col.pbx')}>${line.pbx}</td>
                  <td class="reason" data-label=${t('ui.col.reason')}>${'reason' in line ? [t(line.reason.key, line.reason.params, currency), ' ', v.rules(String(index), line.ruleIds)] : line.name}</td>
                  ${currency ? html`<td class="num" data-label=${t('ui.col.unitPrice')}>${line.unitPrice == null ? '—' : exactMoney(l, line.unitPrice, currency)}</td>` : nothing}
                  ${discounted ? html`<td class="num" data-label=${t('ui.col.discount')}>${line.discountPercent ? l.percent(line.discountPercent) : '—'}</td>` : nothing}
                  ${currency
                    ? html`<td class="num" data-label=${t('ui.col.lineTotal')}>${line.lineNet == null ? '—' : (discounted ? l.money(line.lineNet, currency) : exactMoney(l, line.lineTotal ?? line.lineNet, currency))}</td>`
                    : nothing}
                </tr>`,
              )}
            </tbody>
            ${q.total ? html`<tfoot>${totalRows(l, q.total, span)}</tfoot>` : nothing}
          </table>
        </div>`}
    ${q && !customer ? [v.doc?.renderUcChoices(l, q), renderNotices(l, q.notices, currency)] : nothing}
    <slot name="footer"></slot>
    <div class="actions" part="actions">
      <button type="button" part="button" ?disabled=${!q || stale} @click=${v.onCsv}>${t('ui.export.csv')}</button>
      <button type="button" part="button" ?disabled=${!q || stale} @click=${v.onJson}>${t('ui.export.json')}</button>
      <button type="button" part="button print" @click=${v.onPrint}>${t('ui.print')}</button>
      <input type="file" id="import" class="file" accept="application/json,.json" ?disabled=${v.disabled} @change=${v.onImport} />
      <label for="import" class="button secondary" part="button">${t('ui.import')}</label>
      <slot name="actions" @click=${v.onActions}></slot>
    </div>
    ${v.fileMessage
      ? html`<p class=${v.fileMessage.ok ? 'file-ok' : 'error-text'} part=${v.fileMessage.ok ? 'message' : 'error'} role=${v.fileMessage.ok ? 'status' : 'alert'}>${v.fileMessage.text}</p>`
      : nothing}
  </section>`;
}
