/**
 * Drop-in for a page that needs <pbx-version-check> alone: one self-contained module (lit, zod and the
 * core inside) that defines that tag.
 */
import { defineSafely, warnIfQueried } from '../define-safely.js';
import { PbxVersionCheck } from '../elements/version-check/version-check.js';

warnIfQueried(import.meta.url);
defineSafely([['pbx-version-check', PbxVersionCheck]]);

export { PbxVersionCheck };
