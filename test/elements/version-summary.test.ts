import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxVersionCheck } from '../../src/index.js';
import { until } from '../until.js';

// Issue 24: the version check's answer first: one summary in the verdict's colour once the plan
// is here, each fact once (the lot rows say what the blocking list said), the order with its totals.

const root = (el: Element) => el.shadowRoot!;
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const verdict = (el: PbxVersionCheck) => root(el).querySelector('[part="verdict"]');
const tone = (el: PbxVersionCheck) => verdict(el)?.getAttribute('data-tone') ?? 'none';
const rows = (el: PbxVersionCheck, part: string) => [...root(el).querySelectorAll(`[part="${part}"] tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));

const ssaLots = [
  { code: 'PBX-Port10', count: 430, boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
  { code: 'PBX-UC10', count: 2 },
  { code: 'PBX-Video10', count: 1 },
];
const prices = { currency: 'EUR', 'PBX-UC13': 3000, 'PBX-Video13': 602 };

async function check(lots: unknown[], attrs: { lang?: string; version?: string; prices?: unknown; released?: string } = {}) {
  const el = await fixture<PbxVersionCheck>(
    html`<pbx-version-check lang=${attrs.lang ?? 'en'} pbx-version=${attrs.version ?? '13'} target-released=${attrs.released ?? '2026-06-15'} today="2026-11-26" .prices=${attrs.prices} .licenses=${lots}></pbx-version-check>`,
  );
  await until(() => el.upgrade !== null && tone(el) !== 'none', { el });
  return el;
}

describe('<pbx-version-check>: the summary first (issue 24)', () => {
  it('green: "These licenses run V13.", tone ok, no plan table', async () => {
    const el = await check([{ code: 'PBX-Port13', count: 100 }, { code: 'Relay-BRIs', count: 4 }]);
    expect(text(verdict(el))).to.equal('These licenses run V13.');
    expect(tone(el)).to.equal('ok');
    expect(verdict(el)!.classList.contains('ok')).to.equal(true);
    expect(root(el).querySelector('[part="upgrade"]')).to.equal(null);
    // The colour is the success colour (the verdict's own), not the warning's.
    const style = getComputedStyle(verdict(el)!);
    el.style.setProperty('--pbx-color-success', 'rgb(0, 128, 0)');
    await el.updateComplete;
    expect(getComputedStyle(verdict(el)!).borderInlineStartColor).to.equal('rgb(0, 128, 0)');
    expect(style.borderInlineStartWidth).to.equal('6px');
  });

  it('amber without prices: free under SSA and to buy, no amount; the status line says it too', async () => {
    const el = await check(ssaLots);
    expect(text(verdict(el))).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy.');
    expect(tone(el)).to.equal('order');
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy.');
    el.style.setProperty('--pbx-color-warning', 'rgb(200, 100, 0)');
    await el.updateComplete;
    expect(getComputedStyle(verdict(el)!).borderInlineStartColor).to.equal('rgb(200, 100, 0)');
  });

  it('amber with prices: the net amount, in English and in German', async () => {
    const el = await check(ssaLots, { prices });
    expect(text(verdict(el))).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy, €6,602.00 net.');
    const de = await check(ssaLots, { prices, lang: 'de' });
    expect(text(verdict(de))).to.equal('V13 nach dieser Bestellung: 430 Lizenzen kostenlos mit SSA, 3 zu kaufen, 6.602,00 € netto.');
    expect(tone(de)).to.equal('order');
    await expect(de).to.be.accessible();
  });

  it('red only for what no order fixes: a V12 Voicemail User license on PBX V9 (VM-4); its blocking stays listed', async () => {
    const el = await check([{ code: 'PBX-VoicemailUser12', count: 10 }], { version: '9' });
    expect(text(verdict(el))).to.equal('These licenses do not run V9, and no license order changes that: see what blocks it below.');
    expect(tone(el)).to.equal('blocked');
    expect(text(root(el).querySelector('[part="blocking"]'))).to.contain('PBX version 10 or later');
    el.style.setProperty('--pbx-color-error', 'rgb(220, 0, 0)');
    await el.updateComplete;
    expect(getComputedStyle(verdict(el)!).borderInlineStartColor).to.equal('rgb(220, 0, 0)');
  });

  it('a release date not given is amber, not red (SSA-1)', async () => {
    const el = await check([{ code: 'PBX-Port10', count: 5, boundOn: '2024-01-10', ssaUntil: '2027-01-09' }], { released: '' });
    expect(tone(el)).to.equal('order');
    expect(text(verdict(el))).to.contain('enter the release date of V13');
  });

  it('SSA-upgradable lots never say "remove or upgrade"; the blocking list is gone once the plan shows, the rows say it', async () => {
    const el = await check(ssaLots);
    expect(text(root(el).querySelector('section'))).to.not.match(/remove or upgrade/i);
    expect(root(el).querySelector('[part="blocking"]'), 'no blocking list beside the lot table').to.equal(null);
    expect(rows(el, 'upgrade-lots').map((r) => [r[0], r[1], r[3]])).to.deep.equal([
      ['PBX-Port10', '430', 'free under SSA'],
      ['PBX-UC10', '2', 'buy'],
      ['PBX-Video10', '1', 'buy'],
    ]);
    // The SSA upgrade is said by its row, not again as a notice of the verdict.
    expect(text(root(el).querySelector('section'))).to.not.contain('can be upgraded free of charge');
  });

  it('the order with its totals: list, discount, net, VAT, gross, as in the calculator', async () => {
    const el = await check(ssaLots, { prices: { ...prices, discount: 10, vatRate: 19 } });
    expect(rows(el, 'upgrade-order').filter((r) => r.length === 6).map((r) => [r[0], r[1], r[3], r[4], r[5]])).to.deep.equal([
      ['PBX-UC13', '2', '€3,000.00', '10%', '€5,400.00'],
      ['PBX-Video13', '1', '€602.00', '10%', '€541.80'],
    ]);
    const totals = [...root(el).querySelectorAll('[part="upgrade-order"] tfoot tr')].map((tr) => [tr.getAttribute('part'), ...[...tr.querySelectorAll('td')].map((td) => text(td))]);
    expect(totals).to.deep.equal([
      ['upgrade-total-list', 'List price total', '€6,602.00'],
      ['upgrade-total-discount', 'Discount', '− €660.20'],
      ['upgrade-total-net', 'Net total', '€5,941.80'],
      ['upgrade-total-vat', 'VAT 19%', '€1,128.94'],
      ['upgrade-total', 'Total incl. VAT', '€7,070.74'],
    ]);
    // The summary's amount is the net.
    expect(text(verdict(el))).to.contain('€5,941.80 net');
  });

  it('without discount and VAT one total', async () => {
    const el = await check(ssaLots, { prices });
    const totals = [...root(el).querySelectorAll('[part="upgrade-order"] tfoot tr')].map((tr) => [tr.getAttribute('part'), ...[...tr.querySelectorAll('td')].map((td) => text(td))]);
    expect(totals).to.deep.equal([['upgrade-total', 'Total', '€6,602.00']]);
  });

  // As on the calculator: prices without JavaScript. The test server turns .json files into modules: the list is served as text.
  it('prices from a slotted JSON script price the order; the prices property wins over it', async () => {
    const el = await fixture<PbxVersionCheck>(
      html`<pbx-version-check lang="en" pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${ssaLots}>
        <script type="application/json" slot="prices">{ "currency": "EUR", "PBX-UC13": 3000, "PBX-Video13": 602 }</script>
      </pbx-version-check>`,
    );
    await until(() => el.upgrade?.total !== undefined, { el });
    expect(text(verdict(el))).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy, €6,602.00 net.');
    expect(el.upgrade!.total).to.deep.include({ currency: 'EUR', net: 6602 });
    // A changed script is read again.
    el.querySelector('script')!.textContent = '{ "currency": "EUR", "PBX-UC13": 1000, "PBX-Video13": 2 }';
    await until(() => el.upgrade?.total?.net === 2002, { el });
    el.prices = { currency: 'CHF', 'PBX-UC13': 1, 'PBX-Video13': 1 };
    await until(() => el.upgrade?.total?.currency === 'CHF', { el });
    expect(el.upgrade!.total).to.deep.include({ net: 3 });
  });

  it('prices-src fetches the list; a failed fetch says why beside the summary and leaves the order unpriced', async () => {
    const el = await fixture<PbxVersionCheck>(
      html`<pbx-version-check lang="en" pbx-version="13" target-released="2026-06-15" today="2026-11-26" prices-src="/test/fixtures/upgrade-prices.txt" .licenses=${ssaLots}></pbx-version-check>`,
    );
    await until(() => el.upgrade?.total !== undefined, { el });
    expect(el.upgrade!.total).to.deep.include({ net: 6602, vat: 1254.38, gross: 7856.38 });
    expect(rows(el, 'upgrade-order').map((r) => r[0])).to.deep.equal(['PBX-UC13', 'PBX-Video13']);
    el.setAttribute('prices-src', '/test/fixtures/missing.json');
    await until(() => text(root(el).querySelector('[part="prices-status"]')).startsWith('No prices'), { el });
    expect(text(root(el).querySelector('[part="prices-status"]'))).to.equal('No prices: The price list could not be loaded (HTTP 404).');
    expect(text(verdict(el))).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy.');
    const de = await fixture<PbxVersionCheck>(
      html`<pbx-version-check lang="de" pbx-version="13" target-released="2026-06-15" today="2026-11-26" prices-src="/test/fixtures/missing.json" .licenses=${ssaLots}></pbx-version-check>`,
    );
    await until(() => text(root(de).querySelector('[part="prices-status"]')).startsWith('Keine Preise'), { el: de });
    expect(text(root(de).querySelector('[part="prices-status"]'))).to.match(/^Keine Preise: .*404/);
    await expect(de).to.be.accessible();
  });
});
