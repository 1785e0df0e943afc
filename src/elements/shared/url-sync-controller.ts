import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScenarioInput } from '../../core/scenario-schemas.js';
import { ChunkWork } from './chunk-work.js';
import { lazyModule } from './lazy-module.js';
import { readQueryParam } from './query-param.js';

/** The link writer (link-writer.ts): a chunk, loaded on the first write. */
const writer = lazyModule(() => import('./link-writer.js'));

/**
 * Keeps one value in a query parameter of the page URL (history.replaceState), so a state can be
 * shared by link and survives a reload. Only that parameter changes; every other byte of the URL
 * stays as the host page wrote it. Writing comes with a chunk loaded on the first write: writes
 * wait for it in order, `settled()` lets the host's updateComplete wait for them, and `failed`
 * says when it cannot be loaded (the next write tries again).
 */
export class UrlSyncController implements ReactiveController {
  private readonly work = new ChunkWork(writer);

  constructor(
    host: ReactiveControllerHost,
    private readonly param: () => string | null,
    private readonly failed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The parameter's value in the current URL, or null (also when syncing is off). */
  read(): string | null {
    const name = this.param();
    return name === null || typeof location === 'undefined' ? null : readQueryParam(location.href, name);
  }

  write(scenario: ScenarioInput): void {
    const name = this.param();
    // A server rendering the element has no page URL to keep it in.
    if (name === null || typeof location === 'undefined') return;
    this.work.run((m) => m.writeScenarioLink(name, scenario), this.failed);
  }

  /** True when a write waited for the chunk (see ChunkWork.settled). */
  settled(): Promise<boolean> {
    return this.work.settled();
  }
}
