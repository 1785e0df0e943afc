import { validate } from '../../core/schemas.js';
import { priceListSchema, type PriceListInput } from '../../core/scenario-schemas.js';
import type { PriceSource } from './price-source-controller.js';

/** Largest price list read from a file or a script element. */
const MAX_PRICE_LIST_TEXT = 1_000_000;

/**
 * Reads a declared price list: the slotted script's JSON, or the list fetched from `prices-src`
 * (the script wins). Whatever goes wrong (the network, the JSON, the list) is one issue, and the
 * quote stays unpriced, never broken. A chunk of its own beside the drop-in, loaded only by a
 * page that declares a list (PriceSourceController).
 */
export class PriceReader {
  source: PriceSource = { state: 'none' };
  /** The URL the current list came (or is coming) from: light-DOM changes do not fetch it again. */
  private fetched: string | null = null;
  private abort: AbortController | null = null;

  constructor(private readonly onChange: (source: PriceSource) => void) {}

  /** The declared list now: the script element (null: none), else the URL ('' for none). */
  refresh(script: Element | null, url: string): void {
    if (script) {
      this.abort?.abort();
      this.fetched = null;
      this.set(read(script.textContent ?? ''));
      return;
    }
    if (!url) {
      this.fetched = null;
      if (this.source.state !== 'none') this.set({ state: 'none' });
      return;
    }
    if (this.fetched === url) return;
    this.fetched = url;
    void this.fetchList(url);
  }

  /** The host left the page: a list still loading is fetched again when it comes back. */
  disconnected(): void {
    this.abort?.abort();
    if (this.source.state === 'loading') this.fetched = null;
  }

  private set(source: PriceSource): void {
    this.source = source;
    this.onChange(source);
  }

  private async fetchList(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ state: 'loading' });
    let next: PriceSource;
    try {
      const response = await fetch(new URL(url, document.baseURI), { signal: abort.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      next = response.ok ? read(await response.text()) : { state: 'failed', issue: { path: [], key: 'error.priceListHttp' as const, params: { status: response.status } } };
    } catch {
      if (abort.signal.aborted) return;
      next = { state: 'failed', issue: { path: [], key: 'error.priceListUnreachable', params: {} } };
    }
    if (!abort.signal.aborted) this.set(next);
  }
}

function read(text: string): PriceSource {
  if (text.length > MAX_PRICE_LIST_TEXT) return { state: 'failed', issue: { path: [], key: 'error.tooLong', params: { maximum: MAX_PRICE_LIST_TEXT } } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state: 'failed', issue: { path: [], key: 'error.invalidJson', params: {} } };
  }
  const v = validate(priceListSchema, parsed);
  return v.ok ? { state: 'ready', prices: v.value as PriceListInput } : { state: 'failed', issue: v.issues[0]! };
}
