import type { MessageKey } from '../core/messages.js';
import type { ParamValue } from '../core/notices.js';
import { cachedIntl } from '../core/intl-cache.js';
import { formatTemplate } from './message-format.js';
import { coreEn } from './en.js';
import { uiEn, type UiKey } from './ui.js';

export type Lang = 'en' | 'de' | 'it' | 'nl' | 'fr';
export type AnyKey = MessageKey | UiKey;
export type Catalog = Readonly<Record<AnyKey, string>>;

/** The languages the elements speak. */
export const LANGS: readonly Lang[] = ['en', 'de', 'it', 'nl', 'fr'];

const loaded: Partial<Record<Lang, Catalog>> = { en: { ...coreEn, ...uiEn } };

/**
 * The catalogs loaded so far: English always; the others once `loadLanguage` brought them
 * (the elements load the language they show on first use, so a page in English never downloads
 * the others).
 */
export const CATALOGS: Readonly<Partial<Record<Lang, Catalog>>> = loaded;

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Catalog>>> = {
  de: () => import('./lang-de.js').then((m) => m.catalogDe),
  it: () => import('./lang-it.js').then((m) => m.catalogIt),
  nl: () => import('./lang-nl.js').then((m) => m.catalogNl),
  fr: () => import('./lang-fr.js').then((m) => m.catalogFr),
};
const pending = new Map<Lang, Promise<void>>();

/**
 * Loads a language's messages once. A language whose chunk cannot be loaded falls back to English,
 * with one console warning; the promise never rejects.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (loaded[lang] || lang === 'en') return Promise.resolve();
  let load = pending.get(lang);
  if (!load) {
    load = LOADERS[lang]().then(
      (catalog) => {
        loaded[lang] = catalog;
      },
      () => console.warn(`pbx-license-kit: the ${lang} messages could not be loaded; English is shown instead.`),
    );
    pending.set(lang, load);
  }
  return load;
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

export function formatMoney(locale: string, amount: number, currency: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(amount);
}

/**
 * A catalog message with its parameters (see message-format.ts for the syntax). Numbers are
 * formatted for the locale, and with a currency the parameters named `…Price` (the core's
 * convention for money) as amounts of that currency.
 */
export function formatMessage(locale: string, key: AnyKey, params: Readonly<Record<string, ParamValue>> = {}, currency?: string): string {
  const template = (loaded[toLang(locale)] ?? loaded.en!)[key] ?? loaded.en![key] ?? key;
  return formatTemplate(template, params, {
    locale,
    number: (n, name) => (currency && name.endsWith('Price') ? formatMoney(locale, n, currency) : formatNumber(locale, n)),
  });
}
