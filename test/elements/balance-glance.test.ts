import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable } from '../../src/index.js';
import { until } from '../until.js';

// Issue 24, "the balance at a glance": SSA notices grouped by what the reseller must do, and a
// filter that finds a licence by its keys (serial, customer, location, project).
const root = (el: Element) => el.shadowRoot!;
const codes = (el: Element) => [...root(el).querySelectorAll('tbody tr td:first-child code')].map((c) => c.textContent!.trim());
const key = (code: string, count: number, extra: Record<string, string>) => ({ code, count, status: 'active' as const, boundOn: '2024-01-01', ...extra });
const balance = {
  activationKeys: [{ code: 'PBX-Port12', count: 600 }, { code: 'PBX-UC12', count: 300 }, { code: 'PBX-Video12', count: 100 }],
  licenseKeys: [
    key('PBX-Port12', 500, { serial: '00-90-33-3f-00-01', customer: 'Muster GmbH', location: 'Stuttgart', project: 'Rollout 2026', ssaUntil: '2026-12-20' }),
    key('PBX-UC12', 200, { serial: '00-90-33-3f-00-02', customer: 'Beispiel AG', location: 'Basel', ssaUntil: '2026-12-20' }),
    key('PBX-Video12', 97, { serial: '00-90-33-3f-00-03', customer: 'Muster GmbH', location: 'Hamburg', ssaUntil: '2026-12-20' }),
  ],
};
async function filterBy(el: PbxBalanceTable, text: string) {
  const input = root(el).getElementById('filter') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('<pbx-balance-table> at a glance (issue 24)', () => {
  it('one SSA notice for the 797 licences of 3 types that end on one day, the types listed once', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02" .balance=${balance}></pbx-balance-table>`);
    const notices = [...root(el).querySelectorAll('.notice')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    const ssa = notices.filter((n) => n.includes('SSA'));
    expect(ssa).to.have.length(1);
    expect(ssa[0]).to.contain('The SSA of 797 licenses in 3 types (PBX-Port12: 500, PBX-UC12: 200, and PBX-Video12: 97) ends on Dec 20, 2026 (in 18 days)');
  });

  it('the same in German', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de" today="2026-12-02" .balance=${balance}></pbx-balance-table>`);
    const text = [...root(el).querySelectorAll('.notice')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    expect(text).to.contain('Das SSA von 797 Lizenzen in 3 Typen (PBX-Port12: 500, PBX-UC12: 200 und PBX-Video12: 97) endet am 20.12.2026 (in 18 Tagen)');
  });

  it('the filter matches a type, or the serial, customer, location or project of one of its keys', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02" .balance=${balance}></pbx-balance-table>`);
    expect(codes(el)).to.deep.equal(['PBX-Port12', 'PBX-UC12', 'PBX-Video12']);
    await filterBy(el, 'uc12');
    expect(codes(el)).to.deep.equal(['PBX-UC12']);
    await filterBy(el, 'muster');
    expect(codes(el), 'customer').to.deep.equal(['PBX-Port12', 'PBX-Video12']);
    await filterBy(el, 'Basel');
    expect(codes(el), 'location').to.deep.equal(['PBX-UC12']);
    await filterBy(el, '3f-00-03');
    expect(codes(el), 'serial').to.deep.equal(['PBX-Video12']);
    await filterBy(el, 'rollout');
    expect(codes(el), 'project').to.deep.equal(['PBX-Port12']);
    expect(root(el).querySelector('[part="no-match"]')).to.equal(null);
  });

  it('a filter that matches nothing says so, in the user’s words', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02" .balance=${balance}></pbx-balance-table>`);
    await filterBy(el, 'Zürich');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector('[part="no-match"]')!.textContent).to.equal('No license matches “Zürich” (license type, serial number, customer, location or project).');
    el.lang = 'nl';
    await el.updateComplete;
    await until(() => !root(el).querySelector('[part="no-match"]')!.textContent!.includes('…'), { el });
    expect(root(el).querySelector('[part="no-match"]')!.textContent).to.equal('Geen licentie komt overeen met ‘Zürich’ (licentietype, serienummer, klant, locatie of project).');
  });

  it('pasted keys with a header row naming a Project column: the filter finds them by project', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02" .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 10 }, { code: 'PBX-UC12', count: 5 }], licenseKeys: [] }}></pbx-balance-table>`);
    root(el).querySelector('details')!.open = true;
    await el.updateComplete;
    const area = root(el).getElementById('keys-paste') as HTMLTextAreaElement;
    area.value = 'Type;Count;Serial;Project\nPBX-Port12;4;SN-1;Filiale Nord\nPBX-UC12;2;SN-2;Zentrale';
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    await filterBy(el, 'nord');
    expect(codes(el)).to.deep.equal(['PBX-Port12']);
  });

  it('an opened row lists its keys (they come with the key reader)', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02" .balance=${balance}></pbx-balance-table>`);
    (root(el).querySelector('button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    const cells = [...root(el).querySelectorAll('[part="keys"] .row:not(.head) span')].map((s) => s.textContent!.trim());
    expect(cells.slice(0, 7)).to.deep.equal(['00-90-33-3f-00-01', 'Muster GmbH', 'Stuttgart', '', '500', 'active', 'SSA ends Dec 20, 2026']);
  });
});
