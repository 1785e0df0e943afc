/**
 * Entry of dist/pbx-license-kit.min.js, the drop-in bundle: zod is private to it, so it can run
 * without zod's `new Function` fast path, which a strict Content-Security-Policy (no
 * 'unsafe-eval') would report as a violation. The npm entries leave the host's zod alone.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from './define.js';
