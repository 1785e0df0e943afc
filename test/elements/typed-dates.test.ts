import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';

// Issue 22, item 11: a date that does not exist is refused naming the text as typed, never shown
// as another date ("Not a date: Mar 3, 2026"); a dotted date is day first on any page.

const root = (el: Element) => el.shadowRoot!;
const errors = (el: Element) => [...root(el).querySelectorAll('[part~="error"]')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');

async function typeIn(el: PbxVersionCheck, id: string, value: string) {
  const input = root(el).getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('dates as typed (issue 22)', () => {
  for (const [lang, typed, said] of [
    ['en', '2026-02-31', 'Not a date: "2026-02-31"'],
    ['en', '31.02.2026', 'Not a date: "31.02.2026"'],
    ['de', '2026-02-29', 'Kein Datum: „2026-02-29“'],
    ['nl', '31-02-2026', 'Geen datum: "31-02-2026"'],
  ] as const) {
    it(`<pbx-version-check lang=${lang}>: target-released ${typed} is named as typed`, async () => {
      const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang=${lang} pbx-version="13" today="2026-11-26" .licenses=${[{ code: 'PBX-Port10', count: 5 }]}></pbx-version-check>`);
      await typeIn(el, 'targetReleased', typed);
      const shown = root(el).getElementById('targetReleased-error')!.textContent!;
      expect(shown).to.contain(said);
      expect(shown).not.to.match(/Mar|März|maart|03\.03\.2026|3-3-2026/);
    });
  }

  it('<pbx-version-check>: today 2026-02-31, which has no field, is named as typed above the verdict', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12" today="2026-02-31" .licenses=${[{ code: 'PBX-Port12', count: 5 }]}></pbx-version-check>`);
    expect(errors(el)).to.equal('today: Not a date: "2026-02-31" (write 2026-03-31, or as your language writes dates).');
    expect(root(el).querySelector('[part="verdict"]')).to.equal(null);
  });

  it('<pbx-version-check>: a dotted release date on an English page is day first (10.01.2024 is 10 January)', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="en-US" pbx-version="13" today="2026-11-26" .licenses=${[{ code: 'PBX-Port10', count: 5, ssaUntil: '2024-01-09' }]}></pbx-version-check>`);
    await typeIn(el, 'targetReleased', '10.01.2024');
    expect(errors(el)).to.equal('');
    // SSA-1: released the day after the SSA ended, bought; released on its last day (9 January,
    // which month first would read as 1 September, after the SSA), free with the SSA.
    expect(el.upgrade!.lots[0]!.action).to.equal('buy');
    await typeIn(el, 'targetReleased', '09.01.2024');
    expect(el.upgrade!.lots[0]!.action).to.equal('ssa');
  });

  it('<pbx-balance-table>: today 2026-02-29 and a pasted SSA end 31.02.2026 are named as typed', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de" today="2026-02-29" .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [] }}></pbx-balance-table>`);
    expect(errors(el)).to.contain('Kein Datum: „2026-02-29“').and.not.contain('01.03.2026');
    el.today = '2026-11-26';
    await el.updateComplete;
    const area = root(el).getElementById('keys-paste') as HTMLTextAreaElement;
    area.value = 'PBX-Port12;5;00-90-33-00-00-01;;;;active;;31.02.2026';
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(errors(el)).to.contain('Kein Datum: „31.02.2026“');
  });

  it('<pbx-license-calculator>: today 2026-02-31 is named as typed', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator today="2026-02-31" users="5" trunks="1"></pbx-license-calculator>`);
    expect(errors(el)).to.contain('Not a date: "2026-02-31"').and.not.contain('Mar 3');
  });
});
