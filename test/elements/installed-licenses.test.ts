import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
import type { PbxChangeDetail } from '../../src/elements/license-calculator/license-calculator.js';
import { decodeScenarioFromUrl, encodeScenarioForUrl } from '../../src/core/index.js';
import { until } from '../until.js';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/license-calculator.stories.js';

// Issue 26: the calculator's installed licenses (`existing`), on the license master and on each
// PBX, filled by paste or file from what the PBX lists, edited as rows, and counted by the quote
// (PORT-3: the new licenses start after the installed ones).

const root = (el: Element) => el.shadowRoot!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => root(el).getElementById(id) as T | null;
const lines = (el: Element) => [...root(el).querySelectorAll('.quote tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent!.trim()));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
/** The master's part (after the PBXs, in no PBX's fieldset), or PBX i's. */
const part = (el: Element, i: number | null) =>
  (i === null
    ? [...root(el).querySelectorAll('details[part="installed"]')].find((d) => !d.closest('fieldset.pbx'))
    : root(el).querySelectorAll('fieldset.pbx')[i]!.querySelector(':scope > details[part="installed"]')) as HTMLDetailsElement;
const rowsOf = (el: Element, i: number | null) =>
  [...part(el, i).querySelectorAll('[part="installed-list"] .extra')].map((row) => [...row.querySelectorAll('input')].map((x) => x.value));

const reply = {
  mt: 'GetPbxLicensesResult',
  lic: [
    { name: 'Port', version: '12', count: '500', used: '312', local: '500', slaves: '0', key: 'k1' },
    { name: 'UC', version: '12', count: '50', used: '12', local: '50', slaves: '0', key: 'k2' },
  ],
};

const licenseFile = `<licenses>
<license amount='100' type='PBX-Port12' mac='00-90-33-01-02-ab' var='PBX0'>a1b2</license>
<license amount='380' type='PBX-Port12' mac='00-90-33-01-02-ab' var='PBX0'>a1b3</license>
<license amount='20' type='PBX-UC12' mac='00-90-33-01-02-cd' var='PBX0'>a1b5</license>
</licenses>`;

const twoPbxs = {
  version: 12,
  pbxs: [
    { name: 'Main', platform: 'gateway' as const, users: 100, trunks: 0 },
    { name: 'Branch', platform: 'gateway' as const, users: 50, trunks: 0, licensing: 'local' as const },
  ],
};

/** Opens a part as the user does (its summary) and waits for its editor (a chunk of its own). */
async function open(el: PbxLicenseCalculator, i: number | null, id: string) {
  part(el, i).querySelector('summary')!.click();
  await until(() => !!byId(el, id), { el });
  expect(byId(el, id), `${id} once opened`).to.not.equal(null);
}

async function paste(el: PbxLicenseCalculator, id: string, value: string) {
  const area = byId<HTMLTextAreaElement>(el, id)!;
  area.value = value;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function type(el: PbxLicenseCalculator, field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const files = (name: string, content: string, type = 'text/plain') => {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type }));
  return dt;
};

describe('<pbx-license-calculator>: installed licenses (issue 26)', () => {
  it('a GetPbxLicensesResult pasted on the master fills `existing`: the new Port licenses start at 501 (PORT-3), with its notice', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" users="100" trunks="0"></pbx-license-calculator>`);
    expect(lines(el)).to.deep.equal([['PBX-Port12', '100', 'PBX 1']]);
    expect(part(el, null).open, 'closed while there are none').to.equal(false);
    expect(text(part(el, null).querySelector('summary'))).to.equal('Installed on the license master (the whole installation): paste or load from the PBX');
    expect(text(part(el, 0).querySelector('summary'))).to.equal('Installed licenses: paste or load from the PBX');
    await open(el, null, 'existing-paste');
    expect(text(part(el, null).querySelector('.hint'))).to.contain('On the license master');
    const change = oneEvent(el, 'pbx-change');
    await paste(el, 'existing-paste', JSON.stringify(reply));
    const { detail } = (await change) as CustomEvent<PbxChangeDetail>;
    expect(detail.scenario.existing).to.deep.equal({ 'PBX-Port12': 500, 'PBX-UC12': 50 });
    expect(detail.quote.lines.map((l) => [l.code, l.quantity])).to.deep.equal([['PBX-Port12%500', 100]]);
    expect(el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 500, 'PBX-UC12': 50 });
    // What the quote shows: the tier after the installed ones, and why.
    expect(lines(el)).to.deep.equal([['PBX-Port12%500', '100', 'PBX 1']]);
    await until(() => (text(root(el).querySelector('[part~="notices"]')) ?? '').includes('installed'), { el });
    expect(text(root(el).querySelector('[part~="notices"]'))).to.contain('500 installed PBX-Port12 licenses on PBX 1 count for the tiers: the new licenses continue after no. 500.');
    // What was read, and the installed licenses it gave, as rows.
    expect(text(part(el, null).querySelector('[part="list-read"]'))).to.equal('PBX license list: 2 lots');
    expect(text(part(el, null).querySelector('[part="installed-taken"]'))).to.equal('Taken: 2 license types, 550 licenses.');
    expect(rowsOf(el, null)).to.deep.equal([
      ['PBX-Port12', '500'],
      ['PBX-UC12', '50'],
    ]);
    expect(byId<HTMLTextAreaElement>(el, 'existing-paste')!.value, 'the text stays in the box').to.equal(JSON.stringify(reply));
    // The PBX's own part is untouched.
    expect(el.scenario!.pbxs[0]!.existing).to.equal(undefined);
  });

  it('a license file loaded on the second PBX (picker, then a drop): the device chosen is what the PBX has', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" .scenario=${twoPbxs}></pbx-license-calculator>`);
    expect(lines(el)).to.deep.equal([
      ['PBX-Port12', '100', 'Main'],
      ['PBX-Port12', '50', 'Branch'],
    ]);
    await open(el, 1, 'pbxs-1-existing-paste-file');
    expect(text(part(el, 1).querySelector('.hint'))).to.contain('Licenses installed on Branch');
    const picker = byId(el, 'pbxs-1-existing-paste-file')!;
    picker.files = files('licenses.xml', licenseFile, 'text/xml').files;
    picker.dispatchEvent(new Event('change'));
    await until(() => el.scenario?.pbxs[1]?.existing !== undefined, { el });
    // Two devices: the first one is taken, and said so; the user can choose the other.
    expect(el.scenario!.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 480 });
    expect(el.scenario!.existing, 'the master keeps none').to.equal(undefined);
    expect(text(part(el, 1).querySelector('[part="list-read"]'))).to.equal('License file: 2 devices, 2 lots');
    expect(text(part(el, 1).querySelector('[part="installed-device"]'))).to.equal('The file holds 2 devices: taken are the licenses of 00-90-33-01-02-ab.');
    expect(text(part(el, 1).querySelector('[part="list-notes"]'))).to.contain('signatures of the license file are not checked');
    // Branch is licensed locally (G-2): its own 480 count on its own device.
    expect(lines(el)).to.deep.equal([
      ['PBX-Port12', '100', 'Main'],
      ['PBX-Port12', '20', 'Branch'],
      ['PBX-Port12%500', '30', 'Branch'],
    ]);
    const device = byId<HTMLSelectElement>(el, 'pbxs-1-existing-device')!;
    device.value = '00-90-33-01-02-cd';
    device.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.scenario!.pbxs[1]!.existing).to.deep.equal({ 'PBX-UC12': 20 });
    expect(rowsOf(el, 1)).to.deep.equal([['PBX-UC12', '20']]);
    device.value = '*';
    device.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.scenario!.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 480, 'PBX-UC12': 20 });
    expect(text(part(el, 1).querySelector('[part="installed-device"]'))).to.equal('The file holds 2 devices: taken are the licenses of all of them.');
    // A file dropped on the box is read, not opened by the browser.
    const area = byId<HTMLTextAreaElement>(el, 'pbxs-1-existing-paste')!;
    const drop = new DragEvent('drop', { dataTransfer: files('pbx.json', JSON.stringify(reply), 'application/json'), bubbles: true, cancelable: true, composed: true });
    area.dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    await until(() => el.scenario?.pbxs[1]?.existing?.['PBX-UC12'] === 50, { el });
    expect(el.scenario!.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 500, 'PBX-UC12': 50 });
    expect(lines(el).slice(1)).to.deep.equal([['PBX-Port12%500', '50', 'Branch']]);
  });

  it('an unknown code is a localized issue naming it, with its line; the text stays, the known lines count', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="de" users="10" trunks="0"></pbx-license-calculator>`);
    await open(el, null, 'existing-paste');
    const typed = 'PBX-Port12 500\nPBX-Foo12 5';
    await paste(el, 'existing-paste', typed);
    const area = byId<HTMLTextAreaElement>(el, 'existing-paste')!;
    expect(area.value).to.equal(typed);
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(text(byId(el, 'existing-paste-error'))).to.equal('Zeile 2: Unbekannter Lizenztyp „PBX-Foo12“.');
    expect(area.getAttribute('aria-describedby')).to.contain('existing-paste-error');
    expect(el.scenario!.existing, 'never silently another license').to.deep.equal({ 'PBX-Port12': 500 });
    expect(lines(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12%500', '10']);
    // A device's name the kit does not know, in a GetPbxLicensesResult: named, with its entry.
    await paste(el, 'existing-paste', JSON.stringify({ mt: 'GetPbxLicensesResult', lic: [{ name: 'Port', version: '12', count: '20' }, { name: 'Telefax', version: '12', count: '1' }] }));
    expect(text(byId(el, 'existing-paste-error'))).to.contain('Telefax');
    expect(el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 20 });
    // Text that is no list at all: said, and the installed licenses stay as they were.
    await paste(el, 'existing-paste', '{ nope');
    expect(text(byId(el, 'existing-paste-error'))).to.equal('Das ist kein gültiges JSON.');
    expect(el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 20 });
    expect(text(part(el, null).querySelector('summary'))).to.equal('Auf dem Lizenz-Master installiert (die ganze Installation): einfügen oder von der PBX laden');
    expect(text(part(el, null).querySelector('legend'))).to.equal('Installierte Lizenzen');
  });

  it('the rows edit `existing`: a count changed, one that is no number (at its field, the quote stale), a type added, removed', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" users="100" trunks="0"></pbx-license-calculator>`);
    await open(el, null, 'existing-paste');
    await paste(el, 'existing-paste', 'PBX-Port12 500');
    const count = () => part(el, null).querySelectorAll<HTMLInputElement>('[part="installed-list"] .extra input')[1]!;
    await type(el, count(), '1000');
    expect(el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 1000 });
    expect(lines(el)).to.deep.equal([['PBX-Port12%1000', '100', 'PBX 1']]);
    const invalid = oneEvent(el, 'pbx-invalid');
    await type(el, count(), 'lots');
    const { detail } = await invalid;
    expect(detail.issues[0]).to.deep.include({ path: ['existing', 'PBX-Port12'], key: 'error.notANumber' });
    expect(count().value, 'the typing stays').to.equal('lots');
    expect(count().id).to.equal('existing-PBX-Port12');
    expect(count().getAttribute('aria-invalid')).to.equal('true');
    expect(text(byId(el, count().getAttribute('aria-describedby')!))).to.equal('Please enter a number.');
    expect(root(el).querySelector('.quote')!.hasAttribute('data-stale')).to.equal(true);
    expect(lines(el), 'the last quote, stale').to.deep.equal([['PBX-Port12%1000', '100', 'PBX 1']]);
    // Text two locales would read as two numbers: said, never read as one of them.
    await type(el, count(), '1.000');
    expect(text(byId(el, count().getAttribute('aria-describedby')!))).to.equal('"1.000" can be read as two different numbers: write 1000 or 1,000.');
    await type(el, count(), '500');
    // A type added by hand: the new row's type field gets the focus.
    byId(el, 'existing-add')!.click();
    await el.updateComplete;
    await until(() => root(el).activeElement?.id === 'existing-1-code', { el });
    expect(root(el).activeElement?.id).to.equal('existing-1-code');
    await type(el, root(el).activeElement as HTMLInputElement, 'PBX-Port13');
    expect(root(el).querySelector('.quote')!.hasAttribute('data-stale'), 'a count is still missing').to.equal(true);
    await type(el, part(el, null).querySelectorAll<HTMLInputElement>('[part="installed-list"] .extra input')[3]!, '7');
    expect(el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 500, 'PBX-Port13': 7 });
    // An unknown type typed in a row: named at the type's field.
    const code = part(el, null).querySelectorAll<HTMLInputElement>('[part="installed-list"] .extra input')[2]!;
    await type(el, code, 'PBX-Nope12');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(code.id).to.equal('existing-PBX-Nope12');
    expect(text(byId(el, code.getAttribute('aria-describedby')!))).to.equal('Unknown license type "PBX-Nope12".');
    // Removed: the quote is the one without installed licenses again.
    const remove = (name: string) => [...part(el, null).querySelectorAll<HTMLButtonElement>('[part="installed-list"] .extra button')].find((b) => b.getAttribute('aria-label') === `Remove ${name}`)!;
    remove('PBX-Nope12').click();
    await el.updateComplete;
    remove('PBX-Port12').click();
    await el.updateComplete;
    expect(el.scenario!.existing).to.deep.equal({});
    expect(rowsOf(el, null)).to.deep.equal([]);
    expect(text(part(el, null).querySelector('[part="installed-list"] .hint'))).to.equal('None: the quote counts no installed licenses here.');
    expect(lines(el)).to.deep.equal([['PBX-Port12', '100', 'PBX 1']]);
    expect(part(el, null).open, 'the part stays open while the user works in it').to.equal(true);
    await until(() => root(el).activeElement?.id === 'existing-add', { el });
    expect(root(el).activeElement?.id).to.equal('existing-add');
  });

  it('a scenario with installed licenses shows them at the first render, with the notices in their words', async () => {
    const scenario = { ...twoPbxs, existing: { 'PBX-Port12': 500 }, pbxs: [twoPbxs.pbxs[0]!, { ...twoPbxs.pbxs[1]!, existing: { 'PBX-Port12': 480 } }] };
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="fr" .scenario=${scenario}></pbx-license-calculator>`);
    // No wait beyond the first render: the chunk and its messages came before it.
    expect(part(el, null).open).to.equal(true);
    expect(part(el, 1).open).to.equal(true);
    expect(part(el, 0).open).to.equal(false);
    expect(rowsOf(el, null)).to.deep.equal([['PBX-Port12', '500']]);
    expect(rowsOf(el, 1)).to.deep.equal([['PBX-Port12', '480']]);
    expect(lines(el)).to.deep.equal([
      ['PBX-Port12%500', '100', 'Main'],
      ['PBX-Port12', '20', 'Branch'],
      ['PBX-Port12%500', '30', 'Branch'],
    ]);
    const notices = text(root(el).querySelector('[part~="notices"]'))!;
    expect(notices).to.contain('500').and.contain('Main').and.contain('480').and.contain('Branch');
    expect(notices).to.not.contain('…');
    // Its looks are adopted (a strict CSP allows no <style>), and stay once the later chunk adopts its own.
    const box = () => part(el, null).querySelector('textarea')!;
    expect(part(el, null).querySelector('style')).to.equal(null);
    await until(() => getComputedStyle(box()).fontFamily.includes('monospace'), { el });
    await until(() => !!root(el).querySelector('.total-bar, [part="print"]'), { el });
    el.requestUpdate();
    await el.updateComplete;
    expect(getComputedStyle(box()).fontFamily).to.contain('monospace');
    const type = part(el, null).querySelector<HTMLElement>('.extra > .field:first-child')!;
    expect(getComputedStyle(type).gridColumnStart).to.equal('1');
  });

  it('the form value and pbx-change carry `existing` (master and PBX), and a JSON import brings its own', async () => {
    // fixtureSync: fixture() of a plain element waits for a frame, which a background tab never draws.
    const form = fixtureSync<HTMLFormElement>(html`<form><pbx-license-calculator name="scenario" lang="en" .scenario=${twoPbxs}></pbx-license-calculator></form>`);
    const el = form.querySelector('pbx-license-calculator')!;
    await el.updateComplete;
    await open(el, 1, 'pbxs-1-existing-paste');
    const change = oneEvent(el, 'pbx-change');
    await paste(el, 'pbxs-1-existing-paste', 'PBX-Port12\t480\nPBX-UC12\t10');
    const { detail } = (await change) as CustomEvent<PbxChangeDetail>;
    expect(detail.scenario.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 480, 'PBX-UC12': 10 });
    const submitted = JSON.parse(String(new FormData(form).get('scenario')));
    expect(submitted.pbxs[1].existing).to.deep.equal({ 'PBX-Port12': 480, 'PBX-UC12': 10 });
    expect(submitted.existing).to.equal(undefined);
    const quote = JSON.parse(String(new FormData(form).get('scenario-quote')));
    expect(quote.lines.map((l: { code: string; quantity: number; pbx: string }) => [l.code, l.quantity, l.pbx])).to.deep.include(['PBX-Port12%500', 30, 'Branch']);
    // An imported scenario replaces them (the part starts afresh from the file's).
    const imported = { ...twoPbxs, existing: { 'PBX-Port12': 10 } };
    el.scenario = imported;
    await el.updateComplete;
    expect(rowsOf(el, null)).to.deep.equal([['PBX-Port12', '10']]);
    expect(rowsOf(el, 1)).to.deep.equal([]);
    expect(byId<HTMLTextAreaElement>(el, 'pbxs-1-existing-paste')!.value, 'what was pasted for the scenario before').to.equal('');
    expect(JSON.parse(String(new FormData(form).get('scenario'))).existing).to.deep.equal({ 'PBX-Port12': 10 });
  });

  it('sync-url: the link carries them, and a link that has some shows them', async () => {
    const before = window.location.href;
    try {
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" sync-url="inst" .scenario=${twoPbxs}></pbx-license-calculator>`);
      await open(el, 1, 'pbxs-1-existing-paste');
      await paste(el, 'pbxs-1-existing-paste', 'PBX-Port12 480');
      await until(() => new URL(window.location.href).searchParams.has('inst'), { el });
      const state = decodeScenarioFromUrl(new URL(window.location.href).searchParams.get('inst'));
      expect(state.ok && state.value.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 480 });
      el.remove();
      const url = new URL(window.location.href);
      url.searchParams.set('inst', encodeScenarioForUrl({ ...twoPbxs, existing: { 'PBX-Port12': 500 } }));
      history.replaceState(null, '', url);
      const linked = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" sync-url="inst"></pbx-license-calculator>`);
      await until(() => rowsOf(linked, null).length > 0, { el: linked });
      expect(rowsOf(linked, null)).to.deep.equal([['PBX-Port12', '500']]);
      expect(lines(linked)[0]).to.deep.equal(['PBX-Port12%500', '100', 'Main']);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('is accessible (axe) with the parts open, read and invalid', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" .scenario=${twoPbxs}></pbx-license-calculator>`);
    await open(el, null, 'existing-paste');
    await open(el, 1, 'pbxs-1-existing-paste');
    await paste(el, 'existing-paste', JSON.stringify(reply));
    await paste(el, 'pbxs-1-existing-paste', licenseFile);
    await expect(el).to.be.accessible();
    await paste(el, 'existing-paste', 'PBX-Port12 5\nPBX-Foo12 1');
    await type(el, part(el, 1).querySelectorAll<HTMLInputElement>('[part="installed-list"] .extra input')[1]!, 'x');
    await expect(el).to.be.accessible();
  });

  it('the stories read what they paste: the master and the Branch from a GetPbxLicensesResult; the reader issues, each with its line or entry', async () => {
    const show = async (story: { render: () => TemplateResult }) => {
      const host = document.createElement('div');
      document.body.append(host);
      render(story.render(), host);
      const el = host.querySelector('pbx-license-calculator')!;
      await el.updateComplete;
      await until(() => el.scenario?.pbxs[1]?.existing?.['PBX-Port12'] !== undefined, { el });
      return { el, done: () => host.remove() };
    };
    const read = await show(stories.InstalledLicensesRead as never);
    try {
      expect(read.el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 500, 'PBX-UC12': 50 });
      expect(read.el.scenario!.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 480 });
      expect(text(part(read.el, null).querySelector('[part="list-notes"]')), 'used > count: over-allocated, with its hint').to.contain('ten minutes');
    } finally {
      read.done();
    }
    const issues = await show(stories.InstalledLicensesWithIssues as never);
    try {
      await until(() => !!byId(issues.el, 'pbxs-1-existing-paste-error'), { el: issues.el });
      const master = [...byId(issues.el, 'existing-paste-error')!.querySelectorAll('li')].map((li) => text(li));
      expect(master).to.have.length(2);
      expect(master[0]).to.contain('Telefax');
      expect(master[1]).to.contain('"UC"').and.contain('without a version');
      const branch = [...byId(issues.el, 'pbxs-1-existing-paste-error')!.querySelectorAll('li')].map((li) => text(li));
      expect(branch[0]).to.equal('Line 2: Unknown license type "PBX-Foo12".');
      expect(branch[1]).to.contain('Line 3');
      expect(issues.el.scenario!.existing).to.deep.equal({ 'PBX-Port12': 500 });
      expect(issues.el.scenario!.pbxs[1]!.existing).to.deep.equal({ 'PBX-Port12': 480 });
    } finally {
      issues.done();
    }
  });
});
