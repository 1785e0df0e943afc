import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxVersionCheck } from '../../src/index.js';
import { licenseListBalance, readLicenseList } from '../../src/core/index.js';
import { until } from '../until.js';

// Issue 26: the version check takes every license list by paste and by file (picker and drop),
// and says what it read; a license file gives the migration plan its devices.

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, part: string) => root(el).querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

const reply = {
  mt: 'GetPbxLicensesResult',
  lic: [
    {
      name: 'Port',
      version: '12',
      count: '500',
      used: '312',
      local: '500',
      slaves: '0',
      key: 'k1',
    },
    {
      name: 'UC',
      version: '13',
      count: '50',
      used: '61',
      local: '50',
      slaves: '0',
      key: 'k2',
    },
  ],
};

const licenseFile = `<licenses>
<license amount='100' type='PBX-Port12' mac='00-90-33-01-02-ab' var='PBX0'>a1b2</license>
<license amount='400' type='PBX-Port12' mac='00-90-33-01-02-ab' var='PBX0'>a1b3</license>
<license amount='50' type='PBX-Port12' mac='00-90-33-01-02-cd' var='PBX0'>a1b4</license>
<license amount='20' type='PBX-UC12' mac='00-90-33-01-02-ef' var='PBX0'>a1b5</license>
</licenses>`;

async function versionCheck(version: string) {
  const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="en" pbx-version=${version} today="2026-11-26"></pbx-version-check>`);
  // The picker comes with the reader's chunk, right after the first render.
  await until(() => !!root(el).getElementById('licenses-file'), { el });
  return el;
}

function paste(el: PbxVersionCheck, value: string) {
  const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
  area.value = value;
  area.dispatchEvent(new InputEvent('input'));
  return el.updateComplete;
}

const files = (name: string, content: string, type = 'text/plain') => {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type }));
  return dt;
};

describe('<pbx-version-check> reads license lists (issue 26)', () => {
  it('V12 -> V13 from a GetPbxLicensesResult pasted: the V12 Port licenses block V13, and it says what it read', async () => {
    const el = await versionCheck('13');
    await paste(el, JSON.stringify(reply));
    expect(el.licenses).to.deep.equal([
      { code: 'PBX-Port12', count: 500 },
      { code: 'PBX-UC13', count: 50 },
    ]);
    expect(el.result!.ok).to.equal(false);
    expect(el.result!.blocking.map((b) => [b.code, b.count])).to.deep.equal([['PBX-Port12', 500]]);
    expect(text(el, 'verdict')).to.contain('V13');
    expect(text(el, 'list-read')).to.equal('PBX license list: 2 lots');
    // used > count: a state with its hint, not an error.
    await until(() => (text(el, 'list-notes') ?? '').includes('ten minutes'), {
      el,
    });
    expect(text(el, 'list-notes')).to.equal(
      'PBX-UC13: 61 in use, 50 loaded (over-allocated). The license master sends license updates to its slaves about every ten minutes, so a slave may use more licenses than it has for a while.',
    );
    expect(root(el).getElementById('licenses-error')).to.equal(null);
  });

  it('a license file from the picker: "License file: 3 devices, 3 lots", and the migration plan’s devices are its MACs', async () => {
    const el = await versionCheck('12');
    const input = root(el).getElementById('licenses-file') as HTMLInputElement;
    expect(input.accept).to.contain('.xml').and.contain('.json').and.contain('.csv').and.contain('.txt');
    input.files = files('licenses.xml', licenseFile, 'text/xml').files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.licenses.length > 0, { el });
    expect(el.licenses).to.deep.equal([
      { code: 'PBX-Port12', count: 500, device: '00-90-33-01-02-ab' },
      { code: 'PBX-Port12', count: 50, device: '00-90-33-01-02-cd' },
      { code: 'PBX-UC12', count: 20, device: '00-90-33-01-02-ef' },
    ]);
    expect(text(el, 'list-read')).to.equal('License file: 3 devices, 3 lots');
    await until(() => !!root(el).getElementById('master'), { el });
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('#master option')].map((o) => o.value).filter(Boolean);
    expect(options).to.deep.equal(['00-90-33-01-02-ab', '00-90-33-01-02-cd', '00-90-33-01-02-ef']);
    expect(text(el, 'list-notes')).to.contain('signatures of the license file are not checked');
  });

  it('a file dropped on the paste box is read, not opened; a list it cannot read names the line', async () => {
    const el = await versionCheck('12');
    const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
    const drop = new DragEvent('drop', {
      dataTransfer: files('device.xml', '<info>\n<lic name="Port" version="12" count="5" used="1"/>\n<lic name="Telefax" version="12" count="1"/>\n</info>'),
      bubbles: true,
      cancelable: true,
    });
    area.dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the file').to.equal(true);
    await until(() => el.licenses.length > 0, { el });
    expect(el.licenses).to.deep.equal([{ code: 'PBX-Port12', count: 5 }]);
    expect(area.value, 'the box shows what was read').to.contain('<lic name="Telefax"');
    await until(() => !(root(el).getElementById('licenses-error')?.textContent ?? '…').includes('…'), { el });
    expect(root(el).getElementById('licenses-error')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      '3: <lic> 2: “Telefax” (version 12) is no license type the kit knows; it was not taken.',
    );
    expect(text(el, 'list-read')).to.equal('Device license page: 1 lot');
  });

  it('lines typed as before are read as before, said as license lines', async () => {
    const el = await versionCheck('12');
    await paste(el, 'PBX-Port12 100\nPBX-UC12;5;HQ-1');
    expect(el.licenses).to.deep.equal([
      { code: 'PBX-Port12', count: 100 },
      { code: 'PBX-UC12', count: 5, device: 'HQ-1' },
    ]);
    expect(text(el, 'list-read')).to.equal('License lines: 2 lots');
    await paste(el, '');
    expect(text(el, 'list-read')).to.equal(null);
  });
});

describe('<pbx-balance-table> from a license list (issue 26)', () => {
  it('a balance from a three-device license file: one row per type, Loaded summed over the devices', async () => {
    const balance = licenseListBalance(readLicenseList(licenseFile));
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="en" today="2026-11-26" .balance=${balance}></pbx-balance-table>`);
    const rows = [...root(el).querySelectorAll('tbody tr')].filter((tr) => tr.querySelectorAll('td').length > 1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['PBX-Port12', '550', '0', '550'],
      ['PBX-UC12', '20', '0', '20'],
    ]);
  });
});
