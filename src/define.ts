/**
 * Registers the elements: the only module with a side effect. A tag that is already defined (a
 * second copy of the bundle, or the page's own element) is kept: one warning, never a throw.
 */
import { PbxBalanceTable } from './elements/balance-table/balance-table.js';
import { PbxLicenseCalculator } from './elements/license-calculator/license-calculator.js';
import { PbxVersionCheck } from './elements/version-check/version-check.js';

const ELEMENTS: readonly [string, CustomElementConstructor][] = [
  ['pbx-license-calculator', PbxLicenseCalculator],
  ['pbx-version-check', PbxVersionCheck],
  ['pbx-balance-table', PbxBalanceTable],
];

export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, ctor] of ELEMENTS) {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, ctor);
    else if (existing !== ctor) console.warn(`pbx-license-kit: <${tag}> is already defined by other code; keeping that definition.`);
  }
}

defineElements();

export * from './index.js';
