import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import { VERSION } from '../../src/version.js';
import type { PbxLicenseCalculator } from '../../src/index.js';

describe('elements on a page they do not own', () => {
  it('keep working under hostile global CSS (shadow DOM)', async () => {
    const style = document.createElement('style');
    style.textContent = `
      table, input, select, button, td, th { display: none !important; }
      * { color: rgb(255, 0, 0) !important; letter-spacing: 5px !important; }
      input { border: 10px dotted lime !important; }`;
    document.head.append(style);
    try {
      const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="12" trunks="2"></pbx-license-calculator>`);
      const root = el.shadowRoot!;
      const table = root.querySelector('table')!;
      const users = root.getElementById('pbxs-0-users') as HTMLInputElement;
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(users).display).to.not.equal('none');
      expect(getComputedStyle(users).borderTopStyle).to.equal('solid');
      expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(root.querySelector('tbody td')!.textContent).to.equal('PBX-Port12');
    } finally {
      style.remove();
    }
  });

  function fakeRegistry(defined: Map<string, CustomElementConstructor>): CustomElementRegistry {
    return {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, ctor: CustomElementConstructor) => {
        if (defined.has(tag)) throw new DOMException('already defined', 'NotSupportedError');
        defined.set(tag, ctor);
      },
    } as unknown as CustomElementRegistry;
  }

  function warningsOf(fn: () => void): string[] {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      fn();
    } finally {
      console.warn = original;
    }
    return warnings;
  }

  it('registration keeps a tag defined by other code: never throws, warns once naming it', () => {
    const defined = new Map<string, CustomElementConstructor>([['pbx-version-check', class extends HTMLElement {}]]);
    const registry = fakeRegistry(defined);
    const warnings = warningsOf(() => {
      expect(() => defineElements(registry)).to.not.throw();
      expect(() => defineElements(registry)).to.not.throw();
    });
    expect([...defined.keys()].sort()).to.deep.equal(['pbx-balance-table', 'pbx-license-calculator', 'pbx-version-check']);
    expect(warnings).to.deep.equal([`pbx-license-kit ${VERSION}: keeping the existing definitions of <pbx-version-check> (defined by other code).`]);
  });

  it('a second copy of the same version is kept silently', () => {
    const first = fakeRegistry(new Map());
    defineElements(first);
    // The classes of "another copy": same version marker, different constructors.
    const copy = new Map<string, CustomElementConstructor>();
    for (const tag of ['pbx-license-calculator', 'pbx-version-check', 'pbx-balance-table']) {
      const ctor = class extends HTMLElement {};
      (ctor as unknown as Record<symbol, string>)[Symbol.for('pbx-license-kit.version')] = VERSION;
      copy.set(tag, ctor);
    }
    expect(warningsOf(() => defineElements(fakeRegistry(copy)))).to.deep.equal([]);
  });

  it('another version of pbx-license-kit defined first is kept, with one warning naming it', () => {
    const older = class extends HTMLElement {};
    (older as unknown as Record<symbol, string>)[Symbol.for('pbx-license-kit.version')] = '0.0.9';
    const defined = new Map<string, CustomElementConstructor>([['pbx-license-calculator', older]]);
    const warnings = warningsOf(() => defineElements(fakeRegistry(defined)));
    expect(defined.get('pbx-license-calculator')).to.equal(older);
    expect(warnings).to.deep.equal([`pbx-license-kit ${VERSION}: keeping the existing definitions of <pbx-license-calculator> (pbx-license-kit 0.0.9).`]);
  });

  it('moved, removed and re-added: still one listener, still live', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="1" trunks="0"></pbx-license-calculator>`);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    el.remove();
    other.append(el);
    let changes = 0;
    el.addEventListener('pbx-change', () => changes++);
    el.setAttribute('lang', 'de');
    el.users = '3';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(changes).to.equal(1);
    expect(el.shadowRoot!.querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Amtsleitungen');
    other.remove();
  });
});
