import { html, nothing } from 'lit';
import type { Quote } from '../../core/calculator.js';
import type { LocaleController } from '../shared/locale-controller.js';
import type { QuoteView } from './quote-view.js';

/*
 * Parts of the quote that no first render needs: the printed summary of the inputs (hidden on
 * screen) and the UC comparison. They come with the document chunk, right after the first render.
 */

/**
 * What the quote was made from, for the printed document: PBXs, users, options of the scenario
 * the lines were computed from (not the form's, which may hold another, invalid one). A stale
 * quote is marked "Draft: not valid" in print, at the top and across every page.
 */
export function renderSummary(v: QuoteView) {
  const t = v.l.t.bind(v.l);
  const draft = t('ui.quote.draft');
  return html`${v.issues.length ? html`<p class="print-draft" part="draft" data-mark=${draft}>${draft}</p>` : nothing}
    ${v.scenario
      ? html`<section class="print-summary" part="summary" aria-label=${t('ui.summary')}>
          <h3>${t('ui.summary')}</h3>
          <ul>
            ${v.scenario.pbxs.map(
              (p) => html`<li>
                ${t('ui.summary.pbx', {
                  name: p.name,
                  platform: p.platform === 'ipva' ? t('ui.platform.ipva') : p.gateway || t('ui.platform.gateway'),
                  users: p.users,
                  trunks: p.trunks,
                })}${p.standby ? `, ${t('ui.standby')}` : ''}${p.userGroups?.length ? `, ${t('ui.summary.groups', { count: p.userGroups.length })}` : ''}
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}`;
}

/** `uc: 'auto'` with prices: the comparison it decided on, per user group (UC-1, UC-3). */
export function renderUcChoices(l: LocaleController, q: Quote) {
  if (!q.ucChoices.length || !q.total) return nothing;
  const t = l.t.bind(l);
  const money = (n: number) => l.money(n, q.total!.currency);
  return html`<table class="stack uc-choices" part="uc-comparison">
    <caption>${t('ui.uc.comparison')}</caption>
    <thead>
      <tr>
        <th scope="col">${t('ui.userGroups')}</th>
        <th scope="col" class="num">${t('ui.uc.ucTotal')}</th>
        <th scope="col" class="num">${t('ui.uc.modulesTotal')}</th>
        <th scope="col">${t('ui.uc.chosen')}</th>
      </tr>
    </thead>
    <tbody>
      ${q.ucChoices.map(
        (c) => html`<tr>
          <td data-label=${t('ui.userGroups')}>${c.group} (${c.pbx}, ${l.number(c.users)}): ${c.modules.join(', ')}</td>
          <td class="num" data-label=${t('ui.uc.ucTotal')}>${money(c.ucTotal)}</td>
          <td class="num" data-label=${t('ui.uc.modulesTotal')}>${money(c.modulesTotal)}</td>
          <td data-label=${t('ui.uc.chosen')}><strong>${t(c.chosen === 'uc' ? 'ui.uc.chosenUc' : 'ui.uc.chosenModules')}</strong></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

