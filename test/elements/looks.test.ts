import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';
import { until } from '../until.js';

/**
 * Issue 25: the looks of a finished component library. Dark mode built in, controls of one
 * family with targets of at least 24 by 24 px, labels and values that fit, nothing that scrolls
 * the page sideways, a short keyboard path, axe clean in both themes.
 */

type Element3 = PbxLicenseCalculator | PbxVersionCheck | PbxBalanceTable;
const root = (el: Element) => el.shadowRoot!;

const prices = { currency: 'EUR', vatRate: 19, discount: { overall: 5 }, 'PBX-Port12': 39.9, 'PBX-Port12%500': 35, 'PBX-myPBX12': 24.5, 'PBX-VoicemailUser12': 9.9, 'PBX-UC12': 69, 'Relay-BRIs': 45, 'PBX-Standby12': 12 };
const scenario = {
  version: 12,
  pbxs: [
    { name: 'Headquarters', platform: 'gateway' as const, gateway: 'IP811' as const, users: 1200, trunks: 30, standby: true, hardware: { bri: 2 }, userGroups: [{ name: 'Staff', count: 25, features: ['myPBX' as const, 'voicemail' as const, 'mobileApp' as const] }] },
    { name: 'Branch', platform: 'ipva' as const, users: 40, trunks: 2 },
  ],
};
const serial = '00-90-33-00-00-01';
const balance = {
  activationKeys: [{ code: 'PBX-Port12', count: 300 }, { code: 'PBX-UC12', count: 50 }],
  licenseKeys: [
    { code: 'PBX-Port12', count: 120, serial, customer: 'Example GmbH', location: 'Sindelfingen', description: 'master pbx', status: 'active' as const, boundOn: '2024-01-10', ssaUntil: '2027-02-19' },
    { code: 'PBX-Port12', count: 40, serial: '00-90-33-00-00-02', customer: 'Example GmbH', status: 'revoked' as const, boundOn: '2021-03-01', ssaUntil: '2026-02-28' },
    { code: 'PBX-UC12', count: 30, serial, customer: 'Example GmbH', status: 'active' as const },
  ],
};
const installedBase = [
  { code: 'PBX-Port12', count: 200, device: '00-90-33-00-00-01', boundOn: '2023-02-01', ssaUntil: '2027-01-31' },
  { code: 'PBX-Port10%500', count: 120, device: '00-90-33-00-00-02', boundOn: '2019-05-10', ssaUntil: '2024-05-09' },
  { code: 'PBX-UC11', count: 40, device: '00-90-33-00-00-02' },
];

/* fixtureSync for a plain <div>: fixture() waits for a frame, which a background tab never draws. */

/** The three elements with their data, every disclosure open (More options, help texts, Add license keys, key lists, plans). */
async function allOpen(lang = 'en'): Promise<{ box: HTMLDivElement; els: Element3[] }> {
  const box = fixtureSync<HTMLDivElement>(html`<div lang=${lang}>
    <pbx-license-calculator today="2026-11-26" customer="Muster GmbH" quote-number="Q-2026-0117" valid-days="30" .scenario=${scenario} .prices=${prices}></pbx-license-calculator>
    <pbx-balance-table today="2026-11-26" .balance=${balance}></pbx-balance-table>
    <pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" master="00-90-33-00-00-01" .licenses=${installedBase}></pbx-version-check>
  </div>`);
  const els = [...box.children] as Element3[];
  for (const el of els) await el.updateComplete;
  const [calc, pool, check] = els as [PbxLicenseCalculator, PbxBalanceTable, PbxVersionCheck];
  for (const d of root(calc).querySelectorAll('details')) d.open = true;
  (root(calc).getElementById('help-all') as HTMLButtonElement).click();
  (root(calc).querySelector('button.rule') as HTMLButtonElement).click();
  for (const d of root(pool).querySelectorAll('details')) d.open = true;
  for (const b of root(pool).querySelectorAll<HTMLButtonElement>('button.expand')) b.click();
  await until(() => root(check).querySelector('[part="upgrade"]') !== null, { el: check });
  for (const el of els) await el.updateComplete;
  return { box, els };
}

/**
 * The page at `width` px: the viewport where the runner can set it (Chromium, Firefox), else the
 * body's width (WebKit's WebDriver cannot set a viewport), which the elements' container queries
 * follow alike. Returns what must fit: the page's scroll width and the width it must stay within.
 */
async function pageWidth(width: number): Promise<{ scroll: () => number; limit: number }> {
  try {
    await setViewport({ width, height: 800 });
    document.body.style.width = '';
    return { scroll: () => document.documentElement.scrollWidth, limit: window.innerWidth };
  } catch {
    document.body.style.width = `${width}px`;
    return { scroll: () => document.body.scrollWidth, limit: width };
  }
}

async function resetWidth(): Promise<void> {
  document.body.style.width = '';
  await setViewport({ width: 800, height: 600 }).catch(() => undefined);
}

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('issue 25: nothing scrolls sideways, with every disclosure open', () => {
  afterEach(resetWidth);

  for (const width of [320, 375, 1280]) {
    it(`${width} px: the page and every element fit their width`, async () => {
      const page = await pageWidth(width);
      const { els } = await allOpen();
      expect(page.scroll(), 'the page').to.be.at.most(page.limit);
      for (const el of els) {
        expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth);
        // Nothing inside runs out of its element either (a textarea wider than its box, a cell).
        const right = el.getBoundingClientRect().right;
        for (const node of root(el).querySelectorAll<HTMLElement>('textarea, input, select, button, label, table')) {
          if (node.closest('.keys, .table-scroll') || node.matches('input.file')) continue;
          expect(node.getBoundingClientRect().right, `${el.localName} ${node.localName}#${node.id}`).to.be.at.most(right + 0.5);
        }
      }
    });
  }

  it('375 px: a total says its label once, and the key list is whole (it scrolls in its box)', async () => {
    await pageWidth(375);
    const { els } = await allOpen();
    const [calc, pool] = els as [PbxLicenseCalculator, PbxBalanceTable];
    for (const tr of root(calc).querySelectorAll('tfoot tr')) {
      const label = tr.querySelector('td')!.textContent!.trim();
      const shown = [...tr.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content);
      expect(shown.filter((c) => c !== 'none' && c !== 'normal'), label).to.deep.equal([]);
    }
    const keys = root(pool!).querySelector('.keys') as HTMLElement;
    for (const cell of keys.querySelectorAll<HTMLElement>('.row span')) {
      expect(cell.scrollWidth, cell.textContent!).to.be.at.most(cell.clientWidth + 1);
    }
    expect(getComputedStyle(keys).overflowX).to.equal('auto');
  });
});

describe('issue 25: controls of one family', () => {
  afterEach(resetWidth);

  it('every button, field, checkbox and summary is at least 24 by 24 px', async () => {
    await pageWidth(1280);
    const { els } = await allOpen();
    let seen = 0;
    for (const el of els) {
      for (const node of root(el).querySelectorAll<HTMLElement>('button, input, select, textarea, summary, label.button')) {
        const r = node.getBoundingClientRect();
        if (r.width === 0 || node.matches('input.file, .sr-only, .skip')) continue; // the skip link: its own test
        seen++;
        expect(Math.round(r.width), `${el.localName} ${node.outerHTML.slice(0, 80)} width`).to.be.at.least(24);
        expect(Math.round(r.height), `${el.localName} ${node.outerHTML.slice(0, 80)} height`).to.be.at.least(24);
      }
    }
    expect(seen).to.be.greaterThan(60);
  });

  it('inputs, selects and buttons of the form have one height', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator .scenario=${scenario}></pbx-license-calculator>`);
    const heights = new Set([...root(el).querySelectorAll<HTMLElement>('.form input:not([type="checkbox"]), .form select, .form button:not(.help-toggle)')].map((n) => Math.round(n.getBoundingClientRect().height)));
    expect([...heights]).to.have.length(1);
  });

  it('a disabled button looks disabled', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="-1"></pbx-license-calculator>`);
    const [csv, json] = [...root(el).querySelectorAll<HTMLButtonElement>('.quote .actions button')];
    expect(csv!.disabled).to.equal(true);
    expect(Number(getComputedStyle(csv!).opacity)).to.be.below(0.7);
    expect(getComputedStyle(json!).cursor).to.equal('not-allowed');
    const enabled = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="10"></pbx-license-calculator>`);
    expect(getComputedStyle(root(enabled).querySelector('.quote .actions button')!).opacity).to.equal('1');
  });
});

describe('issue 25: labels that fit', () => {
  afterEach(resetWidth);

  /** The width a text takes in an element's font. */
  const textWidth = (text: string, of: Element) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = getComputedStyle(of).font;
    return ctx.measureText(text).width;
  };

  for (const lang of ['en', 'de', 'it', 'nl', 'fr']) {
    it(`${lang}, 1280 px: no select cuts an option, no SSA date is cut, no "?" runs past its field, every control of a row in line`, async () => {
      await pageWidth(1280);
      const { els } = await allOpen(lang);
      const calc = els[0]!;
      (root(calc).getElementById('help-all') as HTMLButtonElement).click(); // texts closed again: rows as first shown
      await calc.updateComplete;
      const cut: string[] = [];
      // The selects of the grid (the presets menu is as wide as its options).
      for (const select of root(calc).querySelectorAll('.field select')) {
        const cs = getComputedStyle(select);
        // Room for the text: the box less its padding, border and the arrow (about 20 px).
        const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
        for (const option of (select as HTMLSelectElement).options) if (textWidth(option.text, select) > room) cut.push(`#${select.id}: "${option.text}" (${Math.round(textWidth(option.text, select))} > ${Math.round(room)} px)`);
      }
      expect(cut, lang).to.deep.equal([]);
      // The key list's SSA column holds its longest date text.
      for (const cell of root(els[1]!).querySelectorAll<HTMLElement>('.keys .row span[class^="ssa-"]')) {
        expect(cell.scrollWidth, `${lang}: ${cell.textContent}`).to.be.at.most(cell.clientWidth + 1);
      }
      for (const toggle of root(calc).querySelectorAll('.help-toggle')) {
        const field = toggle.closest('.field')!.getBoundingClientRect();
        expect(toggle.getBoundingClientRect().right, `${lang} ${toggle.getAttribute('aria-label')}`).to.be.at.most(field.right + 0.5);
      }
      for (const grid of root(calc).querySelectorAll('.grid')) {
        const byRow = new Map<number, number[]>();
        for (const f of grid.querySelectorAll(':scope > .field')) {
          const control = f.querySelector('input, select')!;
          const top = Math.round(f.getBoundingClientRect().top);
          byRow.set(top, [...(byRow.get(top) ?? []), Math.round(control.getBoundingClientRect().bottom)]);
        }
        for (const bottoms of byRow.values()) expect(new Set(bottoms).size, `${lang}: controls of a row`).to.equal(1);
      }
    });
  }

  it('the version check: a wrapping label keeps its field in line with the fields beside it', async () => {
    for (const lang of ['en', 'de', 'it', 'nl', 'fr']) {
      const box = fixtureSync<HTMLDivElement>(html`<div style="width: 560px"><pbx-version-check lang=${lang}></pbx-version-check></div>`);
      const el = box.firstElementChild as PbxVersionCheck;
      await el.updateComplete;
      const byRow = new Map<number, number[]>();
      for (const f of root(el).querySelectorAll('.grid > .field')) {
        const top = Math.round(f.getBoundingClientRect().top);
        byRow.set(top, [...(byRow.get(top) ?? []), Math.round(f.querySelector('input')!.getBoundingClientRect().bottom)]);
      }
      for (const bottoms of byRow.values()) expect(new Set(bottoms).size, `${lang}: fields of a row`).to.equal(1);
    }
  });

  it('opening a help text leaves the fields beside it as they were', async () => {
    await pageWidth(1280);
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator .scenario=${scenario}></pbx-license-calculator>`);
    const height = (id: string) => Math.round(root(el).getElementById(id)!.closest('.field')!.getBoundingClientRect().height);
    const before = height('pbxs-0-trunks');
    (root(el).querySelector('[aria-controls="pbxs-0-users-help"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root(el).getElementById('pbxs-0-users-help')!.hidden).to.equal(false);
    expect(height('pbxs-0-trunks')).to.equal(before);
    // The text has a row of its own, as wide as the grid.
    const help = root(el).getElementById('pbxs-0-users-help')!.getBoundingClientRect();
    expect(Math.round(help.width)).to.equal(Math.round(root(el).getElementById('pbxs-0-users-help')!.parentElement!.getBoundingClientRect().width));
  });

  it('Italian money lines up: right-aligned, tabular figures, wide and stacked', async () => {
    for (const width of [1280, 375]) {
      await pageWidth(width);
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator lang="it" .scenario=${scenario} .prices=${prices}></pbx-license-calculator>`);
      const amounts = [...root(el).querySelectorAll<HTMLElement>('[part="quote-table"] tbody td.num:last-child, [part="quote-table"] tfoot td.num')];
      expect(amounts.length).to.be.greaterThan(3);
      const rights = new Set(
        amounts.map((td) => {
          expect(getComputedStyle(td).fontVariantNumeric).to.equal('tabular-nums');
          const range = document.createRange();
          range.selectNodeContents(td);
          return Math.round(range.getBoundingClientRect().right);
        }),
      );
      expect(rights.size, `${width} px`).to.equal(1);
    }
  });
});

/**
 * Dark as the system asks for it (prefers-color-scheme, emulated where the browser lets the tests
 * do so: Chromium), else as a page forces it (--pbx-color-scheme on the page): the same
 * light-dark() colours either way. Returns what puts the light scheme back.
 */
async function goDark(): Promise<() => Promise<unknown>> {
  try {
    await emulateMedia({ colorScheme: 'dark' });
    return () => emulateMedia({ colorScheme: 'light' });
  } catch {
    document.documentElement.style.setProperty('--pbx-color-scheme', 'dark');
    return async () => document.documentElement.style.removeProperty('--pbx-color-scheme');
  }
}

describe('issue 25: dark mode built in', () => {
  let light: (() => Promise<unknown>) | null = null;
  afterEach(async () => {
    await light?.();
    light = null;
  });

  it('under prefers-color-scheme: dark every element is dark (text, fields, buttons, focus ring, native controls)', async () => {
    light = await goDark();
    const { els } = await allOpen();
    for (const el of els) {
      const cs = getComputedStyle(el);
      expect(luminance(cs.backgroundColor), `${el.localName} background`).to.be.below(0.2);
      expect(luminance(cs.color), `${el.localName} text`).to.be.above(0.8);
      const field = root(el).querySelector('input:not([type="checkbox"]), textarea')!;
      expect(luminance(getComputedStyle(field).backgroundColor), `${el.localName} field`).to.be.below(0.2);
      expect(getComputedStyle(field).colorScheme).to.contain('dark');
    }
    const add = root(els[0]!).getElementById('add-pbx')!;
    expect(luminance(getComputedStyle(add).backgroundColor), 'an accent button').to.be.above(0.4);
    expect(luminance(getComputedStyle(add).color), 'its text').to.be.below(0.2);
    (root(els[0]!).getElementById('pbxs-0-users') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    const trunks = root(els[0]!).activeElement!;
    expect(trunks.id).to.equal('pbxs-0-trunks');
    expect(luminance(getComputedStyle(trunks).outlineColor), 'focus ring').to.be.above(0.4);
  });

  it('light in a light scheme; a host forces either with --pbx-color-scheme; its own colours win', async () => {
    const plain = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${balance}></pbx-balance-table>`);
    expect(luminance(getComputedStyle(plain).backgroundColor)).to.be.above(0.9);
    const forcedDark = await fixture<PbxBalanceTable>(html`<pbx-balance-table style="--pbx-color-scheme: dark" .balance=${balance}></pbx-balance-table>`);
    expect(luminance(getComputedStyle(forcedDark).backgroundColor)).to.be.below(0.2);
    expect(getComputedStyle(root(forcedDark).querySelector('input')!).colorScheme).to.equal('dark');
    light = await goDark();
    const forcedLight = await fixture<PbxVersionCheck>(html`<pbx-version-check style="--pbx-color-scheme: light" .licenses=${installedBase}></pbx-version-check>`);
    expect(luminance(getComputedStyle(forcedLight).backgroundColor)).to.be.above(0.9);
    expect(luminance(getComputedStyle(forcedLight).color)).to.be.below(0.2);
    const themed = await fixture<PbxVersionCheck>(html`<pbx-version-check style="--pbx-color-background: rgb(1, 2, 3)"></pbx-version-check>`);
    expect(getComputedStyle(themed).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing in the ${scheme} theme, every disclosure open`, async () => {
      if (scheme === 'dark') light = await goDark();
      const { els } = await allOpen();
      for (const el of els) await expect(el).to.be.accessible();
    });
  }
});

describe('issue 25: keyboard paths', () => {
  it('Users is reached within 6 Tabs of the start of the calculator', async () => {
    const box = fixtureSync<HTMLDivElement>(html`<div><button id="before">before</button><pbx-license-calculator></pbx-license-calculator></div>`);
    const el = box.querySelector('pbx-license-calculator') as PbxLicenseCalculator;
    await el.updateComplete;
    (box.querySelector('#before') as HTMLButtonElement).focus();
    let tabs = 0;
    while (root(el).activeElement?.id !== 'pbxs-0-users' && tabs < 20) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    expect(tabs).to.be.at.most(6);
  });

  it('a skip link, first in the calculator, takes the focus to the quote; each "?" stays reachable (Help texts)', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="10"></pbx-license-calculator>`);
    const skip = root(el).querySelector('.skip') as HTMLButtonElement;
    expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);
    skip.focus();
    expect(skip.getBoundingClientRect().width, 'shown when focused').to.be.above(24);
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(root(el).querySelector('.quote'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.closest('.quote'), 'Tab goes on in the quote').to.not.equal(null);
    const all = root(el).getElementById('help-all') as HTMLButtonElement;
    expect(all.tabIndex).to.equal(0);
    all.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll<HTMLElement>('.help')].every((p) => !p.hidden)).to.equal(true);
  });
});
