import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';

const root = (el: Element) => el.shadowRoot!;
const cells = (table: Element | null) => [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));

async function paste(el: PbxVersionCheck, text: string) {
  const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

async function typeIn(el: PbxVersionCheck, id: string, value: string) {
  const input = root(el).getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

async function choose(el: PbxVersionCheck, id: string, value: string) {
  const select = root(el).getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<pbx-version-check>: the installed base (issue 12)', () => {
  const pasted = ['Lizenztyp;Anzahl;Gerät;Bindungsdatum;SSA bis', 'PBX-Port10;100;HQ-1;10.01.2024;09.01.2027', 'PBX-Port10%500;30;BR-2;;', 'PBX-Port13;20;HQ-1;;'].join('\n');

  it('pasted spreadsheet columns (German header, German dates) and the release date give the upgrade plan', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="de" pbx-version="13" today="2026-11-26" .prices=${{ currency: 'EUR', 'PBX-Port13%500': 20 }}></pbx-version-check>`);
    await paste(el, pasted);
    await typeIn(el, 'targetReleased', '15.06.2026');
    const plan = root(el).querySelector('[part="upgrade"]')!;
    expect(plan.querySelector('h3')!.textContent).to.equal('Upgrade auf V13');
    expect(cells(plan.querySelector('[part="upgrade-lots"]')).map((r) => [r[0], r[1], r[2], r[3]])).to.deep.equal([
      ['PBX-Port10', '100', 'HQ-1', 'kostenlos mit SSA'],
      ['PBX-Port10%500', '30', 'BR-2', 'kaufen'],
      ['PBX-Port13', '20', 'HQ-1', 'läuft weiter'],
    ]);
    const order = cells(plan.querySelector('[part="upgrade-order"]'));
    expect(order.map((r) => [r[0], r[1], r[4]])).to.deep.equal([['PBX-Port13%500', '30', '600,00 €']]);
    expect(el.upgrade!.ok).to.equal(false);
  });

  it('without the release date an SSA lot is "release date needed"; an unreadable date is named at its field', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="13" today="2026-11-26"></pbx-version-check>`);
    await paste(el, 'PBX-Port10;100;HQ-1;2024-01-10;2027-01-09');
    expect(cells(root(el).querySelector('[part="upgrade-lots"]'))[0]![3]).to.equal('release date needed');
    await typeIn(el, 'targetReleased', '31.02.2026');
    expect(root(el).getElementById('targetReleased-error')!.textContent).to.contain('Not a date');
  });

  it('offers the move to central licensing: choose the master, see the steps', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12" today="2026-11-26"></pbx-version-check>`);
    await paste(el, 'PBX-Port12;200;HQ-1\nPBX-Port10;50;BR-2;2020-01-01;2027-01-01\nRelay-PRIs;1;BR-2');
    const section = root(el).querySelector('[part="migration"]')!;
    expect(section.textContent).to.contain('Choose the device that becomes the license master');
    await choose(el, 'master', 'HQ-1');
    const steps = [...root(el).querySelectorAll('[part="migration-steps"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps.map((s) => s.split(':')[0])).to.deep.equal(['Stays PBX-Port12 × 200', 'Release PBX-Port10 × 50', 'Bind PBX-Port10 × 50', 'Stays Relay-PRIs × 1']);
    expect(steps[1]).to.contain('BR-2 → project pool');
    expect(el.migration!.maxPbxVersion).to.equal(10);
    await choose(el, 'convertTo', '12');
    expect(el.migration!.ssaCharged).to.deep.equal([{ code: 'PBX-Port12', count: 50, years: 1 }]);
    await typeIn(el, 'firmware', '7');
    expect(el.migration!.ok).to.equal(false);
    expect(root(el).querySelector('[part="migration"]')!.textContent).to.contain('central licensing needs version 8');
  });
});

describe('<pbx-version-check>: the migration plan as the user knows the devices (issue 24)', () => {
  const named = [
    'License type;Quantity;Serial;Name',
    'PBX-Port12;500;00-90-33-01-02-ab;Headquarters',
    'PBX-UC12;20;00-90-33-01-02-ab;',
    'PBX-Port10;50;00-90-33-0a-0b-0c;Branch Munich',
    'PBX-UC10;5;00-90-33-0a-0b-0c;',
    'Relay-PRIs;1;00-90-33-0a-0b-0c;',
  ].join('\n');

  it('the master candidates: each device by its name and serial, with what it holds; the steps name them so', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12" today="2026-11-26"></pbx-version-check>`);
    await paste(el, named);
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('#master option')].map((o) => [o.value, o.textContent!.trim()]);
    expect(options).to.deep.equal([
      ['', '—'],
      ['00-90-33-01-02-ab', 'Headquarters (00-90-33-01-02-ab)'],
      ['00-90-33-0a-0b-0c', 'Branch Munich (00-90-33-0a-0b-0c)'],
    ]);
    // Shown before a master is chosen: what each candidate holds.
    expect(cells(root(el).querySelector('[part="migration-devices"]'))).to.deep.equal([
      ['Headquarters (00-90-33-01-02-ab)', 'PBX-Port12 × 500, PBX-UC12 × 20', '520 licenses'],
      ['Branch Munich (00-90-33-0a-0b-0c)', 'PBX-Port10 × 50, PBX-UC10 × 5, Relay-PRIs × 1', '56 licenses'],
    ]);
    await choose(el, 'master', '00-90-33-01-02-ab');
    expect(cells(root(el).querySelector('[part="migration-devices"]'))[0]![0]).to.equal('Headquarters (00-90-33-01-02-ab) (license master)');
    const steps = [...root(el).querySelectorAll('[part="migration-steps"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps[2]).to.contain('Branch Munich (00-90-33-0a-0b-0c) → project pool');
    // A lot that stays is on one device: no "Headquarters → Headquarters".
    expect(steps[0]).to.match(/^Stays PBX-Port12 × 500: Headquarters \(00-90-33-01-02-ab\) — /);
    // The upgrade's lots name their device so too.
    const lot = cells(root(el).querySelector('[part="upgrade-lots"]')).find((r) => r[0] === 'PBX-Port10')!;
    expect(lot[2]).to.equal('Branch Munich (00-90-33-0a-0b-0c)');
    expect(steps[3]).to.contain('Bind PBX-Port10 to the master Headquarters (00-90-33-01-02-ab).');
    // The core's plan keeps the serials; the names are the view's.
    expect(el.migration!.steps[2]!.from).to.equal('00-90-33-0a-0b-0c');
    await expect(el).to.be.accessible();
  });

  it('with prices the year of SSA a conversion charges is priced (MIG-3), from the list\'s SSA:<code> entries; in German too', async () => {
    const prices = { currency: 'EUR', vatRate: 19, 'SSA:PBX-Port12': 6, 'SSA:PBX-UC12': 12 };
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12" today="2026-11-26" master="00-90-33-01-02-ab" convert-to="12" .prices=${prices}></pbx-version-check>`);
    await paste(el, named);
    const table = root(el).querySelector('[part="migration-ssa"]')!;
    expect(cells(table)).to.deep.equal([
      ['PBX-Port12', '50', '1', '€6.00', '€300.00'],
      ['PBX-UC12', '5', '1', '€12.00', '€60.00'],
    ]);
    const totals = [...table.querySelectorAll('tfoot tr')].map((tr) => [tr.getAttribute('part'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())]);
    expect(totals).to.deep.equal([
      ['migration-ssa-total-net', 'Net total', '€360.00'],
      ['migration-ssa-total-vat', 'VAT 19%', '€68.40'],
      ['migration-ssa-total', 'Total incl. VAT', '€428.40'],
    ]);
    // A type the list has no SSA price for: no amount, and the notice names the key to add.
    el.prices = { currency: 'EUR', 'SSA:PBX-Port12': 6 };
    await el.updateComplete;
    expect(cells(root(el).querySelector('[part="migration-ssa"]'))[1]).to.deep.equal(['PBX-UC12', '5', '1', '—', '—']);
    expect(root(el).querySelector('[part="migration"]')!.textContent).to.contain('No price for a year of SSA of PBX-UC12: the price list has no entry “SSA:PBX-UC12”.');
    // A list that prices none of it: its totals are "—", never a "€0.00" that reads as free.
    el.prices = { currency: 'EUR', 'PBX-Port12': 30 };
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[part="migration-ssa"] tfoot td.num')].map((td) => td.textContent!.trim())).to.deep.equal(['—']);
    // Without prices the year is said (a notice), not priced.
    el.prices = undefined;
    await el.updateComplete;
    expect(root(el).querySelector('[part="migration-ssa"]')).to.equal(null);
    el.lang = 'de';
    el.prices = prices;
    await el.updateComplete;
    expect(root(el).querySelector('[part="migration-ssa"] tfoot [part="migration-ssa-total"]')!.textContent).to.contain('428,40');
    await expect(el).to.be.accessible();
  });
});

describe('<pbx-license-calculator>: warranty extension per gateway (WAR-1..3)', () => {
  it('quotes the on-purchase extension lines, priced', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator .prices=${{ currency: 'EUR', 'PBX-Port12': 10, '12-00400-004': 50 }}></pbx-license-calculator>`);
    el.scenario = { version: 12, today: '2026-11-26', pbxs: [{ name: 'HQ', platform: 'gateway', gateway: 'IP811', users: 10, trunks: 0 }] };
    await el.updateComplete;
    const field = root(el).getElementById('pbxs-0-warrantyYears') as HTMLInputElement;
    const change = oneEvent(el, 'pbx-change');
    field.value = '3';
    field.dispatchEvent(new InputEvent('input'));
    expect((await change).detail.quote.warranty[0].quantity).to.equal(3);
    await el.updateComplete;
    const row = cells(root(el).querySelector('[part="quote-table"]')).find((r) => r[0] === '12-00400-004')!;
    expect(row.slice(0, 3)).to.deep.equal(['12-00400-004', '3', 'HQ']);
    expect(row[3]).to.contain('warranty until Nov 25, 2030');
    expect(root(el).querySelector('[part="total"]')!.textContent).to.contain('250.00');
    field.value = '5';
    field.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(root(el).getElementById('pbxs-0-warrantyYears-error')!.textContent).to.equal('The largest value allowed is 4.');
  });
});

describe('<pbx-license-calculator>: warranty years and hardware asked for an IPVA', () => {
  it('are kept and answered with a notice, not a line (WAR-1)', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = { version: 12, today: '2026-11-26', pbxs: [{ name: 'V', platform: 'ipva', users: 10, trunks: 0 }] };
    await el.updateComplete;
    const field = root(el).getElementById('pbxs-0-warrantyYears') as HTMLInputElement;
    const change = oneEvent(el, 'pbx-change');
    field.value = '2';
    field.dispatchEvent(new InputEvent('input'));
    expect((await change).detail.quote.warranty).to.deep.equal([]);
    await el.updateComplete;
    expect(cells(root(el).querySelector('[part="quote-table"]')).some((r) => r[0]!.startsWith('12-00400-'))).to.equal(false);
    expect(root(el).textContent!.replace(/\s+/g, ' ')).to.contain('V is an IPVA: it has no device whose warranty could be extended.');
  });

  it('hardware interfaces asked for an IPVA are kept and answered with a notice, not a line (HW-1)', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = { version: 12, pbxs: [{ name: 'V', platform: 'ipva', users: 10, trunks: 0 }] };
    await el.updateComplete;
    const field = root(el).getElementById('pbxs-0-hardware-bri') as HTMLInputElement;
    field.value = '2';
    field.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(cells(root(el).querySelector('[part="quote-table"]')).map((r) => r[0])).to.not.include('Relay-BRIs');
    expect(root(el).textContent!.replace(/\s+/g, ' ')).to.contain('V is an IPVA: it has no BRI, PRI or channel interfaces');
  });
});

describe('<pbx-balance-table>: SSA status of license keys (SSA-4)', () => {
  it('flags SSAs ending within 60 days and ended ones, per type and per key', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table
      today="2026-11-26"
      .balance=${{
        activationKeys: [{ code: 'PBX-Port12', count: 100 }],
        licenseKeys: [
          { code: 'PBX-Port12', count: 10, serial: 'A', status: 'active', ssaUntil: '2027-01-10' },
          { code: 'PBX-Port12', count: 5, serial: 'B', status: 'active', ssaUntil: '2026-01-01' },
          { code: 'PBX-Port12', count: 1, serial: 'C', status: 'active', ssaUntil: '2030-01-01' },
          { code: 'PBX-Port12', count: 1, serial: 'D', status: 'active' },
        ],
      }}
    ></pbx-balance-table>`);
    const first = root(el).querySelector('tbody tr td')!;
    expect(first.textContent!.replace(/\s+/g, ' ')).to.contain('10 licenses: SSA ends soon').and.contain('5 licenses: SSA ended');
    const notices = [...root(el).querySelectorAll('[part~="notice"]')].map((n) => n.textContent!.replace(/\s+/g, ' '));
    expect(notices.some((n) => n.includes('ends on Jan 10, 2027 (in 45 days)'))).to.equal(true);
    (root(el).querySelector('button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    const ssa = [...root(el).querySelectorAll('.keys-body .row')].map((r) => r.lastElementChild!.textContent);
    expect(ssa).to.deep.equal(['SSA ends Jan 10, 2027', 'SSA ended Jan 1, 2026', 'SSA until Jan 1, 2030', 'no SSA']);
  });
});
