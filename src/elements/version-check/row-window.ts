import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../shared/locale-controller.js';

/** Rows a list shows at once: 10,000 lots are 10,000 table rows (and twice as many steps) otherwise. */
export const WINDOW_ROWS = 100;

/** Where each element's windowed lists start, by list: kept with the element, across renders. */
const starts = new WeakMap<object, Map<string, number>>();

/** The first row shown of a list of `count` rows: a window's start, kept inside the list as it shrinks. */
export function windowStart(host: object, list: string, count: number): number {
  const start = starts.get(host)?.get(list) ?? 0;
  return start < count ? start : Math.max(0, Math.floor((count - 1) / WINDOW_ROWS) * WINDOW_ROWS);
}

/**
 * A long list in windows of WINDOW_ROWS rows: the rows of the current window, and (for a list
 * longer than one window) the way to the previous and next ones, "101–200 of 10,000" between them.
 * A button that becomes disabled hands the focus to the other, so the keyboard is never dropped.
 */
export function rowWindow<T>(l: LocaleController, list: string, items: readonly T[], row: (item: T, index: number) => TemplateResult) {
  const host = l.host;
  const count = items.length;
  const start = windowStart(host, list, count);
  const end = Math.min(count, start + WINDOW_ROWS);
  const rows: TemplateResult[] = [];
  for (let i = start; i < end; i++) rows.push(row(items[i]!, i));
  const go = (e: Event, to: number) => {
    let map = starts.get(host);
    if (!map) starts.set(host, (map = new Map()));
    map.set(list, to);
    host.requestUpdate();
    const button = e.currentTarget as HTMLButtonElement;
    void host.updateComplete.then(() => {
      if (button.disabled) (button.parentElement?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
    });
  };
  const t = l.t.bind(l);
  const size = { size: WINDOW_ROWS };
  const nav =
    count > WINDOW_ROWS
      ? html`<div class="row-window" part="row-window">
          <button type="button" class="secondary" ?disabled=${start === 0} @click=${(e: Event) => go(e, start - WINDOW_ROWS)}>${t('ui.window.previous', size)}</button>
          <span aria-live="polite">${t('ui.window.range', { from: start + 1, to: end, count })}</span>
          <button type="button" class="secondary" ?disabled=${end === count} @click=${(e: Event) => go(e, start + WINDOW_ROWS)}>${t('ui.window.next', size)}</button>
        </div>`
      : nothing;
  return { rows, nav, start };
}
