import { balanceOfRead, readBalanceInput, type Balance } from './balance.js';
import type { BalanceInput } from './schemas.js';

/**
 * The company and its projects, as the vendor's portal organises licenses (issue 26): a company
 * pool, and projects with their own balances ("the project balance statement" of MIG-2 / MIG-4,
 * whose pool holds a project's free licenses). An activation key (POOL-2) or a license key
 * (POOL-3) may name its `project`; the company pool is every key, whatever its project.
 */

/**
 * A key's project: its name trimmed (a spreadsheet's " Nord " is "Nord"); null when it has none
 * (no `project`, a blank one, or anything that is not text).
 */
export function projectOf(key: { readonly project?: unknown }): string | null {
  const p = key.project;
  return typeof p === 'string' && p.trim() ? p.trim() : null;
}

/** A project found in a balance input, with how many of its keys carry it. */
export interface ProjectSummary {
  /** The project's name (trimmed); null for the keys without a project. */
  readonly project: string | null;
  /** Its activation keys (POOL-2: what was loaded into it). */
  readonly activationKeys: number;
  /** Its license keys (POOL-3: what its devices use). */
  readonly licenseKeys: number;
}

/**
 * The projects of a balance input, in the order they are first seen (its activation keys, then
 * its license keys), and last, when some key names a project and some do not, the keys without a
 * project (`project: null`). Empty when no key names a project: the pool is the company's alone.
 * An input computeBalance refuses throws the same LicenseInputError.
 */
export function projectsOf(input: unknown): ProjectSummary[] {
  return projectsIn(readBalanceInput(input));
}

function projectsIn(data: BalanceInput): ProjectSummary[] {
  // A Map: a project named "__proto__" or "constructor" is a project like any other.
  const found = new Map<string | null, { project: string | null; activationKeys: number; licenseKeys: number }>();
  const count = (key: { readonly project?: unknown }, kind: 'activationKeys' | 'licenseKeys') => {
    const project = projectOf(key);
    let p = found.get(project);
    if (!p) found.set(project, (p = { project, activationKeys: 0, licenseKeys: 0 }));
    p[kind]++;
  };
  for (const k of data.activationKeys) count(k, 'activationKeys');
  for (const k of data.licenseKeys) count(k, 'licenseKeys');
  const none = found.get(null);
  found.delete(null);
  if (!found.size) return [];
  return [...found.values(), ...(none ? [none] : [])];
}

/**
 * The balance of one project, or of the company pool (POOL-4 per license type: Loaded, Used,
 * Left), with `required` what that project has to order.
 *
 * `project`: undefined or '' is the company pool (every key: computeBalance's result); null the
 * keys without a project; a name (trimmed, as projectOf reads the keys') that project's keys
 * alone: its activation keys are its Loaded, its active license keys its Used, so each project's
 * figures add up to the company's. `required` (a calculator quote) is what this project needs:
 * its To order is required − this project's Left, never below 0, whatever another project has
 * left (licenses are moved between projects in the portal, not by the balance).
 *
 * The result has computeBalance's shape; its rows' `keyIndexes` point into the whole input's
 * `licenseKeys`, as they do for the company pool. An input computeBalance refuses throws the same
 * LicenseInputError (whichever project is asked for: the input is one).
 */
export function computeProjectBalance(input: unknown, required?: unknown, project?: string | null): Balance {
  return projectBalanceIn(readBalanceInput(input), required, project);
}

/**
 * A project's balance (computeProjectBalance) and the pool's projects (projectsOf), the input read
 * once: what the balance table's project switch shows on every change of the pool.
 */
export function projectView(input: unknown, required?: unknown, project?: string | null): { readonly balance: Balance; readonly projects: readonly ProjectSummary[] } {
  const data = readBalanceInput(input);
  return { balance: projectBalanceIn(data, required, project), projects: projectsIn(data) };
}

function projectBalanceIn(data: BalanceInput, required: unknown, project: string | null | undefined): Balance {
  if (project === undefined || (typeof project === 'string' && !project.trim())) return balanceOfRead(data, required);
  const want = typeof project === 'string' ? project.trim() : null;
  const licenseKeys: (typeof data.licenseKeys)[number][] = [];
  const at: number[] = [];
  data.licenseKeys.forEach((k, i) => {
    if (projectOf(k) !== want) return;
    licenseKeys.push(k);
    at.push(i);
  });
  const activationKeys = data.activationKeys.filter((k) => projectOf(k) === want);
  const b = balanceOfRead({ activationKeys, licenseKeys, ...(data.today ? { today: data.today } : {}) }, required);
  return { ...b, rows: b.rows.map((r) => ({ ...r, keyIndexes: r.keyIndexes.map((i) => at[i]!) })) };
}
