import type { LicenseFamily } from './catalog.js';
import { licenseCode, licenseCodeOrNull, parseLicenseTypeCached, type LicenseType } from './codes.js';
import { LicenseInputError, echo } from './errors.js';
import type { MessageKey } from './messages.js';

// The codes beyond the V12 guidelines' tables: the V13 App and Service licenses, the names older
// devices list, and the misprints of the vendor's own material. Apart from codes.ts so that an
// element's first download does not carry them: every reader of pasted text and files, and the
// core's index, hands this reader to codes.ts (`readLaterCodes(readLater)`, a statement of their
// own: no bare import, which a bundler honouring `sideEffects` would drop).

/**
 * App and Service licenses (V13 on): `PBX-App(<maker>-<app>)<version>`, the version after the
 * parenthesis. `innovaphone-pbx-conference` is the Conferencing App (CONF-3); any other app is a
 * type of its own, named by its code. Read on the text without white space (a table may break
 * the cell), the name in lower case as the portal writes it.
 */
const APP = /^PBX-?(APP|SERVICE)\(([A-Z\d]+(?:[-_.][A-Z\d]+)+)\)(\d{1,2})?$/i;
const CONFERENCE_APP = 'PBX-App(innovaphone-pbx-conference)';

/**
 * Names of older devices, which the guidelines' tables do not print (the device's reference of
 * V7 names them, RULES.md does not): `PBX7#100@50` is the V6/V7 PBX base license (100
 * registrations; `@50`: upgrading a base license of 50; `PBX7#0` the slave's), `Voicemail#100@50`
 * its voicemail license. Both predate the license types of the guidelines and cannot be released
 * (REL-2): refused, naming their era.
 */
const OLD_LICENSE = /^(PBX(\d)|VOICEMAIL)#(\d{1,6})(?:@\d{1,6})?$/;

/** `PORT8*20`: a V8 Port license for at most 20 ports, not on a slave. Read as a Port license with its limit. */
const LIMITED_PORT = /^(?:PBX)?PORT(\d{1,2})\*(\d{1,5})$/;

/** A versioned code written as a device lists it (`Port9`, `PORT8`, `Video12`): the same license with the PBX- prefix. */
const DEVICE_NAME = /^(\D+?)(\d{1,2})(?:%(\d{1,4}))?$/;

/**
 * The code of a license type at another version: an App or Service license keeps its name
 * (`PBX-App(innovaphone-switchboard)14`), any other type is its family's code (licenseCode).
 */
export function codeAt(type: LicenseType, version: number | null, tier: number | null = type.tier, family: LicenseFamily = type.family): string {
  return type.app === undefined ? licenseCode(family, version, tier) : type.app + (version ?? '');
}

// Only what the readers' chunks import from the first download anyway: codes.ts exports no more for this module.
const invalid = (text: string, key: MessageKey = 'error.unknownLicenseType', more?: Record<string, number | string>) =>
  new LicenseInputError([{ path: [], key, params: { text: echo(text), ...more } }]);

/** After codes.ts found no code of the guidelines' tables: the later ones, or a refusal (LicenseInputError) that says what the text is. */
export function readLater(text: string, norm: string): LicenseType {
  const app = APP.exec(text.replace(/\s+/g, ''));
  if (app) {
    const name = `PBX-${app[1]!.length > 3 ? 'Service' : 'App'}(${app[2]!.toLowerCase()})`;
    const family: LicenseFamily = name === CONFERENCE_APP ? 'conference' : 'app';
    const version = app[3] === undefined ? null : Number(app[3]);
    if (version === 0) throw invalid(text);
    return {
      code: name + (app[3] ?? ''),
      family,
      version,
      tier: null,
      app: name,
    };
  }
  const old = OLD_LICENSE.exec(norm);
  if (old) throw invalid(text, old[2] ? 'error.oldBaseLicense' : 'error.oldVoicemailLicense', old[2] ? { version: Number(old[2]), count: Number(old[3]) } : { count: Number(old[3]) });
  const limited = LIMITED_PORT.exec(norm);
  if (limited && limited[1] !== '0')
    return {
      code: `PBX-Port${Number(limited[1])}*${Number(limited[2])}`,
      family: 'port',
      version: Number(limited[1]),
      tier: null,
      limit: Number(limited[2]),
    };
  const device = DEVICE_NAME.exec(norm);
  if (device && !norm.startsWith('PBX') && licenseCodeOrNull(`PBX-${text.trim()}`)) return parseLicenseTypeCached(`PBX-${text.trim()}`);
  // Misprints of the vendor's own material: BX-Port14%500 (the P lost), PBX-Standby14%50 (a zero lost).
  const meant = /^BX/.test(norm) ? licenseCodeOrNull(`P${text.trim()}`) : device?.[3] ? licenseCodeOrNull(`${text.trim()}0`) : null;
  throw meant ? invalid(text, 'error.didYouMean', { code: meant }) : invalid(text);
}
