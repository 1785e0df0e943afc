import { expect } from '@open-wc/testing';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * A page rendered by lit's SSR in Node (scripts/ssr.mjs): the elements' HTML is there before any
 * JavaScript runs, and hydration adopts it: the same nodes, no second render, no warning.
 */
describe('server-side rendering (lit SSR) and hydration', () => {
  it('shows each element\'s quote, verdict and table before JavaScript, then hydrates without touching them', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    document.body.append(frame);
    try {
      await new Promise((r) => {
        frame.addEventListener('load', r, { once: true });
        frame.src = '/node_modules/.cache/pbx-ssr/page.html';
      });
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const calc = doc.querySelector('pbx-license-calculator')!;
      const check = doc.querySelector('pbx-version-check')!;
      const pool = doc.querySelector('pbx-balance-table')!;
      // No script has run: the declarative shadow roots hold the rendered elements.
      expect(win.customElements.get('pbx-license-calculator')).to.equal(undefined);
      const row = calc.shadowRoot!.querySelector('tbody tr')!;
      const rowText = row.textContent;
      expect(rowText).to.contain('PBX-Port12').and.contain('124');
      expect(calc.shadowRoot!.querySelector('#quote-heading')!.textContent).to.equal('Angebot');
      const verdict = check.shadowRoot!.querySelector('[part="verdict"]')!;
      // Issue 24: the server has the plans, so their summary is the headline.
      expect(verdict.textContent).to.contain('V12 after this order: 100 licenses to buy.');
      const table = pool.shadowRoot!.querySelector('table')!;
      expect(table.textContent).to.contain('PBX-UC12');

      const problems: string[] = [];
      win.console.error = (...a: unknown[]) => problems.push(`error: ${a.join(' ')}`);
      win.console.warn = (...a: unknown[]) => problems.push(`warn: ${a.join(' ')}`);
      win.addEventListener('error', (e) => problems.push(`uncaught: ${e.message}`));
      const mutations: string[] = [];
      const observer = new win.MutationObserver((records) => mutations.push(...records.map((r) => `${(r.target as Element).nodeName} ${r.type} ${r.attributeName ?? ''}`)));
      for (const el of [calc, check, pool]) observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });

      const hydrated = new Promise((r) => win.addEventListener('pbx-hydrated', r, { once: true }));
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/node_modules/.cache/pbx-ssr/hydrate.js';
      doc.head.append(script);
      await hydrated;
      await new Promise((r) => setTimeout(r, 50));
      for (const el of [calc, check, pool] as Lit[]) await el.updateComplete;
      observer.disconnect();

      expect(problems, 'no hydration mismatch or other warning').to.deep.equal([]);
      expect(mutations, 'hydration adopts the DOM: nothing re-rendered').to.deep.equal([]);
      expect(row.isConnected && calc.shadowRoot!.contains(row), 'the same row node').to.equal(true);
      expect(row.textContent).to.equal(rowText);
      expect(check.shadowRoot!.contains(verdict) && pool.shadowRoot!.contains(table)).to.equal(true);

      // Hydrated means live: typing recalculates in place.
      const users = calc.shadowRoot!.getElementById('pbxs-0-users') as HTMLInputElement;
      users.value = '600';
      users.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
      await (calc as Lit).updateComplete;
      expect([...calc.shadowRoot!.querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent!.trim())).to.deep.equal(['500', '104']);
    } finally {
      frame.remove();
    }
  });
});
