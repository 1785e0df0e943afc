import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxVersionCheck } from '../../src/index.js';

// Issue 22, item 4: licences that cannot exist are refused saying why (VM-4, REC-4), in the
// user's language; item 9: the Dutch table's spellings are read.

const root = (el: Element) => el.shadowRoot!;

describe('license types that cannot exist, and the Dutch spellings (issue 22)', () => {
  it('<pbx-version-check lang=nl>: a pasted PBX-VoicemailUser9 is refused saying why; the Dutch Recording spelling is read', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang="nl" pbx-version="12" today="2026-11-26"></pbx-version-check>`);
    const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
    area.value = 'PBX-VoicemailUser9 5\nPBX-Recording12 Recording 2014. Basis-licentie 1';
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(root(el).getElementById('licenses-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.contain(
      'Een licentie "PBX-VoicemailUser9" bestaat niet: dit licentietype bestaat pas vanaf V10 (VM-4).',
    );
    area.value = 'PBX-Recording12 Recording 2014. Basis-licentie 1\nPBX-Recording12 Recording 2014. User-licentie 4';
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(root(el).getElementById('licenses-error')).to.equal(null);
    expect(el.result!.ok).to.equal(true);
  });

  it('<pbx-balance-table lang=de>: an activation key PBX-Recording9(Basic) is refused saying why', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table lang="de" .balance=${{ activationKeys: [{ code: 'PBX-Recording9(Basic)', count: 1 }], licenseKeys: [] }}></pbx-balance-table>`);
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('Eine Lizenz „PBX-Recording9(Basic)“ gibt es nicht: diesen Lizenztyp gibt es erst ab V10 (REC-4).');
  });
});
