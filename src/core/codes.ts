import { CATALOG, familySpec, type LicenseFamily } from './catalog.js';
import { LicenseInputError, echo, type InputIssue } from './errors.js';
import type { MessageKey } from './messages.js';

export interface LicenseType {
  /** Canonical code, as the portal spells it (RULES.md code table). */
  readonly code: string;
  readonly family: LicenseFamily;
  /** License version (G-3); null for hardware and other unversioned types. */
  readonly version: number | null;
  /** The `%n` tier suffix (PORT-3, STBY-3, VM-2); null for the standard license. */
  readonly tier: number | null;
  /**
   * An App or Service license (`PBX-App(<maker>-<app>)13`, the Conferencing App's with a
   * version): its code without the version, which a plan's other version follows (codeAt).
   */
  readonly app?: string;
  /** `PORT8*20`, a V8 device's limited Port license: at most this many ports, not on a slave. */
  readonly limit?: number;
}

function normalise(text: string): string {
  return text.trim().toUpperCase().replace(/[\s\-_]+/g, '');
}

/**
 * The catalog's codes, normalised (upper case, no white space, hyphens or underscores), each
 * naming its family: unversioned ones whole (`RELAYBRIS`), versioned ones without their version
 * (`PBXPORT`: a code built for version 0 ends in that 0; Recording's has a suffix, see RECORDING).
 * The parser reads what the catalog spells, so a family added there is read too. Added by hand:
 * the conference app without its brackets, and `PBX-SoftwarePhanes` and `PEX-Operators`, OCR
 * noise of the V5.01 scan (T-OLD).
 */
const UNVERSIONED = new Map<string, LicenseFamily>([['PBXAPPINNOVAPHONEPBXCONFERENCE', 'conference'], ['PBXSOFTWAREPHANES', 'legacySoftwarePhones'], ['PEXOPERATORS', 'legacyOperators']]);
const VERSIONED = new Map<string, LicenseFamily>();
for (const spec of CATALOG) {
  const code = normalise(spec.code(0, null));
  if (!spec.versioned) UNVERSIONED.set(code, spec.family);
  else if (code.endsWith('0')) VERSIONED.set(code.slice(0, -1), spec.family);
}

/**
 * A versioned code: name, version, and a tier of the family's tiers in the catalog (PORT-3,
 * STBY-3, VM-2). The English V12 table prints `PBX-Port 11%1000` for the top Port tiers where
 * German and Dutch print 12: the parser reads the number that is written (a V11 top-tier license
 * is real), and the calculator always emits the scenario's own version, so V12 quotes say
 * `PBX-Port12%1000`.
 */
const VERSIONED_CODE = /^(\D+)(\d{1,2})(?:%([1-9]\d{0,3}))?$/;

/**
 * Recording: `PBX-Recording12(Basic)`, `PBX-Recording12 Recording14 Basic license` (English),
 * `PBX-Recording12 Recording 2014. Grundlizenz` / `User Lizenz` (German),
 * `PBX-Recording12 Recording 2014. Basis-licentie` / `User-licentie` (Dutch). The German and Dutch
 * tables break the cell over two lines, so `Recording 2014. Grundlizenz` alone is accepted too.
 * Without the PBX-Recording prefix there is no
 * version in the text: the spelling comes from the V12 guideline only, so it means version 12.
 */
const RECORDING = /^(?:PBXRECORDING(\d{1,2}))?\(?(RECORDING(?:20)?14\.?)?(BASIC|GRUND|BASIS|USER)\)?(?:LICENSE|LIZENZ|LICENTIE)?$/;

const MAX_PARSE_LENGTH = 200;

function invalid(text: string, key: MessageKey = 'error.unknownLicenseType', more?: Record<string, string | number>): LicenseInputError {
  return new LicenseInputError([{ path: [], key, params: { text: echo(text), ...more } }]);
}

function build(family: LicenseFamily, versionText: string | undefined, tierText: string | undefined, text: string): LicenseType {
  const spec = familySpec(family);
  const version = versionText === undefined ? null : Number(versionText);
  // A version the type does not exist in (the catalog's minVersion: VM-4, REC-4) is refused saying so.
  const min = spec.minVersion;
  if (version !== null && version < (min ?? 1)) throw min ? invalid(text, 'error.licenseBeforeVersion', { minimum: min, rule: spec.minPbxRule! }) : invalid(text);
  const tier = tierText === undefined ? null : Number(tierText);
  return { code: spec.code(version, tier), family, version, tier };
}

/**
 * Reads a license type as written anywhere (portal, guideline tables, V5.01 license manager) and
 * returns its canonical code. Any other text raises a LicenseInputError naming it.
 */
export function parseLicenseType(text: unknown): LicenseType {
  if (typeof text !== 'string') {
    throw new LicenseInputError([{ path: [], key: 'error.invalidType', params: { expected: 'string' } }]);
  }
  if (text.length > MAX_PARSE_LENGTH) throw invalid(text);
  const norm = normalise(text);
  const unversioned = UNVERSIONED.get(norm);
  if (unversioned) return build(unversioned, undefined, undefined, text);
  const m = VERSIONED_CODE.exec(norm);
  const family = m && VERSIONED.get(m[1]!);
  if (family && (m[3] === undefined || familySpec(family).tiers?.some((t) => t.tier === Number(m[3])))) return build(family, m[2], m[3], text);
  const rec = RECORDING.exec(norm);
  if (rec && (rec[1] !== undefined || rec[2] !== undefined)) {
    const family: LicenseFamily = rec[3] === 'USER' ? 'recordingUser' : 'recordingBasic';
    return build(family, rec[1] ?? '12', undefined, text);
  }
  // The codes beyond the guidelines' tables, once their reader is here (it refuses what it does not read).
  if (later) return later(text, norm);
  throw invalid(text);
}

const cache = new Map<string, LicenseType | LicenseInputError>();

/** The reader of the codes beyond the V12 guidelines' tables, once codes-later.ts is loaded. */
let later: ((text: string, norm: string) => LicenseType) | undefined;

/**
 * Codes-later.ts hands its reader over here: App and Service licenses, older devices' names,
 * misprints (a refusal that says what is meant); it returns a license type or throws. The
 * core's index and every reader of pasted text load that module; an element's first download
 * reads the codes of the guidelines' tables and loads the rest with its reader, before it judges
 * again a code it did not know.
 */
export function readLaterCodes(read: typeof later): void {
  later = read;
  cache.clear();
}

/** parseLicenseType with a memo: license lists repeat the same few spellings many times. */
export function parseLicenseTypeCached(text: string): LicenseType {
  let hit = cache.get(text);
  if (hit === undefined) {
    try {
      hit = parseLicenseType(text);
    } catch (e) {
      hit = e as LicenseInputError;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(text, hit);
  }
  if (hit instanceof LicenseInputError) throw hit;
  return hit;
}

/** Why a text is no license type (called after parsing failed): unknown, or a version its type does not exist in. */
export function licenseTypeIssue(text: string): InputIssue {
  try {
    parseLicenseTypeCached(text);
  } catch (e) {
    return (e as LicenseInputError).issues[0]!;
  }
  return invalid(text).issues[0]!;
}

/** Whether the text is a license type in a spelling parseLicenseType reads. */
export function isLicenseType(text: string): boolean {
  return licenseCodeOrNull(text) !== null;
}

/** The canonical code of a family at a version and tier. */
export function licenseCode(family: LicenseFamily, version: number | null, tier: number | null = null): string {
  const spec = familySpec(family);
  return spec.code(spec.versioned ? version : null, tier);
}

/** The version G-3 compares: the written one, or the implied one of V5.01 licenses. */
export function effectiveVersion(type: LicenseType): number | null {
  return type.version ?? familySpec(type.family).impliedVersion ?? null;
}

/** The canonical code of a license type as written, or null when it is none. */
export function licenseCodeOrNull(text: string): string | null {
  try {
    return parseLicenseTypeCached(text).code;
  } catch {
    return null;
  }
}
