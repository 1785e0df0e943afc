import { LicenseInputError, echo, type IssuePath } from './errors.js';

export interface SoftwareVersion {
  readonly major: number;
  /** `r1`, `r2` … when given. */
  readonly release: number | null;
  /** Service release (`10 SR12`) when given. */
  readonly serviceRelease: number | null;
}

const VERSION = /^V?\s*(\d{1,2})(?:\s*R\s*(\d{1,2}))?(?:\s*(?:SR|SERVICE\s*RELEASE)\s*(\d{1,3}))?$/i;

/** Reads `12`, `"V12"`, `"12r2"`, `"10 SR12"`, `"V12r2 SR5"`. */
export function parseSoftwareVersion(input: unknown, path: IssuePath = []): SoftwareVersion {
  if (typeof input === 'number') {
    if (Number.isInteger(input) && input >= 1 && input <= 99) return { major: input, release: null, serviceRelease: null };
    throw new LicenseInputError([{ path, key: 'error.invalidVersion', params: { text: echo(String(input)) } }]);
  }
  if (typeof input !== 'string') {
    throw new LicenseInputError([{ path, key: 'error.invalidType', params: { expected: 'version' } }]);
  }
  const m = VERSION.exec(input.trim());
  if (!m || Number(m[1]) < 1) throw new LicenseInputError([{ path, key: 'error.invalidVersion', params: { text: echo(input) } }]);
  return {
    major: Number(m[1]),
    release: m[2] === undefined ? null : Number(m[2]),
    serviceRelease: m[3] === undefined ? null : Number(m[3]),
  };
}

/** Ordering of versions: major, then release, then service release (missing counts as 0). */
export function compareVersions(a: SoftwareVersion, b: SoftwareVersion): number {
  return a.major - b.major || (a.release ?? 0) - (b.release ?? 0) || (a.serviceRelease ?? 0) - (b.serviceRelease ?? 0);
}

export function formatVersion(v: SoftwareVersion): string {
  return `V${v.major}${v.release === null ? '' : `r${v.release}`}${v.serviceRelease === null ? '' : ` SR${v.serviceRelease}`}`;
}
