import type { ReactiveController, ReactiveElement } from 'lit';
import { ChunkWork } from '../shared/chunk-work.js';
import { toScenario, type Draft } from './draft.js';
import { numberReader } from './number-reader.js';

/**
 * When the calculator gets the locale's number reader (a chunk): before its first render where
 * the markup writes a count with separators (it shows as before the reader became a chunk), else
 * right after it, before anyone types one. A recalculation of a count typed before the reader
 * came waits for it, and `settled()` lets the host's updateComplete wait for that.
 */
export class CountReaderController implements ReactiveController {
  private readonly work = new ChunkWork(numberReader);

  constructor(
    private readonly host: ReactiveElement,
    private readonly failed: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // After the first render only (hasUpdated turns true right after this): a later count that needs it loads it.
    if (!this.host.hasUpdated) void numberReader.load();
  }

  /** Before the first render: the reader, where the markup's counts need it. */
  beforeFirstRender(markup: Draft, locale: string): Promise<unknown> | false {
    return toScenario(markup, {}, locale).waits && numberReader.load();
  }

  /** Recalculates once the reader is here (at once when it is). */
  run(recalculate: () => void): void {
    this.work.run(recalculate, this.failed);
  }

  /** True when a recalculation waited for the reader (see ChunkWork.settled). */
  settled(): Promise<boolean> {
    return this.work.settled();
  }
}
