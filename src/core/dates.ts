/**
 * Calendar dates as the guidelines use them (bind dates, SSA ends, warranty years): ISO
 * `YYYY-MM-DD` strings, computed in UTC so that no time zone moves a day. ISO strings of this
 * shape compare correctly as text.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const m = ISO.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Whether the text is a real calendar date (2025-02-29 is not). */
export function isIsoDate(iso: string): boolean {
  const p = parts(iso);
  if (!p) return false;
  const d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
  return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
}

function fromParts(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso)!;
  return fromParts(y, m - 1, d + days);
}

/**
 * The last day of a period of `years` that starts on `iso`: 2025-03-10 plus one year ends on
 * 2026-03-09. A period starting on 29 February ends on 28 February.
 */
export function lastDayOfYears(iso: string, years: number): string {
  const [y, m, d] = parts(iso)!;
  const sameDay = m === 2 && d === 29 ? fromParts(y + years, 2, 1) : fromParts(y + years, m - 1, d);
  return addDays(sameDay, -1);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parts(a)!;
  const [yb, mb, db] = parts(b)!;
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** The current date (UTC), for inputs that leave `today` out. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const orders = new Map<string, ('day' | 'month' | 'year')[]>();

/** The order a locale writes day, month and year in (de: day month year; en-US: month day year). */
function dateOrder(locale: string): ('day' | 'month' | 'year')[] {
  let order = orders.get(locale);
  if (!order) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    }
    order = format
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((p) => p.type)
      .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');
    orders.set(locale, order);
  }
  return order;
}

/**
 * A date as people write it: ISO `2026-03-31`, or the locale's numeric form (`31.03.2026` in
 * German, `31-3-2026` in Dutch, `3/31/2026` in US English) with a four-digit year. Returns the
 * ISO date, or null for anything else (or a day that does not exist).
 */
export function parseLocaleDate(text: string, locale: string): string | null {
  const t = text.trim();
  if (ISO.test(t)) return isIsoDate(t) ? t : null;
  const numbers = t.split(/[./\-\s]+/);
  if (numbers.length !== 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
  const order = dateOrder(locale);
  if (order.length !== 3) return null;
  const at = (kind: 'day' | 'month' | 'year') => numbers[order.indexOf(kind)]!;
  if (at('year').length !== 4) return null;
  const iso = `${at('year')}-${at('month').padStart(2, '0')}-${at('day').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
