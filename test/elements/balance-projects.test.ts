import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable } from '../../src/index.js';
import { until } from '../until.js';

// Issue 26, "Company and projects": the portal's company pool, and projects with their own
// balances (MIG-2 / MIG-4: a project's pool; POOL-4 per type): a project switch above the table,
// To order per project, and a file per project loaded into one company view.
const root = (el: Element) => el.shadowRoot!;
/** The table's rows as shown: code, then Loaded, Used, Left (and To order). */
const rows = (el: Element) =>
  [...root(el).querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('code')).map((tr) => [tr.querySelector('code')!.textContent!.trim(), ...[...tr.querySelectorAll('td.num')].map((td) => td.textContent!.trim())]);
const select = (el: Element) => root(el).getElementById('project') as HTMLSelectElement | null;
const options = (el: Element) => [...select(el)!.options].map((o) => [o.value, o.textContent!.replace(/\s+/g, ' ').trim()]);
const key = (code: string, count: number, project?: string, serial = '00-90-33-00-00-01') => ({ code, count, serial, status: 'active' as const, ...(project ? { project } : {}) });
const company = {
  activationKeys: [
    { code: 'PBX-Port12', count: 100, project: 'Nord' },
    { code: 'PBX-Port12', count: 50, project: 'Süd' },
    { code: 'PBX-UC12', count: 20, project: 'West' },
  ],
  licenseKeys: [key('PBX-Port12', 60, 'Nord', 'SN-N1'), key('PBX-UC12', 5, 'Nord', 'SN-N2'), key('PBX-Port12', 30, 'Süd', 'SN-S1'), key('PBX-UC12', 12, 'West', 'SN-W1'), key('PBX-Port12', 4, undefined, 'SN-0')],
};
async function choose(el: PbxBalanceTable, value: string) {
  const s = select(el)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
/** Reads a file under a project name; waits for one more file summary, or for `done` (a file that replaces one). */
async function readFile(el: PbxBalanceTable, name: string, text: string, project: string, done?: () => boolean) {
  root(el).querySelector('details')!.open = true;
  await el.updateComplete;
  const field = root(el).getElementById('keys-file-project') as HTMLInputElement;
  field.value = project;
  field.dispatchEvent(new InputEvent('input'));
  const input = root(el).getElementById('keys-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name));
  input.files = transfer.files;
  const count = root(el).querySelectorAll('[part="keys-file"]').length;
  input.dispatchEvent(new Event('change'));
  await until(done ?? (() => root(el).querySelectorAll('[part="keys-file"]').length > count), { el });
  await el.updateComplete;
}

describe('<pbx-balance-table>: company and projects (issue 26)', () => {
  it('a pool without projects shows no switch, and never loads one', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [key('PBX-Port12', 3)] }}></pbx-balance-table>`);
    expect(select(el)).to.equal(null);
    expect(root(el).querySelector('[part="project"]')).to.equal(null);
    expect(rows(el)).to.deep.equal([['PBX-Port12', '10', '3', '7']]);
  });

  it('three projects: a switch labelled "Project" above the table, the company pool first, each project with its keys, the keys without a project last', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${company}></pbx-balance-table>`);
    const s = select(el)!;
    expect(s, 'shown in the first render').to.not.equal(null);
    expect(root(el).querySelector(`label[for="project"]`)!.textContent!.trim()).to.equal('Project');
    expect(s.compareDocumentPosition(root(el).querySelector('table')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the table').to.not.equal(0);
    expect(options(el)).to.deep.equal([
      ['', 'Company pool (all projects)'],
      ['Nord', 'Nord (3 keys)'],
      ['Süd', 'Süd (2 keys)'],
      ['West', 'West (2 keys)'],
      [' ', 'No project (1 key)'],
    ]);
    expect(s.value).to.equal('');
    expect(rows(el), 'the company pool: every key').to.deep.equal([
      ['PBX-Port12', '150', '94', '56'],
      ['PBX-UC12', '20', '17', '3'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('choosing a project shows its Loaded, Used and Left, fires pbx-project-change and reflects `project`', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${company}></pbx-balance-table>`);
    const fired = oneEvent(el, 'pbx-project-change');
    await choose(el, 'Nord');
    const e = await fired;
    expect(e.detail).to.deep.equal({ project: 'Nord' });
    expect(e.bubbles && e.composed).to.equal(true);
    expect(el.project).to.equal('Nord');
    expect(el.getAttribute('project')).to.equal('Nord');
    expect(rows(el), 'POOL-4: Nord uses 5 UC licenses it has none of').to.deep.equal([
      ['PBX-Port12', '100', '60', '40'],
      ['PBX-UC12', '0', '5', '-5'],
    ]);
    expect(root(el).querySelector('tr.over code')!.textContent).to.equal('PBX-UC12');
    expect([...root(el).querySelectorAll('.notice')].map((n) => n.textContent!).join(' '), 'the project’s own notices').to.contain('PBX-UC12 is over-allocated: 5 more licenses');
    await choose(el, ' ');
    expect(rows(el), 'the keys without a project').to.deep.equal([['PBX-Port12', '0', '4', '-4']]);
    expect(el.getAttribute('project')).to.equal(' ');
    await choose(el, '');
    expect(rows(el)[0]).to.deep.equal(['PBX-Port12', '150', '94', '56']);
    expect(el.hasAttribute('project') && el.getAttribute('project')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('the `project` attribute chooses the project of the first render; setting it fires nothing', async () => {
    let events = 0;
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table project="Süd" .balance=${company} @pbx-project-change=${() => events++}></pbx-balance-table>`);
    expect(select(el)!.value).to.equal('Süd');
    expect(rows(el)).to.deep.equal([['PBX-Port12', '50', '30', '20']]);
    el.setAttribute('project', 'West');
    await el.updateComplete;
    expect(el.project).to.equal('West');
    expect(select(el)!.value).to.equal('West');
    expect(rows(el)).to.deep.equal([['PBX-UC12', '20', '12', '8']]);
    expect(events).to.equal(0);
  });

  it('a project no key names (a page’s choice) is listed with none, and its balance is empty, not the company’s', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table project="Ost" .balance=${company}></pbx-balance-table>`);
    expect(options(el).at(-1)).to.deep.equal(['Ost', 'Ost (0 keys)']);
    expect(select(el)!.value).to.equal('Ost');
    expect(rows(el)).to.deep.equal([]);
    expect(root(el).textContent).to.contain('No licenses in the pool.');
  });

  it('To order per project: required − that project’s Left, never below 0', async () => {
    const required = { lines: [{ code: 'PBX-Port12', quantity: 50 }, { code: 'PBX-UC12', quantity: 10 }] };
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${company} .required=${required}></pbx-balance-table>`);
    expect(rows(el), 'the company pool: 50 − 56 → 0; 10 − 3').to.deep.equal([
      ['PBX-Port12', '150', '94', '56', '0'],
      ['PBX-UC12', '20', '17', '3', '7'],
    ]);
    await choose(el, 'Nord');
    expect(rows(el), '50 − 40; 10 − (−5)').to.deep.equal([
      ['PBX-Port12', '100', '60', '40', '10'],
      ['PBX-UC12', '0', '5', '-5', '15'],
    ]);
    await choose(el, 'Süd');
    expect(rows(el), 'a type the project has none of: all of it').to.deep.equal([
      ['PBX-Port12', '50', '30', '20', '30'],
      ['PBX-UC12', '0', '0', '0', '10'],
    ]);
  });

  it('the filter works within the chosen project; an opened row lists that project’s keys', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${company}></pbx-balance-table>`);
    await choose(el, 'Nord');
    const filter = root(el).getElementById('filter') as HTMLInputElement;
    filter.value = 'SN-N2';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([['PBX-UC12', '0', '5', '-5']]);
    filter.value = 'SN-S1';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(rows(el), 'a key of another project').to.deep.equal([]);
    expect(root(el).querySelector('[part="no-match"]')).to.not.equal(null);
    filter.value = '';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    (root(el).querySelector('tbody tr .expand') as HTMLButtonElement).click();
    await el.updateComplete;
    await until(() => root(el).querySelector('[part="keys"]') !== null, { el });
    const list = root(el).querySelector('[part="keys"]')!.textContent!;
    expect(list).to.contain('SN-N1').and.not.contain('SN-S1').and.not.contain('SN-0');
  });

  it('a file per project: each file read under "Project of this file" adds to what is there, one company view with its projects', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table today="2026-12-02"></pbx-balance-table>`);
    expect(select(el)).to.equal(null);
    const licenseFile = (mac: string, amount: number) => `<licenses><license amount='${amount}' type='PBX-Port12' mac='${mac}' var='PBX0'>sig</license></licenses>`;
    await readFile(el, 'nord.xml', licenseFile('00-90-33-01-02-01', 10), 'Nord');
    await until(() => select(el) !== null, { el });
    expect(options(el)).to.deep.equal([['', 'Company pool (all projects)'], ['Nord', 'Nord (1 key)']]);
    await readFile(el, 'sued.xml', licenseFile('00-90-33-01-02-02', 20), 'Süd');
    await readFile(el, 'keys.csv', 'PBX-Port12;7;SN-1\n', 'West');
    expect(options(el).map((o) => o[1])).to.deep.equal(['Company pool (all projects)', 'Nord (1 key)', 'Süd (1 key)', 'West (1 key)']);
    expect(rows(el), 'the company: all three files').to.deep.equal([['PBX-Port12', '30', '7', '23']]);
    const summaries = [...root(el).querySelectorAll('[part="keys-file"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(summaries[0]).to.contain('nord.xml (project Nord): License file: 1 device, 1 lot');
    expect(summaries[2]).to.contain('keys.csv (project West): 1 license key read');
    await choose(el, 'Süd');
    expect(rows(el)).to.deep.equal([['PBX-Port12', '20', '0', '20']]);
    await choose(el, 'West');
    expect(rows(el)).to.deep.equal([['PBX-Port12', '0', '7', '-7']]);
    // The same file for the same project again replaces it (its keys would count twice).
    await choose(el, '');
    await readFile(el, 'nord.xml', licenseFile('00-90-33-01-02-01', 15), 'Nord', () => rows(el)[0]?.[1] === '35');
    expect(root(el).querySelectorAll('[part="keys-file"]').length).to.equal(3);
    expect(rows(el)).to.deep.equal([['PBX-Port12', '35', '7', '28']]);
    // Removing a file takes its project with it.
    const west = [...root(el).querySelectorAll('[part="keys-file"]')].find((s) => s.textContent!.includes('West'))!;
    west.querySelector('button')!.click();
    await el.updateComplete;
    expect(options(el).map((o) => o[0])).to.deep.equal(['', 'Süd', 'Nord']);
    const field = root(el).getElementById('keys-file-project') as HTMLInputElement;
    expect(root(el).querySelector('label[for="keys-file-project"]')!.textContent!.trim()).to.equal('Project of this file');
    expect(root(el).getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.contain('a file per project');
    await expect(el).to.be.accessible();
  });

  it('a file under a project name adds that project to the page’s pool, keys with a Project column of their own keep it', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 40 }], licenseKeys: [key('PBX-Port12', 4)] }}></pbx-balance-table>`);
    expect(select(el)).to.equal(null);
    await readFile(el, 'keys.csv', 'Type;Count;Serial;Project\nPBX-Port12;3;SN-1;\nPBX-Port12;2;SN-2;Filiale\n', 'Zentrale');
    await until(() => select(el) !== null, { el });
    expect(options(el).map((o) => o[1])).to.deep.equal(['Company pool (all projects)', 'Zentrale (1 key)', 'Filiale (1 key)', 'No project (2 keys)']);
    expect(rows(el)).to.deep.equal([['PBX-Port12', '40', '9', '31']]);
    await choose(el, 'Zentrale');
    expect(rows(el)).to.deep.equal([['PBX-Port12', '0', '3', '-3']]);
  });

  it('in German; hostile and long project names are text, and projects like any other', async () => {
    const long = 'Projekt-'.repeat(60);
    const balance = { activationKeys: [{ code: 'PBX-Port12', count: 9, project: '__proto__' }], licenseKeys: [key('PBX-Port12', 1, '<img src=x onerror=alert(1)>'), key('PBX-Port12', 2, long), key('PBX-Port12', 3, 'constructor')] };
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de" .balance=${balance}></pbx-balance-table>`);
    await el.updateComplete;
    expect(root(el).querySelector('label[for="project"]')!.textContent!.trim()).to.equal('Projekt');
    expect(options(el).map((o) => o[1])).to.deep.equal(['Firmenpool (alle Projekte)', '__proto__ (1 Schlüssel)', '<img src=x onerror=alert(1)> (1 Schlüssel)', `${long.trim()} (1 Schlüssel)`, 'constructor (1 Schlüssel)']);
    expect(root(el).querySelector('img')).to.equal(null);
    await choose(el, '__proto__');
    expect(rows(el)).to.deep.equal([['PBX-Port12', '9', '0', '9']]);
    await choose(el, long);
    expect(rows(el)).to.deep.equal([['PBX-Port12', '0', '2', '-2']]);
    expect(el.getAttribute('project')).to.equal(long);
    expect(select(el)!.getBoundingClientRect().width, 'a long name never widens the element').to.be.at.most(el.getBoundingClientRect().width + 1);
    await expect(el).to.be.accessible();
  });
});
