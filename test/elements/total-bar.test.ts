import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxLicenseCalculator } from '../../src/index.js';
import { until } from '../until.js';

// Issue 24: the price in sight while editing. Where the quote sits under the form (an element up
// to 64rem wide), a bar at the foot of the screen: net total, positions, a way to the quote.
const root = (el: Element) => el.shadowRoot!;
const scenario = { version: 12, pbxs: [{ name: 'HQ', platform: 'gateway' as const, users: 250, trunks: 4, uc: 'bundle' as const }] };
const prices = { currency: 'EUR', 'PBX-Port12': 39.9, 'PBX-UC12': 60 };

async function calculator(width: string) {
  // fixtureSync: fixture() of a plain <div> waits for a frame, which a background tab never draws.
  const box = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}"><pbx-license-calculator lang="en" .scenario=${scenario} .prices=${prices}></pbx-license-calculator></div>`);
  const el = box.firstElementChild as PbxLicenseCalculator;
  await until(() => !!el.shadowRoot?.querySelector('[part="total-bar"]'), { el });
  await el.updateComplete;
  return el;
}
const bar = (el: Element) => root(el).querySelector<HTMLElement>('[part="total-bar"]')!;

describe('<pbx-license-calculator>: the total bar (issue 24)', () => {
  it('under the form: the net total and the positions stay at the foot of the screen; its button takes the focus to the quote', async () => {
    const el = await calculator('40rem');
    expect(getComputedStyle(bar(el)).display).to.equal('flex');
    expect(getComputedStyle(bar(el)).position).to.equal('sticky');
    // 250 users and 4 trunks: 254 Port licenses at 39.90 (PORT-1), one position.
    expect(bar(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Net total: €10,134.60 1 item To the quote');
    expect(root(el).querySelector('.quote tfoot')!.textContent).to.contain('€10,134.60');
    (bar(el).querySelector('button') as HTMLButtonElement).click();
    expect(root(el).activeElement?.classList.contains('quote')).to.equal(true);
  });

  it('a quote the input no longer gives is marked out of date', async () => {
    const el = await calculator('40rem');
    const users = root(el).getElementById('pbxs-0-users') as HTMLInputElement;
    users.value = '-3';
    users.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(bar(el).hasAttribute('data-stale')).to.equal(true);
    expect(bar(el).textContent).to.contain('(out of date)');
  });

  it('beside the form (wider than 64rem) it is not shown: the quote is in sight', async () => {
    const el = await calculator('70rem');
    expect(getComputedStyle(bar(el)).display).to.equal('none');
    const [form, quote] = [root(el).querySelector('form')!, root(el).querySelector('.quote')!];
    expect(quote.getBoundingClientRect().left, 'the quote beside the form').to.be.above(form.getBoundingClientRect().right);
  });
});
