import { expect } from '@open-wc/testing';
import type { PbxBalanceTable, PbxChangeDetail, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';
import { until } from '../until.js';

type DemoWindow = Window & typeof globalThis & { pbxDemoCspViolations: string[] };

async function openDemo(): Promise<{ win: DemoWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = '/demo/index.html';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as DemoWindow;
  await win.customElements.whenDefined('pbx-balance-table');
  return { win, doc: frame.contentDocument!, frame };
}

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));

describe('the demo page: plain HTML, the min bundle alone, a strict CSP', () => {
  it('is served with the strict policy', async () => {
    const res = await fetch('/demo/index.html');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("require-trusted-types-for 'script'");
    expect(csp).to.not.contain('unsafe-eval');
  });

  it('renders and works with no CSP violation', async () => {
    const { win, doc, frame } = await openDemo();
    try {
      const calc = doc.getElementById('calc1') as PbxLicenseCalculator;
      const balance = doc.getElementById('balance') as PbxBalanceTable;
      await calc.updateComplete;
      await balance.updateComplete;
      expect(rows(calc)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '124']);
      // The page's own script set the version check's licenses: the G-4 story.
      // Issue 24: once its plans are here, their summary is the headline.
      const check = doc.getElementById('check') as PbxVersionCheck;
      await check.updateComplete;
      expect(check.shadowRoot!.querySelector('[part="verdict"]')!.textContent).to.contain('V12 after this order: 100 licenses to buy.');
      // A partner's script sets a scenario and catches the event.
      const changed = new Promise<PbxChangeDetail>((r) => calc.addEventListener('pbx-change', (e) => r((e as CustomEvent<PbxChangeDetail>).detail), { once: true }));
      calc.scenario = { version: 12, pbxs: [{ name: 'Shop', platform: 'ipva', users: 230, trunks: 2, standby: true }] };
      const detail = await changed;
      expect(detail.quote.lines.map((l) => [l.code, l.quantity])).to.deep.equal([
        ['PBX-Port12', 232],
        ['PBX-IPVA12', 232],
        ['PBX-Standby12', 232],
      ]);
      await balance.updateComplete;
      expect(rows(balance).find((r) => r[0]!.startsWith('PBX-Port12'))!.slice(1)).to.deep.equal(['200', '120', '80', '152']);
      // The page switches language: every element follows the document's lang.
      (doc.getElementById('language') as HTMLSelectElement).value = 'de';
      doc.getElementById('language')!.dispatchEvent(new Event('change'));
      // German loads on first use, from a chunk beside the bundle.
      const heading = () => calc.shadowRoot!.querySelector('#quote-heading')!.textContent;
      await until(() => heading() === 'Angebot');
      expect(heading()).to.equal('Angebot');
      // The menu offers the five languages the elements speak.
      const language = doc.getElementById('language') as HTMLSelectElement;
      expect([...language.options].map((o) => o.value)).to.deep.equal(['en', 'de', 'nl', 'it', 'fr']);
      language.value = 'fr';
      language.dispatchEvent(new Event('change'));
      await until(() => heading() === 'Devis');
      expect(heading()).to.equal('Devis');
      // print() copies the quote to the top of the page under the policy (the dialog replaced: it fires beforeprint).
      let copied = '';
      win.print = () => {
        win.dispatchEvent(new win.Event('beforeprint'));
        copied = doc.querySelector('body > [data-pbx-print]')?.firstElementChild?.shadowRoot?.querySelector('#quote-heading')?.textContent ?? '';
        win.dispatchEvent(new win.Event('afterprint'));
      };
      calc.print();
      expect(copied).to.equal('Devis');
      expect(win.pbxDemoCspViolations).to.deep.equal([]);
      // The watch is live: an eval is blocked (Trusted Types sink, then script-src) and reported.
      try {
        win.eval('1');
      } catch {
        /* blocked, as it must be */
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(win.pbxDemoCspViolations.length).to.be.greaterThan(0);
      expect(win.pbxDemoCspViolations[0]).to.match(/^(require-trusted-types-for|script-src)/);
    } finally {
      frame.remove();
    }
  });

  it('the balance table expands, scrolls, sorts and filters under the strict CSP, rows in place', async () => {
    const { win, doc, frame } = await openDemo();
    try {
      const balance = doc.getElementById('balance') as PbxBalanceTable;
      const serial = (i: number) => `00-90-33-00-${String(i).padStart(5, '0')}`;
      balance.balance = {
        activationKeys: [{ code: 'PBX-Port12', count: 5000 }, { code: 'PBX-UC12', count: 10 }],
        licenseKeys: Array.from({ length: 300 }, (_, i) => ({ code: 'PBX-Port12', count: 1, serial: serial(i), status: 'active' as const })),
      };
      await balance.updateComplete;
      const sr = balance.shadowRoot!;
      (sr.querySelector('button.expand') as HTMLButtonElement).click();
      await balance.updateComplete;
      const keys = sr.querySelector('.keys') as HTMLElement;
      const tops = () => [...keys.querySelectorAll('.keys-body .row')].map((r) => (r as HTMLElement).offsetTop);
      expect(tops().slice(0, 3)).to.deep.equal([0, 32, 64]);
      keys.scrollTop = 3200;
      keys.dispatchEvent(new Event('scroll'));
      await balance.updateComplete;
      expect(tops()).to.include(3200);
      expect(keys.querySelector('.keys-body .row [role="cell"]')!.textContent).to.not.equal(serial(0));
      (sr.querySelectorAll('th button')[1] as HTMLButtonElement).click();
      await balance.updateComplete;
      const filter = sr.getElementById('filter') as HTMLInputElement;
      filter.value = 'UC';
      filter.dispatchEvent(new InputEvent('input'));
      await balance.updateComplete;
      expect(rows(balance).map((r) => r[0])).to.deep.equal(['PBX-UC12']);
      await new Promise((r) => setTimeout(r, 50));
      expect(win.pbxDemoCspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
