/**
 * Drop-in for a page that needs <pbx-license-calculator> alone: one self-contained module (lit, zod and the
 * core inside) that defines that tag.
 */
import { defineSafely, warnIfQueried } from '../define-safely.js';
import { PbxLicenseCalculator } from '../elements/license-calculator/license-calculator.js';

warnIfQueried(import.meta.url);
defineSafely([['pbx-license-calculator', PbxLicenseCalculator]]);

export { PbxLicenseCalculator };
