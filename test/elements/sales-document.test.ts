import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator } from '../../src/index.js';
import { until } from '../until.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...root(el).querySelectorAll('[part="quote-table"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));
const totals = (el: Element) => [...root(el).querySelectorAll('[part="quote-table"] tfoot tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));

/** The element's quote once its price source settled (a fetch resolves in a later task). */
async function settled(el: PbxLicenseCalculator, done: () => boolean) {
  await until(done, { el });
}

describe('<pbx-license-calculator> as a sales document (issue 13)', () => {
  it('prices from a slotted JSON script: discount, net, VAT and gross, each rounded once', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="3" trunks="0" lang="en-US">
      <script type="application/json" slot="prices">
        { "currency": "EUR", "vatRate": 19, "discount": { "PBX-Port12": 12.5 }, "PBX-Port12": 19.99 }
      </script>
    </pbx-license-calculator>`);
    await settled(el, () => el.quote?.total !== undefined);
    expect(rows(el)[0]!.slice(4)).to.deep.equal(['€19.99', '12.5%', '€52.47']);
    expect(totals(el)).to.deep.equal([
      ['List price total', '€59.97'],
      ['Discount', '− €7.50'],
      ['Net total', '€52.47'],
      ['VAT 19%', '€9.97'],
      ['Total incl. VAT', '€62.44'],
    ]);
    expect(el.quote!.total).to.deep.include({ list: 59.97, discount: 7.5, net: 52.47, vat: 9.97, gross: 62.44 });
    // Each amount sits in the last column, under the line totals.
    const columns = root(el).querySelectorAll('[part="quote-table"] thead th').length;
    for (const tr of root(el).querySelectorAll('[part="quote-table"] tfoot tr')) expect((tr.firstElementChild as HTMLTableCellElement).colSpan + 1).to.equal(columns);
  });

  // The test server turns .json files into JavaScript modules: the list is served as text.
  it('prices-src fetches the list; a failed fetch or a bad list says so and leaves the quote unpriced', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="10" trunks="0" prices-src="/test/fixtures/price-list.txt"></pbx-license-calculator>`);
    await settled(el, () => el.quote?.total !== undefined);
    expect(el.quote!.total).to.deep.include({ list: 300, discount: 30, net: 270, vat: 51.3, gross: 321.3 });
    el.setAttribute('prices-src', '/test/fixtures/missing.json');
    await settled(el, () => root(el).querySelector('.quote [part="error"]') !== null);
    expect(el.quote!.total).to.equal(undefined);
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '10']);
    expect(text(root(el).querySelector('.quote [part="error"]'))).to.equal('No prices: The price list could not be loaded (HTTP 404).');
    // The prices property wins over any declared list.
    el.prices = { currency: 'CHF', 'PBX-Port12': 1 };
    await el.updateComplete;
    expect(el.quote!.total).to.deep.include({ currency: 'CHF', gross: 10 });
    expect(root(el).querySelector('.quote [part="error"]')).to.equal(null);
  });

  it('prices-src is fetched once: a change in the light DOM (a footer) does not fetch it again', async () => {
    const original = window.fetch;
    let fetches = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetches++;
      return original(...args);
    };
    try {
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="1" trunks="0" prices-src="/test/fixtures/price-list.txt"><p slot="footer">Terms</p></pbx-license-calculator>`);
      await settled(el, () => el.quote?.total !== undefined);
      el.querySelector('p')!.textContent = 'New terms';
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(fetches).to.equal(1);
      expect(el.quote!.total).to.deep.include({ list: 30 });
    } finally {
      window.fetch = original;
    }
  });

  it('a slotted list that is not valid JSON is named, and the quote stays unpriced', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="2" trunks="0"><script type="application/json" slot="prices">{ "PBX-Port12": </script></pbx-license-calculator>`);
    await settled(el, () => root(el).querySelector('.quote [part="error"]') !== null);
    expect(text(root(el).querySelector('.quote [part="error"]'))).to.equal('No prices: This is not valid JSON.');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '2']);
  });

  it('shows the letterhead data, the slots, and fires pbx-quote-request from the actions slot', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="5" trunks="1" lang="de" customer="Muster GmbH" project="Neubau" quote-number="A-17" today="2026-11-26" valid-days="30">
      <img slot="header" alt="Reseller" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <p slot="footer">Es gelten unsere AGB.</p>
      <button slot="actions" data-pbx-action="request">Angebot anfordern</button>
    </pbx-license-calculator>`);
    expect([...root(el).querySelectorAll('[part="meta"] div')].map((d) => `${text(d.querySelector('dt'))} ${text(d.querySelector('dd'))}`)).to.deep.equal([
      'Kunde Muster GmbH',
      'Projekt Neubau',
      'Angebotsnr. A-17',
      'Datum 26.11.2026',
      'Gültig bis 26.12.2026',
    ]);
    const slots = [...root(el).querySelectorAll('slot')].map((s) => [s.name, (s as HTMLSlotElement).assignedElements().length]);
    expect(slots).to.deep.include.members([['header', 1], ['footer', 1], ['actions', 1]]);
    const request = oneEvent(el, 'pbx-quote-request');
    (el.querySelector('[data-pbx-action="request"]') as HTMLButtonElement).click();
    const { detail } = await request;
    expect(detail.quote.lines[0].quantity).to.equal(6);
    expect(detail.scenario.pbxs[0].users).to.equal(5);
  });

  it('uc="auto" with prices shows the comparison it decided on', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="en-US"></pbx-license-calculator>`);
    el.prices = { currency: 'EUR', 'PBX-Port12': 30, 'PBX-UC12': 60, 'PBX-myPBX12': 25, 'PBX-Video12': 15, 'PBX-VoicemailUser12': 10 };
    el.scenario = { version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 10, trunks: 0, userGroups: [{ name: 'Office', count: 10, features: ['myPBX', 'video'] }, { name: 'All', count: 0, features: [] }] }] };
    await el.updateComplete;
    const table = root(el).querySelector('[part="uc-comparison"]')!;
    expect([...table.querySelectorAll('tbody td')].map((td) => text(td))).to.deep.equal(['Office (HQ, 10): myPBX, Video', '€600.00', '€400.00', 'Single modules']);
  });

  it('presets fill the form, reset returns to the markup; More options open by themselves when they hold a value', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="7" trunks="1"></pbx-license-calculator>`);
    const preset = root(el).getElementById('preset') as HTMLSelectElement;
    preset.value = 'callCentre';
    preset.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.scenario!.pbxs[0]!.name).to.equal('Contact centre');
    expect(rows(el).find((r) => r[0] === 'PBX-QueueMonitor12')![1]).to.equal('6');
    expect((root(el).querySelector('details.more') as HTMLDetailsElement).open, 'holds values').to.equal(true);
    (root(el).getElementById('reset') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['PBX-Port12', '8']);
    expect((root(el).querySelector('details.more') as HTMLDetailsElement).open, 'nothing in them').to.equal(false);
  });

  it('rule IDs link to rule-href; a template that is not http(s) stays plain text', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="2" trunks="0" rule-href="https://example.com/rules#{id}"></pbx-license-calculator>`);
    const links = [...root(el).querySelectorAll('[part="rule-link"]')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links.slice(0, 2)).to.deep.equal([
      ['PORT-1', 'https://example.com/rules#PORT-1'],
      ['PORT-3', 'https://example.com/rules#PORT-3'],
    ]);
    el.setAttribute('rule-href', 'javascript:alert({id})');
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="rule-link"]').length).to.equal(0);
  });

  for (const [lang, heading, total] of [
    ['en', 'Installation', 'Total incl. VAT'],
    ['de', 'Installation', 'Summe brutto'],
    ['nl', 'Installatie', 'Totaal incl. btw'],
  ] as const) {
    it(`prints a document in ${lang}: no controls, the summary, totals with VAT, lines never split`, async () => {
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang=${lang} users="12" trunks="2" customer="ACME" .prices=${{ currency: 'EUR', vatRate: 20, 'PBX-Port12': 10 }}></pbx-license-calculator>`);
      let emulated = true;
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        // WebKit's WebDriver cannot emulate print media: the print rules are checked as written.
        emulated = false;
      }
      try {
        const form = root(el).querySelector('form')!;
        const summary = root(el).querySelector('[part="summary"]')!;
        if (emulated) {
          expect(getComputedStyle(form).display).to.equal('none');
          expect(getComputedStyle(root(el).querySelector('.quote .actions')!).display).to.equal('none');
          expect(getComputedStyle(summary).display).to.equal('block');
          expect(getComputedStyle(root(el).querySelector('tbody tr')!).breakInside).to.equal('avoid');
        } else {
          const css = [...root(el).adoptedStyleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print').map((r) => r.cssText).join(' ');
          expect(css).to.contain('.form').and.contain('display: none').and.contain('.print-summary').and.contain('break-inside: avoid');
        }
        expect(text(summary.querySelector('h3'))).to.equal(heading);
        expect(text(root(el).querySelector('[part="total"]'))).to.contain(total);
      } finally {
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });
  }
});

describe('<pbx-balance-table>: clarity (issue 13)', () => {
  it('explains To order, adds no totals across types, and heads the key list', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table
      .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 400 }], licenseKeys: [{ code: 'PBX-Port12', count: 120, serial: 'A', status: 'active' }] }}
      .required=${{ lines: [{ code: 'PBX-Port12', quantity: 560 }] }}
    ></pbx-balance-table>`);
    expect(text(root(el).querySelector('[part="to-order-explained"]'))).to.contain('To order = what the quote requires − what is left');
    const cell = root(el).querySelector('tbody td:last-child')!;
    expect([text(cell), cell.getAttribute('title')]).to.deep.equal(['280', '560 required − 280 left']);
    expect(root(el).querySelector('tfoot')).to.equal(null);
    (root(el).querySelector('button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.keys [role="columnheader"]')].map((h) => h.textContent)).to.deep.equal(['Serial number', 'Customer', 'Location', 'Description', 'Quantity', 'Status', 'SSA']);
    await expect(el).to.be.accessible();
  });
});

describe('<pbx-license-calculator>: rule summaries on demand', () => {
  it('a rule ID opens its one-sentence summary in the user language, loaded on first use', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="de" users="2" trunks="0"></pbx-license-calculator>`);
    const button = root(el).querySelector('[part="rule"]') as HTMLButtonElement;
    expect([button.textContent, button.getAttribute('aria-expanded')]).to.deep.equal(['PORT-1', 'false']);
    button.click();
    await el.updateComplete;
    const shown = () => text(root(el).querySelector('[part="rule-summary"]'));
    await until(() => shown() !== '' && !shown().endsWith('…'), { el });
    expect(text(root(el).querySelector('[part="rule-summary"]'))).to.equal('PORT-1: Eine Port-Lizenz je User, Amtsleitung, Fremdanwendung, SIP-Voicemail, analoger Nebenstelle oder Call-Me-Button.');
    expect((root(el).querySelector('[part="rule"]') as HTMLButtonElement).getAttribute('aria-expanded')).to.equal('true');
    (root(el).querySelector('[part="rule"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="rule-summary"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<pbx-balance-table>: license keys pasted or read from CSV (issue 13)', () => {
  it('adds pasted keys (German header, German dates) to the balance and names bad lines', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de" today="2026-11-26" .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 100 }], licenseKeys: [] }}></pbx-balance-table>`);
    const area = root(el).getElementById('keys-paste') as HTMLTextAreaElement;
    area.value = ['Lizenztyp;Anzahl;Seriennummer;Kunde;SSA bis', 'PBX-Port12;30;00-90-33-00-00-01;Muster GmbH;10.01.2027', 'PBX-Port12;x;A', 'PBX-Port12;5;00-90-33-00-00-02;;'].join('\n');
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect([...root(el).querySelectorAll('tbody tr:first-child td')].slice(0, 4).map((td) => text(td).split(' ')[0])).to.deep.equal(['PBX-Port12', '100', '35', '65']);
    expect(text(root(el).querySelector('[part="add-keys"] [role="status"]'))).to.equal('2 Lizenzschlüssel hinzugefügt.');
    expect(text(root(el).querySelector('[part="add-keys"] [part="error"]'))).to.contain('Zeile 3');
    expect(text(root(el).querySelector('tbody tr:first-child td'))).to.contain('30 Lizenzen: SSA endet bald');
  });
});

describe('<pbx-license-calculator>: valid-days is whole days in plain digits (issue 23)', () => {
  const meta = (el: Element) => Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part="meta"] div')].map((d) => [d.querySelector('dt')!.textContent!, d.querySelector('dd')!.textContent!]));
  for (const text of ['0x1E', '1e3', '30.5', '-5', 'thirty']) {
    it(`valid-days="${text}" is named, never read as another number of days`, async () => {
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="2" trunks="0" today="2026-11-26" valid-days=${text}></pbx-license-calculator>`);
      expect(meta(el)['Valid until']).to.equal(`valid-days "${text}" is no whole number of days from 1 to 9,999.`);
    });
  }
  it('valid-days="30" gives the date 30 days on', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="2" trunks="0" today="2026-11-26" valid-days="30"></pbx-license-calculator>`);
    expect(meta(el)['Valid until']).to.equal('Dec 26, 2026');
  });
});

describe('<pbx-license-calculator>: price lists as resellers write them (issue 23)', () => {
  const priced = async (prices: Record<string, unknown>, users = '10') => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users=${users} trunks="0" name="calc" .prices=${prices}></pbx-license-calculator>`);
    return el;
  };
  const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  it('other articles (IP811, Installation) are no license prices: the quote stays priced and valid; a key written like a license code but none is named', async () => {
    const el = await priced({ currency: 'EUR', 'PBX-Port12': 30, IP811: 450, Installation: 200, 'PBX-Nonsense12': 5 });
    expect(el.quote!.lines.map((l) => [l.code, l.quantity, l.unitPrice, l.lineTotal])).to.deep.equal([['PBX-Port12', 10, 30, 300]]);
    expect(el.quote!.total!.amount).to.equal(300);
    expect(el.checkValidity()).to.equal(true);
    expect(text(el)).to.contain('The price list prices "PBX-Nonsense12", which is written like a license code but is none: it prices no license.');
    expect(el.shadowRoot!.querySelector('[part="quote"]')!.textContent).to.not.contain('IP811');
    expect(el.quote!.notices.map((n) => n.key)).to.deep.equal(['notice.priceNotALicense']);
  });

  it('one code in two spellings at two prices: a notice names both, the last counts', async () => {
    const el = await priced({ currency: 'EUR', 'PBX-Port12': 30, 'PBX-Port 12': 20 });
    expect(el.quote!.lines[0]!.unitPrice).to.equal(20);
    expect(text(el)).to.contain('The price list prices PBX-Port12 twice, in two spellings: €30.00 and €20.00; the last one counts.');
  });

  it('a currency that is no ISO 4217 code (ABC) is refused with a message', async () => {
    const el = await priced({ currency: 'ABC', 'PBX-Port12': 30 });
    expect(el.checkValidity()).to.equal(false);
    expect(text(el)).to.contain('Not a currency: "ABC" (an ISO 4217 code such as EUR, CHF or USD).');
  });

  it('a fractional price in a currency without minor units (JPY): the unit price shown and the line total agree', async () => {
    const el = await priced({ currency: 'JPY', 'PBX-Port12': 30.5 }, '3');
    expect([el.quote!.lines[0]!.unitPrice, el.quote!.lines[0]!.lineTotal, el.quote!.total!.amount]).to.deep.equal([30.5, 91.5, 92]);
    // As exact as the list: 3 × ¥30.5 = ¥91.5, never ¥31 beside ¥92; the total is rounded once.
    const cellsOf = [...el.shadowRoot!.querySelectorAll('[part="quote-table"] tbody tr')][0]!.querySelectorAll('td.num');
    expect([...cellsOf].slice(-2).map((c) => c.textContent!.trim())).to.deep.equal(['¥30.5', '¥91.5']);
    expect(el.shadowRoot!.querySelector('[part="total"]')!.textContent).to.contain('¥92');
  });
});
