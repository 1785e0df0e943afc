/**
 * Entry of dist/pbx-license-kit.min.js, the drop-in bundle: the three elements and the package's
 * API, with lit, zod and the core inside. zod/mini parses without `new Function` (the Node smoke
 * test checks that no drop-in file contains it), so a strict Content-Security-Policy without
 * 'unsafe-eval' reports nothing.
 */
import { warnIfQueried } from './define-safely.js';

export * from './define.js';
warnIfQueried(import.meta.url);
