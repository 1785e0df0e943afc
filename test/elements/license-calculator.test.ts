import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
import { csvCell } from '../../src/elements/shared/csv.js';

const root = (el: Element) => el.shadowRoot!;
const input = (el: Element, id: string) => root(el).getElementById(id) as HTMLInputElement;
const rows = (el: Element) => [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));

async function type(el: PbxLicenseCalculator, id: string, value: string) {
  const field = input(el, id);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A lang change is seen by a MutationObserver (a task later), then its messages load and the element renders. */
async function afterLangChange(el: PbxLicenseCalculator): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('<pbx-license-calculator>', () => {
  it('quotes the Port licenses for the users and trunks attributes', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="20" trunks="2"></pbx-license-calculator>`);
    expect(rows(el)[0]!.slice(0, 3)).to.deep.equal(['PBX-Port12', '22', 'PBX 1']);
    expect(rows(el)[0]![3]).to.contain('PORT-1, PORT-3');
  });

  it('fires pbx-change with scenario and quote when the user types, and reflects the attribute', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    const event = oneEvent(el, 'pbx-change');
    await type(el, 'pbxs-0-users', '600');
    const { detail } = await event;
    expect(detail.scenario.pbxs[0].users).to.equal(600);
    expect(detail.quote.lines.map((l: { code: string; quantity: number }) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Port12', 500],
      ['PBX-Port12%500', 100],
    ]);
    expect(el.getAttribute('users')).to.equal('600');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('2');
  });

  it('shows a localized message at the bad field, keeps the typing and the last quote (stale)', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="10" trunks="1"></pbx-license-calculator>`);
    const invalid = oneEvent(el, 'pbx-invalid');
    await type(el, 'pbxs-0-users', '-5');
    const { detail } = await invalid;
    expect(detail.issues[0]).to.deep.include({ path: ['pbxs', 0, 'users'], key: 'error.negative' });
    const field = input(el, 'pbxs-0-users');
    expect(field.value).to.equal('-5');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.equal('The number cannot be negative.');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '11']);
    expect(root(el).querySelector('.quote')!.hasAttribute('data-stale')).to.equal(true);
    await type(el, 'pbxs-0-users', 'zwölf');
    expect(root(el).getElementById('pbxs-0-users-error')!.textContent).to.equal('Please enter a number.');
    await type(el, 'pbxs-0-users', '0x10');
    expect(root(el).getElementById('pbxs-0-users-error')!.textContent, 'no hexadecimal').to.equal('Please enter a number.');
    await type(el, 'pbxs-0-users', '30');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '31']);
    expect(root(el).querySelector('.quote')!.hasAttribute('data-stale')).to.equal(false);
  });

  it('speaks German from the closest ancestor lang, with the guideline terms and Intl numbers, and follows lang changes', async () => {
    const parentNode = document.createElement('div');
    parentNode.lang = 'de';
    document.body.append(parentNode);
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="5999" trunks="1"></pbx-license-calculator>`, { parentNode });
    expect(root(el).querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Amtsleitungen');
    const last = rows(el).at(-1)!;
    expect(last[1]).to.equal(new Intl.NumberFormat('de').format(1000));
    expect(last[3]).to.contain('Port-Lizenzen Nr.');
    // A language switch on the wrapper (not on <html>) is followed too.
    parentNode.lang = 'nl';
    await afterLangChange(el);
    expect(root(el).querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Buitenlijnen');
    el.setAttribute('lang', 'en');
    await afterLangChange(el);
    expect(root(el).querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Trunks');
    // Its own lang wins over the wrapper's.
    parentNode.lang = 'de';
    await afterLangChange(el);
    expect(root(el).querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Trunks');
  });

  it('follows a lang set inside a portal shell\'s shadow root, in Italian and French', async () => {
    const shell = document.createElement('div');
    document.body.append(shell);
    const shadow = shell.attachShadow({ mode: 'open' });
    const main = document.createElement('main');
    main.lang = 'it';
    shadow.append(main);
    const el = document.createElement('pbx-license-calculator') as PbxLicenseCalculator;
    el.setAttribute('users', '3');
    main.append(el);
    try {
      await el.updateComplete;
      await afterLangChange(el);
      expect(root(el).querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Linee urbane');
      // The shell switches language inside its own shadow root: no <html> or light DOM change.
      main.lang = 'fr';
      await afterLangChange(el);
      await afterLangChange(el);
      expect(root(el).querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Lignes réseau');
      expect(rows(el)[0]![3]).to.contain('Licences Port nº 1 à 3');
    } finally {
      shell.remove();
    }
  });

  it('prices the quote with the list currency, formatted by Intl in the element locale', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en-US" users="3" trunks="0" .prices=${{ currency: 'EUR', 'PBX-Port12': 12.5 }}></pbx-license-calculator>`);
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
    expect(rows(el)[0]!.slice(4)).to.deep.equal([money.format(12.5), money.format(37.5)]);
    expect(root(el).querySelector('[part="total"]')!.textContent).to.contain(money.format(37.5));
  });

  it('takes a whole scenario property, adds user groups, and explains myPBX added for Video (VIDEO-2)', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = { version: 12, pbxs: [{ name: 'Zentrale', platform: 'ipva', users: 40, trunks: 2, userGroups: [{ name: 'Vertrieb', count: 10, features: ['video'] }] }] };
    await el.updateComplete;
    expect(input(el, 'pbxs-0-name').value).to.equal('Zentrale');
    const text = rows(el).map((r) => `${r[0]} ${r[1]} ${r[3]}`);
    expect(text).to.include.members([
      'PBX-Port12 42 Port licenses no. 1 to 42 on Zentrale: 42 new Port licenses (Zentrale: 42). (PORT-1, PORT-3)',
      'PBX-IPVA12 42 One IPVA license per Port license in operation on Zentrale: 42 in all (0 installed, 42 new); 0 IPVA installed. (IPVA-1)',
      'PBX-myPBX12 10 myPBX for the 10 users of Vertrieb: required by VIDEO-2. (MYPBX-1, VIDEO-2)',
    ]);
  });

  it('lists a code once per PBX: two user groups share one UC row, in the table and the CSV', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = { version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 250, trunks: 0, uc: 'bundle', userGroups: [{ name: 'Staff', count: 180, features: ['myPBX'] }, { name: 'Warehouse staff', count: 70, features: ['video'] }] }] };
    await el.updateComplete;
    expect(rows(el).filter((r) => r[0] === 'PBX-UC12').map((r) => `${r[1]} ${r[3]}`)).to.deep.equal(['250 250 in all: Staff: 180 and Warehouse staff: 70. (UC-1, UC-2)']);
    expect(el.quoteCsv().split('\r\n').filter((l) => l.startsWith(',PBX-UC12,'))).to.deep.equal([',PBX-UC12,UC license V12,250,,,,HQ,250 in all: Staff: 180 and Warehouse staff: 70.,UC-1 UC-2']);
  });

  it('keeps a scenario set before the first render (unset attributes do not overwrite it)', async () => {
    const scenario = { version: 11, pbxs: [{ name: 'Office', platform: 'gateway' as const, users: 25, trunks: 2 }] };
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator .scenario=${scenario}></pbx-license-calculator>`);
    expect(input(el, 'pbxs-0-users').value).to.equal('25');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port11', '27']);
    expect(el.getAttribute('version')).to.equal('11');
  });

  it('is accessible (axe), valid and invalid', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="10" trunks="1"></pbx-license-calculator>`);
    await expect(el).to.be.accessible();
    await type(el, 'pbxs-0-users', 'x');
    await expect(el).to.be.accessible();
  });

  it('exports CSV with the quote and neutralises formula cells', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="3" trunks="0"></pbx-license-calculator>`);
    const csv = el.quoteCsv().split('\r\n');
    expect(csv[0]).to.equal('Article no.,License type,Description,Quantity,Unit price,Discount (%),Net amount,PBX,Reason,Rules');
    expect(csv[1]).to.match(/^,PBX-Port12,Port license V12,3,,,,PBX 1,/);
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).to.equal('"\'+1"');
    expect(csvCell(-3)).to.equal('-3');
  });
});

describe('<pbx-license-calculator>: the guideline readings in the form (issue 10)', () => {
  const choose = async (el: PbxLicenseCalculator, id: string, value: string) => {
    const select = root(el).getElementById(id) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };

  it('sets the licensing of one PBX (G-2): a local PBX gets its own lines', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = {
      version: 12,
      pbxs: [
        { name: 'HQ', platform: 'gateway', users: 400, trunks: 0 },
        { name: 'Branch', platform: 'gateway', users: 300, trunks: 0 },
      ],
    };
    await el.updateComplete;
    expect(rows(el).map((r) => r.slice(0, 3))).to.deep.equal([
      ['PBX-Port12', '500', 'HQ'],
      ['PBX-Port12%500', '200', 'HQ'],
    ]);
    const label = root(el).querySelector('label[for="pbxs-1-licensing"]')!;
    expect(label.textContent).to.equal('Licensing of this PBX');
    const changed = oneEvent(el, 'pbx-change');
    await choose(el, 'pbxs-1-licensing', 'local');
    expect((await changed).detail.scenario.pbxs[1].licensing).to.equal('local');
    expect(rows(el).map((r) => r.slice(0, 3))).to.deep.equal([
      ['PBX-Port12', '400', 'HQ'],
      ['PBX-Port12', '300', 'Branch'],
    ]);
  });

  it('explains a central Port line by PBX and names what UC covers', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = {
      version: 12,
      pbxs: [
        { name: 'HQ', platform: 'gateway', users: 250, trunks: 30, uc: 'bundle', userGroups: [{ name: 'Office', count: 250, features: ['voicemail'] }] },
        { name: 'Branch', platform: 'gateway', users: 0, trunks: 8 },
      ],
    };
    await el.updateComplete;
    expect(rows(el)[0]![3]).to.contain('(HQ: 280 and Branch: 8)');
    const notices = [...root(el).querySelectorAll('[part~="notice"]')].map((n) => n.textContent!.replace(/\s+/g, ' '));
    expect(notices.some((n) => n.includes('Voicemail for the 250 users of Office: part of UC') && n.includes('(UC-1)'))).to.equal(true);
  });

  it('takes the recording targets and raises Reporting for them (REC-3)', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="50" trunks="4"></pbx-license-calculator>`);
    await type(el, 'pbxs-0-recordedUsers', '5');
    await type(el, 'pbxs-0-recordingTargets', '12');
    const reporting = rows(el).find((r) => r[0] === 'PBX-Reporting12')!;
    expect(reporting[1]).to.equal('21');
    expect(reporting[3]).to.contain('needed for 12 target subscribers');
  });
});
