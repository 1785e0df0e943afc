import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable } from '../../src/index.js';
import { until } from '../until.js';

// Issue 26: the balance reads what the PBX and the portal already hold, by file: a license file
// (Loaded per type, over its devices) and the PBX's license list (Loaded and Used).
const root = (el: Element) => el.shadowRoot!;
const rows = (el: Element) =>
  [...root(el).querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('code')).map((tr) => [tr.querySelector('code')!.textContent!.trim(), ...[...tr.querySelectorAll('td.num')].map((td) => td.textContent!.trim())]);

const licenseFile = `<?xml version="1.0"?>
<licenses>
<license amount='100' type='PBX-Port12' mac='00-90-33-01-02-ab' var='PBX0'>a1b2</license>
<license amount='400' type='PBX-Port12' mac='00-90-33-01-02-ab' var='PBX0'>a1b3</license>
<license amount='50' type='PBX-Port12' mac='00-90-33-01-02-cd' var='PBX0'>a1b4</license>
<license amount='20' type='PBX-UC12' mac='00-90-33-01-02-ef' var='PBX0'>a1b5</license>
</licenses>`;
const pbxList = JSON.stringify({ mt: 'GetPbxLicensesResult', lic: [{ name: 'Port', version: '12', count: '10', used: '12', local: '10', slaves: '0' }, { name: 'UC', version: '12', count: '5', used: '3' }] });

async function readFile(el: PbxBalanceTable, name: string, text: string) {
  root(el).querySelector('details')!.open = true;
  await el.updateComplete;
  const input = root(el).getElementById('keys-file') as HTMLInputElement;
  expect(input.accept).to.contain('.xml').and.contain('.json');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => root(el).querySelector('[part="keys-file"]') !== null, { el });
  await el.updateComplete;
}

describe('<pbx-balance-table> reads license lists (issue 26)', () => {
  it('a license file of three devices: Loaded per type, over its devices; the file is named, its signatures said unchecked', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02"></pbx-balance-table>`);
    expect(root(el).querySelector('table')).to.equal(null);
    await readFile(el, 'licenses.xml', licenseFile);
    expect(rows(el)).to.deep.equal([
      ['PBX-Port12', '550', '0', '550'],
      ['PBX-UC12', '20', '0', '20'],
    ]);
    const said = root(el).querySelector('[part="keys-file"]')!.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('licenses.xml: License file: 3 devices, 3 lots');
    expect(said).to.contain('signatures of the license file are not checked');
  });

  it('the PBX’s license list adds to the page’s pool; used > count is over-allocated, with the ten-minute hint', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02" .balance=${{ activationKeys: [{ code: 'PBX-UC12', count: 5 }], licenseKeys: [] }}></pbx-balance-table>`);
    await readFile(el, 'pbx.json', pbxList);
    expect(rows(el)).to.deep.equal([
      ['PBX-Port12', '10', '12', '-2'],
      ['PBX-UC12', '10', '3', '7'],
    ]);
    const said = root(el).querySelector('[part="keys-file"]')!.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('pbx.json: PBX license list: 2 lots');
    expect(said).to.contain('PBX-Port12: 12 in use, 10 loaded (over-allocated). The license master sends license updates to its slaves about every ten minutes');
    // Removing the file takes its licenses away: the page's pool is left.
    (root(el).querySelector('[part="keys-file"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([['PBX-UC12', '5', '0', '5']]);
  });

  it('a list it cannot read names the line, in German too', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de" today="2026-12-02" .balance=${{ activationKeys: [], licenseKeys: [] }}></pbx-balance-table>`);
    await readFile(el, 'device.xml', '<info>\n<lic name="Port" version="12" count="5" used="1"/>\n<lic name="Telefax" version="12" count="1"/>\n</info>');
    expect(rows(el)).to.deep.equal([['PBX-Port12', '5', '1', '4']]);
    const error = root(el).querySelector('[part="keys-file"] [part="error"]')!.textContent!.replace(/\s+/g, ' ');
    expect(error).to.contain('Telefax');
  });
});

describe('<pbx-balance-table>: a file dropped on the paste box (issue 26)', () => {
  it('is read as a picked one, not opened by the browser; the box keeps what was typed', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02"></pbx-balance-table>`);
    root(el).querySelector('details')!.open = true;
    await el.updateComplete;
    const area = root(el).getElementById('keys-paste') as HTMLTextAreaElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([pbxList], 'pbx.json'));
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    area.dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the file').to.equal(true);
    await until(() => root(el).querySelector('[part="keys-file"]') !== null, { el });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([
      ['PBX-Port12', '10', '12', '-2'],
      ['PBX-UC12', '5', '3', '2'],
    ]);
    expect(area.value).to.equal('');
  });
});
