import type { ScenarioInput } from './scenario-schemas.js';
import { withoutPrices } from './scenario-io.js';

// The writing half of a link's scenario (reading it is decodeScenarioFromUrl, scenario-io.ts): a
// module of its own, so the calculator's drop-in loads it only where a page keeps the link.

/**
 * A scenario as a URL-safe string (base64url of its UTF-8 JSON), for sharing a quote by link.
 * Prices are left out: the page that opens the link shows its own.
 */
export function encodeScenarioForUrl(scenario: ScenarioInput): string {
  const bytes = new TextEncoder().encode(JSON.stringify(withoutPrices(scenario).value));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
