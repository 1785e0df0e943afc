import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxVersionCheck } from '../../src/index.js';

// Issue 23: each field of the move to central licensing says what is wrong with it, where it is,
// in the user's words, and a blocked submit focuses it.
const root = (el: Element) => el.shadowRoot!;
const LOTS = 'PBX-Port12;200;HQ-1\nPBX-Port10;50;BR-2;2020-01-01;2027-01-01';

async function inForm(attrs: { firmware?: string; convertTo?: string; lang?: string }) {
  const form = fixtureSync<HTMLFormElement>(html`<form>
    <pbx-version-check name="lots" lang=${attrs.lang ?? 'en'} pbx-version="12" today="2026-11-26" master="HQ-1" firmware=${attrs.firmware ?? ''} convert-to=${attrs.convertTo ?? ''}></pbx-version-check>
  </form>`);
  const el = form.querySelector<PbxVersionCheck>('pbx-version-check')!;
  await el.updateComplete;
  // Another language renders once its messages are here.
  while (!root(el).getElementById('licenses')) await new Promise((r) => setTimeout(r, 20));
  const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
  area.value = LOTS;
  area.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  // The plans (and the migration's messages) load with the first licences.
  await (el as unknown as { settled(): Promise<boolean> }).settled();
  await el.updateComplete;
  return { form, el };
}

describe('<pbx-version-check>: the migration form’s fields (issue 23)', () => {
  it('firmware "zehn": the message at the field, aria-invalid, the field focused on submit, its label in validationMessage', async () => {
    const { form, el } = await inForm({ firmware: 'zehn' });
    const input = root(el).getElementById('firmware') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = root(el).getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.contain('Not a software version: "zehn"');
    // A master is chosen: the section does not ask for one.
    expect(root(el).querySelector('[part="migration"]')!.textContent).not.to.contain('Choose the device');
    expect(el.validationMessage).to.equal('Current firmware of the devices: Not a software version: "zehn" (write 12, V12, 12r2 or 10 SR12).');
    expect(el.validationMessage).not.to.contain('devices 1');
    expect(form.checkValidity()).to.equal(false);
    form.requestSubmit();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('the firmware corrected: the steps show and the form is valid', async () => {
    const { form, el } = await inForm({ firmware: 'zehn' });
    const input = root(el).getElementById('firmware') as HTMLInputElement;
    input.value = '10';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).querySelectorAll('[part="migration-steps"] li').length).to.be.greaterThan(0);
    expect(form.checkValidity()).to.equal(true);
  });

  it('convert-to="abc" sits at the conversion select, named as the user reads it (German)', async () => {
    const { el } = await inForm({ convertTo: 'abc', lang: 'de' });
    const select = root(el).getElementById('convertTo') as HTMLSelectElement;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById('convertTo-error')!.textContent).to.contain('Keine Softwareversion: „abc“');
    expect(el.validationMessage).to.match(/^Freigegebene Lizenzen umwandeln in: Keine Softwareversion/);
    expect(el.validationMessage).not.to.contain('convertTo');
  });

  it('convert-to="99" plans no conversion to PBX-Port99 and the select does not claim "Keep their version"', async () => {
    const { el } = await inForm({ convertTo: '99' });
    const section = root(el).querySelector('[part="migration"]')!;
    expect(section.textContent).not.to.contain('PBX-Port99');
    expect(el.migration).to.equal(null);
    const select = root(el).getElementById('convertTo') as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).to.equal('99');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById('convertTo-error')!.textContent).to.equal('Licenses cannot be converted to V99: choose a version from V8 to V16 (MIG-3).');
    expect(el.checkValidity()).to.equal(false);
  });
});

describe('<pbx-version-check>: plans in each element’s language', () => {
  it('a German version check shows its plans in German after an English one on the page loaded the planners', async () => {
    const en = await inForm({});
    expect(root(en.el).querySelector('#migration-heading')!.textContent).to.equal('Move to central licensing');
    const de = await inForm({ lang: 'de' });
    expect(root(de.el).querySelector('#migration-heading')!.textContent).to.equal('Umstieg auf zentrale Lizenzierung');
    expect(root(de.el).querySelector('label[for="firmware"]')!.textContent).to.equal('Aktuelle Firmware der Geräte');
  });
});
