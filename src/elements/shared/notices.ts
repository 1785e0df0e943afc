import { html, nothing } from 'lit';
import type { Notice } from '../../core/calculator.js';
import type { LocaleController } from './locale-controller.js';

/** The notices of a core result: errors, warnings, info, each with its rule IDs. */
export function renderNotices(l: LocaleController, notices: readonly Notice[], currency?: string) {
  if (!notices.length) return nothing;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...notices].sort((a, b) => order[a.severity] - order[b.severity]);
  return html`<ul part="notices" class="notices">
    ${sorted.map(
      (n) => html`<li class="notice ${n.severity}" part="notice notice-${n.severity}">
        <strong>${l.t(`ui.severity.${n.severity}`)}:</strong> ${l.t(n.key, n.params, currency)}
        ${n.ruleIds.length ? html`<span class="rules">(${n.ruleIds.join(', ')})</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}
