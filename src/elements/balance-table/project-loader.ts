import { lazyModule } from '../shared/lazy-module.js';

/**
 * The balance's project switch (project-switch.ts: the company pool and its projects' balances,
 * the control, its messages): a chunk, loaded where a key of the pool names a project or a
 * project is chosen. A pool without projects never loads it.
 */
export const projectSwitch = lazyModule(() => import('./project-switch.js'));

/** True when the switch is needed: a project is chosen, or some activation or license key of the pool names one (issue 26). */
export function projectsWanted(pool: unknown, project: unknown): boolean {
  try {
    const p = pool as { activationKeys?: unknown; licenseKeys?: unknown } | null;
    return !!project || (!!p && [p.activationKeys, p.licenseKeys].some((keys) => Array.isArray(keys) && keys.some((k) => !!(k as { project?: unknown } | null)?.project)));
  } catch {
    // A pool whose getters throw: the balance says it is invalid, without projects.
    return false;
  }
}
