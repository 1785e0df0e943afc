import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';
import { toCsv } from '../../src/elements/shared/csv.js';

const HOSTILE = ['<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned = 1">', 'javascript:window.__pwned=1', '=cmd|\' /C calc\'!A0', '+SUM(1,2)', '-2+3', '@HYPERLINK("http://x")'];
const pwned = () => (window as unknown as { __pwned?: number }).__pwned;
/** No element came from the text: no script, no img, no link anywhere in the shadow root. */
const noMarkupFrom = (root: ShadowRoot) => expect(root.querySelectorAll('script, img, a[href], iframe, object').length).to.equal(0);

describe('markup and formula injection', () => {
  it('PBX and group names are shown as text in the form, the quote and its reasons', async () => {
    for (const name of HOSTILE) {
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
      el.scenario = { version: 12, pbxs: [{ name, platform: 'gateway', users: 3, trunks: 0, userGroups: [{ name, count: 3, features: ['video'] }] }] };
      await el.updateComplete;
      const root = el.shadowRoot!;
      noMarkupFrom(root);
      expect(root.querySelector('fieldset.pbx legend')!.textContent).to.contain(name);
      expect([...root.querySelectorAll('tbody td')].map((td) => td.textContent).join(' ')).to.contain(name);
      expect(pwned()).to.equal(undefined);
    }
  });

  it('the quote CSV neutralises formula prefixes in every text cell', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator></pbx-license-calculator>`);
    el.scenario = { version: 12, pbxs: [{ name: '=cmd|\' /C calc\'!A0', platform: 'gateway', users: 1, trunks: 0, userGroups: [{ name: '@SUM(A1)', count: 1, features: ['fax'] }] }] };
    await el.updateComplete;
    const cells = el
      .quoteCsv()
      .trim()
      .split('\r\n')
      .slice(1)
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')))
      .filter((c) => c !== '');
    for (const c of cells) expect(/^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c), c).to.equal(false);
    expect(el.quoteCsv()).to.contain("'=cmd|");
    // Inside a sentence a name starts no formula: only a cell's first character does.
    expect(el.quoteCsv()).to.contain('Fax for the 1 user of @SUM(A1).');
  });

  it('the CSV writer keeps numbers as numbers and text as text', () => {
    expect(toCsv([['=1+1', -5, '-5', 'a"b', 'x,y']])).to.equal(`"'=1+1",-5,"'-5","a""b","x,y"\r\n`);
  });

  it('license key fields (customer, location, description) are shown as text', async () => {
    const licenseKeys = HOSTILE.map((t, i) => ({ code: 'PBX-Port12', count: 1, serial: `SN-${i}`, customer: t, location: t, description: t, status: 'active' as const }));
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${{ activationKeys: [], licenseKeys }}></pbx-balance-table>`);
    (el.shadowRoot!.querySelector('button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    noMarkupFrom(el.shadowRoot!);
    const text = el.shadowRoot!.querySelector('[part="keys"]')!.textContent!;
    for (const t of HOSTILE) expect(text).to.contain(t);
    expect(pwned()).to.equal(undefined);
  });

  it('pasted license text and unknown codes are echoed as text in the messages', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check></pbx-version-check>`);
    const area = el.shadowRoot!.getElementById('licenses') as HTMLTextAreaElement;
    area.value = HOSTILE.map((t) => `${t} 5`).join('\n');
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    noMarkupFrom(el.shadowRoot!);
    expect(el.shadowRoot!.getElementById('licenses-error')!.textContent).to.contain('<script>window.__pwned = 1</script>');
    expect(pwned()).to.equal(undefined);
  });

  it('a price list with a hostile key gets a message naming it as text', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="2" trunks="0"></pbx-license-calculator>`);
    // Written like a license code, so named in a notice (any other key prices another article).
    el.prices = { currency: 'EUR', 'PBX-<img src=x onerror="window.__pwned = 1">': 5 };
    await el.updateComplete;
    noMarkupFrom(el.shadowRoot!);
    expect(el.shadowRoot!.querySelector('[part~="notices"]')!.textContent).to.contain('"PBX-<img src=x onerror="window.__pwned = 1">"');
    expect(pwned()).to.equal(undefined);
  });
});
