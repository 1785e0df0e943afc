import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxVersionCheck } from '../../src/index.js';
import { parseLicenseLines } from '../../src/core/index.js';

const root = (el: Element) => el.shadowRoot!;

async function paste(el: PbxVersionCheck, text: string) {
  const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
  area.focus();
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<pbx-version-check>', () => {
  it('reads pasted portal lines in any spelling the core parses', () => {
    expect(parseLicenseLines('PBX-Port10 100\n\n100 PBX-Port12\nPBX-Port 11%1000: 20\nPBX Video12 x 5')).to.deep.equal({
      licenses: [
        { code: 'PBX-Port10', count: 100 },
        { code: 'PBX-Port12', count: 100 },
        { code: 'PBX-Port11%1000', count: 20 },
        { code: 'PBX-Video12', count: 5 },
      ],
      issues: [],
    });
    expect(parseLicenseLines('PBX-Port12\nPBX-Nope 3').issues.map((i) => [i.path[0], i.key])).to.deep.equal([
      [1, 'error.licenseLine'],
      [2, 'error.unknownLicenseType'],
    ]);
  });

  it('tells the G-4 story: blocked at V12 by the 100 V10 Port licenses', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="V12" today="2026-11-22"></pbx-version-check>`);
    const result = oneEvent(el, 'pbx-version-result');
    await paste(el, 'PBX-Port10 100\nPBX-Port12 100');
    const { detail } = await result;
    expect(detail.ok).to.equal(false);
    // Issue 24: with the plans here, the summary is the headline, and the lot rows say what blocks it.
    const verdict = root(el).querySelector('[part="verdict"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(verdict).to.equal('V12 after this order: 100 licenses to buy.');
    expect(root(el).querySelector('[part="upgrade-lots"] tbody tr')!.textContent!.replace(/\s+/g, ' ')).to.contain('Buy PBX-Port12: a V10 license cannot run V12, and it has no SSA.');
    expect(root(el).querySelector('[part="upgrade"]')!.textContent!.replace(/\s+/g, ' '), 'G-4').to.contain('Until they are upgraded or replaced, the 100 PBX-Port10 licenses cap the whole installation at V10.');
    el.setAttribute('pbx-version', '10');
    await el.updateComplete;
    expect(root(el).querySelector('[part="verdict"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('These licenses run V10.');
  });

  it('marks SSA-covered blocking licenses as upgradable, from the licenses property', async () => {
    // SSA-1: judged by the version's release date, which the element is given.
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12" target-released="2026-06-15" today="2026-11-22" .licenses=${[{ code: 'PBX-Port10', count: 5, ssaUntil: '2027-01-31' }]}></pbx-version-check>`);
    const action = () => root(el).querySelector('[part="upgrade-lots"] tbody tr')!.querySelectorAll('td')[3]!.textContent;
    expect(el.result!.blocking[0]!.upgradableUnderSsa).to.equal(true);
    expect(action()).to.equal('free under SSA');
    expect((root(el).getElementById('licenses') as HTMLTextAreaElement).value).to.equal('PBX-Port10;5;;;2027-01-31');
    el.targetReleased = '2027-02-01';
    await el.updateComplete;
    expect(el.result!.blocking[0]!.upgradableUnderSsa, 'released after the SSA ended').to.equal(false);
    expect(action()).to.equal('buy');
  });

  it('names unreadable lines and a bad version, keeping the text; German from lang', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="de"></pbx-version-check>`);
    await paste(el, 'PBX-Port12 10\nPBX-Foo 3');
    expect((root(el).getElementById('licenses') as HTMLTextAreaElement).value).to.equal('PBX-Port12 10\nPBX-Foo 3');
    expect(root(el).getElementById('licenses-error')!.textContent).to.contain('Unbekannter Lizenztyp „PBX-Foo“');
    const v = root(el).getElementById('pbxVersion') as HTMLInputElement;
    v.value = 'zwölf';
    v.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(root(el).getElementById('pbxVersion-error')!.textContent).to.contain('Keine Softwareversion');
    expect(v.value).to.equal('zwölf');
    await expect(el).to.be.accessible();
  });

  it('names a bad lot set by the page by its number and field, in the user language', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="de" pbx-version="12" .licenses=${[{ code: 'PBX-Port12', count: 10 }, { code: 'PBX-Port12', count: -3 }]}></pbx-version-check>`);
    const errors = [...root(el).querySelectorAll('#licenses-error li')].map((li) => li.textContent);
    expect(errors).to.deep.equal(['Installierte Lizenzen 2 Anzahl: Die Zahl darf nicht negativ sein.']);
  });

  it('drops the errors of pasted lines once the page sets the lots: the box shows those now', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12"></pbx-version-check>`);
    await paste(el, 'PBX-Port12\nPBX-Foo 3');
    expect(root(el).querySelectorAll('#licenses-error li').length).to.equal(2);
    el.licenses = [{ code: 'PBX-Port12', count: 10 }];
    await el.updateComplete;
    expect((root(el).getElementById('licenses') as HTMLTextAreaElement).value).to.equal('PBX-Port12 10');
    expect(root(el).getElementById('licenses-error')?.textContent ?? 'no errors').to.equal('no errors');
    expect(root(el).querySelector('[part="verdict"]')!.textContent).to.contain('These licenses run V12.');
  });
});
