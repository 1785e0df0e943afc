/**
 * The license catalog: every license type of the innovaphone guidelines as one data table.
 * Rule IDs refer to ../shared/spec/RULES.md (T-* rows of its code table, then the rules).
 */

export type LicenseFamily =
  | 'bri'
  | 'pri'
  | 'channels'
  | 'ipva'
  | 'port'
  | 'standby'
  | 'conference'
  | 'myPBX'
  | 'video'
  | 'appSharing'
  | 'fax'
  | 'voicemail'
  | 'voicemailUser'
  | 'mobility'
  | 'uc'
  | 'webrtc'
  | 'reporting'
  | 'recordingBasic'
  | 'recordingUser'
  | 'queueMonitor'
  | 'operator'
  | 'softwarePhones'
  | 'legacyRegistrations'
  | 'legacySoftwarePhones'
  | 'legacyOperators'
  | 'relayRegistrations'
  | 'app';

/** Which software version a license is compared with (G-3, HW-3, OP-2, QM-3, SWP-2). */
export type VersionSubject = 'pbx' | 'operator' | 'queueMonitor' | 'none';

/**
 * Where a license lives: on the license master for a centrally licensed PBX and on the PBX itself
 * for a locally licensed one ('licensing'; G-1, G-2), or always on the device that uses it
 * ('device': HW-2, IPVA-4).
 *
 * Standby is 'licensing': STBY-2 puts it on the license master "even if [it is] only used by
 * slave or standby devices", and G-2 says a locally licensed PBX cannot use the master's
 * licenses, so a local PBX with standby has its own Standby licenses on its own device. Both
 * texts are honoured this way.
 */
export type Binding = 'licensing' | 'device';

export interface Tier {
  /** The `%n` suffix of the code, null for the standard license. */
  readonly tier: number | null;
  /** Position (1-based) of the first license of this tier. */
  readonly first: number;
}

export interface FamilySpec {
  readonly family: LicenseFamily;
  /** ID of the row in RULES.md's code table. */
  readonly typeRule: string;
  /** Canonical code for a version (null for unversioned families) and a tier. */
  readonly code: (version: number | null, tier: number | null) => string;
  readonly versioned: boolean;
  readonly tiers?: readonly Tier[];
  /** Rule that defines the tiers. */
  readonly tierRule?: string;
  readonly subject: VersionSubject;
  readonly binding: Binding;
  /** G-5: floating licenses are debited while in use, user licenses while configured. */
  readonly kind: 'hardware' | 'floating' | 'user' | 'legacy';
  /**
   * Licenses of the V5.01 license manager carry no version number (they predate G-3). They were
   * sold for the V5 era software; we treat them as version 5 so that G-3/G-4 apply to them too.
   */
  readonly impliedVersion?: number;
  /** Lowest PBX major version the function exists in (QM-2, REC-4, VM-4 / VM-1). */
  readonly minPbxVersion?: number;
  readonly minPbxRule?: string;
  /**
   * Lowest license version that exists: the parser refuses a code below it, and a migration does
   * not convert a lot below it (MIG-3), citing minPbxRule.
   * The per-user Voicemail model exists from V10, "not possible to downgrade to a V9 Voicemail
   * license" (VM-1, VM-4), so there is no PBX-VoicemailUser9; Voice Recording needs V10 (REC-4),
   * so there is no PBX-Recording9(Basic). Queue Monitor has none: its license follows the Queue
   * Monitor's own version (QM-3), whatever the PBX needs (QM-2).
   */
  readonly minVersion?: number;
  /**
   * The versioned family that replaces a V5.01 license when it is bought anew: registrations
   * became Port licenses (PORT-1), SoftwarePhones and Operators kept their names.
   */
  readonly successor?: LicenseFamily;
}

/** PORT-3 and STBY-3: position n is in the tier whose range holds n. */
const PORT_TIERS: readonly Tier[] = [
  { tier: null, first: 1 },
  { tier: 500, first: 501 },
  { tier: 1000, first: 1001 },
  { tier: 2000, first: 2001 },
  { tier: 5000, first: 5001 },
];

/** VM-2: the 1st license, the 2nd to 250th, from the 251st (per device). */
const VOICEMAIL_TIERS: readonly Tier[] = [
  { tier: null, first: 1 },
  { tier: 1, first: 2 },
  { tier: 250, first: 251 },
];

const fixed = (code: string) => () => code;
const isSmallInt = (n: number) => Number.isInteger(n) && n >= 0 && n < 99_999;

/**
 * Codes are built once per version and tier and then reused: a quote looks each one up in the
 * price list, and a string that is always the same object hashes once.
 */
const versioned = (prefix: string, suffix = '') => {
  const built = new Map<number, string>();
  return (version: number | null, tier: number | null): string => {
    const memo = (version === null || isSmallInt(version)) && (tier === null || isSmallInt(tier));
    const id = memo ? (version ?? -1) * 100_000 + (tier ?? -1) : NaN;
    let code = memo ? built.get(id) : undefined;
    if (code === undefined) {
      code = `${prefix}${version ?? ''}${suffix}${tier === null ? '' : `%${tier}`}`;
      if (memo && built.size < 10_000) built.set(id, code);
    }
    return code;
  };
};

/** The catalog, in the order a quote lists its lines. */
export const CATALOG: readonly FamilySpec[] = [
  { family: 'port', typeRule: 'T-PORT', code: versioned('PBX-Port'), versioned: true, tiers: PORT_TIERS, tierRule: 'PORT-3', subject: 'pbx', binding: 'licensing', kind: 'floating' },
  { family: 'ipva', typeRule: 'T-IPVA', code: versioned('PBX-IPVA'), versioned: true, subject: 'pbx', binding: 'device', kind: 'floating' },
  { family: 'standby', typeRule: 'T-STBY', code: versioned('PBX-Standby'), versioned: true, tiers: PORT_TIERS, tierRule: 'STBY-3', subject: 'pbx', binding: 'licensing', kind: 'floating' },
  { family: 'bri', typeRule: 'T-BRI', code: fixed('Relay-BRIs'), versioned: false, subject: 'none', binding: 'device', kind: 'hardware' },
  { family: 'pri', typeRule: 'T-PRI', code: fixed('Relay-PRIs'), versioned: false, subject: 'none', binding: 'device', kind: 'hardware' },
  { family: 'channels', typeRule: 'T-CH', code: fixed('Relay-Channels'), versioned: false, subject: 'none', binding: 'device', kind: 'hardware' },
  { family: 'uc', typeRule: 'T-UC', code: versioned('PBX-UC'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'myPBX', typeRule: 'T-MYPBX', code: versioned('PBX-myPBX'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'video', typeRule: 'T-VIDEO', code: versioned('PBX-Video'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'appSharing', typeRule: 'T-APPSH', code: versioned('PBX-AppSharing'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'fax', typeRule: 'T-FAX', code: versioned('PBX-Fax'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'voicemailUser', typeRule: 'T-VMU', code: versioned('PBX-VoicemailUser'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user', minPbxVersion: 10, minPbxRule: 'VM-4', minVersion: 10 },
  { family: 'voicemail', typeRule: 'T-VM', code: versioned('PBX-Voicemail'), versioned: true, tiers: VOICEMAIL_TIERS, tierRule: 'VM-2', subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'mobility', typeRule: 'T-MOB', code: versioned('PBX-Mobility'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  // The conference app's type name carries no version number (CONF-3 still asks for one: the
  // portal shows it beside the type, so the version check reports it as not checkable).
  { family: 'conference', typeRule: 'T-CONF', code: fixed('PBX-App(innovaphone-pbx-conference)'), versioned: false, subject: 'pbx', binding: 'licensing', kind: 'user' },
  // App and Service licenses of V13 on (`PBX-App(<maker>-<app>)13`, `PBX-Service(…)13`), not in
  // the V12 guidelines: one family, each app a type of its own whose code is the name the parser
  // read (LicenseType.app, codes-later.ts), so the catalog has no code for them (and the parser
  // reads none from here: a versioned code that does not end in its version). Judged by its
  // version like every versioned license (G-3: a V13 app license runs 13r1-13r3, not V14).
  { family: 'app', typeRule: 'T-APP', code: fixed('PBX-App'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'webrtc', typeRule: 'T-WEBRTC', code: versioned('PBX-WebRTC'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'floating' },
  { family: 'reporting', typeRule: 'T-REP', code: versioned('PBX-Reporting'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user' },
  { family: 'recordingBasic', typeRule: 'T-REC-B', code: versioned('PBX-Recording', '(Basic)'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user', minPbxVersion: 10, minPbxRule: 'REC-4', minVersion: 10 },
  { family: 'recordingUser', typeRule: 'T-REC-U', code: versioned('PBX-Recording', '(User)'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'user', minPbxVersion: 10, minPbxRule: 'REC-4', minVersion: 10 },
  { family: 'queueMonitor', typeRule: 'T-QM', code: versioned('PBX-QueueMonitor'), versioned: true, subject: 'queueMonitor', binding: 'licensing', kind: 'user', minPbxVersion: 9, minPbxRule: 'QM-2' },
  { family: 'operator', typeRule: 'T-OP', code: versioned('PBX-Operator'), versioned: true, subject: 'operator', binding: 'licensing', kind: 'floating' },
  { family: 'softwarePhones', typeRule: 'T-SWP', code: versioned('PBX-SoftwarePhones'), versioned: true, subject: 'pbx', binding: 'licensing', kind: 'floating' },
  { family: 'legacyRegistrations', typeRule: 'T-OLD', code: fixed('PBX-Registrations'), versioned: false, subject: 'pbx', binding: 'licensing', kind: 'legacy', impliedVersion: 5, successor: 'port' },
  { family: 'legacySoftwarePhones', typeRule: 'T-OLD', code: fixed('PBX-SoftwarePhones'), versioned: false, subject: 'pbx', binding: 'licensing', kind: 'legacy', impliedVersion: 5, successor: 'softwarePhones' },
  { family: 'legacyOperators', typeRule: 'T-OLD', code: fixed('PBX-Operators'), versioned: false, subject: 'operator', binding: 'licensing', kind: 'legacy', impliedVersion: 5, successor: 'operator' },
  // Gatekeeper relay registrations are hardware-based licenses created per serial number (POOL-1).
  { family: 'relayRegistrations', typeRule: 'T-OLD', code: fixed('Relay-Registrations'), versioned: false, subject: 'none', binding: 'device', kind: 'hardware' },
];

/** No prototype: a family name from outside ("toString", "__proto__") finds nothing. */
const BY_FAMILY: Readonly<Record<LicenseFamily, FamilySpec>> = Object.assign(Object.create(null), Object.fromEntries(CATALOG.map((spec) => [spec.family, spec])));

export function familySpec(family: LicenseFamily): FamilySpec {
  return BY_FAMILY[family];
}

/** Position of a family in the catalog: the order of a quote's lines. */
export const FAMILY_ORDER: ReadonlyMap<LicenseFamily, number> = new Map(CATALOG.map((spec, i) => [spec.family, i]));

/** The tier that holds license number `position` (1-based). */
export function tierAt(tiers: readonly Tier[], position: number): Tier {
  let found = tiers[0]!;
  for (const t of tiers) if (position >= t.first) found = t;
  return found;
}

/** innovaphone gateway models and the two facts the rules need about them. */
export interface GatewaySpec {
  /** FAX-2: an innovaphone Linux Application Platform: the 11 series except the IP1130, and the IP6010. */
  readonly linuxAp: boolean;
  /** HW-4: all hardware licenses already included. */
  readonly hardwareIncluded: boolean;
}

// The three kinds of gateway, one object each (the table names them 16 times).
const PLAIN = { linuxAp: false, hardwareIncluded: false } as const;
const LINUX_AP = { linuxAp: true, hardwareIncluded: false } as const;
const ALL_INCLUDED = { linuxAp: true, hardwareIncluded: true } as const;

export const GATEWAYS = {
  IP0010: PLAIN,
  IP0011: LINUX_AP,
  IP110: PLAIN,
  IP1060: PLAIN,
  IP1130: PLAIN,
  IP302: PLAIN,
  IP305: PLAIN,
  IP311: ALL_INCLUDED,
  IP411: ALL_INCLUDED,
  IP800: PLAIN,
  IP810: PLAIN,
  IP811: LINUX_AP,
  IP3010: PLAIN,
  IP3011: LINUX_AP,
  IP6000: PLAIN,
  IP6010: LINUX_AP,
} as const satisfies Record<string, GatewaySpec>;

export type GatewayModel = keyof typeof GATEWAYS;
export const GATEWAY_MODELS = Object.keys(GATEWAYS) as [GatewayModel, ...GatewayModel[]];

/**
 * PBX software major versions the calculator plans for. V13 to V16 keep the V12 guidelines'
 * schemes (the same types, PORT-3 / STBY-3 / VM-2 tiers): assumed, the guidelines being V12's.
 */
export const MIN_VERSION = 8;
export const MAX_VERSION = 16;
