/**
 * One query parameter of a URL, changed without touching any other byte: the host page's own
 * parameters keep their spelling (`a%20b` stays, a bare `flag` stays bare, the order stays).
 * URLSearchParams would re-serialise the whole query string.
 */

function keyOf(part: string): string {
  const raw = part.split('=', 1)[0]!;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function split(href: string): { base: string; query: string | null; hash: string } {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return queryAt < 0 ? { base: beforeHash, query: null, hash } : { base: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), hash };
}

/**
 * `href` with the parameter `name` set to `value` (already URL-safe), or removed when `value`
 * is null. The first occurrence is replaced in place; further ones of the same name are dropped.
 */
export function withQueryParam(href: string, name: string, value: string | null): string {
  const { base, query, hash } = split(href);
  const parts = query === null || query === '' ? [] : query.split('&');
  const own = `${encodeURIComponent(name)}=${value ?? ''}`;
  const out: string[] = [];
  let placed = false;
  for (const part of parts) {
    if (keyOf(part) !== name) out.push(part);
    else if (!placed) {
      placed = true;
      if (value !== null) out.push(own);
    }
  }
  if (!placed && value !== null) out.push(own);
  if (out.length === 0) return `${base}${hash}`;
  return `${base}?${out.join('&')}${hash}`;
}

/** The value of `name` in the URL's query, decoded, or null. */
export function readQueryParam(href: string, name: string): string | null {
  const { query } = split(href);
  if (!query) return null;
  return new URLSearchParams(query).get(name);
}
