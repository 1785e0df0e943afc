/**
 * Drop-in for a page that needs <pbx-balance-table> alone: one self-contained module (lit, zod and the
 * core inside) that defines that tag. zod runs without its `new Function` fast path, so a strict
 * Content-Security-Policy (no 'unsafe-eval') reports nothing.
 */
import { config } from 'zod/mini';
import { defineSafely } from '../define-safely.js';
import { PbxBalanceTable } from '../elements/balance-table/balance-table.js';

config({ jitless: true });
defineSafely([['pbx-balance-table', PbxBalanceTable]]);

export { PbxBalanceTable };
