import { expect } from '@open-wc/testing';
import { CATALOG, LicenseInputError, effectiveVersion, familySpec, licenseCode, parseLicenseKeys, parseLicenseLines, parseLicenseType, scenarioSchema, validate, versionCheckSchema, type LicenseFamily } from '../../src/core/index.js';
import { LANGS, formatMessage, loadMessages } from '../../src/i18n/index.js';
import { commonMessages } from '../../src/i18n/domains/common.js';
import { errorsMessages } from '../../src/i18n/domains/errors.js';

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
    // The Dutch table (licentiemodel V12r2), as the German one: one cell over two lines.
    ['PBX-Recording12 Recording 2014. Basis-licentie', 'PBX-Recording12(Basic)', 'recordingBasic', 12, null],
    ['PBX-Recording12 \nRecording 2014. User-licentie', 'PBX-Recording12(User)', 'recordingUser', 12, null],
    ['Recording 2014. Basis-licentie', 'PBX-Recording12(Basic)', 'recordingBasic', 12, null],
    ['Recording 2014. User-licentie', 'PBX-Recording12(User)', 'recordingUser', 12, null],
    ['PBX-Recording12 Recording 2014. Grundlizenz', 'PBX-Recording12(Basic)', 'recordingBasic', 12, null],
    // The other cells the Dutch (and German) tables break over two lines.
    ['PBX-Port \n12%1000', 'PBX-Port12%1000', 'port', 12, 1000],
    ['PBX-Standby \n12%2000', 'PBX-Standby12%2000', 'standby', 12, 2000],
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

  for (const bad of ['PBX-Port12%700', 'PBX-Port12%0500', 'PBX-Port12%1', 'PBX-Voicemail12%500', 'PBX-Fax12%1', 'PBX-Port', 'Relay-BRIs12', 'PBX-Foo12', 'User', 'Basic license', 'Basis-licentie', 'Recording 2014.', '', 'PBX-Port0', 'PBX-Port123', '<script>alert(1)</script>', 'x'.repeat(5000)]) {
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

  // VM-4: "not possible to downgrade to a V9 Voicemail license"; the per-user model exists from
  // V10 (VM-1). REC-4: Voice Recording needs version 10. The catalog's minVersion says so.
  const neverMade: [string, number, string][] = [
    ['PBX-VoicemailUser9', 10, 'VM-4'],
    ['PBX-VoicemailUser 8', 10, 'VM-4'],
    ['PBX-Recording9(Basic)', 10, 'REC-4'],
    ['PBX-Recording9(User)', 10, 'REC-4'],
    ['PBX-Recording9 Recording14 Basic license', 10, 'REC-4'],
    ['PBX-Recording9 Recording 2014. User-licentie', 10, 'REC-4'],
  ];
  for (const [text, minimum, rule] of neverMade) {
    it(`refuses ${JSON.stringify(text)}: that type exists from V${minimum} (${rule})`, () => {
      const error = (() => {
        try {
          parseLicenseType(text);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).to.be.instanceOf(LicenseInputError);
      expect((error as LicenseInputError).issues).to.deep.equal([{ path: [], key: 'error.licenseBeforeVersion', params: { text, minimum, rule } }]);
      expect(formatMessage('en', 'error.licenseBeforeVersion', (error as LicenseInputError).issues[0]!.params)).to.equal(`There is no "${text}": this type exists from V10 on (${rule}).`);
    });
  }

  it('says so in all five languages, naming the text, the version and the rule', async () => {
    await Promise.all(LANGS.map((lang) => loadMessages(lang, [commonMessages, errorsMessages])));
    const said = LANGS.map((lang) => formatMessage(lang, 'error.licenseBeforeVersion', { text: 'PBX-Recording9(User)', minimum: 10, rule: 'REC-4' }));
    expect(said.slice(1)).to.deep.equal([
      'Eine Lizenz „PBX-Recording9(User)“ gibt es nicht: diesen Lizenztyp gibt es erst ab V10 (REC-4).',
      'La licenza "PBX-Recording9(User)" non esiste: questo tipo di licenza esiste solo dalla V10 (REC-4).',
      'Een licentie "PBX-Recording9(User)" bestaat niet: dit licentietype bestaat pas vanaf V10 (REC-4).',
      'La licence « PBX-Recording9(User) » n’existe pas : ce type de licence n’existe qu’à partir de la V10 (REC-4).',
    ]);
  });

  it('reads the versions that exist: PBX-VoicemailUser10, PBX-Recording10(Basic), PBX-Voicemail9 (old model), PBX-QueueMonitor8 (QM-3)', () => {
    expect(['PBX-VoicemailUser10', 'PBX-Recording10(Basic)', 'PBX-Voicemail9', 'PBX-QueueMonitor8'].map((t) => parseLicenseType(t).code)).to.deep.equal(['PBX-VoicemailUser10', 'PBX-Recording10(Basic)', 'PBX-Voicemail9', 'PBX-QueueMonitor8']);
  });

  before(() => loadMessages('en', [commonMessages, errorsMessages]));

  it('the minimum versions are catalog data, one per family (VM-4, REC-4)', () => {
    expect(Object.fromEntries(CATALOG.filter((s) => s.minVersion !== undefined).map((s) => [s.family, [s.minVersion, s.minPbxRule]]))).to.deep.equal({
      voicemailUser: [10, 'VM-4'],
      recordingBasic: [10, 'REC-4'],
      recordingUser: [10, 'REC-4'],
    });
  });

  it('says why in every input that takes a license type: schemas, pasted lines and keys, existing licenses', () => {
    const why = { key: 'error.licenseBeforeVersion', params: { text: 'PBX-VoicemailUser9', minimum: 10, rule: 'VM-4' } };
    expect(validate(versionCheckSchema, { pbxVersion: 9, licenses: [{ code: 'PBX-VoicemailUser9', count: 5 }] })).to.deep.equal({ ok: false, issues: [{ path: ['licenses', 0, 'code'], ...why }] });
    expect(parseLicenseLines('PBX-VoicemailUser9 5').issues).to.deep.equal([{ path: [1], ...why }]);
    expect(parseLicenseLines('PBX-VoicemailUser9\t5').issues).to.deep.equal([{ path: [1], ...why }]);
    expect(parseLicenseKeys('PBX-VoicemailUser9;5;00-90-33-00-00-00;;;;active').issues).to.deep.equal([{ path: [1], ...why }]);
    const existing = validate(scenarioSchema, { version: 12, existing: { 'PBX-VoicemailUser9': 5 }, pbxs: [{ name: 'HQ', platform: 'gateway', users: 5, trunks: 1 }] });
    expect(existing.ok ? [] : existing.issues).to.deep.equal([{ path: ['existing', 'PBX-VoicemailUser9'], ...why }]);
  });

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
