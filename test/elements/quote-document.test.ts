import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
import type { ScenarioInput } from '../../src/core/scenario-schemas.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heads = (el: Element) => [...root(el).querySelectorAll('[part="quote-table"] thead th')].map((th) => text(th));
const rows = (el: Element) => [...root(el).querySelectorAll('[part="quote-table"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));

const office: ScenarioInput = {
  version: 12,
  prices: { currency: 'EUR', 'PBX-Port12': 30, 'PBX-Port12%500': 25, 'PBX-UC12': 60 },
  pbxs: [{ name: 'HQ', platform: 'gateway', users: 590, trunks: 10, uc: 'bundle', userGroups: [{ name: 'Office', count: 50, features: ['video', 'voicemail', 'mobility', 'fax'] }] }],
};

describe('<pbx-license-calculator view="customer"> (issue 24)', () => {
  it('numbers the positions and describes each in the user\'s language, without reasons, rule IDs or a PBX column', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator view="customer" lang="en-US" .scenario=${office}></pbx-license-calculator>`);
    expect(heads(el)).to.deep.equal(['No.', 'Description', 'License type', 'Quantity', 'Unit price', 'Total']);
    expect(rows(el)).to.deep.equal([
      ['1', 'Port license V12', 'PBX-Port12', '500', '€30.00', '€15,000.00'],
      ['2', 'Port license V12, from the 501st port', 'PBX-Port12%500', '100', '€25.00', '€2,500.00'],
      ['3', 'UC license V12', 'PBX-UC12', '50', '€60.00', '€3,000.00'],
    ]);
    expect(root(el).querySelector('.reason, .rule, [part="rule-link"], [part="notices"]')).to.equal(null);
    expect(text(root(el).querySelector('[part="total"]'))).to.equal('Total €20,500.00');
  });

  it('is the reseller view by default, and switches both ways as a property', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" .scenario=${office}></pbx-license-calculator>`);
    expect(el.view).to.equal('reseller');
    expect(heads(el)).to.include('Reason');
    el.view = 'customer';
    await el.updateComplete;
    expect(heads(el)[0]).to.equal('No.');
    expect(heads(el)).not.to.include('Reason');
    el.setAttribute('view', 'reseller');
    await el.updateComplete;
    expect(heads(el)).to.include('Reason');
  });

  it('speaks German from its first render, with a PBX column where the lines sit on two PBXs', async () => {
    const two: ScenarioInput = { version: 12, licensing: 'local', pbxs: [{ name: 'HQ', platform: 'gateway', users: 20, trunks: 0 }, { name: 'Branch', platform: 'gateway', users: 5, trunks: 0 }] };
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator view="customer" lang="de" .scenario=${two}></pbx-license-calculator>`);
    expect(heads(el)).to.deep.equal(['Pos.', 'Beschreibung', 'Lizenztyp', 'Anzahl', 'PBX']);
    expect(rows(el)).to.deep.equal([
      ['1', 'Port-Lizenz V12', 'PBX-Port12', '20', 'HQ'],
      ['2', 'Port-Lizenz V12', 'PBX-Port12', '5', 'Branch'],
    ]);
  });

  it('takes the article number and the name a price list entry gives (a slotted list too), beside the catalog\'s descriptions', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator view="customer" lang="en" users="600" trunks="0">
      <script type="application/json" slot="prices">
        { "currency": "EUR", "PBX-Port12": { "price": 39.9, "article": "02-00039-002", "name": "Port licence V12 (first 500)" }, "PBX-Port12%500": 25 }
      </script>
    </pbx-license-calculator>`);
    expect(heads(el)).to.deep.equal(['No.', 'Description', 'Article no.', 'License type', 'Quantity', 'Unit price', 'Total']);
    expect(rows(el)).to.deep.equal([
      ['1', 'Port licence V12 (first 500)', '02-00039-002', 'PBX-Port12', '500', '€39.90', '€19,950.00'],
      ['2', 'Port license V12, from the 501st port', '', 'PBX-Port12%500', '100', '€25.00', '€2,500.00'],
    ]);
    // The totals sit under the Total column: their label spans every column before it.
    const total = root(el).querySelector('[part="quote-table"] tfoot tr')!;
    const cells = [...total.querySelectorAll('td')];
    expect(cells.map((td) => td.colSpan)).to.deep.equal([6, 1]);
    expect(text(cells[1]!)).to.equal('€22,450.00');
  });

  it('an incomplete total is explained to the customer: a position without a price is not in it', async () => {
    const partly: ScenarioInput = { ...office, prices: { currency: 'EUR', 'PBX-Port12': 30 } };
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator view="customer" lang="en" .scenario=${partly}></pbx-license-calculator>`);
    expect(rows(el).map((r) => r.slice(-2))).to.deep.equal([['€30.00', '€15,000.00'], ['—', '—'], ['—', '—']]);
    expect(text(root(el).querySelector('[part="total"]'))).to.equal('Total (incomplete) €15,000.00');
    expect(text(root(el).querySelector('[part="incomplete-note"]'))).to.equal('Items without a price (—) are not included: the total is incomplete until they are priced.');
    el.lang = 'de';
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="incomplete-note"]'))).to.match(/^Positionen ohne Preis/);
    // A complete total needs no word.
    el.scenario = office;
    await el.updateComplete;
    expect(root(el).querySelector('[part="incomplete-note"]')).to.equal(null);
  });

  it('375 px: a position without an article number has no empty "Article no." line in its card', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator view="customer" lang="en" users="600" trunks="0" style="display:block;width:360px">
      <script type="application/json" slot="prices">{ "currency": "EUR", "PBX-Port12": { "price": 39.9, "article": "02-00039-002" }, "PBX-Port12%500": 25 }</script>
    </pbx-license-calculator>`);
    const articleCells = [...root(el).querySelectorAll<HTMLElement>('[part="quote-table"] tbody td[data-label="Article no."]')];
    expect(articleCells.map((td) => getComputedStyle(td).display)).to.deep.equal(['block', 'none']);
  });

  it('prices the gateway and the extras as positions; "Add item" adds one, and an unpriced one shows without a price and a notice', async () => {
    const withExtras: ScenarioInput = {
      version: 12,
      prices: { currency: 'EUR', 'PBX-Port12': 30, IP811: { price: 450, article: '01-00811-001' }, Installation: 95 },
      pbxs: [{ name: 'HQ', platform: 'gateway', gateway: 'IP811', users: 10, trunks: 0 }],
      extras: [{ code: 'Installation', quantity: 4, name: 'Installation (hours)' }],
    };
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" .scenario=${withExtras}></pbx-license-calculator>`);
    // The reseller's view: the articles after the licenses, their name where the reason would be.
    expect(rows(el).map((r) => r.slice(0, 4))).to.deep.equal([
      ['PBX-Port12', '10', 'HQ', rows(el)[0]![3]!],
      ['IP811', '1', 'HQ', ''],
      ['Installation', '4', '', 'Installation (hours)'],
    ]);
    expect(el.quote!.total).to.deep.include({ net: 300 + 450 + 380, complete: true });
    const add = root(el).querySelector<HTMLButtonElement>('#add-extra')!;
    expect(text(add)).to.equal('Add item');
    add.click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('extras-1-code');
    const code = root(el).querySelector<HTMLInputElement>('#extras-1-code')!;
    code.value = 'Training';
    code.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.scenario!.extras).to.deep.equal([{ code: 'Installation', quantity: 4, name: 'Installation (hours)' }, { code: 'Training', quantity: 1 }]);
    expect(rows(el)[3]!.slice(0, 2).concat(rows(el)[3]!.slice(-1))).to.deep.equal(['Training', '1', '—']);
    expect(text(root(el).querySelector('[part="notices"]'))).to.contain('The price list has no price for Training');
    el.view = 'customer';
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([
      ['1', 'Port license V12', '', 'PBX-Port12', '10', '€30.00', '€300.00'],
      // The gateway and the service are no license type: that column stays empty for them.
      ['2', 'innovaphone IP811 gateway', '01-00811-001', '', '1', '€450.00', '€450.00'],
      ['3', 'Installation (hours)', '', '', '4', '€95.00', '€380.00'],
      ['4', 'Training', '', '', '1', '—', '—'],
    ]);
    // Removing it takes it off the quote; the request event carries the articles.
    root(el).querySelector<HTMLButtonElement>('[aria-label="Remove item Training"]')!.click();
    await el.updateComplete;
    expect(el.quote!.extras.map((x) => x.code)).to.deep.equal(['IP811', 'Installation']);
  });
});
