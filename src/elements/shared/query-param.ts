/**
 * One query parameter of a URL, changed without touching any other byte: the host page's own
 * parameters keep their spelling (`a%20b` stays, a bare `flag` stays bare, the order stays).
 * URLSearchParams would re-serialise the whole query string. Writing one: query-param-write.ts.
 */

/** A URL's parts around its query (without `?` and with `#`). */
export function split(href: string): { base: string; query: string | null; hash: string } {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return queryAt < 0 ? { base: beforeHash, query: null, hash } : { base: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), hash };
}

/** The value of `name` in the URL's query, decoded, or null. */
export function readQueryParam(href: string, name: string): string | null {
  const { query } = split(href);
  if (!query) return null;
  return new URLSearchParams(query).get(name);
}
