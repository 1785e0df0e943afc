import { html } from 'lit';
import { field, type FormView } from './scenario-form.js';

/**
 * The reseller's other articles in the form (issue 24): each with its price list code, quantity
 * and the name the quote gives it; "Add item" and a remove button per row. Part of the document
 * chunk: it appears right after the first render.
 */
export function renderExtras(v: FormView) {
  const t = v.l.t.bind(v.l);
  const extras = v.draft.extras;
  const set = (j: number, patch: Partial<(typeof extras)[number]>) => v.edit((d) => ({ ...d, extras: d.extras.map((x, k) => (k === j ? { ...x, ...patch } : x)) }));
  return html`<fieldset class="extras">
    <legend>${t('ui.extras')}</legend>
    ${extras.map(
      (x, j) => html`<div class="grid extra">
        ${field(v, `extras-${j}-code`, 'extraCode', t('ui.extra.code'), x.code, (value) => set(j, { code: value }), { inputmode: 'text' })}
        ${field(v, `extras-${j}-quantity`, 'extraQuantity', t('ui.col.quantity'), x.quantity, (value) => set(j, { quantity: value }))}
        ${field(v, `extras-${j}-name`, 'extraName', t('ui.extra.name'), x.name, (value) => set(j, { name: value }), { inputmode: 'text' })}
        <button
          type="button"
          class="secondary"
          part="button"
          aria-label=${t('ui.extra.remove', { name: x.name || x.code || j + 1 })}
          @click=${() => {
            v.edit((d) => ({ ...d, extras: d.extras.filter((_, k) => k !== j) }));
            v.focusAfterUpdate('#add-extra');
          }}
        >
          ×
        </button>
      </div>`,
    )}
    <button
      type="button"
      part="button"
      id="add-extra"
      @click=${() => {
        v.edit((d) => ({ ...d, extras: [...d.extras, { code: '', quantity: '1', name: '' }] }));
        v.focusAfterUpdate(`#extras-${extras.length}-code`);
      }}
    >
      ${t('ui.extra.add')}
    </button>
  </fieldset>`;
}
