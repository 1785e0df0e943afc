import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PriceListInput } from '../../core/scenario-schemas.js';
import type { LocaleController, ShownIssue } from './locale-controller.js';
import { ChunkWork } from './chunk-work.js';
import { NOT_LOADED, lazyModule } from './lazy-module.js';

/** What a declared price list gave: the list, or why there is none. */
export type PriceSource =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly prices: PriceListInput }
  | { readonly state: 'failed'; readonly issue: ShownIssue };

/** What the form says about a declared price list: loading, or why it failed; null otherwise. */
export function priceSourceMessage(source: PriceSource, l: LocaleController): { ok: boolean; text: string } | null {
  if (source.state === 'loading') return { ok: true, text: l.t('ui.prices.loading') };
  if (source.state === 'failed') return { ok: false, text: l.t('ui.prices.failed', { reason: l.issueWithPath(source.issue) }) };
  return null;
}

/** The reader of declared lists (price-reader.ts): a chunk, loaded once a list is declared. */
const readerChunk = lazyModule(() => import('./price-reader.js'));

/**
 * Prices without JavaScript: a `<script type="application/json" slot="prices">` child of the
 * host (data, not script: it runs under a strict CSP), or a URL to fetch (`prices-src`). The
 * script element wins over the URL. This watches for them; the reader (a chunk, fetched only
 * where a list is declared) reads them. `settled()` lets the host's first render wait for the
 * reader, so a declared list shows as before; a reader that cannot be loaded is a failed list
 * (`ui.notLoaded`), tried again on the next change.
 */
export class PriceSourceController implements ReactiveController {
  private readonly work = new ChunkWork(readerChunk);
  private reader: InstanceType<NonNullable<typeof readerChunk.loaded>['PriceReader']> | null = null;
  private url = '';
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
    this.reader?.disconnected();
  }

  /** The URL of `prices-src`; an empty one fetches nothing. */
  setUrl(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.refresh();
  }

  /** True when reading waited for the reader's chunk (see ChunkWork.settled). */
  settled(): Promise<boolean> {
    return this.work.settled();
  }

  private script(): Element | null {
    return this.host.querySelector(':scope > script[type="application/json"][slot="prices"]');
  }

  private refresh(): void {
    // Nothing declared, and nothing read before: no list, and no reader to fetch.
    if (!this.url && !this.reader && !this.script()) return;
    this.work.run(
      (m) => (this.reader ??= new m.PriceReader(this.onChange)).refresh(this.script(), this.url),
      () => this.onChange({ state: 'failed', issue: NOT_LOADED }),
    );
  }
}
