import { cachedIntl } from '../../core/intl-cache.js';

/**
 * Counts as people type them, read for the field's locale (Lion's parsers are the model): the
 * locale's grouping is accepted (`1.000` in German, `1,000` in English, `1 000` anywhere), and a
 * text that two locales would read as two different numbers is refused, never read as one of
 * them. What Intl formats for a locale always reads back to the same number.
 */

export type ParsedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid' }
  /** `1.000` on an English page: 1 (decimal point) or 1000 (German grouping)? */
  | { readonly kind: 'ambiguous'; readonly plain: string; readonly grouped: string };

interface Separators {
  readonly group: string;
  readonly decimal: string;
  readonly format: Intl.NumberFormat;
}

const separators = new Map<string, Separators>();

function separatorsOf(locale: string): Separators {
  return cachedIntl(separators, locale, locale, (l) => {
    const format = new Intl.NumberFormat(l, { maximumFractionDigits: 20 });
    const parts = format.formatToParts(1234567.5);
    return {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      format,
    };
  });
}

/** Characters that only ever group digits, in any locale: spaces and apostrophes. */
const SPACE_LIKE = /[\s\u00a0\u202f\u2009'’]/g;
const SIGN = /^[+\-\u2212]/;

/** Whether `body` (digits and one kind of group separator) is a correct grouping of its digits. */
function wellGrouped(body: string, sep: Separators): boolean {
  const unified = body.replace(SPACE_LIKE, ' ');
  // The common grouping of three (1 000 000, 1.000.000, 1,000,000), with one separator kind.
  const kinds = new Set(unified.replace(/\d/g, ''));
  if (kinds.size === 1 && /^\d{1,3}(?:\D\d{3})+$/.test(unified)) return true;
  // The locale's own grouping (en-IN: 12,34,567), compared with separators unified.
  const digits = unified.replace(/\D/g, '');
  const own = sep.format.format(Number(digits)).replace(SPACE_LIKE, ' ');
  return own === unified || own.split(sep.group).join(' ') === unified;
}

export function parseLocaleNumber(text: string, locale: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const sep = separatorsOf(locale);
  const signMatch = SIGN.exec(trimmed);
  const negative = signMatch !== null && signMatch[0] !== '+';
  const body = signMatch ? trimmed.slice(1).trim() : trimmed;
  const signed = (n: number): ParsedNumber => ({ kind: 'number', value: negative ? -n : n });
  if (/^\d+$/.test(body)) return signed(Number(body));
  if (!/^\d[\d.,\s\u00a0\u202f\u2009'’]*\d$/.test(body)) return { kind: 'invalid' };

  const decimalAt = body.lastIndexOf(sep.decimal);
  const spaceLikeDecimal = sep.decimal.replace(SPACE_LIKE, '') === '';
  if (decimalAt >= 0 && !spaceLikeDecimal) {
    const whole = body.slice(0, decimalAt);
    const fraction = body.slice(decimalAt + 1);
    if (!/^\d+$/.test(fraction)) return { kind: 'invalid' };
    const wholeIsPlain = /^\d+$/.test(whole);
    if (!wholeIsPlain && !wellGrouped(whole, sep)) return { kind: 'invalid' };
    // Three digits after a lone separator, with nothing grouped before it: in another locale
    // the same text is a grouping ("1.000" is one thousand in German, one in English).
    if (fraction.length === 3 && wholeIsPlain && whole.length <= 3) {
      const n = Number(whole + fraction);
      return { kind: 'ambiguous', plain: String(n), grouped: sep.format.format(n) };
    }
    return signed(Number(`${whole.replace(/\D/g, '')}.${fraction}`));
  }
  return wellGrouped(body, sep) ? signed(Number(body.replace(/\D/g, ''))) : { kind: 'invalid' };
}
