import { html, nothing } from 'lit';
import type { Quote } from '../../core/calculator.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { positions } from './positions.js';
import { skipToQuote } from './scenario-form.js';

/**
 * The price in sight while editing (issue 24): where the quote sits under the form (an element
 * narrower than the side-by-side layout), a bar at the foot of the screen while the form is on
 * it, with the net total, the number of positions and a way to the quote. Beside the form it is
 * not shown (on-request.styles.ts). A quote the form's input no longer gives is marked so.
 */
export function renderTotalBar(l: LocaleController, q: Quote | null, stale: boolean) {
  if (!q) return nothing;
  const t = l.t.bind(l);
  const total = q.total;
  return html`<div class="total-bar" part="total-bar" ?data-stale=${stale}>
    ${total ? html`<span>${t(total.complete ? 'ui.total.net' : 'ui.total.netIncomplete')}: <strong class="amount">${l.money(total.net, total.currency)}</strong></span>` : nothing}
    <span>${t('ui.totalBar.positions', { count: positions(q, l).length })}${stale ? html` (${t('ui.totalBar.stale')})` : nothing}</span>
    <button type="button" class="secondary" part="button total-bar-link" @click=${skipToQuote}>${t('ui.totalBar.toQuote')}</button>
  </div>`;
}
