import { parseLicenseTypeCached } from './codes.js';
import type { NoticeList } from './notices.js';

/**
 * Money in quotes and orders: unit prices are held as exact micro-units, line totals summed
 * exactly (BigInt past 2^53), and the total rounded once, half up, to the currency's minor unit
 * as Intl knows it (EUR 2, JPY 0, KWD 3).
 */
const MICRO = 1_000_000;

export interface PriceTotal {
  readonly currency: string;
  /** Sum of all priced lines, rounded once to the currency's minor unit. */
  readonly amount: number;
  /** False when a line has no price in the list (its total is then left out). */
  readonly complete: boolean;
}

const minorDigitsCache = new Map<string, number>();
export function minorDigits(currency: string): number {
  let d = minorDigitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    minorDigitsCache.set(currency, d);
  }
  return d;
}

export function round6(n: number): number {
  return Math.round(n * MICRO) / MICRO;
}

/** An exact sum of micro-units: plain integers while they are safe, BigInt beyond 2^53. */
class MicroSum {
  private small = 0;
  private big: bigint | null = null;
  add(unitMicro: number, quantity: number): number {
    const product = unitMicro * quantity;
    if (this.big === null && Number.isSafeInteger(product) && Number.isSafeInteger(this.small + product)) {
      this.small += product;
      return product;
    }
    const exact = BigInt(unitMicro) * BigInt(quantity);
    this.big = (this.big ?? BigInt(this.small)) + exact;
    return Number(exact);
  }
  /** Rounded once, half up, to `digits` decimals. */
  rounded(digits: number): number {
    const d = Math.min(digits, 6);
    if (this.big === null) {
      const scale = 10 ** (6 - d);
      return Math.floor((this.small + scale / 2) / scale) / 10 ** d;
    }
    const scale = 10n ** BigInt(6 - d);
    return Number((this.big + scale / 2n) / scale) / 10 ** d;
  }
}

/** innovaphone article numbers (`12-00400-004`, a warranty extension) may be priced beside license codes. */
export const ARTICLE_NUMBER = /^\d{2}-\d{5}-\d{3}$/;

/** A price list by canonical license code (and article number), whatever spelling the list used. */
export function canonicalPrices(list: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(list)) {
    if (key === 'currency' || typeof value !== 'number') continue;
    out.set(ARTICLE_NUMBER.test(key) ? key : parseLicenseTypeCached(key).code, value);
  }
  return out;
}

export interface PricedLine {
  readonly code: string;
  readonly quantity: number;
  unitPrice?: number | null;
  lineTotal?: number | null;
}

/**
 * Prices the lines in place (they are the caller's own fresh objects) and returns the total. A
 * code with no price makes the total incomplete, with one notice per code.
 */
export function priceLines(lines: PricedLine[], prices: ReadonlyMap<string, number>, currency: string, notices: NoticeList): PriceTotal {
  const sum = new MicroSum();
  let complete = true;
  for (const line of lines) {
    const unit = prices.get(line.code);
    if (unit === undefined) {
      complete = false;
      line.unitPrice = null;
      line.lineTotal = null;
      // Once per code: the notice list drops the repeats.
      notices.add('warning', 'notice.priceMissing', [], { code: line.code });
    } else {
      line.unitPrice = unit;
      line.lineTotal = sum.add(Math.round(unit * MICRO), line.quantity) / MICRO;
    }
  }
  return { currency, amount: sum.rounded(minorDigits(currency)), complete };
}
