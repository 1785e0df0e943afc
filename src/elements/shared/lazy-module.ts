import type { ShownIssue } from './locale-controller.js';

/**
 * A module an element loads on first use (a chunk of its own beside the drop-in): loaded once,
 * available synchronously afterwards. A chunk that cannot be loaded resolves to null and is tried
 * again on the next `load()`.
 */
export interface LazyModule<T> {
  /** The module once loaded, else null. */
  readonly loaded: T | null;
  load(): Promise<T | null>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let loading: Promise<T | null> | null = null;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      loading ??= importer().then(
        (m) => (loaded = m),
        () => {
          loading = null;
          return null;
        },
      );
      return loading;
    },
  };
}

/** What an element shows where input waits for a chunk that could not be loaded: the input stays, and is read on the next try. */
export const NOT_LOADED: ShownIssue = { path: [], key: 'ui.notLoaded', params: {} };
