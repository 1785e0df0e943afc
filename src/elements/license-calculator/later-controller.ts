import { adoptStyles, type LitElement, type ReactiveController } from 'lit';
import { ChunkWork } from '../shared/chunk-work.js';
import { lazyModule } from '../shared/lazy-module.js';

/** The print layout, the presets' data and the files (later.ts): a chunk, loaded after the first render. */
const laterChunk = lazyModule(() => import('./later.js'));
export type Later = NonNullable<typeof laterChunk.loaded>;

/**
 * The calculator's chunk loaded after its first render: the print layout (and the styles of what
 * shows on request: help texts, rule summaries) is adopted once it is here (without it the quote prints as shown on screen); presets, downloads and imports run with
 * it, and say so (`failed`) when it cannot be loaded.
 */
export class LaterController implements ReactiveController {
  private readonly work = new ChunkWork(laterChunk);
  private printing = false;

  constructor(
    private readonly host: LitElement,
    private readonly failed: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.printing) return;
    this.printing = true;
    const styles = (this.host.constructor as typeof LitElement).elementStyles;
    this.work.run((m) => adoptStyles(this.host.renderRoot as ShadowRoot, [...styles, m.onRequestStyles, m.printStyles]));
  }

  run(use: (m: Later) => unknown): void {
    this.work.run(use, this.failed);
  }

  /** True when work waited for the chunk (the host's updateComplete then waits for one more update). */
  settled(): Promise<boolean> {
    return this.work.settled();
  }
}
