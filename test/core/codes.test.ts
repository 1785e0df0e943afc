import { expect } from '@open-wc/testing';
import { CATALOG, LicenseInputError, effectiveVersion, familySpec, licenseCode, parseLicenseType, type LicenseFamily } from '../../src/core/index.js';

describe('parseLicenseType (RULES.md code table)', () => {
  const spellings: [string, string, string, number | null, number | null][] = [
    ['Relay BRIs', 'Relay-BRIs', 'bri', null, null],
    ['relay-pris', 'Relay-PRIs', 'pri', null, null],
    ['Relay channels', 'Relay-Channels', 'channels', null, null],
    ['PBX-IPVA12', 'PBX-IPVA12', 'ipva', 12, null],
    ['PBX-Port12', 'PBX-Port12', 'port', 12, null],
    ['PBX-Port 12%500', 'PBX-Port12%500', 'port', 12, 500],
    ['PBX-Port 11%1000', 'PBX-Port11%1000', 'port', 11, 1000],
    ['pbx port12%2000', 'PBX-Port12%2000', 'port', 12, 2000],
    ['PBXPort12%5000', 'PBX-Port12%5000', 'port', 12, 5000],
    ['PBX-Standby 12%500', 'PBX-Standby12%500', 'standby', 12, 500],
    ['PBX-Standby12', 'PBX-Standby12', 'standby', 12, null],
    ['PBX-App(innovaphone-pbx-conference)', 'PBX-App(innovaphone-pbx-conference)', 'conference', null, null],
    ['PBX-App(innovaphone-pbx-\nconference)', 'PBX-App(innovaphone-pbx-conference)', 'conference', null, null],
    ['PBX-myPBX12', 'PBX-myPBX12', 'myPBX', 12, null],
    ['PBX Video12', 'PBX-Video12', 'video', 12, null],
    ['PBX-AppSharing12', 'PBX-AppSharing12', 'appSharing', 12, null],
    ['PBX-Fax12', 'PBX-Fax12', 'fax', 12, null],
    ['PBX-Voicemail12', 'PBX-Voicemail12', 'voicemail', 12, null],
    ['PBX-Voicemail12%1', 'PBX-Voicemail12%1', 'voicemail', 12, 1],
    ['PBX-Voicemail12%250', 'PBX-Voicemail12%250', 'voicemail', 12, 250],
    ['PBX-VoicemailUser12', 'PBX-VoicemailUser12', 'voicemailUser', 12, null],
    ['PBX-Mobility12', 'PBX-Mobility12', 'mobility', 12, null],
    ['PBX UC12', 'PBX-UC12', 'uc', 12, null],
    ['PBX-UC11', 'PBX-UC11', 'uc', 11, null],
    ['PBX-WebRTC12', 'PBX-WebRTC12', 'webrtc', 12, null],
    ['PBX-Reporting12', 'PBX-Reporting12', 'reporting', 12, null],
    ['PBX-Recording12(Basic)', 'PBX-Recording12(Basic)', 'recordingBasic', 12, null],
    ['PBX-Recording12 Recording14 Basic license', 'PBX-Recording12(Basic)', 'recordingBasic', 12, null],
    ['PBX-Recording12 Recording14 User license', 'PBX-Recording12(User)', 'recordingUser', 12, null],
    ['Recording 2014. Grundlizenz', 'PBX-Recording12(Basic)', 'recordingBasic', 12, null],
    ['Recording 2014. User Lizenz', 'PBX-Recording12(User)', 'recordingUser', 12, null],
    ['PBX-Recording10(User)', 'PBX-Recording10(User)', 'recordingUser', 10, null],
    ['PBX-QueueMonitor12', 'PBX-QueueMonitor12', 'queueMonitor', 12, null],
    ['PBX-Operator12', 'PBX-Operator12', 'operator', 12, null],
    ['PBX SoftwarePhones12', 'PBX-SoftwarePhones12', 'softwarePhones', 12, null],
    ['PBX-Port10', 'PBX-Port10', 'port', 10, null],
    ['PBX-Registrations', 'PBX-Registrations', 'legacyRegistrations', null, null],
    ['PBX-SoftwarePhones', 'PBX-SoftwarePhones', 'legacySoftwarePhones', null, null],
    ['PBX-SoftwarePhanes', 'PBX-SoftwarePhones', 'legacySoftwarePhones', null, null],
    ['PBX-Operators', 'PBX-Operators', 'legacyOperators', null, null],
    ['PEX-Operators', 'PBX-Operators', 'legacyOperators', null, null],
    ['Relay-Registrations', 'Relay-Registrations', 'relayRegistrations', null, null],
    ['  pbx-port 12  ', 'PBX-Port12', 'port', 12, null],
  ];
  for (const [text, code, family, version, tier] of spellings) {
    it(`reads ${JSON.stringify(text)} as ${code}`, () => {
      expect(parseLicenseType(text)).to.deep.equal({ code, family, version, tier });
    });
  }

  for (const bad of ['PBX-Port12%700', 'PBX-Port12%0500', 'PBX-Port12%1', 'PBX-Voicemail12%500', 'PBX-Fax12%1', 'PBX-Port', 'Relay-BRIs12', 'PBX-Foo12', 'User', 'Basic license', '', 'PBX-Port0', 'PBX-Port123', '<script>alert(1)</script>', 'x'.repeat(5000)]) {
    it(`rejects ${JSON.stringify(bad.slice(0, 30))} with a LicenseInputError naming it`, () => {
      let error: unknown;
      try {
        parseLicenseType(bad);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(LicenseInputError);
      const issue = (error as LicenseInputError).issues[0]!;
      expect(issue.key).to.equal('error.unknownLicenseType');
      expect(String(issue.params['text']).length).to.be.at.most(61);
      expect(bad.startsWith(String(issue.params['text']).replace('…', ''))).to.equal(true);
    });
  }

  it('rejects non-strings with a typed error', () => {
    expect(() => parseLicenseType(42)).to.throw(LicenseInputError);
    expect(() => parseLicenseType(null)).to.throw(LicenseInputError);
  });

  it('gives V5.01 licenses their implied version 5 (T-OLD) and hardware none (HW-3)', () => {
    expect(effectiveVersion(parseLicenseType('PBX-Registrations'))).to.equal(5);
    expect(effectiveVersion(parseLicenseType('Relay-BRIs'))).to.equal(null);
  });
});

describe('licenseCode', () => {
  it('spells every version and tier, the same each time it is asked (codes are built once)', () => {
    const asked: [string, number | null, number | null, string][] = [
      ['port', 12, null, 'PBX-Port12'],
      ['port', 12, 500, 'PBX-Port12%500'],
      ['port', 11, 5000, 'PBX-Port11%5000'],
      ['voicemail', 10, 1, 'PBX-Voicemail10%1'],
      ['voicemail', 10, 250, 'PBX-Voicemail10%250'],
      ['recordingUser', 13, null, 'PBX-Recording13(User)'],
      ['bri', 12, null, 'Relay-BRIs'],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [family, version, tier, code] of asked) expect(licenseCode(family as LicenseFamily, version, tier)).to.equal(code);
    }
  });

  it('spells versions it does not keep (fractions, huge numbers) without mixing them up', () => {
    expect(licenseCode('port', 1.5, null)).to.equal('PBX-Port1.5');
    expect(licenseCode('port', 1e9, 500)).to.equal('PBX-Port1000000000%500');
    expect(licenseCode('port', 0, 100000)).to.equal('PBX-Port0%100000');
    expect(licenseCode('port', 1, null)).to.equal('PBX-Port1');
  });
});

describe('familySpec', () => {
  it('finds every catalog family and nothing for names inherited by plain objects', () => {
    for (const spec of CATALOG) expect(familySpec(spec.family)).to.equal(spec);
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) expect(familySpec(name as LicenseFamily)).to.equal(undefined);
  });
});
