import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable } from '../../src/index.js';
import { until } from '../until.js';

// Issue 23: a file of license keys is read, not echoed into the paste box (100,000 keys were 7 MB
// of text laid out in a textarea); the box keeps what the user pasted, the file gets a summary.
const root = (el: Element) => el.shadowRoot!;
const rowOf = (el: Element, code: string) =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())).find((r) => r[0] === code);

async function importFile(el: PbxBalanceTable, name: string, text: string) {
  const input = root(el).getElementById('keys-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => root(el).querySelector('[part="keys-file"]') !== null, { el });
  await el.updateComplete;
}

describe('<pbx-balance-table>: keys from a file', () => {
  const balance = { activationKeys: [{ code: 'PBX-Port12', count: 1_000_000 }, { code: 'PBX-UC12', count: 50 }], licenseKeys: [] };

  it('a file is summarised, not written into the box; the pasted keys stay and count with it; removing it takes its keys away', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table name="pool" .balance=${balance}></pbx-balance-table>`);
    const area = root(el).getElementById('keys-paste') as HTMLTextAreaElement;
    area.value = 'PBX-UC12;5;SN-9';
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    await importFile(el, 'keys.csv', 'PBX-Port12;10;SN-1\nPBX-Port12;20;SN-2\nPBX-UC12;3;SN-3\n');
    expect(area.value, 'the box keeps what was pasted').to.equal('PBX-UC12;5;SN-9');
    expect(root(el).querySelector('[part="keys-file"]')!.textContent).to.contain('keys.csv: 3 license keys read');
    expect(rowOf(el, 'PBX-Port12')!.slice(0, 3)).to.deep.equal(['PBX-Port12', '1,000,000', '30']);
    expect(rowOf(el, 'PBX-UC12')!.slice(0, 3)).to.deep.equal(['PBX-UC12', '50', '8']);
    expect(el.checkValidity()).to.equal(true);
    await expect(el).to.be.accessible();
    (root(el).querySelector('[part="keys-file"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="keys-file"]')).to.equal(null);
    expect(rowOf(el, 'PBX-UC12')![2]).to.equal('5');
    expect(area.value).to.equal('PBX-UC12;5;SN-9');
  });

  it('a bad line of the file is named with the file and its line, at the file control; the form is blocked there', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table name="pool" .balance=${balance}></pbx-balance-table>`);
    await importFile(el, 'pool.csv', 'PBX-Port12;10;SN-1\nPBX-Nonsense12;2;SN-2\n');
    const input = root(el).getElementById('keys-file') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const summary = root(el).getElementById(input.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).to.contain('pool.csv: 1 license key read');
    expect(summary.querySelector('[part="error"]')!.textContent).to.contain('PBX-Nonsense12');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.match(/^pool\.csv 2: .*PBX-Nonsense12/);
    expect(root(el).getElementById('keys-paste')).to.have.property('value', '');
    await expect(el).to.be.accessible();
  });

  it('100,000 keys from a file: all counted, none in the box', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${balance}></pbx-balance-table>`);
    const lines = Array.from({ length: 100_000 }, (_, i) => `PBX-Port12;1;SN-${i}`).join('\n');
    await importFile(el, 'all.csv', lines);
    expect(root(el).querySelector('[part="keys-file"]')!.textContent).to.contain('all.csv: 100,000 license keys read');
    expect((root(el).getElementById('keys-paste') as HTMLTextAreaElement).value).to.equal('');
    expect(rowOf(el, 'PBX-Port12')!.slice(0, 3)).to.deep.equal(['PBX-Port12', '1,000,000', '100,000']);
  });

  it('a form reset takes the file’s keys away', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    try {
      const el = document.createElement('pbx-balance-table');
      el.balance = balance;
      form.append(el);
      await el.updateComplete;
      await importFile(el, 'keys.csv', 'PBX-Port12;10;SN-1\n');
      expect(rowOf(el, 'PBX-Port12')![2]).to.equal('10');
      form.reset();
      await el.updateComplete;
      expect(root(el).querySelector('[part="keys-file"]')).to.equal(null);
      expect(rowOf(el, 'PBX-Port12')![2]).to.equal('0');
    } finally {
      form.remove();
    }
  });
});
