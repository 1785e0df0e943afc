/**
 * Intl objects are costly to build and a page asks for the same few locales over and over: one
 * per cache key, built once. A locale Intl does not know (a hostile `lang`) falls back to English.
 */
export function cachedIntl<T>(cache: Map<string, T>, key: string, locale: string, make: (locale: string) => T): T {
  let made = cache.get(key);
  if (made === undefined) {
    try {
      made = make(locale);
    } catch {
      made = make('en');
    }
    cache.set(key, made);
  }
  return made;
}
