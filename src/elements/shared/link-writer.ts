import type { ScenarioInput } from '../../core/scenario-schemas.js';
import { encodeScenarioForUrl } from '../../core/scenario-link.js';
import { withQueryParam } from './query-param-write.js';

/**
 * Writing the scenario into the page URL (`sync-url`): a chunk of its own beside the drop-in,
 * loaded on the first write (UrlSyncController), so a page that keeps no link never downloads it.
 * Only the parameter `name` changes (history.replaceState).
 */
export function writeScenarioLink(name: string, scenario: ScenarioInput): void {
  const next = withQueryParam(location.href, name, encodeScenarioForUrl(scenario));
  if (next === location.href) return;
  try {
    history.replaceState(history.state, '', next);
  } catch {
    // A sandboxed or file: page may refuse: the element works without the link.
  }
}
