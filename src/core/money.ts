import { isLicenseType, parseLicenseTypeCached } from './codes.js';
import type { NoticeList } from './notices.js';

/**
 * Money in quotes and orders: unit prices are held as exact micro-units, line totals summed
 * exactly (BigInt past 2^53), and the total rounded once, half up, to the currency's minor unit
 * as Intl knows it (EUR 2, JPY 0, KWD 3).
 */
const MICRO = 1_000_000;

/**
 * The money of a quote or an order. The amounts on the document add up exactly: `net = list -
 * discount` and `gross = net + vat`; `list`, `discount` and `vat` are each rounded once, half up,
 * to the currency's minor unit.
 */
export interface PriceTotal {
  readonly currency: string;
  /** The net total (list minus discounts, before VAT): the list total when nothing is discounted. */
  readonly amount: number;
  /** False when a line has no price in the list (its total is then left out). */
  readonly complete: boolean;
  /** Sum of unit list price x quantity over the priced lines. */
  readonly list: number;
  /** Sum of the lines' discounts. */
  readonly discount: number;
  readonly net: number;
  /** VAT rate in percent (0 when the price list gives none). */
  readonly vatRate: number;
  readonly vat: number;
  readonly gross: number;
}

let currencies: ReadonlySet<string> | null = null;

/** An ISO 4217 code the engine knows (Intl.supportedValuesOf; three capitals where it has none): ABC is none. */
export function isCurrency(code: string): boolean {
  if (typeof Intl.supportedValuesOf !== 'function') return /^[A-Z]{3}$/.test(code);
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
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

/** innovaphone article numbers (`12-00400-004`, a warranty extension) may be priced beside license codes. */
export const ARTICLE_NUMBER = /^\d{2}-\d{5}-\d{3}$/;

/** Keys of a price list that are not prices: the currency, the VAT rate and the discounts. */
export const PRICE_LIST_SETTINGS: readonly string[] = ['currency', 'vatRate', 'discount'];

/** A price list read once: unit prices by canonical code (and article number), discounts, VAT. */
export interface PriceBook {
  readonly currency: string;
  readonly unit: ReadonlyMap<string, number>;
  /** The reseller's article number and name by code, where the list gives them (`{ price, article, name }`). */
  readonly named: ReadonlyMap<string, { readonly article?: string; readonly name?: string }>;
  /** Percent off list per canonical code; `overall` for the rest. */
  readonly discount: ReadonlyMap<string, number>;
  readonly overallDiscount: number;
  readonly vatRate: number;
  /**
   * Keys written like a license code (`PBX-…`, `Relay-…`) that are none: priced nothing, named in
   * a notice. Any other key is one of the reseller's other articles (`IP811`, `Installation`),
   * which is no license price: it prices a gateway line or an extra of the scenario.
   */
  readonly notLicenses: readonly string[];
  /** A code priced twice, in two spellings, at two prices: the last one counts, and a notice says so. */
  readonly twice: readonly { readonly code: string; readonly prices: readonly [number, number] }[];
}

const LOOKS_LIKE_A_LICENSE = /^\s*(pbx|relay)\b/i;

const codeOf = (key: string) => (ARTICLE_NUMBER.test(key) ? key : parseLicenseTypeCached(key).code);

/** The key a code is priced under: a license code's canonical spelling, any other article as written (trimmed). */
export const priceKey = (code: string) => (isLicenseType(code) ? codeOf(code) : code.trim());

/** Reads a (validated) price list: codes in any spelling the parser reads. */
export function priceBook(list: Readonly<Record<string, unknown>>): PriceBook {
  const currency = typeof list['currency'] === 'string' ? list['currency'] : 'EUR';
  const unit = new Map<string, number>();
  const notLicenses: string[] = [];
  const twice: { code: string; prices: [number, number] }[] = [];
  const named = new Map<string, { article?: string; name?: string }>();
  for (const [key, entry] of Object.entries(list)) {
    // `{ price, article, name }` (issue 24): the price, with what the reseller calls the article.
    const value = entry && typeof entry === 'object' ? (entry as { price?: unknown }).price : entry;
    if (PRICE_LIST_SETTINGS.includes(key) || typeof value !== 'number') continue;
    // The reseller's other articles (`IP811`, `Installation`) are priced as written: a gateway
    // model or an extra of the scenario names them (issue 24).
    if (!ARTICLE_NUMBER.test(key) && !isLicenseType(key) && LOOKS_LIKE_A_LICENSE.test(key)) {
      notLicenses.push(key);
      continue;
    }
    const code = priceKey(key);
    const before = unit.get(code);
    if (before !== undefined && before !== value) twice.push({ code, prices: [before, value] });
    unit.set(code, value);
    if (value !== entry) named.set(code, entry as { article?: string; name?: string });
  }
  const discount = new Map<string, number>();
  let overallDiscount = 0;
  const d = list['discount'];
  if (typeof d === 'number') overallDiscount = d;
  else if (d && typeof d === 'object') {
    for (const [key, value] of Object.entries(d as Record<string, unknown>)) {
      if (typeof value !== 'number') continue;
      if (key === 'overall') overallDiscount = value;
      else discount.set(codeOf(key), value);
    }
  }
  const vatRate = typeof list['vatRate'] === 'number' ? list['vatRate'] : 0;
  return { currency, unit, named, discount, overallDiscount, vatRate, notLicenses, twice };
}

/** The money of a priced line: null where the price list has no price for its code. */
export interface LinePrices {
  /** The unit list price. */
  readonly unitPrice?: number | null;
  /** Unit list price x quantity. */
  readonly lineTotal?: number | null;
  /** Percent off list for this line (the price list's discount for its code, else overall). */
  readonly discountPercent?: number | null;
  /** The line total after its discount. */
  readonly lineNet?: number | null;
  /** The reseller's article number for the code, where the price list gives one. */
  readonly article?: string;
  /** The reseller's name for the article, where the price list gives one: it replaces the catalog's description. */
  readonly name?: string;
}

export type PricedLine = { readonly code: string; readonly quantity: number } & { -readonly [K in keyof LinePrices]: LinePrices[K] };

const MICRO_N = 1_000_000n;
/** Percentages are taken to four decimals: 12.5 % is 125,000 millionths. */
const percentMillionths = (percent: number) => BigInt(Math.round(percent * 10_000));

/** `numerator / denominator`, rounded half up (both positive). */
function roundDiv(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Prices the lines in place (they are the caller's own fresh objects) and returns the total. A
 * code with no price makes the total incomplete, with one notice per code. Sums are exact
 * (micro-units in BigInt); each total is rounded once.
 */
export function priceLines(lines: PricedLine[], book: PriceBook, notices: NoticeList): PriceTotal {
  let listMicro = 0n;
  // Discounts in micro-units x 1,000,000 (the percentage's own scale), divided once at the end.
  let discountScaled = 0n;
  let complete = true;
  for (const text of book.notLicenses) notices.add('warning', 'notice.priceNotALicense', [], { text });
  for (const { code, prices } of book.twice) notices.add('warning', 'notice.pricedTwice', [], { code, firstPrice: prices[0], lastPrice: prices[1] });
  for (const line of lines) {
    const unit = book.unit.get(line.code);
    if (unit === undefined) {
      complete = false;
      line.unitPrice = null;
      line.lineTotal = null;
      line.discountPercent = null;
      line.lineNet = null;
      // Once per code: the notice list drops the repeats.
      notices.add('warning', 'notice.priceMissing', [], { code: line.code });
      continue;
    }
    const percent = book.discount.get(line.code) ?? book.overallDiscount;
    const lineMicro = BigInt(Math.round(unit * MICRO)) * BigInt(line.quantity);
    const lineDiscount = lineMicro * percentMillionths(percent);
    listMicro += lineMicro;
    discountScaled += lineDiscount;
    line.unitPrice = unit;
    line.lineTotal = Number(lineMicro) / MICRO;
    line.discountPercent = percent;
    line.lineNet = Number(lineMicro - roundDiv(lineDiscount, MICRO_N)) / MICRO;
    const named = book.named.get(line.code);
    if (named?.article) line.article = named.article;
    if (named?.name) line.name ??= named.name;
  }
  const digits = Math.min(minorDigits(book.currency), 6);
  const toMinor = 10n ** BigInt(6 - digits);
  const list = roundDiv(listMicro, toMinor);
  const discount = roundDiv(discountScaled, MICRO_N * toMinor);
  const net = list - discount;
  const vat = roundDiv(net * percentMillionths(book.vatRate), MICRO_N);
  const scale = 10 ** digits;
  const money = (minor: bigint) => Number(minor) / scale;
  return {
    currency: book.currency,
    amount: money(net),
    complete,
    list: money(list),
    discount: money(discount),
    net: money(net),
    vatRate: book.vatRate,
    vat: money(vat),
    gross: money(net + vat),
  };
}
