import { adoptStyles, type LitElement, type ReactiveController } from 'lit';
import { ChunkWork } from '../shared/chunk-work.js';
import { lazyModule } from '../shared/lazy-module.js';
import type { LocaleController } from '../shared/locale-controller.js';
import type { Lang } from '../../i18n/index.js';

/** The print layout, the quote as a document, the presets' data and the files (later.ts): a chunk, loaded after the first render. */
const laterChunk = lazyModule(() => import('./later.js'));
export type Later = NonNullable<typeof laterChunk.loaded>;

/**
 * Loads the calculator's quote as a document (the printed summary, the customer view, the extras
 * in the form) and its messages in the languages given (English always): a server rendering the
 * calculator awaits it first, as it awaits `loadLanguage`, so that the hydrating client finds the
 * same HTML. Never rejects: without the chunk the quote renders without those parts.
 */
export async function loadQuoteDocument(...langs: Lang[]): Promise<void> {
  const m = await laterChunk.load();
  await Promise.all(['en' as const, ...langs].map((lang) => m?.loadLanguageMessages(lang)));
}

/**
 * The calculator's chunk loaded after its first render (before it for `view="customer"`): the
 * print layout (and the styles of what shows on request: help texts, rule summaries) is
 * adopted once it is here (without it the quote prints as shown on screen), and
 * with its messages the quote as a document renders (`m`: the customer view, the printed
 * summary, the UC comparison, the extras in the form); presets, downloads and imports run with
 * it, and say so (`failed`) when it cannot be loaded.
 */
export class LaterController implements ReactiveController {
  private readonly work: ChunkWork<Later>;
  private requested = false;
  /** The chunk's start for this element (its messages), and whether it is done. */
  private started: Promise<void> | undefined;
  private ready = false;

  constructor(
    private readonly host: LitElement,
    private readonly l: LocaleController,
    private readonly failed: () => void,
  ) {
    this.work = new ChunkWork(laterChunk, host);
    host.addController(this);
  }

  hostUpdated(): void {
    void this.load();
  }

  /** Loads the chunk and its messages once; resolves when here (true: something waited). */
  load(): Promise<boolean> {
    if (!this.requested) {
      this.requested = true;
      const styles = (this.host.constructor as typeof LitElement).elementStyles;
      this.work.run((m) => {
        adoptStyles(this.host.renderRoot as ShadowRoot, [...styles, m.onRequestStyles, m.printStyles]);
        // A second element finds the chunk here (run() then waits for nothing): its language's
        // messages are waited for all the same, and it renders the document once they are.
        return (this.started = m.start(this.l).then(() => {
          this.ready = true;
          this.host.requestUpdate();
        }));
      });
    }
    return this.settled();
  }

  /** The chunk once it and its messages are here (on a server: once loadQuoteDocument loaded them). */
  get m(): Later | undefined {
    return this.started && !this.ready ? undefined : (laterChunk.loaded ?? undefined);
  }

  run(use: (m: Later) => unknown): void {
    this.work.run(use, this.failed);
  }

  /** True when work waited for the chunk or its messages (the host's updateComplete then waits for one more update). */
  async settled(): Promise<boolean> {
    const waited = await this.work.settled();
    if (this.ready || !this.started) return waited;
    await this.started;
    return true;
  }
}
