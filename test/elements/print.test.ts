import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
// open-wc's fixture() would wait for an animation frame, which a background page never gets.
import { mount, unmountAll } from '../hostile/helpers.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Laid out (a hidden ancestor hides it too: its own computed display would not say so). */
const shown = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0;
/** The printed copies: the container at the end of <body>, one child per quote. */
const printed = () => document.querySelector('body > [data-pbx-print]');
/** The print rules of a page or shadow root, as written. */
const printRules = (root: DocumentOrShadowRoot) =>
  root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print')
    .map((r) => r.cssText)
    .join(' ');

async function type(el: PbxLicenseCalculator, id: string, value: string) {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Print media, where the browser can emulate it (Firefox's and WebKit's drivers cannot: the print rules are then checked as written). */
async function media(kind: 'print' | 'screen'): Promise<boolean> {
  try {
    await emulateMedia({ media: kind });
    return true;
  } catch {
    return false;
  }
}

/** What a page shows in print while `window.print()` runs (the browser's dialog is replaced: it fires beforeprint, as browsers do). */
async function whilePrinting<T>(look: (emulated: boolean) => T, start: () => void): Promise<{ seen: T; calls: number }> {
  const original = window.print;
  let seen: T | undefined;
  let calls = 0;
  const emulated = await media('print');
  window.print = () => {
    calls++;
    dispatchEvent(new Event('beforeprint'));
    seen = look(emulated);
    dispatchEvent(new Event('afterprint'));
  };
  try {
    start();
  } finally {
    window.print = original;
    if (emulated) await media('screen');
  }
  return { seen: seen as T, calls };
}

const prices = { currency: 'EUR', vatRate: 19, 'PBX-Port12': 10 };

/** What the printed copy holds, and (with print media) what of the page is shown around it. */
function printedPage(host: Element, emulated: boolean) {
  const copies = [...(printed()?.children ?? [])];
  const copy = copies[0];
  const doc = copy?.shadowRoot;
  const footer = copy?.querySelector('[slot="footer"]');
  const content = {
    copies: copies.length,
    letterhead: text(copy?.querySelector('[slot="header"]')),
    footer: text(footer),
    meta: text(doc?.querySelector('[part="meta"]')),
    summary: text(doc?.querySelector('[part="summary"] li')),
    lines: [...(doc?.querySelectorAll('[part="quote-table"] tbody tr') ?? [])].map((tr) => text(tr.firstElementChild) + ' ' + text(tr.children[1])),
    total: text(doc?.querySelector('[part="total"]')),
    draft: text(doc?.querySelector('[part="draft"]')),
  };
  if (!emulated) {
    // The rules as written: the page's (only while printing) and the copy's own.
    const page = printRules(document);
    const own = doc ? printRules(doc) : '';
    const looks = {
      hostPageHidden: page.includes('body > :not([data-pbx-print])') && page.includes('display: none !important'),
      controlsHidden: own.includes('.actions') && own.includes('.form'),
      totalsOnce: own.includes('table-row-group'),
      footerKept: own.includes("slot[name=\"footer\"]::slotted(*)") && own.includes('break-before: avoid'),
      draftShown: own.includes('.print-draft'),
    };
    return { ...content, looks };
  }
  const looks = {
    hostPageHidden: !shown(host.closest('#host-page')),
    controlsHidden: ![...(doc?.querySelectorAll('form, .actions, [part~="print"]') ?? [])].some(shown),
    totalsOnce: doc?.querySelector('tfoot') ? getComputedStyle(doc.querySelector('tfoot')!).display === 'table-row-group' : true,
    footerKept: footer ? shown(footer) && getComputedStyle(footer).breakBefore === 'avoid' : true,
    draftShown: content.draft ? shown(doc?.querySelector('[part="draft"]')) : true,
  };
  if (content.letterhead && !shown(copy?.querySelector('[slot="header"]'))) content.letterhead += ' (hidden)';
  if (content.summary && !shown(doc?.querySelector('[part="summary"]'))) content.summary += ' (hidden)';
  return { ...content, looks };
}

const looksRight = { hostPageHidden: true, controlsHidden: true, totalsOnce: true, footerKept: true, draftShown: true };

describe('<pbx-license-calculator> prints the quote alone (issue 24)', () => {
  afterEach(unmountAll);

  it('a valid quote: letterhead, customer, summary, positions, totals and footer; no page around it, no controls', async () => {
    const el = await mount<HTMLElement>(html`<div id="host-page">
      <h1>The reseller's shop</h1>
      <pbx-license-calculator lang="en" users="12" trunks="2" customer="ACME" .prices=${prices}>
        <p slot="header">Reseller GmbH, Main Street 1</p>
        <p slot="footer">Terms: 30 days net.</p>
      </pbx-license-calculator>
    </div>`);
    const calc = el.querySelector('pbx-license-calculator') as PbxLicenseCalculator;
    const { seen, calls } = await whilePrinting((emulated) => printedPage(calc, emulated), () => calc.print());
    expect(calls).to.equal(1);
    expect(seen).to.deep.equal({
      copies: 1,
      letterhead: 'Reseller GmbH, Main Street 1',
      footer: 'Terms: 30 days net.',
      meta: seen.meta,
      summary: 'PBX 1: Gateway, 12 users, 2 trunks',
      lines: ['PBX-Port12 14'],
      total: 'Total incl. VAT €166.60',
      draft: '',
      looks: looksRight,
    });
    expect(seen.meta).to.contain('Customer').and.contain('ACME');
    // After printing the page is as it was: no copy, no print rule left on the document.
    expect(printed()).to.equal(null);
    expect(document.adoptedStyleSheets.length).to.equal(0);
    expect(shown(el)).to.equal(true);
  });

  it('a stale quote prints marked "Draft: not valid", its summary that of the lines, not of the invalid form', async () => {
    const calc = await mount<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en" users="12" trunks="2" .prices=${prices}></pbx-license-calculator>`);
    await type(calc, 'pbxs-0-users', 'abc');
    // On screen the stale quote says so; the draft mark is for print.
    expect(shown(calc.shadowRoot!.querySelector('.stale'))).to.equal(true);
    expect(shown(calc.shadowRoot!.querySelector('[part="draft"]'))).to.equal(false);
    const { seen } = await whilePrinting((emulated) => printedPage(calc, emulated), () => (calc.shadowRoot!.querySelector('[part~="print"]') as HTMLButtonElement).click());
    expect(seen.looks).to.deep.equal(looksRight);
    expect(seen.draft).to.equal('Draft: not valid');
    expect(seen.summary).to.equal('PBX 1: Gateway, 12 users, 2 trunks');
    expect(seen.lines).to.deep.equal(['PBX-Port12 14']);
    // The mark is on every page too: a fixed box, which print repeats on each page.
    expect(printed()).to.equal(null);
    if (await media('print')) {
      try {
        const after = getComputedStyle(calc.shadowRoot!.querySelector('[part="draft"]')!, '::after');
        expect([after.position, after.content]).to.deep.equal(['fixed', '"Draft: not valid"']);
      } finally {
        await media('screen');
      }
    } else expect(printRules(calc.shadowRoot!)).to.contain('content: attr(data-mark)').and.contain('position: fixed');
  });

  it('the browser\'s own print (Ctrl+P) prints the same: every calculator\'s quote, each from a page of its own', async () => {
    const el = await mount<HTMLElement>(html`<div id="host-page">
      <pbx-license-calculator lang="de" users="3" trunks="0"></pbx-license-calculator>
      <pbx-license-calculator lang="de" users="5" trunks="0"></pbx-license-calculator>
    </div>`);
    const [a, b] = [...el.querySelectorAll('pbx-license-calculator')] as [PbxLicenseCalculator, PbxLicenseCalculator];
    const emulated = await media('print');
    try {
      dispatchEvent(new Event('beforeprint'));
      const copies = [...printed()!.children];
      expect(copies.map((c) => text(c.shadowRoot!.querySelector('[part="quote-table"] tbody tr td:nth-child(2)')))).to.deep.equal(['3', '5']);
      expect(copies.map((c) => c.getAttribute('lang'))).to.deep.equal(['de', 'de']);
      expect(text(copies[0]!.shadowRoot!.querySelector('#quote-heading'))).to.equal('Angebot');
      if (emulated) {
        expect(getComputedStyle(copies[1]!).breakBefore).to.equal('page');
        expect(shown(el)).to.equal(false);
      } else expect(printRules(document)).to.contain('[data-pbx-print] > * + *').and.contain('break-before: page');
      dispatchEvent(new Event('afterprint'));
      expect(printed()).to.equal(null);
    } finally {
      dispatchEvent(new Event('afterprint'));
      if (emulated) await media('screen');
    }
    // print() prints one quote only.
    const { seen } = await whilePrinting((e) => printedPage(b, e), () => b.print());
    expect(seen.copies).to.equal(1);
    expect(seen.lines).to.deep.equal(['PBX-Port12 5']);
    expect(a.isConnected).to.equal(true);
  });
});
