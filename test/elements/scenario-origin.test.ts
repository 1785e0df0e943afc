import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';

// Where the calculator's scenario came from (scenario-origin.ts): what the page set, before and after
// the first render, decides what a form reset returns to and which prices the quote uses.

const users = (el: PbxLicenseCalculator) => (el.shadowRoot!.getElementById('pbxs-0-users') as HTMLInputElement);
async function type(el: PbxLicenseCalculator, value: string): Promise<void> {
  const input = users(el);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const office = (count: number, prices?: Record<string, string | number>) => ({
  version: 12,
  today: '2026-03-02',
  pbxs: [{ name: 'Office', platform: 'gateway' as const, users: count, trunks: 0 }],
  ...(prices ? { prices } : {}),
});

describe('<pbx-license-calculator>: the scenario the page sets', () => {
  it('set in the task that appended it (before the first render): what a form reset returns to, not the empty form', async () => {
    const form = document.body.appendChild(document.createElement('form'));
    try {
      const el = document.createElement('pbx-license-calculator') as PbxLicenseCalculator;
      form.append(el);
      el.scenario = office(40);
      await el.updateComplete;
      await type(el, '7');
      expect(el.quote!.lines[0]!.quantity).to.equal(7);
      form.reset();
      await el.updateComplete;
      expect(users(el).value).to.equal('40');
      expect(el.quote!.lines[0]).to.include({ code: 'PBX-Port12', quantity: 40 });
    } finally {
      form.remove();
    }
  });

  it('brings its prices; the next one it sets without prices takes them away (they are not kept from the one before)', async () => {
    const el = document.body.appendChild(document.createElement('pbx-license-calculator')) as PbxLicenseCalculator;
    try {
      el.scenario = office(10, { currency: 'EUR', 'PBX-Port12': 12.5 });
      await el.updateComplete;
      expect(el.quote!.total?.currency).to.equal('EUR');
      el.scenario = office(20);
      await el.updateComplete;
      expect(el.quote!.lines[0]!.quantity).to.equal(20);
      expect(el.quote!.total).to.equal(undefined);
    } finally {
      el.remove();
    }
  });
});
