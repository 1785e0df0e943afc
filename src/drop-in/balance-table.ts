/**
 * Drop-in for a page that needs <pbx-balance-table> alone: one self-contained module (lit, zod and the
 * core inside) that defines that tag.
 */
import { defineSafely, warnIfQueried } from '../define-safely.js';
import { PbxBalanceTable } from '../elements/balance-table/balance-table.js';

warnIfQueried(import.meta.url);
defineSafely([['pbx-balance-table', PbxBalanceTable]]);

export { PbxBalanceTable };
