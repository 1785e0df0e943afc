import type { Quote } from '../../core/calculator.js';
import { parseLicenseTypeCached } from '../../core/codes.js';
import { ARTICLE_NUMBER } from '../../core/money.js';
import type { AnyKey } from '../../i18n/index.js';
import type { LocaleController } from '../shared/locale-controller.js';

/**
 * One position of the quote as a customer document (issue 24): numbered, described in the user's
 * language, with its license code and article number. The same positions make the customer
 * view, the printed document and the CSV, so their figures agree.
 */
export interface Position {
  /** 1, 2, 3 … in the quote's order: license lines, warranty extensions, the other articles. */
  readonly position: number;
  /** The license code (or the article's key in the price list); '' for a line that is an article number only. */
  readonly code: string;
  /** A license line (not a warranty extension or another article): its code is a license type. */
  readonly license: boolean;
  /** The price list's article number for the code, or the code itself when it is one. */
  readonly article: string;
  readonly description: string;
  readonly quantity: number;
  readonly pbx: string;
  readonly unitPrice: number | null;
  readonly discountPercent: number | null;
  /** The amount after discount (the list amount when there is none); null unpriced. */
  readonly amount: number | null;
  /** Unit price × quantity, before discount. */
  readonly listAmount: number | null;
}

/** What a price list may add to a line (issue 24): its article number and its own name. */
interface Named {
  readonly code: string;
  readonly quantity: number;
  readonly pbx?: string;
  readonly article?: string;
  readonly name?: string;
  readonly unitPrice?: number | null;
  readonly discountPercent?: number | null;
  readonly lineNet?: number | null;
  readonly lineTotal?: number | null;
}

/**
 * A license's description from the catalog: `ui.product.<family>` (with the tier for Port,
 * Standby and Voicemail: `ui.product.port500`), its version as a parameter. A code the messages
 * do not describe (a type added to the catalog later) is described by the code itself.
 */
export function describeLicense(l: LocaleController, code: string): string {
  let type;
  try {
    type = parseLicenseTypeCached(code);
  } catch {
    return code;
  }
  const key = `ui.product.${type.family}${type.tier ?? ''}` as AnyKey;
  return l.has(key) ? l.t(key, { version: type.version ?? '' }) : code;
}

/** The quote's positions: license lines, then warranty extensions, then the other articles. */
export function positions(q: Quote, l: LocaleController): Position[] {
  const rows: [Named, string][] = [
    ...q.lines.map((x): [Named, string] => [x, describeLicense(l, x.code)]),
    ...q.warranty.map((x): [Named, string] => [x, l.t('ui.product.warranty', { pbx: x.pbx })]),
    ...(q.extras ?? []).map((x): [Named, string] => [x, x.kind === 'hardware' ? l.t('ui.product.gateway', { model: x.code }) : x.code]),
  ];
  return rows.map(([x, described], i) => {
    const isArticle = ARTICLE_NUMBER.test(x.code);
    return {
      position: i + 1,
      code: isArticle ? '' : x.code,
      license: i < q.lines.length,
      article: x.article ?? (isArticle ? x.code : ''),
      description: x.name ?? described,
      quantity: x.quantity,
      pbx: x.pbx ?? '',
      unitPrice: x.unitPrice ?? null,
      discountPercent: x.discountPercent ?? null,
      amount: x.lineNet ?? null,
      listAmount: x.lineTotal ?? null,
    };
  });
}
