import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';
import { blankPage, load } from '../pages.js';
import { until } from '../until.js';

/** The all-in-one drop-in served so that the chunks whose name contains `pattern` come `ms` late (scripts/slow-chunks.js). */
const lateBundle = (ms: number, pattern: string) => `${location.origin}/late-chunks/${ms}/${pattern}/dist/pbx-license-kit.min.js`;
const pause = (win: Window, ms: number) => new Promise((r) => win.setTimeout(r, ms));

describe('Languages without a race (late chunks, the drop-in)', () => {
  it('lang de, then fr 20 ms later, French arriving after German: the version check and the balance end in French', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, lateBundle(600, 'lang-fr-'));
      const check = doc.createElement('pbx-version-check') as PbxVersionCheck;
      const balance = doc.createElement('pbx-balance-table') as PbxBalanceTable;
      for (const el of [check, balance]) el.lang = 'de';
      doc.body.append(check, balance);
      await pause(win, 20);
      for (const el of [check, balance]) el.lang = 'fr';
      const title = () => check.shadowRoot?.querySelector('form')?.getAttribute('aria-label');
      const filter = () => balance.shadowRoot?.querySelector('label[for="filter"]')?.textContent;
      await until(() => title() === 'Vérification de version' && filter() === 'Filtrer\u00a0: type de licence, numéro de série, client, site, projet', { win, timeout: 5000 });
      // Nothing flips back to another language later.
      await pause(win, 100);
      await Promise.all([check.updateComplete, balance.updateComplete]);
      expect(title()).to.equal('Vérification de version');
      expect(filter()).to.equal('Filtrer\u00a0: type de licence, numéro de série, client, site, projet');
    } finally {
      done();
    }
  });
});

describe('Help texts wait for their language (late chunks, the drop-in)', () => {
  it('a help toggle pressed before the German help arrived shows a loading mark, never the English help, then the German', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, lateBundle(2500, 'lang-de-calculator-help-'));
      const el = doc.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      el.lang = 'de';
      el.setAttribute('users', '5');
      doc.body.append(el);
      await until(() => !!el.shadowRoot?.querySelector('[aria-controls="version-help"]'), { win, timeout: 5000 });
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="version-help"]')!;
      const text = () => el.shadowRoot!.getElementById('version-help')!;
      toggle.click();
      // A timer, not a frame: a page in a background tab gets no animation frames.
      await pause(win, 10);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text().hidden).to.equal(false);
      expect(text().textContent!.trim()).to.equal('…');
      await el.updateComplete;
      expect(text().textContent!.trim()).to.match(/^Die PBX-Softwareversion, für die die Lizenzen sind\./);
    } finally {
      done();
    }
  });
});

describe('The version check keeps what the page and the browser gave it before its first render', () => {
  it('a pasted text restored (back/forward) before the first render, the paste reader still on its way: the lines are read, not replaced by the empty default', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, lateBundle(500, 'license-lines-'));
      const form = doc.body.appendChild(doc.createElement('form'));
      const el = doc.createElement('pbx-version-check') as PbxVersionCheck;
      el.setAttribute('name', 'lots');
      form.append(el);
      // What the browser does on back/forward: the state comes after connection, before the first render.
      el.formStateRestoreCallback('PBX-Port12;5;HQ-1');
      await until(() => el.licenses.length > 0, { win, el, timeout: 5000 });
      expect((el.shadowRoot!.getElementById('licenses') as HTMLTextAreaElement).value).to.equal('PBX-Port12;5;HQ-1');
      expect(el.licenses).to.deep.equal([{ code: 'PBX-Port12', count: 5, device: 'HQ-1' }]);
      expect(JSON.parse(new win.FormData(form).get('lots') as string)).to.deep.equal([{ code: 'PBX-Port12', count: 5, device: 'HQ-1' }]);
    } finally {
      done();
    }
  });

  it('licenses set in the task that appended it are what a form reset returns to', async () => {
    const form = document.body.appendChild(document.createElement('form'));
    try {
      const el = document.createElement('pbx-version-check') as PbxVersionCheck;
      form.append(el);
      el.licenses = [{ code: 'PBX-Port12', count: 5 }];
      await el.updateComplete;
      const area = el.shadowRoot!.getElementById('licenses') as HTMLTextAreaElement;
      area.value = 'PBX-Port10 7';
      area.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(el.licenses).to.deep.equal([{ code: 'PBX-Port10', count: 7 }]);
      form.reset();
      await el.updateComplete;
      expect(el.licenses).to.deep.equal([{ code: 'PBX-Port12', count: 5 }]);
      expect(area.value).to.equal('PBX-Port12 5');
      expect(el.result!.ok).to.equal(true);
    } finally {
      form.remove();
    }
  });
});

describe('Forms at every moment: what waits for a chunk is never taken as valid and empty', () => {
  it('a German page whose chunks come 2.5 s late: a required calculator with users="0" blocks the form from connection on; a valid one is valid once its language is here', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, lateBundle(2500, 'lang-de-'));
      const form = doc.body.appendChild(doc.createElement('form'));
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      form.innerHTML = '<pbx-license-calculator lang="de" name="empty" required users="0" trunks="0"></pbx-license-calculator><pbx-license-calculator lang="de" name="calc" users="4" trunks="1"></pbx-license-calculator>';
      const [empty, calc] = [...form.querySelectorAll('pbx-license-calculator')] as PbxLicenseCalculator[];
      form.requestSubmit();
      expect(submitted, 'submitted while loading').to.equal(0);
      expect(empty!.checkValidity()).to.equal(false);
      expect(calc!.checkValidity()).to.equal(false);
      expect(calc!.validationMessage).to.equal('Still loading: try again in a moment.');
      await until(() => !!calc!.quote, { win, timeout: 8000 });
      await calc!.updateComplete;
      expect(calc!.checkValidity()).to.equal(true);
      expect(empty!.checkValidity()).to.equal(false);
      expect(empty!.validity!.valueMissing).to.equal(true);
      form.removeChild(empty!);
      form.requestSubmit();
      expect(submitted).to.equal(1);
      expect(JSON.parse(new win.FormData(form).get('calc-quote') as string).lines[0]).to.deep.include({ code: 'PBX-Port12', quantity: 5 });
    } finally {
      done();
    }
  });

  it('lines pasted into the version check while its reader is on its way: invalid ("still loading"), then the lots are submitted', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, lateBundle(1500, 'license-lines-'));
      const form = doc.body.appendChild(doc.createElement('form'));
      const el = doc.createElement('pbx-version-check') as PbxVersionCheck;
      el.setAttribute('name', 'lots');
      form.append(el);
      await until(() => !!el.shadowRoot?.getElementById('licenses'), { win });
      const area = el.shadowRoot!.getElementById('licenses') as HTMLTextAreaElement;
      area.value = 'PBX-Port12 5';
      area.dispatchEvent(new win.InputEvent('input'));
      await pause(win, 20);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Still loading: try again in a moment.');
      expect(new win.FormData(form).get('lots')).to.equal(null);
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(JSON.parse(new win.FormData(form).get('lots') as string)).to.deep.equal([{ code: 'PBX-Port12', count: 5 }]);
    } finally {
      done();
    }
  });

  it('keys restored into the balance while its key reader is on its way: invalid ("still loading"), then Used counts them; the box comes with the reader', async () => {
    const { win, doc, done } = await blankPage();
    try {
      await load(doc, lateBundle(1500, 'license-keys-'));
      const form = doc.body.appendChild(doc.createElement('form'));
      const el = doc.createElement('pbx-balance-table') as PbxBalanceTable;
      el.setAttribute('name', 'pool');
      el.balance = { activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [] };
      form.append(el);
      await until(() => !!el.shadowRoot?.querySelector('tbody tr'), { win });
      // "Add license keys" is closed in every first state: its content comes with the reader.
      expect(el.shadowRoot!.getElementById('keys-paste')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="add-keys"]')!.textContent).to.contain('…');
      el.formStateRestoreCallback(JSON.stringify({ keys: 'PBX-Port12\t4\tSN-1' }));
      await pause(win, 20);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Still loading: try again in a moment.');
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(JSON.parse(new win.FormData(form).get('pool') as string)[0]).to.deep.include({ code: 'PBX-Port12', loaded: 10, used: 4, left: 6 });
      const area = el.shadowRoot!.getElementById('keys-paste') as HTMLTextAreaElement;
      expect(area.value, 'the restored keys are in the box').to.equal('PBX-Port12\t4\tSN-1');
      expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="add-keys"]')!.open).to.equal(true);
    } finally {
      done();
    }
  });
});
