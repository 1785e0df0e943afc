/**
 * Drop-in for a page that needs <pbx-version-check> alone: one self-contained module (lit, zod and the
 * core inside) that defines that tag. zod runs without its `new Function` fast path, so a strict
 * Content-Security-Policy (no 'unsafe-eval') reports nothing.
 */
import { config } from 'zod/mini';
import { defineSafely } from '../define-safely.js';
import { PbxVersionCheck } from '../elements/version-check/version-check.js';

config({ jitless: true });
defineSafely([['pbx-version-check', PbxVersionCheck]]);

export { PbxVersionCheck };
