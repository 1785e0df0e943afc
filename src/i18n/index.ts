import type { ParamValue } from '../core/notices.js';
import { cachedIntl } from '../core/intl-cache.js';
import { formatTemplate } from './message-format.js';
import type { AnyKey } from './keys.js';

export type { AnyKey, UiKey } from './keys.js';
export type Lang = 'en' | 'de' | 'it' | 'nl' | 'fr';
export type Catalog = Readonly<Partial<Record<AnyKey, string>>>;

/** The languages the elements speak. */
export const LANGS: readonly Lang[] = ['en', 'de', 'it', 'nl', 'fr'];

/**
 * One part of the messages, in every language: what one element (or one feature of it) shows, so
 * that a page carries and loads only the messages of the elements it uses. Each language of a
 * domain is a chunk of its own beside the drop-in, loaded on first use; English is built in
 * (`en`) unless the domain is itself loaded on first use (`load.en`).
 */
export interface MessageDomain {
  readonly name: string;
  readonly en?: Catalog;
  readonly load: Readonly<Partial<Record<Lang, () => Promise<Catalog>>>>;
}

const loaded: Record<Lang, Catalog> = { en: {}, de: {}, it: {}, nl: {}, fr: {} };
const loads = new Map<string, Promise<void>>();
const warned = new Set<Lang>();

/**
 * The messages loaded so far, by language: the built-in English of the domains in use, and what
 * `loadMessages` / `loadLanguage` brought (a page in English never downloads the others).
 */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = loaded;

function loadOne(lang: Lang, domain: MessageDomain): Promise<void> {
  const id = `${lang}/${domain.name}`;
  let load = loads.get(id);
  if (load) return load;
  if (lang === 'en' && domain.en) {
    Object.assign(loaded.en, domain.en);
    load = Promise.resolve();
  } else {
    load = (domain.load[lang]?.() ?? Promise.reject(new Error(id))).then(
      (catalog) => void Object.assign(loaded[lang], catalog),
      () => {
        // Tried again on the next call; warned once per language.
        loads.delete(id);
        if (warned.has(lang)) return;
        warned.add(lang);
        console.warn(`pbx-license-kit: the ${lang} messages could not be loaded; ${lang === 'en' ? 'their keys are' : 'English is'} shown instead.`);
      },
    );
  }
  loads.set(id, load);
  return load;
}

/**
 * Loads the messages of some domains in a language, once each; built-in English is available at
 * once. A domain whose English loads on first use is loaded in English too (the fallback). A
 * chunk that cannot be loaded falls back to English, with one console warning per language; the
 * promise never rejects.
 */
export function loadMessages(lang: Lang, domains: readonly MessageDomain[]): Promise<void> {
  const all: Promise<void>[] = [];
  for (const domain of domains) {
    // Built-in English is there at once; English that loads on first use is waited for.
    const english = loadOne('en', domain);
    if (!domain.en) all.push(english);
    if (lang !== 'en') all.push(loadOne(lang, domain));
  }
  return Promise.all(all).then(() => {});
}

/** The supported language closest to a BCP 47 tag (`de-CH` -> de), else en. */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as string[]).includes(base) ? (base as Lang) : 'en';
}

/**
 * Locale of an element: its own `lang`, else the closest ancestor's (across shadow roots), else
 * the document's, else en. Returns the full tag so Intl can use the region (de-CH numbers).
 */
export function resolveLocale(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedIntl(numberFormats, `${locale}|${JSON.stringify(options)}`, locale, (l) => new Intl.NumberFormat(l, options));
}

export function formatNumber(locale: string, n: number): string {
  return numberFormat(locale).format(n);
}

export function formatPercent(locale: string, percent: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(percent / 100);
}

/**
 * Money, grouped always: Italian and Spanish leave a four-digit amount ungrouped ("1234,50 €") and
 * group the next one ("12.345,00 €"), which reads as misaligned in a column of amounts.
 */
export function formatMoney(locale: string, amount: number, currency: string): string {
  // `useGrouping: 'always'` is ES2023; the DOM lib still types it boolean.
  return numberFormat(locale, { style: 'currency', currency, useGrouping: 'always' as never }).format(amount);
}

/** True once `key` is loaded in the locale's language or in English. */
export function hasMessage(locale: string, key: AnyKey): boolean {
  return loaded[toLang(locale)][key] !== undefined || loaded.en[key] !== undefined;
}

/**
 * A catalog message with its parameters (see message-format.ts for the syntax). Numbers are
 * formatted for the locale, and with a currency the parameters named `…Price` (the core's
 * convention for money) as amounts of that currency.
 */
export function formatMessage(locale: string, key: AnyKey, params: Readonly<Record<string, ParamValue>> = {}, currency?: string): string {
  const template = loaded[toLang(locale)][key] ?? loaded.en[key] ?? key;
  return formatTemplate(template, params, {
    locale,
    number: (n, name) => (currency && name.endsWith('Price') ? formatMoney(locale, n, currency) : formatNumber(locale, n)),
  });
}
