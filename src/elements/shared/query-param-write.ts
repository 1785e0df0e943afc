import { split } from './query-param.js';

// Writing a query parameter (reading one: query-param.ts), for the link writer's chunk.

function keyOf(part: string): string {
  const raw = part.split('=', 1)[0]!;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
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
