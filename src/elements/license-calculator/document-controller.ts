import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChunkWork } from '../shared/chunk-work.js';
import { lazyModule } from '../shared/lazy-module.js';
import type { LocaleController } from '../shared/locale-controller.js';

/** The quote as a document (quote-document.ts): a chunk, with its messages. */
const documentChunk = lazyModule(() => import('./quote-document.js'));
export type QuoteDocument = NonNullable<typeof documentChunk.loaded>;

/**
 * The quote as a customer document (issue 24) comes with a chunk and messages of its own, loaded
 * right after the first render: the customer view's table, the printed summary, the UC
 * comparison, the CSV and print. A first render in the customer view waits for them, so it
 * never shows the reseller's reasons first.
 */
export class DocumentController implements ReactiveController {
  private readonly work = new ChunkWork(documentChunk, this.host);
  private requested = false;

  constructor(
    private readonly host: ReactiveControllerHost & { view: string },
    private readonly l: LocaleController,
    private readonly failed: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.requested) return;
    this.requested = true;
    this.work.run((m) => m.loadMessages(this.l), this.failed);
  }

  /** Before the first render: the customer's view waits for the chunk. */
  ready(): Promise<unknown> {
    if (this.host.view === 'customer') this.hostUpdated();
    return this.work.settled();
  }

  /** The chunk once it and its messages are here. */
  get m(): QuoteDocument | undefined {
    return this.work.busy ? undefined : (documentChunk.loaded ?? undefined);
  }

  /** Runs `use` with the chunk and its messages, at once when here. */
  run(use: (m: QuoteDocument) => unknown): void {
    this.work.run(async (m) => use((await m.loadMessages(this.l), m)), this.failed);
  }

  settled(): Promise<boolean> {
    return this.work.settled();
  }
}
