/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe; quotes are doubled (RFC 4180). Numbers stay numbers (`comma`: written with a
 * decimal comma).
 */
export function csvCell(value: string | number | null | undefined, comma?: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return comma ? String(value).replace('.', ',') : String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `comma`: the locale writes a decimal comma, so cells are separated by `;` (as its spreadsheets read them). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], comma?: boolean): string {
  return rows.map((r) => r.map((v) => csvCell(v, comma)).join(comma ? ';' : ',')).join('\r\n') + '\r\n';
}
