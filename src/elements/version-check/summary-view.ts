import { css, html, nothing } from 'lit';
import { blockingBesidePlan, noticesBesidePlan, upgradeSummary } from '../../core/upgrade-summary.js';
import type { UpgradePlan } from '../../core/upgrade.js';
import type { VersionCheckResult } from '../../core/version-check.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderNotices } from '../shared/notices.js';

/**
 * The summary's colours (adopted with the plans): green is the verdict's own (`--pbx-color-success`),
 * amber the warning's, red the error's.
 */
export const summaryStyles = css`
  .verdict[data-tone='order'] {
    border-color: var(--_warning);
  }
  .verdict[data-tone='blocked'] {
    border-color: var(--_error);
  }
`;

/** The summary as one text: the headline shows it, the status line announces it. */
export function summaryText(l: LocaleController, result: VersionCheckResult, plan: UpgradePlan): string {
  const s = upgradeSummary(result, plan);
  return s.lines.map((line) => l.t(line.key, line.params, s.net?.currency)).join(' ');
}

/**
 * The answer first (issue 24): the summary in its tone, then only what the plan's rows do not say
 * (blockings against other software or a function's minimum PBX version, the verdict's other notices).
 */
export function renderSummary(l: LocaleController, result: VersionCheckResult, plan: UpgradePlan, stale: boolean) {
  const tone = upgradeSummary(result, plan).tone;
  const blocking = blockingBesidePlan(result, plan);
  return html`<p class="verdict ${tone}" part="verdict" data-tone=${tone} ?data-stale=${stale}>${summaryText(l, result, plan)}</p>
    ${blocking.length
      ? html`<h3>${l.t('ui.vc.blocking')}</h3>
          <ul part="blocking">
            ${blocking.map((b) => html`<li><code class="code">${b.code}</code> × ${l.number(b.count)}: ${l.t(b.reason.key, b.reason.params)} <span class="rules">(${b.ruleIds.join(', ')})</span></li>`)}
          </ul>`
      : nothing}
    ${renderNotices(l, noticesBesidePlan(result, plan))}`;
}
