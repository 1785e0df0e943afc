/**
 * Loads the version check's installed-base part (installed-base.ts: the upgrade and migration
 * planners and views) on first use: a chunk of its own.
 */
import { lazyModule } from '../shared/lazy-module.js';

export type PlanInput = { pbxVersion: unknown; licenses: unknown; today?: string; targetReleased?: string };

const installedBase = lazyModule(() => import('./installed-base.js'));

/**
 * Reads what is pasted or loaded from a file, any license list (core/license-list.ts, through
 * shared/list-reader.ts, with the file picker), and dates in a locale's form: a chunk the version
 * check loads after its first render, or before it for a release date that is not ISO.
 */
export const lineReader = lazyModule(() => import('../shared/list-reader.js'));

/** The planners and views once loaded, else null. */
export function installedBaseIfLoaded(): typeof import('./installed-base.js') | null {
  return installedBase.loaded;
}

/**
 * Loads the upgrade and migration planners and views (the version check loads them when it
 * first checks licences), and the line reader. A server rendering the version check awaits it
 * first, as it awaits the languages; a chunk that cannot be loaded leaves the verdict without the
 * plans, and is tried again on the next check.
 */
export async function loadInstalledBase(): Promise<typeof import('./installed-base.js') | null> {
  const [base] = await Promise.all([installedBase.load(), lineReader.load()]);
  return base;
}
