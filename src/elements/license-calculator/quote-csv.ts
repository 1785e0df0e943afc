import type { Quote } from '../../core/calculator.js';
import { download } from '../shared/files.js';
import { toCsv } from '../shared/csv.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { positions } from './positions.js';

/**
 * The quote as CSV that adds up (issue 24), in the user's language: one row per position (article,
 * code, description, quantity, unit price, discount in %, net amount: the document's figures),
 * then the list, discount, net, VAT and gross rows, whose figures are the document's totals
 * (list − discount = net, net + VAT = gross). The reseller's view adds PBX, reason and rule IDs
 * after those columns; the customer's has none of them. Where the locale writes a decimal comma
 * (de, nl, it, fr) the cells are separated by `;` and the numbers written with a comma, as a
 * spreadsheet there opens them into columns; formula cells stay neutralised (csv.ts).
 */
export function quoteCsv(q: Quote, l: LocaleController, customer?: boolean): string {
  const t = l.t.bind(l);
  const total = q.total;
  const currency = total ? ` (${total.currency})` : '';
  const lines = [...q.lines, ...q.warranty, ...q.extras];
  const digits = total ? new Intl.NumberFormat('en', { style: 'currency', currency: total.currency }).resolvedOptions().maximumFractionDigits! : 2;
  const reseller = (cells: unknown[]) => (customer ? [] : cells);
  const head = [t('ui.col.article'), t('ui.col.code'), t('ui.col.description'), t('ui.col.quantity'), t('ui.col.unitPrice') + currency, `${t('ui.col.discount')} (%)`, t('ui.col.net') + currency, ...reseller([t('ui.col.pbx'), t('ui.col.reason'), t('ui.rules')])];
  const rows = positions(q, l).map((p, i) => {
    const x = lines[i]!;
    return [
      p.article,
      // The customer's CSV as the customer's document: a license type only for a license.
      customer && !p.license ? '' : p.code,
      p.description,
      p.quantity,
      p.unitPrice,
      p.discountPercent,
      // As the document shows it: the net amount when discounted (in the currency's minor unit), else the list amount, as exact as the list.
      p.discountPercent && p.amount !== null ? Number(p.amount.toFixed(digits)) : (p.listAmount ?? p.amount),
      ...reseller([p.pbx, 'reason' in x ? t(x.reason.key, x.reason.params, total?.currency) : '', 'ruleIds' in x ? x.ruleIds.join(' ') : '']),
    ];
  });
  const sum = (label: string, amount: number) => ['', '', label, null, null, null, amount];
  if (total)
    rows.push(
      sum(t('ui.total.list'), total.list),
      sum(t('ui.total.discount'), -total.discount),
      sum(t(total.complete ? 'ui.total.net' : 'ui.total.netIncomplete'), total.net),
      sum(t('ui.total.vat', { rate: total.vatRate }), total.vat),
      sum(t(total.complete ? 'ui.total.gross' : 'ui.total.grossIncomplete'), total.gross),
    );
  return toCsv([head, ...rows] as (string | number | null)[][], l.number(1.5).includes(','));
}

/** The CSV download: UTF-8 with a byte order mark, which spreadsheets need to read it as UTF-8. */
export const downloadCsv = (csv: string) => download('pbx-license-quote.csv', 'text/csv;charset=utf-8', `\ufeff${csv}`);
