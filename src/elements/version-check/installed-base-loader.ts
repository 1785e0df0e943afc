/**
 * Loads the version check's installed-base part (installed-base.ts: the upgrade and migration
 * planners and views) on first use: a chunk of its own.
 */
type InstalledBase = typeof import('./installed-base.js');

export type PlanInput = { pbxVersion: unknown; licenses: unknown; today?: string; targetReleased?: string };

let installedBase: InstalledBase | null = null;
let installedBaseLoad: Promise<InstalledBase | null> | null = null;

/** The planners and views once loaded, else null. */
export function installedBaseIfLoaded(): InstalledBase | null {
  return installedBase;
}

/**
 * Loads the upgrade and migration planners and views (the version check loads them when it
 * first checks licences). A server rendering the version check awaits it first, as it awaits
 * the languages; a chunk that cannot be loaded leaves the verdict without the plans, and is tried
 * again on the next check.
 */
export function loadInstalledBase(): Promise<InstalledBase | null> {
  installedBaseLoad ??= import('./installed-base.js').then(
    (m) => (installedBase = m),
    () => {
      installedBaseLoad = null;
      return null;
    },
  );
  return installedBaseLoad;
}
