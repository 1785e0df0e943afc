/**
 * Loads the version check's installed-base part (installed-base.ts: the upgrade and migration
 * planners and views) on first use: a chunk of its own.
 */
import { adoptStyles, type LitElement } from 'lit';
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

const styled = new WeakSet<LitElement>();

/**
 * The plans' tables bring their styles: an element adopts them once it shows plans (none on a
 * server, which has no shadow root here). An empty version check downloads no table styles.
 */
export function adoptPlanStyles(host: LitElement, base: typeof import('./installed-base.js')): void {
  const root = host.renderRoot as ShadowRoot | undefined;
  if (styled.has(host) || root?.nodeType !== 11) return;
  styled.add(host);
  adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, base.planStyles]);
}
