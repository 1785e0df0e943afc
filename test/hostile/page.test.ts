import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';
import type { Quote } from '../../src/core/index.js';
import { VERSION } from '../../src/version.js';
import { mount, unmountAll } from './helpers.js';
import { until } from '../until.js';
import { blankPage, load } from '../pages.js';

const BUNDLE = `${location.origin}/dist/pbx-license-kit.min.js`;
/** What an element says where input waits for a chunk that could not be loaded. */
const NOT_LOADED_TEXT = 'This could not be loaded: check the connection and try again.';

/** The chunks beside the drop-ins the page has fetched so far (file names), of one kind. */
const fetchedChunks = (win: Window, kind: RegExp) =>
  win.performance
    .getEntriesByType('resource')
    .map((r) => /\/chunks\/([^/]+\.min\.js)$/.exec(r.name)?.[1] ?? '')
    .filter((name) => kind.test(name));

/** Picks a preset from the calculator's menu, as a user does. */
function choosePreset(el: Element, win: Window & typeof globalThis, name: string): void {
  const preset = el.shadowRoot!.getElementById('preset') as HTMLSelectElement;
  preset.value = name;
  preset.dispatchEvent(new win.Event('change'));
}

/** A balance table of 10 Port licenses on the page, with license keys typed into its "Add keys" box. */
async function balanceWithTypedKeys(win: Window & typeof globalThis, doc: Document, keys: string): Promise<{ el: PbxBalanceTable; area: HTMLTextAreaElement; used: () => string }> {
  const el = doc.createElement('pbx-balance-table') as PbxBalanceTable;
  el.balance = { activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [] };
  doc.body.append(el);
  await el.updateComplete;
  const area = el.shadowRoot!.getElementById('keys-paste') as HTMLTextAreaElement;
  area.value = keys;
  area.dispatchEvent(new win.InputEvent('input'));
  await el.updateComplete;
  return { el, area, used: () => el.shadowRoot!.querySelector('tbody td:nth-child(3)')!.textContent!.trim() };
}

/** A version check with these attributes (and lots) appended to `parent` of a blank page; its first update is not awaited. */
function versionCheckIn(parent: Element, attributes: Readonly<Record<string, string>>, licenses?: PbxVersionCheck['licenses']): PbxVersionCheck {
  const el = parent.ownerDocument.createElement('pbx-version-check') as PbxVersionCheck;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (licenses) el.licenses = licenses;
  parent.append(el);
  return el;
}

const firstRow = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr:first-child td')].slice(0, 2).map((td) => td.textContent!.trim());

describe('pages nobody here controls', () => {
  afterEach(unmountAll);

  it('two copies of the bundle on one page: the first definitions stay, silently, and work', async () => {
    const { win, doc, warnings, done } = await blankPage();
    try {
      await load(doc, BUNDLE);
      const first = win.customElements.get('pbx-license-calculator');
      await load(doc, `${BUNDLE}?second-copy`);
      expect(win.customElements.get('pbx-license-calculator')).to.equal(first);
      // The definitions say nothing; the query string (how a second copy is had here) is named.
      expect(warnings).to.deep.equal([`pbx-license-kit: load ${BUNDLE}?second-copy by its plain URL: its chunks load that again.`]);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '7');
      doc.body.append(el);
      await el.updateComplete;
      expect(firstRow(el)).to.deep.equal(['PBX-Port12', '7']);
    } finally {
      done();
    }
  });

  it('a page that defines one of the tags first keeps it; one warning; the others work', async () => {
    const { win, doc, warnings, done } = await blankPage();
    try {
      class Theirs extends win.HTMLElement {}
      win.customElements.define('pbx-version-check', Theirs);
      await load(doc, BUNDLE);
      expect(win.customElements.get('pbx-version-check')).to.equal(Theirs);
      expect(warnings).to.deep.equal([`pbx-license-kit ${VERSION}: keeping the existing definitions of <pbx-version-check> (defined by other code).`]);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      doc.body.append(el);
      el.users = '3';
      await el.updateComplete;
      expect(firstRow(el)).to.deep.equal(['PBX-Port12', '3']);
    } finally {
      done();
    }
  });

  it('an element created before its definition keeps the properties set early (upgrade)', async () => {
    const { doc, done } = await blankPage();
    try {
      const early = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      early.scenario = { version: 11, pbxs: [{ name: 'Early', platform: 'ipva', users: 4, trunks: 1 }] };
      early.prices = { currency: 'EUR', 'PBX-Port11': 2 };
      doc.body.append(early);
      await load(doc, BUNDLE);
      await early.updateComplete;
      expect(firstRow(early)).to.deep.equal(['PBX-Port11', '5']);
      expect(early.quote!.total).to.deep.include({ currency: 'EUR', amount: 10, complete: false });
      const late = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      late.scenario = { version: 12, pbxs: [{ name: 'Late', platform: 'gateway', users: 2, trunks: 0 }] };
      doc.body.append(late);
      await late.updateComplete;
      expect(firstRow(late)).to.deep.equal(['PBX-Port12', '2']);
    } finally {
      done();
    }
  });

  it('moved, removed and re-added: the balance table holds exactly one listener, on its root', async () => {
    const live = new Set<EventListenerOrEventListenerObject>();
    const add = document.addEventListener.bind(document);
    const remove = document.removeEventListener.bind(document);
    document.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, o?: unknown) => {
      if (type === 'pbx-change') live.add(fn);
      add(type, fn, o as AddEventListenerOptions);
    }) as typeof document.addEventListener;
    document.removeEventListener = ((type: string, fn: EventListenerOrEventListenerObject, o?: unknown) => {
      if (type === 'pbx-change') live.delete(fn);
      remove(type, fn, o as EventListenerOptions);
    }) as typeof document.removeEventListener;
    const source = await mount<HTMLDivElement>(html`<div id="src"></div>`);
    const table = document.createElement('pbx-balance-table') as PbxBalanceTable;
    try {
      table.setAttribute('for', 'src');
      table.balance = { activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [] };
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      source.after(table);
      // The link is a chunk of its own (loaded where `for` is set): its listener comes with it.
      await until(() => live.size === 1);
      expect(live.size).to.equal(1);
      elsewhere.append(table);
      table.remove();
      expect(live.size).to.equal(0);
      source.after(table);
      elsewhere.append(table);
      source.after(table);
      expect(live.size).to.equal(1);
      const quote = { lines: [{ code: 'PBX-Port12', quantity: 25 }] } as unknown as Quote;
      source.dispatchEvent(new CustomEvent('pbx-change', { detail: { quote }, bubbles: true, composed: true }));
      await table.updateComplete;
      expect(firstRow(table)).to.deep.equal(['PBX-Port12', '10']);
      expect(table.shadowRoot!.querySelector('tbody td:last-child')!.textContent!.trim()).to.equal('15');
      table.remove();
      elsewhere.remove();
      expect(live.size).to.equal(0);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
      table.remove();
    }
  });

  it('a legacy page with enumerable properties on Object.prototype and Array.prototype: the bundle loads and works', async () => {
    const { win, doc, done } = await blankPage();
    try {
      (win.Object.prototype as Record<string, unknown>)['legacy'] = 'x';
      (win.Array.prototype as unknown as Record<string, unknown>)['each'] = () => 0;
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      await load(doc, `${BUNDLE}?polluted`);
      expect(errors).to.deep.equal([]);
      expect(win.customElements.get('pbx-license-calculator')).to.not.equal(undefined);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '600');
      el.setAttribute('trunks', '0');
      doc.body.append(el);
      await el.updateComplete;
      expect(firstRow(el)).to.deep.equal(['PBX-Port12', '500']);
      // The page's own properties are left exactly as they were: still enumerable.
      expect(win.Object.prototype.propertyIsEnumerable('legacy')).to.equal(true);
      expect(win.Array.prototype.propertyIsEnumerable('each')).to.equal(true);
    } finally {
      done();
    }
  });

  it('a drop-in loaded with a query string (?v=0.1.0) says once to load it by its plain URL; by its plain URL it says nothing', async () => {
    const { doc, warnings, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/balance-table.min.js?v=0.1.0`);
      expect(warnings).to.deep.equal([`pbx-license-kit: load ${location.origin}/dist/drop-in/balance-table.min.js?v=0.1.0 by its plain URL: its chunks load that again.`]);
      await load(doc, `${location.origin}/dist/drop-in/balance-table.min.js`);
      expect(warnings.length).to.equal(1);
    } finally {
      done();
    }
  });

  it('a page that needs one element loads its drop-in alone: that tag is defined, and works', async () => {
    const { win, doc, warnings, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/version-check.min.js`);
      expect(win.customElements.get('pbx-version-check')).to.not.equal(undefined);
      expect(win.customElements.get('pbx-license-calculator')).to.equal(undefined);
      const el = versionCheckIn(doc.body, { 'pbx-version': '12' }, [{ code: 'PBX-Port10', count: 100 }, { code: 'PBX-Port12', count: 100 }]);
      await el.updateComplete;
      // Issue 24: the plans' summary is the headline once they are here.
      expect(el.shadowRoot!.querySelector('[part="verdict"]')!.textContent).to.contain('V12 after this order: 100 licenses to buy.');
      // The all-in-one after it keeps the tag and adds the other two, silently (same version).
      await load(doc, BUNDLE);
      expect(win.customElements.get('pbx-license-calculator')).to.not.equal(undefined);
      expect(warnings).to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('the version check loads its upgrade and migration plans on first use: not while it is empty', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/version-check.min.js?plans`);
      const planChunk = () => fetchedChunks(win, /^installed-base-/).length > 0;
      const el = versionCheckIn(doc.body, { 'pbx-version': '13' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="prompt"]')).to.not.equal(null);
      expect(planChunk(), 'nothing to plan: the chunk stays on the server').to.equal(false);
      el.licenses = [{ code: 'PBX-Port12', count: 10 }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="verdict"]')!.textContent).to.contain('V13 after this order: 10 licenses to buy.');
      expect(el.shadowRoot!.querySelector('[part="upgrade"]'), 'the plan, once its chunk is here').to.not.equal(null);
      expect(planChunk()).to.equal(true);
    } finally {
      done();
    }
  });

  it('a German version check loads the German messages it shows, and no other element’s', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/version-check.min.js?domains`);
      const chunks = () =>
        fetchedChunks(win, /^lang-/)
          .map((name) => name.replace(/-[\w-]{6}\.min\.js$/, ''))
          .sort();
      const el = versionCheckIn(doc.body, { lang: 'de', 'pbx-version': '13' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="prompt"]')!.textContent).to.contain('Geben Sie die installierten Lizenzen ein');
      // Its input errors follow the first render, in German and English (the fallback).
      await until(() => chunks().includes('lang-de-errors'), { win });
      expect(chunks()).to.deep.equal(['lang-de-common', 'lang-de-errors', 'lang-de-version-check', 'lang-en-errors']);
      el.licenses = [{ code: 'PBX-Port12', count: 10 }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="verdict"]')!.textContent).to.contain('V13 nach dieser Bestellung: 10 Lizenzen zu kaufen.');
      expect(el.shadowRoot!.querySelector('[part="upgrade"] h3')!.textContent).to.contain('Upgrade auf');
      // The plans' messages came with the plans, in German and English (the fallback); no calculator or balance text.
      expect(chunks()).to.deep.equal(['lang-de-common', 'lang-de-errors', 'lang-de-plans', 'lang-de-version-check', 'lang-en-errors', 'lang-en-plans']);
    } finally {
      done();
    }
  });

  it('the calculator’s help texts load after its first render, in English too; updateComplete waits for them', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/license-calculator.min.js?help`);
      const helpChunks = () => fetchedChunks(win, /^lang-\w+-calculator-help-/).length;
      const el = doc.createElement('pbx-license-calculator') as HTMLElement & { updateComplete: Promise<boolean> };
      doc.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('pbxs-0-users-help')!.textContent).to.contain('(PORT-1)');
      expect(helpChunks(), 'one chunk: English').to.equal(1);
    } finally {
      done();
    }
  });

  it('the calculator loads its presets, print layout and file handling after its first render: a preset applies, the print rules apply', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/license-calculator.min.js?later`);
      const laterChunks = () => fetchedChunks(win, /^later-[\w-]{6}\.min\.js$/).length;
      expect(laterChunks(), 'not part of the first download').to.equal(0);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      doc.body.append(el);
      await el.updateComplete;
      expect(laterChunks(), 'fetched once the form is shown').to.equal(1);
      const printRules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof win.CSSMediaRule && r.media.mediaText === 'print');
      expect(printRules.length).to.equal(1);
      choosePreset(el, win, 'smallOffice');
      await el.updateComplete;
      expect(el.scenario!.pbxs[0]!.name).to.equal('Office');
      expect(el.quote!.lines[0]!.code).to.equal('PBX-Port12');
    } finally {
      done();
    }
  });

  it('a calculator whose later chunk cannot be loaded still quotes; a preset says it could not be loaded and leaves the form as it was', async () => {
    const { doc, win, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/license-calculator.min.js`);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '7');
      doc.body.append(el);
      await el.updateComplete;
      expect([el.quote!.lines[0]!.code, el.quote!.lines[0]!.quantity]).to.deep.equal(['PBX-Port12', 7]);
      choosePreset(el, win, 'callCentre');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.quote [role="alert"]')!.textContent).to.equal(NOT_LOADED_TEXT);
      expect((el.shadowRoot!.getElementById('pbxs-0-users') as HTMLInputElement).value).to.equal('7');
      expect(el.quote!.lines[0]!.quantity).to.equal(7);
    } finally {
      done();
    }
  });

  it('the calculator writes its link (sync-url) with a chunk of its own, fetched on the first write; one that cannot be loaded says so, and the quote stands', async () => {
    const plain = await blankPage();
    try {
      await load(plain.doc, `${location.origin}/dist/drop-in/license-calculator.min.js?link`);
      const writerChunks = () => fetchedChunks(plain.win, /^link-writer-[\w-]{6}\.min\.js$/).length;
      const without = plain.doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      plain.doc.body.append(without);
      await without.updateComplete;
      expect(writerChunks(), 'no link kept: not fetched').to.equal(0);
      const el = plain.doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('sync-url', 'q');
      el.setAttribute('users', '5');
      plain.doc.body.append(el);
      await el.updateComplete;
      expect(writerChunks(), 'fetched for the first write (the link itself: license-calculator-flows)').to.equal(1);
    } finally {
      plain.done();
    }
    const { doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/license-calculator.min.js`);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('sync-url', 'q');
      el.setAttribute('users', '7');
      doc.body.append(el);
      await el.updateComplete;
      expect([el.quote!.lines[0]!.code, el.quote!.lines[0]!.quantity]).to.deep.equal(['PBX-Port12', 7]);
      expect(el.shadowRoot!.querySelector('.quote [role="alert"]')!.textContent).to.equal(NOT_LOADED_TEXT);
    } finally {
      done();
    }
  });

  it('the calculator reads a declared price list with a chunk of its own, before its first render; one that cannot be loaded says so, and the quote stays unpriced', async () => {
    const list = '<script type="application/json" slot="prices">{ "currency": "EUR", "PBX-Port12": 10 }</script>';
    const plain = await blankPage();
    try {
      await load(plain.doc, `${location.origin}/dist/drop-in/license-calculator.min.js?prices`);
      const readerChunks = () => fetchedChunks(plain.win, /^price-reader-[\w-]{6}\.min\.js$/).length;
      const without = plain.doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      plain.doc.body.append(without);
      await without.updateComplete;
      expect(readerChunks(), 'no list declared: not fetched').to.equal(0);
      const quotes: Quote[] = [];
      plain.doc.addEventListener('pbx-change', (e) => quotes.push((e as CustomEvent<{ quote: Quote }>).detail.quote));
      const host = plain.doc.createElement('div');
      host.innerHTML = `<pbx-license-calculator users="3" trunks="0">${list}</pbx-license-calculator>`;
      plain.doc.body.append(host);
      const el = host.firstElementChild as PbxLicenseCalculator;
      await el.updateComplete;
      expect(readerChunks()).to.equal(1);
      expect(quotes.map((q) => q.total?.amount), 'the first quote is priced already').to.deep.equal([30]);
    } finally {
      plain.done();
    }
    const { doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/license-calculator.min.js`);
      const host = doc.createElement('div');
      host.innerHTML = `<pbx-license-calculator users="3" trunks="0">${list}</pbx-license-calculator>`;
      doc.body.append(host);
      const el = host.firstElementChild as PbxLicenseCalculator;
      await el.updateComplete;
      expect([el.quote!.lines[0]!.quantity, el.quote!.total]).to.deep.equal([3, undefined]);
      expect(el.shadowRoot!.querySelector('.quote [part="error"]')!.textContent).to.equal(`No prices: ${NOT_LOADED_TEXT}`);
    } finally {
      done();
    }
  });

  it('the calculator reads counts in the locale’s form with a chunk loaded after its first render, or before it for such a count in the markup; one that cannot be loaded says so', async () => {
    const plain = await blankPage();
    try {
      await load(plain.doc, `${location.origin}/dist/drop-in/license-calculator.min.js?numbers`);
      const readerChunks = () => fetchedChunks(plain.win, /^number-parser-[\w-]{6}\.min\.js$/).length;
      expect(readerChunks(), 'not part of the first download').to.equal(0);
      // Whether the element had rendered when each quote came: the first render must hold it.
      const rendered: boolean[] = [];
      plain.doc.addEventListener('pbx-change', (e) => rendered.push((e.target as PbxLicenseCalculator).hasUpdated));
      const el = plain.doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '1,200');
      plain.doc.body.append(el);
      await el.updateComplete;
      expect(readerChunks()).to.equal(1);
      expect(rendered, 'one quote, made for the first render').to.deep.equal([false]);
      expect(el.scenario!.pbxs[0]!.users).to.equal(1200);
    } finally {
      plain.done();
    }
    const { doc, win, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/license-calculator.min.js`);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '7');
      doc.body.append(el);
      await el.updateComplete;
      const users = el.shadowRoot!.getElementById('pbxs-0-users') as HTMLInputElement;
      users.value = '8';
      users.dispatchEvent(new win.InputEvent('input'));
      await el.updateComplete;
      expect(el.quote!.lines[0]!.quantity, 'plain digits need no reader').to.equal(8);
      users.value = '1,000';
      users.dispatchEvent(new win.InputEvent('input'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.quote [role="alert"]')!.textContent).to.equal(NOT_LOADED_TEXT);
      expect(el.quote!.lines[0]!.quantity).to.equal(8);
      expect(users.value).to.equal('1,000');
    } finally {
      done();
    }
  });

  it('the calculator fetches the number reader right after its first render where the markup needs none, before anyone types a count', async () => {
    const { doc, win, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/license-calculator.min.js?numbers-later`);
      const readerChunks = () => fetchedChunks(win, /^number-parser-[\w-]{6}\.min\.js$/).length;
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '12');
      doc.body.append(el);
      await el.updateComplete;
      await until(() => readerChunks() === 1, { win });
      expect(readerChunks(), 'fetched with no count typed yet').to.equal(1);
      const users = el.shadowRoot!.getElementById('pbxs-0-users') as HTMLInputElement;
      users.value = '1,500';
      users.dispatchEvent(new win.InputEvent('input'));
      await el.updateComplete;
      expect(el.scenario!.pbxs[0]!.users).to.equal(1500);
      expect(readerChunks(), 'fetched once').to.equal(1);
    } finally {
      done();
    }
  });

  it('the balance table reads pasted keys with a reader loaded after its first render; updateComplete waits for it', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/balance-table.min.js?keys`);
      const readerChunks = () => fetchedChunks(win, /^license-keys-[\w-]{6}\.min\.js$/).length;
      expect(readerChunks(), 'not part of the first download').to.equal(0);
      const { area, used } = await balanceWithTypedKeys(win, doc, 'PBX-Port12\t4\tSN-1');
      expect(readerChunks()).to.equal(1);
      expect(used(), 'Used').to.equal('4');
      expect(area.value).to.equal('PBX-Port12\t4\tSN-1');
    } finally {
      done();
    }
  });

  it('a balance table whose key reader cannot be loaded shows its own balance, and "Add license keys" says the reader could not be loaded; opening it tries again', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/balance-table.min.js`);
      const el = doc.createElement('pbx-balance-table') as PbxBalanceTable;
      el.balance = { activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [] };
      doc.body.append(el);
      await el.updateComplete;
      const cells = () => [...el.shadowRoot!.querySelectorAll('tbody td')].slice(0, 4).map((td) => td.textContent!.trim());
      expect(cells()).to.deep.equal(['PBX-Port12', '10', '0', '10']);
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('.add-keys')!;
      expect(el.shadowRoot!.getElementById('keys-paste'), 'no box to type into that nothing would read').to.equal(null);
      expect(details.querySelector('[part="error"]')!.textContent!.trim()).to.equal(NOT_LOADED_TEXT);
      const tried = fetchedChunks(win, /^license-keys-/).length;
      details.open = true;
      await until(() => fetchedChunks(win, /^license-keys-/).length > tried, { win });
      await el.updateComplete;
      expect(details.querySelector('[part="error"]')!.textContent!.trim()).to.equal(NOT_LOADED_TEXT);
    } finally {
      done();
    }
  });

  it('a version check whose paste reader cannot be loaded keeps the pasted lines, says they were not read and is invalid in its form', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/version-check.min.js`);
      const form = doc.body.appendChild(doc.createElement('form'));
      const el = versionCheckIn(form, {});
      await el.updateComplete;
      const area = el.shadowRoot!.getElementById('licenses') as HTMLTextAreaElement;
      area.value = 'PBX-Port10 5';
      area.dispatchEvent(new win.InputEvent('input'));
      await el.updateComplete;
      expect(area.value).to.equal('PBX-Port10 5');
      expect(el.shadowRoot!.getElementById('licenses-error')!.textContent!.trim()).to.equal(NOT_LOADED_TEXT);
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      expect(el.result, 'no verdict on lines not read').to.equal(null);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(NOT_LOADED_TEXT);
    } finally {
      done();
    }
  });

  it('a version check reads a release date in the locale\'s form with its line reader before its first verdict: never judged without it', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/dist/drop-in/version-check.min.js?release-date`);
      // The version check's paste reader (issue 26: every license list, list-reader.ts).
      const readerChunks = () => fetchedChunks(win, /^list-reader-[\w-]{6}\.min\.js$/).length;
      expect(readerChunks(), 'not part of the first download').to.equal(0);
      const verdicts: boolean[] = [];
      // On the document, so that the element's very first verdict is heard too.
      doc.addEventListener('pbx-version-result', (e) => verdicts.push(e.detail.blocking[0]!.upgradableUnderSsa));
      const el = versionCheckIn(doc.body, { lang: 'de', 'target-released': '15.06.2026', today: '2026-11-22' }, [{ code: 'PBX-Port10', count: 5, ssaUntil: '2027-01-31' }]);
      await el.updateComplete;
      expect(readerChunks()).to.equal(1);
      expect(verdicts, 'SSA-1: released during the SSA, from the first verdict on').to.deep.equal([true]);
      // Issue 24: said by the plan's lot row (the blocking list is not repeated beside it).
      expect(el.shadowRoot!.querySelector('[part="upgrade-lots"] tbody tr')!.textContent).to.contain('kostenlos mit SSA');
      expect(el.shadowRoot!.getElementById('targetReleased-error')?.textContent ?? 'no error').to.equal('no error');
    } finally {
      done();
    }
  });

  it('a version check whose line reader cannot be loaded names the release date it could not read, and judges nothing', async () => {
    const { doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/version-check.min.js`);
      const el = versionCheckIn(doc.body, { 'target-released': '6/15/2026' }, [{ code: 'PBX-Port10', count: 5, ssaUntil: '2027-01-31' }]);
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('targetReleased-error')!.textContent).to.equal(NOT_LOADED_TEXT);
      expect(el.result).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="prompt"]')!.textContent).to.contain('Correct the marked input');
    } finally {
      done();
    }
  });

  it('a version check whose plans cannot be loaded gives its verdict and says the rest could not be loaded', async () => {
    const { doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/version-check.min.js`);
      const el = versionCheckIn(doc.body, { 'pbx-version': '12' }, [{ code: 'PBX-Port10', count: 100 }]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="verdict"]')!.textContent).to.contain('These licenses do not run V12.');
      expect(el.shadowRoot!.querySelector('[part="upgrade"]')?.textContent ?? 'no plan').to.equal('no plan');
      expect(el.shadowRoot!.querySelector('section [part="error"]')!.textContent).to.equal(NOT_LOADED_TEXT);
      // Announced, not only shown.
      expect(el.shadowRoot!.querySelector('section [part="error"]')!.getAttribute('role')).to.equal('alert');
    } finally {
      done();
    }
  });

  it('a version check without its plans keeps the blocking list; a lot its SSA upgrades never says "remove or upgrade" (issue 24)', async () => {
    const { doc, done } = await blankPage();
    try {
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/version-check.min.js?ssa`);
      const el = versionCheckIn(doc.body, { 'pbx-version': '12', 'target-released': '2026-06-15', today: '2026-11-22' }, [
        { code: 'PBX-Port10', count: 5, ssaUntil: '2027-01-31' },
        { code: 'PBX-UC10', count: 2 },
      ]);
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('[part="blocking"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([
        'PBX-Port10 × 5: These 5 V10 PBX-Port10 licenses are upgraded to V12 free of charge under the SSA. (G-3, G-4, PORT-5)',
        'PBX-UC10 × 2: Remove or upgrade these 2 V10 PBX-UC10 licenses to run V12. (G-3, G-4)',
      ]);
    } finally {
      done();
    }
  });

  it('a language whose chunk cannot be loaded falls back to English, with one console warning', async () => {
    const { win, doc, warnings, done } = await blankPage();
    try {
      // The same drop-in, served from a place where the language chunks are missing (404).
      await load(doc, `${location.origin}/broken-chunks/dist/drop-in/version-check.min.js`);
      const els = ['it', 'it'].map((lang) => versionCheckIn(doc.body, { lang, 'pbx-version': '12' }, [{ code: 'PBX-Port10', count: 100 }]));
      const verdict = () => els.map((el) => el.shadowRoot!.querySelector('[part="verdict"]')?.textContent ?? '');
      await until(() => verdict().every((v) => v.includes('do not run V12')), { win });
      expect(verdict().every((v) => v.includes('These licenses do not run V12')), verdict().join(' | ')).to.equal(true);
      expect(warnings).to.deep.equal(['pbx-license-kit: the it messages could not be loaded; English is shown instead.']);
    } finally {
      done();
    }
  });

  it('the drop-in loads the rule summaries on first use, from a chunk beside it', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${BUNDLE}?rules`);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('users', '3');
      doc.body.append(el);
      await el.updateComplete;
      (el.shadowRoot!.querySelector('[part="rule"]') as HTMLButtonElement).click();
      const summary = () => el.shadowRoot!.querySelector('[part="rule-summary"]')?.textContent ?? '';
      await until(() => summary().startsWith('PORT-1: One'), { el, win });
      expect(summary()).to.equal('PORT-1: One Port license per user, trunk, third-party application, SIP voicemail, analogue extension or Call Me button.');
    } finally {
      done();
    }
  });

  it('a page in Dutch gets Dutch from the first render: never English first, the messages loaded on first use', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, `${BUNDLE}?dutch`);
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.setAttribute('lang', 'nl');
      el.setAttribute('users', '3');
      const seen: string[] = [];
      doc.body.append(el);
      const record = () => seen.push(el.shadowRoot!.querySelector('#quote-heading')?.textContent ?? '');
      new win.MutationObserver(record).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      record();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#quote-heading')!.textContent).to.equal('Offerte');
      expect(seen.filter((t) => t !== '')).to.not.include('Quote');
    } finally {
      done();
    }
  });
});
