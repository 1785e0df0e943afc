/**
 * Registers the elements: the only module with a side effect. A tag that is already defined is
 * kept and never throws: by the same version of this library (a second copy of the bundle)
 * silently, by anything else with one warning that names what was kept.
 */
import { PbxBalanceTable } from './elements/balance-table/balance-table.js';
import { PbxLicenseCalculator } from './elements/license-calculator/license-calculator.js';
import { PbxVersionCheck } from './elements/version-check/version-check.js';
import { defineSafely } from './define-safely.js';

const ELEMENTS: readonly [string, CustomElementConstructor][] = [
  ['pbx-license-calculator', PbxLicenseCalculator],
  ['pbx-version-check', PbxVersionCheck],
  ['pbx-balance-table', PbxBalanceTable],
];

export function defineElements(registry: CustomElementRegistry = customElements): void {
  defineSafely(ELEMENTS, registry);
}

defineElements();

export * from './index.js';
