import { html } from 'lit';
import type { BalanceRow } from '../../core/balance.js';
import type { LicenseKey } from '../../core/schemas.js';
import { ssaStatus } from '../../core/ssa.js';
import { cssom } from '../shared/cssom-style.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { KEY_ROW_HEIGHT, KEY_VIEW_ROWS } from './balance-table.styles.js';

/** An opened row of the balance: its license keys (in the key reader's chunk: no first state opens a row). */
export interface KeyListView {
  readonly l: LocaleController;
  readonly row: BalanceRow;
  readonly keys: readonly LicenseKey[];
  /** The day SSA ends are judged by (SSA-4). */
  readonly today: string;
  /** How far the list is scrolled (px): only the rows in sight are drawn. */
  readonly scroll: number;
  readonly onScroll: (top: number) => void;
}

/** A row's license keys in a scrolling window (100,000 keys draw a few dozen rows). */
export function renderKeyList(v: KeyListView) {
  const { l, row, keys } = v;
  // The header row takes the first row's height at the top of the scrolling area.
  const first = Math.max(0, Math.floor((v.scroll - KEY_ROW_HEIGHT) / KEY_ROW_HEIGHT) - 2);
  const last = Math.min(row.keyIndexes.length, first + KEY_VIEW_ROWS + 4);
  const t = l.t.bind(l);
  const visible = [];
  for (let i = first; i < last; i++) {
    const k = keys[row.keyIndexes[i]!]!;
    visible.push(html`<div class="row" role="row" aria-rowindex=${i + 2} ${cssom({ top: `${i * KEY_ROW_HEIGHT}px` })}>
      <span role="cell">${k.serial}</span><span role="cell">${k.customer ?? ''}</span><span role="cell">${k.location ?? ''}</span><span role="cell">${k.description ?? ''}</span
      ><span role="cell">${l.number(k.count)}</span><span role="cell">${t(k.status === 'active' ? 'ui.status.active' : 'ui.status.revoked')}</span
      >${renderSsa(l, k.ssaUntil, v.today)}
    </div>`);
  }
  return html`<div
    class="keys"
    part="keys"
    role="table"
    tabindex="0"
    aria-label=${t('ui.balance.keys', { code: row.code, count: row.keyIndexes.length })}
    aria-rowcount=${row.keyIndexes.length + 1}
    @scroll=${(e: Event) => v.onScroll((e.target as HTMLElement).scrollTop)}
  >
    <div role="rowgroup" class="keys-head">
      <div class="row head" role="row" aria-rowindex="1">
        ${[t('ui.key.serial'), t('ui.meta.customer'), t('ui.key.location'), t('ui.key.description'), t('ui.col.quantity'), t('ui.key.status'), 'SSA'].map((h) => html`<span role="columnheader">${h}</span>`)}
      </div>
    </div>
    <div role="rowgroup" class="keys-body" ${cssom({ height: `${row.keyIndexes.length * KEY_ROW_HEIGHT}px` })}>${visible}</div>
  </div>`;
}

/** SSA-4: the key's agreement, flagged when it ends within the reminder days or has ended. */
function renderSsa(l: LocaleController, ssaUntil: string | undefined, today: string) {
  const status = ssaStatus(ssaUntil, today);
  const text = status === 'none' ? l.t('ui.ssa.none') : l.t(`ui.ssa.${status}`, { date: ssaUntil! });
  return html`<span role="cell" class="ssa-${status}">${text}</span>`;
}
