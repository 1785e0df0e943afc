import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator } from '../../src/index.js';

const root = (el: Element) => el.shadowRoot!;
const cells = (el: Element) => [...root(el).querySelectorAll('tbody tr')].filter((tr) => tr.querySelectorAll('td').length > 1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
const serial = '00-90-33-00-00-00';

const pool = {
  activationKeys: [
    { code: 'PBX-Registrations', count: 100 },
    { code: 'PBX-Operators', count: 2 },
    { code: 'PBX-SoftwarePhones', count: 25 },
  ],
  licenseKeys: [
    { code: 'PBX-Registrations', count: 37, serial, customer: 'innovaphone', location: 'Sindelfingen', description: '<img src=x onerror=alert(1)>', status: 'active' as const },
    { code: 'PEX-Operators', count: 1, serial, status: 'active' as const },
    { code: 'PBX-SoftwarePhanes', count: 10, serial, status: 'active' as const },
  ],
};

describe('<pbx-balance-table>', () => {
  it('shows the POOL-4 worked example: Loaded / Used / Left', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="en" .balance=${pool}></pbx-balance-table>`);
    expect(cells(el)).to.deep.equal([
      ['PBX-Registrations', '100', '37', '63'],
      ['PBX-SoftwarePhones', '25', '10', '15'],
      ['PBX-Operators', '2', '1', '1'],
    ]);
    // Different license types are never added up (issue 13).
    expect(root(el).querySelector('tfoot')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sorts by a column and filters by type', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${pool}></pbx-balance-table>`);
    const leftHeader = [...root(el).querySelectorAll('th button')][3] as HTMLButtonElement;
    leftHeader.click();
    await el.updateComplete;
    expect(cells(el).map((r) => r[3])).to.deep.equal(['1', '15', '63']);
    leftHeader.click();
    await el.updateComplete;
    expect(cells(el).map((r) => r[3])).to.deep.equal(['63', '15', '1']);
    expect(leftHeader.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const filter = root(el).getElementById('filter') as HTMLInputElement;
    filter.value = 'oper';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(cells(el).map((r) => r[0])).to.deep.equal(['PBX-Operators']);
  });

  it('highlights over-allocated types and lists keys as text (no markup injection)', async () => {
    const over = { ...pool, activationKeys: [{ code: 'PBX-Registrations', count: 10 }] };
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${over}></pbx-balance-table>`);
    const row = root(el).querySelector('tbody tr')!;
    expect(row.getAttribute('part')).to.equal('row row-over');
    expect(row.textContent).to.contain('over-allocated');
    (row.querySelector('button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    const keys = root(el).querySelector('[part="keys"]')!;
    expect(keys.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(keys.querySelector('img')).to.equal(null);
  });

  it('renders only the visible keys of 100,000', async () => {
    const licenseKeys = Array.from({ length: 100_000 }, (_, i) => ({ code: 'PBX-Port12', count: 1, serial: `SN-${i}`, status: 'active' as const }));
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 100_000 }], licenseKeys }}></pbx-balance-table>`);
    (root(el).querySelector('button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    const list = root(el).querySelector('[part="keys"]') as HTMLElement;
    expect(list.querySelectorAll('.row').length).to.be.below(20);
    list.scrollTop = 32 * 50_000;
    list.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(list.textContent).to.contain('SN-50000');
  });

  it('takes what to order from a calculator wired by for=', async () => {
    // Fixture roots are our elements: a plain <div> root waits for an animation frame, which a
    // background test page never gets.
    const calc = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator id="calc1" users="45" trunks="5"></pbx-license-calculator>`);
    const table = document.createElement('pbx-balance-table');
    table.balance = { activationKeys: [{ code: 'PBX-Port12', count: 30 }], licenseKeys: [] };
    table.setAttribute('for', 'calc1');
    calc.after(table);
    await table.updateComplete;
    expect(cells(table)).to.deep.equal([['PBX-Port12', '30', '0', '30', '20']]);
    calc.users = '95';
    await calc.updateComplete;
    await table.updateComplete;
    expect(cells(table)).to.deep.equal([['PBX-Port12', '30', '0', '30', '70']]);
  });

  it('a link removed or pointed elsewhere takes the old quote with it; while the calculator is invalid, To order says it follows its last valid quote (issue 23)', async () => {
    const calc = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator id="calc2" users="45" trunks="5"></pbx-license-calculator>`);
    const other = document.createElement('pbx-license-calculator');
    other.id = 'calc3';
    other.setAttribute('users', '10');
    other.setAttribute('trunks', '0');
    calc.after(other);
    await other.updateComplete;
    const table = document.createElement('pbx-balance-table');
    table.balance = { activationKeys: [{ code: 'PBX-Port12', count: 30 }], licenseKeys: [] };
    table.setAttribute('for', 'calc2');
    other.after(table);
    await table.updateComplete;
    const stale = () => root(table).querySelector('[part="to-order-stale"]')?.textContent ?? 'none';
    expect(cells(table)).to.deep.equal([['PBX-Port12', '30', '0', '30', '20']]);
    // The user types what the calculator cannot quote: To order keeps its last quote, and says so.
    const users = root(calc).getElementById('pbxs-0-users') as HTMLInputElement;
    users.value = '-3';
    users.dispatchEvent(new InputEvent('input'));
    await calc.updateComplete;
    await table.updateComplete;
    expect(cells(table)).to.deep.equal([['PBX-Port12', '30', '0', '30', '20']]);
    expect(stale()).to.equal("The linked calculator's input is invalid: To order follows its last valid quote until it is corrected.");
    users.value = '50';
    users.dispatchEvent(new InputEvent('input'));
    await calc.updateComplete;
    await table.updateComplete;
    expect([cells(table)[0]![4], stale()]).to.deep.equal(['25', 'none']);
    table.setAttribute('for', 'calc3');
    await table.updateComplete;
    expect(cells(table)).to.deep.equal([['PBX-Port12', '30', '0', '30', '0']]);
    table.removeAttribute('for');
    await table.updateComplete;
    expect(cells(table)).to.deep.equal([['PBX-Port12', '30', '0', '30']]);
  });

  it('To order covers what is over-allocated too: 5 loaded, 8 used, 5 required: 8 (issue 22)', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="en"
      .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 5 }], licenseKeys: [{ code: 'PBX-Port12', count: 8, serial, status: 'active' }] }}
      .required=${{ lines: [{ code: 'PBX-Port12', quantity: 5 }] }}></pbx-balance-table>`);
    expect(cells(el)[0]!.slice(1)).to.deep.equal(['5', '8', '-3', '8']);
    expect(root(el).querySelector('tbody td:last-child')!.getAttribute('title')).to.equal('5 required − -3 left');
    expect(root(el).querySelector('tfoot')).to.equal(null);
  });

  it('shows a localized message for an invalid pool and fires pbx-invalid', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="nl"></pbx-balance-table>`);
    setTimeout(() => (el.balance = { activationKeys: [{ code: 'PBX-Nope', count: -1 }], licenseKeys: [] } as never));
    const { detail } = await new Promise<CustomEvent>((r) => el.addEventListener('pbx-invalid', r as never, { once: true }));
    expect(detail.issues.length).to.equal(2);
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('Onbekend licentietype "PBX-Nope"');
  });

  it('names a bad field of the pool in the words of the table', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de"></pbx-balance-table>`);
    el.balance = { activationKeys: [], licenseKeys: [{ code: 'PBX-Port12', count: -1, serial: 'x', status: 'active' }] } as never;
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')!.textContent!.trim()).to.equal('Lizenzschlüssel 1 Anzahl: Die Zahl darf nicht negativ sein.');
  });
});

describe('<pbx-balance-table>: pasted keys that cannot be read reach a screen reader (issue 23)', () => {
  it('the box is aria-invalid and described by its errors, which sit in a live region; a corrected text clears both', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [] }}></pbx-balance-table>`);
    const area = root(el).getElementById('keys-paste') as HTMLTextAreaElement;
    const type = async (text: string) => {
      area.value = text;
      area.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    };
    await type('PBX-Nonsense12\t4\tSN-1');
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(area.getAttribute('aria-describedby')!.split(' ')).to.deep.equal(['keys-hint', 'keys-error']);
    const errors = root(el).getElementById('keys-error')!;
    expect(errors.textContent).to.contain('PBX-Nonsense12');
    expect(errors.closest('[aria-live="polite"]')).to.not.equal(null);
    await type('PBX-Port12\t4\tSN-1');
    expect(area.getAttribute('aria-invalid')).to.equal('false');
    expect(area.getAttribute('aria-describedby')).to.equal('keys-hint');
    expect(root(el).getElementById('keys-error')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
