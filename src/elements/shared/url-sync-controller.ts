import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readQueryParam, withQueryParam } from './query-param.js';

/**
 * Keeps one value in a query parameter of the page URL (history.replaceState), so a state can be
 * shared by link and survives a reload. Only that parameter changes; every other byte of the URL
 * stays as the host page wrote it.
 */
export class UrlSyncController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly param: () => string | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The parameter's value in the current URL, or null (also when syncing is off). */
  read(): string | null {
    const name = this.param();
    return name === null || typeof location === 'undefined' ? null : readQueryParam(location.href, name);
  }

  write(value: string): void {
    const name = this.param();
    // A server rendering the element has no page URL to keep it in.
    if (name === null || typeof location === 'undefined') return;
    const next = withQueryParam(location.href, name, value);
    if (next === location.href) return;
    try {
      history.replaceState(history.state, '', next);
    } catch {
      // A sandboxed or file: page may refuse: the element works without the link.
    }
  }
}
