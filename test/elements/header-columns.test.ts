import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxVersionCheck } from '../../src/index.js';
import { until } from '../until.js';

// Issue 24: spreadsheet exports pasted as they are: a header row names the columns, the unknown
// ones are not read and said once; quoted cells, counts in the page's number format.
const root = (el: Element) => el.shadowRoot!;

async function paste(el: PbxVersionCheck, text: string) {
  const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  await until(() => el.licenses.length > 0 || (root(el).getElementById('licenses-error')?.textContent ?? '') !== '', { el });
}

describe('<pbx-version-check>: header-named columns in the paste box (issue 24)', () => {
  it('German export: Projekt and Kommentar are not read and said once; "1.200" is 1200; quoted cells', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="de" pbx-version="13" today="2026-11-26"></pbx-version-check>`);
    await paste(el, ['"Projekt";"Lizenztyp";"Anzahl";"Kommentar"', '"Zentrale; 1. OG";"PBX-Port10";"1.200";"alt"', 'Filiale;PBX-UC10;5;'].join('\n'));
    expect(el.licenses).to.deep.equal([
      { code: 'PBX-Port10', count: 1200 },
      { code: 'PBX-UC10', count: 5 },
    ]);
    expect(root(el).getElementById('licenses-error'), 'no line refused').to.equal(null);
    const notes = [...root(el).querySelectorAll('[part="list-notes"] li')].map((li) => li.textContent!.trim());
    expect(notes.filter((n) => n.includes('Spalten'))).to.deep.equal(['Spalten ohne Lizenzdaten wurden nicht gelesen: Projekt, Kommentar.']);
  });

  it('English page: "1.200" is refused as two possible numbers, the text kept', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="en" pbx-version="13" today="2026-11-26"></pbx-version-check>`);
    const text = 'License type;Quantity;Project\nPBX-Port10;"1.200";HQ';
    await paste(el, text);
    expect(root(el).getElementById('licenses-error')!.textContent!.replace(/\s+/g, ' ')).to.contain('"1.200" can be read as two different numbers');
    expect((root(el).getElementById('licenses') as HTMLTextAreaElement).value).to.equal(text);
  });
});
