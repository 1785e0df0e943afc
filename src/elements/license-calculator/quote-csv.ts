import type { Quote } from '../../core/calculator.js';
import { toCsv } from '../shared/csv.js';
import type { LocaleController } from '../shared/locale-controller.js';

/** The quote as CSV in the user's language: code, quantity, PBX, reason, rules, prices, total. */
export function quoteCsv(q: Quote, l: LocaleController): string {
  const t = l.t.bind(l);
  const head = [t('ui.col.code'), t('ui.col.quantity'), t('ui.col.pbx'), t('ui.col.reason'), t('ui.rules'), t('ui.col.unitPrice'), t('ui.col.lineTotal')];
  const rows = [...q.lines, ...q.warranty].map((x) => [x.code, x.quantity, x.pbx, t(x.reason.key, x.reason.params), x.ruleIds.join(' '), x.unitPrice ?? null, x.lineTotal ?? null]);
  if (q.total) rows.push([t('ui.total'), null, null, null, null, q.total.currency, q.total.amount]);
  return toCsv([head, ...rows]);
}
