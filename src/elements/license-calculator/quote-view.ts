import { html, nothing } from 'lit';
import type { Quote } from '../../core/calculator.js';
import type { InputIssue } from '../../core/errors.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';

/** What the quote section shows, handed over by the calculator. */
export interface QuoteView {
  readonly l: LocaleController;
  readonly quote: Quote | null;
  /** Every issue of the current input: the quote shown is then the last valid one (stale). */
  readonly issues: readonly InputIssue[];
  /** The issues with no field of their own on the form. */
  readonly unplaced: readonly InputIssue[];
  readonly fileMessage: { ok: boolean; text: string } | null;
  readonly onCsv: () => void;
  readonly onJson: () => void;
  readonly onImport: (e: Event) => void;
}

/** The quote: lines with reasons and rule IDs, prices and total, notices, files. */
export function renderQuote(v: QuoteView) {
  const { l, quote: q } = v;
  const t = l.t.bind(l);
  const stale = v.issues.length > 0;
  const currency = q?.total?.currency;
  return html`<section class="quote" part="quote" aria-labelledby="quote-heading" ?data-stale=${stale}>
    <h2 id="quote-heading">${t('ui.quote')}</h2>
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
    ${!q || q.lines.length + q.warranty.length === 0
      ? html`<p>${t('ui.quote.empty')}</p>`
      : html`<div class="table-scroll">
          <table part="quote-table" class="stack">
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
              ${[...q.lines, ...q.warranty].map(
                (line) => html`<tr>
                  <td data-label=${t('ui.col.code')}><code class="code">${line.code}</code></td>
                  <td class="num" data-label=${t('ui.col.quantity')}>${l.number(line.quantity)}</td>
                  <td data-label=${t('ui.col.pbx')}>${line.pbx}</td>
                  <td class="reason" data-label=${t('ui.col.reason')}>${t(line.reason.key, line.reason.params, currency)} <span class="rules">(${line.ruleIds.join(', ')})</span></td>
                  ${currency
                    ? html`<td class="num" data-label=${t('ui.col.unitPrice')}>${line.unitPrice == null ? '—' : l.money(line.unitPrice, currency)}</td>
                        <td class="num" data-label=${t('ui.col.lineTotal')}>${line.lineTotal == null ? '—' : l.money(line.lineTotal, currency)}</td>`
                    : nothing}
                </tr>`,
              )}
            </tbody>
            ${q.total
              ? html`<tfoot>
                  <tr part="total">
                    <td colspan="5">${q.total.complete ? t('ui.total') : t('ui.total.incomplete')}</td>
                    <td class="num" data-label=${q.total.currency}>${l.money(q.total.amount, q.total.currency)}</td>
                  </tr>
                </tfoot>`
              : nothing}
          </table>
        </div>`}
    ${q ? renderNotices(l, q.notices, currency) : nothing}
    <div class="actions">
      <button type="button" part="button" ?disabled=${!q || stale} @click=${v.onCsv}>${t('ui.export.csv')}</button>
      <button type="button" part="button" ?disabled=${!q || stale} @click=${v.onJson}>${t('ui.export.json')}</button>
      <input type="file" id="import" class="file" accept="application/json,.json" @change=${v.onImport} />
      <label for="import" class="button secondary" part="button">${t('ui.import')}</label>
    </div>
    ${v.fileMessage
      ? html`<p class=${v.fileMessage.ok ? 'file-ok' : 'error-text'} part=${v.fileMessage.ok ? 'message' : 'error'} role=${v.fileMessage.ok ? 'status' : 'alert'}>${v.fileMessage.text}</p>`
      : nothing}
  </section>`;
}
