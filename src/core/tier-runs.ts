import type { Tier } from './catalog.js';

// Apart from catalog.ts: the calculator and the upgrade planner use it, and the version check's
// first download (which has the catalog, not the planners) does not carry it.

/**
 * PORT-3, STBY-3, VM-2: licenses number `from` to `from + count - 1` over the tiers, one run per
 * tier they reach: 600 from number 1 are 1-500 standard and 501-600 `%500`.
 */
export function tierRuns(tiers: readonly Tier[], from: number, count: number): { tier: number | null; first: number; last: number }[] {
  const runs: { tier: number | null; first: number; last: number }[] = [];
  for (let i = 0; i < tiers.length; i++) {
    const first = Math.max(tiers[i]!.first, from);
    const last = Math.min((tiers[i + 1]?.first ?? Infinity) - 1, from + count - 1);
    if (first <= last) runs.push({ tier: tiers[i]!.tier, first, last });
  }
  return runs;
}
