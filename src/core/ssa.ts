import { daysBetween } from './dates.js';

/**
 * SSA-1, SSA-3: a Software Service Agreement upgrades licenses free of charge "to new software
 * versions that are released during the agreement period" (German: "in der Laufzeit neu
 * freigegebene"), and the period is counted from the license bind date. So the question is the
 * new version's release date, not today: released on or after `boundOn` (when known) and on or
 * before `ssaUntil` is covered; without the release date it cannot be told.
 */
export type SsaCover = 'covered' | 'outside' | 'unknown' | 'none';

export function ssaCover(lot: { readonly boundOn?: string | undefined; readonly ssaUntil?: string | undefined }, released: string | undefined): SsaCover {
  if (lot.ssaUntil === undefined) return 'none';
  if (released === undefined) return 'unknown';
  if (lot.boundOn !== undefined && released < lot.boundOn) return 'outside';
  return released <= lot.ssaUntil ? 'covered' : 'outside';
}

/** SSA-4: how many days before its end an SSA is flagged for extension. */
export const SSA_REMINDER_DAYS = 60;

/** Where an SSA stands on a day (SSA-4): none, running, ending within the reminder days, ended. */
export type SsaStatus = 'none' | 'running' | 'endingSoon' | 'expired';

export function ssaStatus(ssaUntil: string | undefined, today: string): SsaStatus {
  if (ssaUntil === undefined) return 'none';
  if (ssaUntil < today) return 'expired';
  return daysBetween(today, ssaUntil) <= SSA_REMINDER_DAYS ? 'endingSoon' : 'running';
}
