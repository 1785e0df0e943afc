import { cachedIntl } from '../core/intl-cache.js';
import { isIsoDate } from '../core/dates.js';
import type { ParamValue } from '../core/notices.js';

/**
 * The message syntax of the catalogs: a subset of ICU MessageFormat, interpreted with Intl.
 *
 * - `{name}`: a parameter. Numbers are formatted for the locale, ISO dates (`2026-03-31`) as the
 *   locale writes dates (never `{text}`: the user's text, quoted as typed); a list parameter
 *   (`[{ label, count }]`) becomes a localized list ("HQ: 280 and Branch: 8").
 * - `{name, plural, =0 {…} one {…} other {…}}`: the branch Intl.PluralRules picks for the
 *   number (an exact `=n` first); `#` in a branch is the number, formatted.
 */
export interface MessageFormatters {
  readonly locale: string;
  number(n: number, name: string): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function plural(locale: string): Intl.PluralRules {
  return cachedIntl(pluralRules, locale, locale, (l) => new Intl.PluralRules(l));
}

function list(locale: string): Intl.ListFormat {
  return cachedIntl(listFormats, locale, locale, (l) => new Intl.ListFormat(l, { type: 'conjunction', style: 'long' }));
}

/** Index of the `}` that closes the `{` at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const c = template[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;
const SELECTOR = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;

function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let at = 0;
  for (;;) {
    SELECTOR.lastIndex = at;
    const m = SELECTOR.exec(body);
    if (!m) break;
    const open = SELECTOR.lastIndex - 1;
    const close = closing(body, open);
    if (close < 0) break;
    branches.set(m[1]!, body.slice(open + 1, close));
    at = close + 1;
  }
  return branches;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (the core's ISO `YYYY-MM-DD`) as the locale writes it; UTC, so no day moves.
 * Text that is no such date stays as it is: `2026-02-31` never becomes 3 March.
 */
export function formatDate(locale: string, iso: string): string {
  return isIsoDate(iso) ? cachedIntl(dateFormats, locale, locale, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`)) : iso;
}

function valueText(value: ParamValue, name: string, f: MessageFormatters): string {
  if (typeof value === 'number') return f.number(value, name);
  // The core passes dates as ISO strings: every such parameter is a date, except `text`, which is
  // what the user typed, quoted as typed.
  if (typeof value === 'string') return name === 'text' ? value : formatDate(f.locale, value);
  // French sets a colon off with a no-break space ("Siège\u00a0: 280").
  const colon = /^fr\b/i.test(f.locale) ? '\u00a0: ' : ': ';
  return list(f.locale).format(value.map((part) => `${part.label}${colon}${f.number(part.count, name)}`));
}

/** Fills a catalog template; a parameter that is missing stays as written. */
export function formatTemplate(template: string, params: Readonly<Record<string, ParamValue>>, f: MessageFormatters): string {
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    if (open < 0) break;
    const close = closing(template, open);
    if (close < 0) break;
    out += template.slice(at, open);
    const inner = template.slice(open + 1, close);
    const head = PLURAL_HEAD.exec(inner);
    if (head) {
      const name = head[1]!;
      const value = params[name];
      const n = typeof value === 'number' ? value : Number(value);
      const branches = pluralBranches(inner.slice(head[0].length));
      const branch = branches.get(`=${n}`) ?? branches.get(Number.isFinite(n) ? plural(f.locale).select(n) : 'other') ?? branches.get('other') ?? '';
      const number = typeof value === 'number' ? f.number(value, name) : String(value ?? '');
      out += formatTemplate(branch.replace(/#/g, number), params, f);
    } else {
      const value = params[inner];
      out += value === undefined ? template.slice(open, close + 1) : valueText(value, inner, f);
    }
    at = close + 1;
  }
  return out + template.slice(at);
}

/** The parameter names a template uses (plain and plural), sorted: catalogs must agree on them. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (t: string) => {
    let at = 0;
    for (;;) {
      const open = t.indexOf('{', at);
      const close = open < 0 ? -1 : closing(t, open);
      if (close < 0) return;
      const inner = t.slice(open + 1, close);
      const head = PLURAL_HEAD.exec(inner);
      if (head) {
        names.add(head[1]!);
        for (const branch of pluralBranches(inner.slice(head[0].length)).values()) walk(branch);
      } else {
        names.add(inner.trim());
      }
      at = close + 1;
    }
  };
  walk(template);
  return [...names].sort();
}
