import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
import type { ScenarioInput } from '../../src/core/scenario-schemas.js';
// open-wc's fixture() would wait for an animation frame, which a background page never gets.
import { mount, unmountAll } from '../hostile/helpers.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** RFC 4180 cells of one CSV text, split by `sep`. */
function parse(csv: string, sep: string): string[][] {
  return csv
    .replace(/\r\n$/, '')
    .split('\r\n')
    .map((line) => [...line.matchAll(new RegExp(`("(?:[^"]|"")*"|[^${sep}"]*)(?:${sep}|$)`, 'g'))].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

const scenario: ScenarioInput = {
  version: 12,
  prices: {
    currency: 'EUR',
    vatRate: 19,
    discount: { 'PBX-Port12': 12.5 },
    'PBX-Port12': { price: 19.99, article: '02-00012-001' },
    'PBX-UC12': 39.9,
    IP811: 1234.5,
    install: { price: 95, name: '=HYPERLINK("x") installation' },
  },
  pbxs: [{ name: 'HQ', platform: 'gateway', gateway: 'IP811', users: 20, trunks: 3, uc: 'bundle', userGroups: [{ name: 'Staff', count: 5, features: ['video'] }] }],
  extras: [{ code: 'install', quantity: 2 }],
};

for (const [lang, sep] of [
  ['en', ','],
  ['de', ';'],
] as const) {
  describe(`<pbx-license-calculator>: the quote as CSV that adds up (${lang}, issue 24)`, () => {
    afterEach(unmountAll);

    it(`a row per position, then list, discount, net, VAT and gross as the document shows them; "${sep}" and the locale's decimal sign`, async () => {
      const el = await mount<PbxLicenseCalculator>(html`<pbx-license-calculator lang=${lang} view="customer" .scenario=${scenario}></pbx-license-calculator>`);
      const csv = el.quoteCsv();
      const rows = parse(csv, sep);
      const number = (cell: string) => Number(lang === 'de' ? cell.replace(',', '.') : cell);
      expect(rows[0]).to.deep.equal(
        lang === 'en'
          ? ['Article no.', 'License type', 'Description', 'Quantity', 'Unit price (EUR)', 'Discount (%)', 'Net amount (EUR)']
          : ['Artikelnr.', 'Lizenztyp', 'Beschreibung', 'Anzahl', 'Einzelpreis (EUR)', 'Rabatt (%)', 'Nettobetrag (EUR)'],
      );
      const positions = rows.slice(1, -5);
      const sums = rows.slice(-5);
      // The positions as the customer's table lists them: article, code, description, quantity.
      const table = [...el.shadowRoot!.querySelectorAll('[part="quote-table"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
      expect(positions.length).to.equal(table.length);
      // (A cell a spreadsheet would run as a formula is written with an apostrophe before it.)
      expect(positions.map((r) => r.slice(0, 3).map((c) => c.replace(/^'=/, '=')))).to.deep.equal(table.map((r) => [r[2], r[3], r[1]]));
      expect(positions[0]!.slice(0, 7).join('|')).to.equal(lang === 'en' ? '02-00012-001|PBX-Port12|Port license V12|23|19.99|12.5|402.3' : '02-00012-001|PBX-Port12|Port-Lizenz V12|23|19,99|12,5|402,3');
      // A price list's name is a text cell: a formula stays text.
      expect(csv).to.contain(`"'=HYPERLINK(""x"") installation"`);
      // The totals' rows: the document's figures, and they add up.
      const total = el.quote!.total!;
      const figures = sums.map((r) => number(r[6]!));
      expect(figures).to.deep.equal([total.list, -total.discount, total.net, total.vat, total.gross]);
      expect(Math.round((figures[0]! + figures[1]!) * 100) / 100).to.equal(figures[2]);
      expect(Math.round((figures[2]! + figures[3]!) * 100) / 100).to.equal(figures[4]);
      expect(Math.round(positions.reduce((s, r) => s + number(r[6]!), 0) * 100) / 100).to.equal(figures[2]);
      const money = (n: number) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(n).replace(/\s+/g, ' ');
      const shown = [...el.shadowRoot!.querySelectorAll('[part="quote-table"] tfoot tr')].map((tr) => [text(tr.firstElementChild), text(tr.lastElementChild)]);
      expect(sums.map((r, i) => [r[2], i === 1 ? `− ${money(-figures[i]!)}` : money(figures[i]!)])).to.deep.equal(shown);
    });
  });
}

describe('<pbx-license-calculator>: the CSV file', () => {
  afterEach(unmountAll);

  it('is UTF-8 with a byte order mark; the reseller\'s view adds PBX, reason and rules after the same columns', async () => {
    const el = await mount<PbxLicenseCalculator>(html`<pbx-license-calculator lang="fr" users="3" trunks="0" .prices=${{ currency: 'EUR', 'PBX-Port12': 10.5 }}></pbx-license-calculator>`);
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:none');
    const stop = (e: Event) => (e.target as Element).closest?.('a[download]') && e.preventDefault();
    document.addEventListener('click', stop, true);
    try {
      (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
      await el.updateComplete;
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', stop, true);
    }
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes.slice(3)), ';');
    expect(rows[0]!.slice(6)).to.deep.equal(['Montant net (EUR)', 'PBX', 'Motif', 'Règles']);
    expect(rows[1]!.slice(0, 7)).to.deep.equal(['', 'PBX-Port12', 'Licence Port V12', '3', '10,5', '0', '31,5']);
    expect(rows[1]![9]).to.equal('PORT-1 PORT-3');
    expect(el.quoteCsv().startsWith('\ufeff')).to.equal(false);
  });
});
