import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputIssue } from '../../core/errors.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { validate } from '../../core/schemas.js';
import { priceListSchema, type PriceListInput } from '../../core/scenario-schemas.js';

/** Largest price list read from a file or a script element. */
const MAX_PRICE_LIST_TEXT = 1_000_000;

/** What a declared price list gave: the list, or why there is none. */
export type PriceSource =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly prices: PriceListInput }
  | { readonly state: 'failed'; readonly issue: InputIssue };

/** What the form says about a declared price list: loading, or why it failed; null otherwise. */
export function priceSourceMessage(source: PriceSource, l: LocaleController): { ok: boolean; text: string } | null {
  if (source.state === 'loading') return { ok: true, text: l.t('ui.prices.loading') };
  if (source.state === 'failed') return { ok: false, text: l.t('ui.prices.failed', { reason: l.issueWithPath(source.issue) }) };
  return null;
}

/**
 * Prices without JavaScript: a `<script type="application/json" slot="prices">` child of the
 * host (data, not script: it runs under a strict CSP), or a URL to fetch (`prices-src`). The
 * script element wins over the URL. Whatever goes wrong (the network, the JSON, the list) is one
 * issue, and the quote stays unpriced, never broken.
 */
export class PriceSourceController implements ReactiveController {
  source: PriceSource = { state: 'none' };
  private url = '';
  /** The URL the current list came (or is coming) from: light-DOM changes do not fetch it again. */
  private fetched: string | null = null;
  private abort: AbortController | null = null;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (source: PriceSource) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['slot', 'type'] });
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.abort?.abort();
    // A list still loading is fetched again when the element comes back.
    if (this.source.state === 'loading') this.fetched = null;
  }

  /** The URL of `prices-src`; an empty one fetches nothing. */
  setUrl(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.refresh();
  }

  private set(source: PriceSource): void {
    this.source = source;
    this.onChange(source);
  }

  private read(text: string): PriceSource {
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

  private refresh(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"][slot="prices"]');
    if (script) {
      this.abort?.abort();
      this.fetched = null;
      this.set(this.read(script.textContent ?? ''));
      return;
    }
    if (!this.url) {
      this.fetched = null;
      if (this.source.state !== 'none') this.set({ state: 'none' });
      return;
    }
    if (this.fetched === this.url) return;
    this.fetched = this.url;
    void this.fetchList(this.url);
  }

  private async fetchList(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ state: 'loading' });
    let next: PriceSource;
    try {
      const response = await fetch(new URL(url, document.baseURI), { signal: abort.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      next = response.ok ? this.read(await response.text()) : { state: 'failed', issue: { path: [], key: 'error.priceListHttp' as const, params: { status: response.status } } };
    } catch {
      if (abort.signal.aborted) return;
      next = { state: 'failed', issue: { path: [], key: 'error.priceListUnreachable', params: {} } };
    }
    if (!abort.signal.aborted) this.set(next);
  }
}
