import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PbxVersionCheck } from '../../src/index.js';

// Issue 23: at its 10,000-lot limit the version check drew ~180,000 nodes (every lot a table row,
// every step a list item); the lot table and the migration steps now show windows of 100.
const root = (el: Element) => el.shadowRoot!;
const lots = (n: number) => Array.from({ length: n }, (_, i) => ({ code: i % 2 ? 'PBX-Port10' : 'PBX-UC10', count: 1 + (i % 7), device: `SN-${i % 5}`, boundOn: '2024-01-01', ssaUntil: '2027-01-01' }));

async function check(n: number, lang = 'en') {
  const el = await fixture<PbxVersionCheck>(html`<pbx-version-check lang=${lang} pbx-version="13" today="2026-11-26" master="SN-0"></pbx-version-check>`);
  el.licenses = lots(n);
  await el.updateComplete;
  return el;
}
const windowOf = (el: Element, part: string) => root(el).querySelector(`[part="${part}"]`)!.nextElementSibling as HTMLElement;
const firstCode = (el: Element) => root(el).querySelector('[part="upgrade-lots"] tbody tr')!;

describe('<pbx-version-check>: long lists in windows', () => {
  it('250 lots: 100 rows of the lot table at a time, "1–100 of 250", Next and Previous, row indexes for screen readers', async () => {
    const el = await check(250);
    const table = root(el).querySelector('[part="upgrade-lots"]')!;
    expect(table.querySelectorAll('tbody tr').length).to.equal(100);
    expect(table.getAttribute('aria-rowcount')).to.equal('251');
    const nav = windowOf(el, 'upgrade-lots');
    expect(nav.getAttribute('part')).to.equal('row-window');
    const [previous, next] = [...nav.querySelectorAll('button')];
    expect(nav.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Previous 100 1–100 of 250 Next 100');
    expect(previous!.disabled).to.equal(true);
    next!.focus();
    next!.click();
    await el.updateComplete;
    expect(nav.querySelector('span')!.textContent).to.equal('101–200 of 250');
    expect(firstCode(el).getAttribute('aria-rowindex')).to.equal('102');
    next!.click();
    await el.updateComplete;
    expect(table.querySelectorAll('tbody tr').length).to.equal(50);
    expect(next!.disabled).to.equal(true);
    // The pressed button is disabled now: the focus moves to the other one, not to the page.
    await el.updateComplete;
    expect(root(el).activeElement === previous, 'the focus is on Previous').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the migration steps are numbered on across windows; a shorter paste keeps the window inside the list', async () => {
    const el = await check(250);
    const steps = root(el).querySelector('[part="migration-steps"]') as HTMLOListElement;
    const total = el.migration!.steps.length;
    expect(steps.children.length).to.equal(100);
    const nav = windowOf(el, 'migration-steps');
    (nav.querySelectorAll('button')[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(steps.start).to.equal(101);
    expect(nav.querySelector('span')!.textContent).to.equal(`101–200 of ${total}`);
    el.licenses = lots(120);
    await el.updateComplete;
    const shorter = el.migration!.steps.length;
    const last = Math.floor((shorter - 1) / 100) * 100;
    expect(root(el).querySelector<HTMLOListElement>('[part="migration-steps"]')!.start).to.equal(Math.min(101, last + 1));
  });

  it('a list of up to 100 rows has no window controls; German words for them', async () => {
    const el = await check(100);
    // (Booleans, not elements, in the assertions: chai would inspect a whole shadow tree.)
    expect(windowOf(el, 'upgrade-lots')?.getAttribute('part') === 'row-window', 'no window controls under 100 lots').to.equal(false);
    expect(root(el).querySelectorAll('[part="upgrade-lots"] tbody tr').length).to.equal(100);
    const de = await check(150, 'de');
    while (!root(de).querySelector('[part="row-window"]')) await new Promise((r) => setTimeout(r, 20));
    await de.updateComplete;
    expect(windowOf(de, 'upgrade-lots').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Vorherige 100 1–100 von 150 Nächste 100');
  });

  it('10,000 lots: the element holds a few thousand nodes, not some 180,000', async () => {
    const el = await check(10_000);
    expect(root(el).querySelectorAll('*').length).to.be.below(5000);
    expect(windowOf(el, 'upgrade-lots').querySelector('span')!.textContent).to.equal('1–100 of 10,000');
  });
});
