import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
import { decodeScenarioFromUrl, encodeScenarioForUrl } from '../../src/core/index.js';
import { until } from '../until.js';

const root = (el: Element) => el.shadowRoot!;
const rows = (el: Element) => [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function importText(el: PbxLicenseCalculator, text: string, name = 'scenario.json') {
  const input = root(el).getElementById('import') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  const outcome = () => root(el).querySelector('.quote > [part="error"], .quote > [part="message"]')?.textContent ?? null;
  const before = outcome();
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // file.text() resolves in a later task, later still on a busy machine: wait for the new outcome.
  await until(() => outcome() !== before, { el });
  await el.updateComplete;
}

/** Clicks a button and catches the file it offers: name, type and text, without downloading. */
async function catchDownload(button: HTMLElement): Promise<{ name: string; type: string; text: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  let name = '';
  const onClick = (e: Event) => {
    if (e.target instanceof HTMLAnchorElement && e.target.download) {
      name = e.target.download;
      e.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    button.click();
  } finally {
    URL.createObjectURL = original;
    document.removeEventListener('click', onClick, true);
  }
  return { name, type: blob!.type, text: await blob!.text() };
}

describe('<pbx-license-calculator> import, URL state, focus and keyboard', () => {
  it('downloads the quote as CSV and JSON when the buttons are clicked', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="3" trunks="1" .prices=${{ currency: 'EUR', 'PBX-Port12': 10 }}></pbx-license-calculator>`);
    const buttons = [...root(el).querySelectorAll('button')];
    const csv = await catchDownload(buttons.find((b) => b.textContent!.includes('CSV'))!);
    expect(csv.name).to.equal('pbx-license-quote.csv');
    expect(csv.type).to.equal('text/csv;charset=utf-8');
    expect(csv.text.split('\r\n').slice(0, 3)).to.deep.equal([
      'Article no.,License type,Description,Quantity,Unit price (EUR),Discount (%),Net amount (EUR),PBX,Reason,Rules',
      ',PBX-Port12,Port license V12,4,10,0,40,PBX 1,Port licenses no. 1 to 4 on PBX 1: 4 new Port licenses (PBX 1: 4).,PORT-1 PORT-3',
      ',,List price total,,,,40',
    ]);
    const json = await catchDownload(buttons.find((b) => b.textContent!.includes('JSON'))!);
    const saved = JSON.parse(json.text);
    expect(saved.scenario.pbxs[0].users).to.equal(3);
    expect(saved.quote.total).to.deep.include({ currency: 'EUR', amount: 40, complete: true, net: 40, gross: 40 });
    // what was exported imports again
    await importText(el, json.text, json.name);
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('Scenario imported from pbx-license-quote.json.');
  });

  it('imports a scenario JSON (or its own export) and computes its quote', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    const change = oneEvent(el, 'pbx-change');
    await importText(el, JSON.stringify({ scenario: { version: 12, pbxs: [{ name: 'Imported', platform: 'gateway', users: 7, trunks: 1 }] }, quote: {} }));
    expect((await change).detail.scenario.pbxs[0].name).to.equal('Imported');
    expect(rows(el)[0]!.slice(0, 3)).to.deep.equal(['PBX-Port12', '8', 'Imported']);
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('Scenario imported from scenario.json.');
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="4" trunks="1"></pbx-license-calculator>`);
    await importText(el, '{"version": 12, "pbxs": [');
    expect(root(el).querySelector('[part="error"]')!.textContent).to.equal('The file was not imported: This is not valid JSON.');
    await importText(el, JSON.stringify({ version: 12, pbxs: [{ name: 'X', platform: 'gateway', users: -1, trunks: 0 }] }));
    expect(root(el).querySelector('[part="error"]')!.textContent).to.equal('The file was not imported: PBX 1 Users: The number cannot be negative.');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '5']);
    expect((root(el).getElementById('pbxs-0-users') as HTMLInputElement).value).to.equal('4');
  });

  it('sync-url: reads the scenario from the link and keeps the link up to date', async () => {
    const before = window.location.href;
    try {
      const url = new URL(before);
      url.searchParams.set('quote', encodeScenarioForUrl({ version: 11, pbxs: [{ name: 'Linked', platform: 'ipva', users: 3, trunks: 0 }] }));
      history.replaceState(null, '', url);
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator sync-url="quote"></pbx-license-calculator>`);
      expect(rows(el).map((r) => r[0])).to.deep.equal(['PBX-Port11', 'PBX-IPVA11']);
      const users = root(el).getElementById('pbxs-0-users') as HTMLInputElement;
      users.value = '9';
      users.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      const state = decodeScenarioFromUrl(new URL(window.location.href).searchParams.get('quote'));
      expect(state.ok && state.value.pbxs[0]!.users).to.equal(9);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('sync-url: an unreadable link gets a message, and the element still works', async () => {
    const before = window.location.href;
    try {
      const url = new URL(before);
      url.searchParams.set('pbx-scenario', '%%%<script>');
      history.replaceState(null, '', url);
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator sync-url users="2" trunks="0"></pbx-license-calculator>`);
      expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('The scenario in the link could not be read');
      expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '2']);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('moves focus to the new PBX name after "Add PBX", and back to the button after removing it', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    (root(el).getElementById('add-pbx') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('pbxs-1-name');
    const remove = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Remove PBX PBX 2'))!;
    remove.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('add-pbx');
    expect(root(el).querySelectorAll('fieldset.pbx').length).to.equal(1);
  });

  it('works with the keyboard alone: tab to a field, type, tab on, press Enter on a button', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    (root(el).querySelector('.skip') as HTMLElement).focus();
    // The main fields first: the "?" buttons are no tab stops of their own.
    for (const id of ['preset', 'version', 'release', 'licensing', 'pbxs-0-users']) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.id).to.equal(id);
    }
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '42' });
    await el.updateComplete;
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '42']);
    // Every help text by keyboard: the "Help texts" toggle at the end of the form.
    const all = root(el).getElementById('help-all') as HTMLButtonElement;
    all.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(all.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).getElementById('pbxs-0-users-help')!.hidden).to.equal(false);
    expect(root(el).getElementById('pbxs-0-users-help')!.textContent).to.contain('(PORT-1)');
    expect(root(el).getElementById('pbxs-0-users')!.getAttribute('aria-describedby')).to.equal('pbxs-0-users-help');
    (root(el).getElementById('add-group-0') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('pbxs-0-userGroups-0-name');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.id).to.equal('pbxs-0-userGroups-0-count');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5' });
    await el.updateComplete;
    expect(rows(el).find((r) => r[0] === 'PBX-myPBX12')!.slice(0, 2)).to.deep.equal(['PBX-myPBX12', '5']);
  });
});

describe("<pbx-license-calculator>: the quote's date (attribute > scenario > clock)", () => {
  const meta = (el: Element) => Object.fromEntries([...root(el).querySelectorAll('[part="meta"] div')].map((d) => [d.querySelector('dt')!.textContent!, d.querySelector('dd')!.textContent!]));
  const scenario = { version: 12, today: '2026-11-26', pbxs: [{ name: 'HQ', platform: 'gateway' as const, gateway: 'IP811' as const, users: 10, trunks: 0 }] };

  async function typeUsers(el: PbxLicenseCalculator, value: string) {
    const change = oneEvent(el, 'pbx-change');
    const field = root(el).getElementById('pbxs-0-users') as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new InputEvent('input'));
    const { detail } = await change;
    await el.updateComplete;
    return detail;
  }

  it("keeps the scenario's date through every edit (the quote, the validity and the warranty count from it)", async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator valid-days="30"></pbx-license-calculator>`);
    el.scenario = { ...scenario, pbxs: [{ ...scenario.pbxs[0]!, warrantyYears: 2 }] };
    await el.updateComplete;
    const detail = await typeUsers(el, '20');
    expect(detail.scenario.today).to.equal('2026-11-26');
    expect(detail.quote.lines[0]!.quantity).to.equal(20);
    expect(meta(el)).to.deep.include({ Date: 'Nov 26, 2026', 'Valid until': 'Dec 26, 2026' });
    expect(detail.quote.warranty[0]!.warrantyUntil).to.equal('2029-11-25');
  });

  it('the today attribute wins over the scenario; a scenario set without a date goes back to the clock', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator today="2026-03-01"></pbx-license-calculator>`);
    el.scenario = scenario;
    await el.updateComplete;
    expect(meta(el)['Date']).to.equal('Mar 1, 2026');
    expect((await typeUsers(el, '11')).scenario.today).to.equal('2026-03-01');
    el.removeAttribute('today');
    await el.updateComplete;
    expect(meta(el)['Date']).to.equal('Nov 26, 2026');
    el.scenario = { version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 3, trunks: 0 }] };
    await el.updateComplete;
    const clock = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());
    expect(meta(el)['Date']).to.equal(clock);
    expect((await typeUsers(el, '4')).scenario).not.to.have.property('today');
  });

  it('an imported file or a restored form without a date keeps the date; one with a date brings it', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = scenario;
    await el.updateComplete;
    await importText(el, JSON.stringify({ version: 12, pbxs: [{ name: 'Imported', platform: 'gateway', users: 7, trunks: 1 }] }), 'undated.json');
    expect(el.quote!.lines[0]!.quantity).to.equal(8);
    expect(meta(el)['Date']).to.equal('Nov 26, 2026');
    expect((await typeUsers(el, '9')).scenario.today).to.equal('2026-11-26');
    el.formStateRestoreCallback(JSON.stringify({ version: 12, pbxs: [{ name: 'Restored', platform: 'gateway', users: 5, trunks: 0 }] }));
    await el.updateComplete;
    expect(el.quote!.lines[0]!.quantity).to.equal(5);
    expect(meta(el)['Date']).to.equal('Nov 26, 2026');
    await importText(el, JSON.stringify({ version: 12, today: '2027-01-15', pbxs: [{ name: 'Dated', platform: 'gateway', users: 2, trunks: 0 }] }), 'dated.json');
    expect(meta(el)['Date']).to.equal('Jan 15, 2027');
    expect((await typeUsers(el, '6')).scenario.today).to.equal('2027-01-15');
  });
});
