import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxVersionCheck } from '../../src/index.js';
import { until } from '../until.js';

// Issue 26: the codes beyond the V12 tables come with the elements' readers (codes-later.ts),
// loaded right after the first render; licenses a page set before are judged again then.

const root = (el: Element) => el.shadowRoot!;

describe('codes beyond V12 in the elements (issue 26)', () => {
  it('<pbx-version-check>: an App license set by the page is judged by its version once the reader is here (V13 app, V14 PBX: blocked)', async () => {
    const lots = [{ code: 'PBX-App(innovaphone-switchboard)13', count: 5 }];
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="en" pbx-version="14" today="2026-11-26" .licenses=${lots}></pbx-version-check>`);
    await until(() => el.result !== null, { el });
    expect(el.result!.ok).to.equal(false);
    expect(el.result!.blocking.map((b) => b.code)).to.deep.equal(['PBX-App(innovaphone-switchboard)13']);
    // Issue 24: the lot table's row says it (the blocking list is not repeated beside it).
    expect(root(el).querySelector('[part="upgrade-lots"]')!.textContent).to.contain('PBX-App(innovaphone-switchboard)13');
    expect(root(el).querySelector('[part="error"]'), 'no error left from before the reader came').to.equal(null);
  });

  it('<pbx-version-check>: a pasted misprint is refused asking what is meant; a pasted old base license names its era', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="de" pbx-version="14" today="2026-11-26"></pbx-version-check>`);
    const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
    area.value = 'PBX-Standby14%50 20\nPBX7#100@50 1';
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    await until(() => !(root(el).getElementById('licenses-error')?.textContent ?? '…').includes('…'), { el });
    const said = root(el).getElementById('licenses-error')!.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('Unbekannter Lizenztyp „PBX-Standby14%50“: meinten Sie PBX-Standby14%500?');
    expect(said).to.contain('„PBX7#100@50“ ist eine PBX-Basislizenz der V7-Firmware (100 Registrierungen)');
    expect(el.licenses).to.deep.equal([]);
  });

  it('<pbx-balance-table>: an App license is a row of its own, shown by its name', async () => {
    const balance = {
      activationKeys: [
        { code: 'PBX-App(innovaphone-switchboard)13', count: 10 },
        { code: 'PBX-Port13', count: 50 },
      ],
      licenseKeys: [
        {
          code: 'PBX-App(innovaphone-switchboard)13',
          count: 3,
          serial: '00-90-33-01-02-ab',
          status: 'active' as const,
        },
      ],
    };
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="en" .balance=${balance}></pbx-balance-table>`);
    const rows = () =>
      [...root(el).querySelectorAll('tbody tr')]
        .filter((tr) => tr.querySelectorAll('td').length > 1)
        .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
    await until(() => rows().length === 2, { el });
    expect(rows()).to.deep.equal([
      ['PBX-Port13', '50', '0', '50'],
      ['PBX-App(innovaphone-switchboard)13', '10', '3', '7'],
    ]);
  });
});
