import type { LazyModule } from './lazy-module.js';

/**
 * Work an element does with a chunk it loads on first use (a preset from the chunk, a file
 * download): at once when the chunk is here, else once it has come. `settled()` lets the element's
 * `updateComplete` wait for that work, so a test or a page sees its result.
 */
export class ChunkWork<T> {
  private readonly pending = new Set<Promise<void>>();

  /** `host` updates once no work waits any more: its form validity (`busy`) follows. */
  constructor(
    private readonly chunk: LazyModule<T>,
    private readonly host?: { requestUpdate(): void },
  ) {}

  /** True while work waits for the chunk: input the element has not read yet. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Runs `use` with the chunk; `failed` when it cannot be loaded (it is tried again on the next run). */
  run(use: (m: T) => unknown, failed?: () => void): void {
    if (this.chunk.loaded) {
      void use(this.chunk.loaded);
      return;
    }
    const work: Promise<void> = this.chunk
      .load()
      .then(async (m) => {
        if (m) await use(m);
        else failed?.();
      })
      .finally(() => {
        this.pending.delete(work);
        this.host?.requestUpdate();
      });
    this.pending.add(work);
  }

  /** Resolves once no work waits for the chunk: true when some did. */
  async settled(): Promise<boolean> {
    if (!this.pending.size) return false;
    while (this.pending.size) await Promise.allSettled(this.pending);
    return true;
  }
}
