import { isIsoDate } from './dates.js';
import { cachedIntl } from './intl-cache.js';

// Dates as people write them, apart from dates.ts: rollup keeps a module whole in one chunk, and
// the elements need them only with their readers of pasted text, which load after the first render
// (the version check also reads a release date in the locale's form with its reader).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const orders = new Map<string, ('day' | 'month' | 'year')[]>();
const DAY_FIRST: ('day' | 'month' | 'year')[] = ['day', 'month', 'year'];

/** The order a locale writes day, month and year in (de: day month year; en-US: month day year). */
function dateOrder(locale: string): ('day' | 'month' | 'year')[] {
  return cachedIntl(orders, locale, locale, (l) =>
    new Intl.DateTimeFormat(l, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((p) => p.type)
      .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year'),
  );
}

/**
 * A date as people write it: ISO `2026-03-31`, or the locale's numeric form (`31.03.2026` in
 * German, `31-3-2026` in Dutch, `3/31/2026` in US English) with a four-digit year. Returns the
 * ISO date, or null for anything else (or a day that does not exist: `31.02.2026`, `2026-02-29`).
 *
 * A dotted date is day first in every locale: the locales that write dots put the day first
 * (German `31.03.2026`) or the year (Hungarian `2026. 03. 31.`, refused here: its last number is
 * no year), none the month, so `10.01.2024` on an English page is 10 January, never 1 October.
 * Slashes and dashes follow the locale's order (`1/10/2024` is 10 January in US English).
 */
export function parseLocaleDate(text: string, locale: string): string | null {
  const t = text.trim();
  if (ISO.test(t)) return isIsoDate(t) ? t : null;
  const numbers = t.split(/[./\-\s]+/);
  if (numbers.length !== 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
  const order = t.includes('.') ? DAY_FIRST : dateOrder(locale);
  if (order.length !== 3) return null;
  const at = (kind: 'day' | 'month' | 'year') => numbers[order.indexOf(kind)]!;
  if (at('year').length !== 4) return null;
  const iso = `${at('year')}-${at('month').padStart(2, '0')}-${at('day').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
