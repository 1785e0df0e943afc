import { safeText } from '../shared/safe-text.js';

/** A lot of installed licenses as the version check's `licenses` property takes it. */
export interface LicenseEntry {
  code: string;
  count: number;
  /** The device (serial or MAC) the licenses are bound to. */
  device?: string;
  /** The license bind date, ISO (SSA-3). */
  boundOn?: string;
  /** The last day of their SSA, ISO (SSA-1). */
  ssaUntil?: string;
  /** What the user calls the device ("HQ"): the migration plan names it so beside its serial. */
  deviceName?: string;
}

/** A lot as one line of the paste box: `code count`, or semicolon columns when it has more. */
export function lotLine(l: unknown): string {
  if (!l || typeof l !== 'object') return '';
  const e = l as Record<string, unknown>;
  const cells = [safeText(e['code']), safeText(e['count']), safeText(e['device']), safeText(e['boundOn']), safeText(e['ssaUntil']), safeText(e['deviceName'])];
  return cells.slice(2).some((c) => c) ? cells.join(';').replace(/;+$/, '') : `${cells[0]} ${cells[1]}`.trim();
}
