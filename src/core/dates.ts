// Calendar dates as the guidelines use them (bind dates, SSA ends, warranty years): ISO
// `YYYY-MM-DD` strings, computed in UTC so that no time zone moves a day. ISO strings of this
// shape compare correctly as text. Dates as people write them are in locale-dates.ts.

/** Plans read thousands of dates: plain arithmetic, no Date object or regular expression each. */
function parts(iso: string): [number, number, number] | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  return y < 0 || m < 0 || d < 0 ? null : [y, m, d];
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** Whether the text is a real calendar date (2025-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const p = parts(text);
  return p !== null && p[0] >= 1 && p[1] >= 1 && p[1] <= 12 && p[2] >= 1 && p[2] <= daysInMonth(p[0], p[1]);
}

/**
 * The last day of a period of `years` that starts on `text`: 2025-03-10 plus one year ends on
 * 2026-03-09. A period starting on 29 February ends on 28 February.
 */
export function lastDayOfYears(text: string, years: number): string {
  const [y0, m, d] = parts(text)!;
  const y = y0 + years;
  // The same day `years` later (1 March for 29 February in a common year), minus one day.
  if (m === 2 && d === 29 && daysInMonth(y, 2) === 28) return iso(y, 2, 28);
  if (d > 1) return iso(y, m, d - 1);
  return m === 1 ? iso(y - 1, 12, 31) : iso(y, m - 1, daysInMonth(y, m - 1));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parts(a)!;
  const [yb, mb, db] = parts(b)!;
  // Date.UTC is plain arithmetic on numbers: no object.
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** The current date (UTC), for inputs that leave `today` out. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The date `days` after (or before) an ISO date. */
export function addDays(text: string, days: number): string {
  const p = parts(text)!;
  return new Date(Date.UTC(p[0], p[1] - 1, p[2] + days)).toISOString().slice(0, 10);
}
