import { expect } from '@open-wc/testing';
import { LicenseInputError, checkVersions, parseSoftwareVersion } from '../../src/core/index.js';

const today = '2026-11-22';
const check = (pbxVersion: number | string, licenses: { code: string; count: number; boundOn?: string; ssaUntil?: string }[], extra = {}) =>
  checkVersions({ pbxVersion, licenses, today, ...extra });

describe('checkVersions', () => {
  describe('G-4 worked example', () => {
    const both = [
      { code: 'PBX-Port10', count: 100 },
      { code: 'PBX-Port12', count: 100 },
    ];
    it('100 V10 + 100 V12 Port licenses at V10: ok, with 200 ports', () => {
      const r = check(10, both);
      expect([r.ok, r.maxPbxVersion, r.usable.port, r.blocking.length]).to.deep.equal([true, 10, 200, 0]);
    });
    it('the same at V12: blocked by the 100 V10 Port licenses', () => {
      const r = check('V12', both);
      expect(r.ok).to.equal(false);
      expect(r.maxPbxVersion).to.equal(10);
      expect(r.blocking.map((b) => [b.code, b.count])).to.deep.equal([['PBX-Port10', 100]]);
      expect(r.blocking[0]!.ruleIds).to.include.members(['G-3', 'G-4', 'PORT-5']);
      expect(r.blocking[0]!.reason).to.deep.equal({ key: 'blocking.version', params: { code: 'PBX-Port10', count: 100, licenseVersion: 10, softwareVersion: 12 } });
      expect(r.usable.port).to.equal(100);
    });
    it('without the V10 licenses at V12: ok with 100 ports', () => {
      const r = check('12r2', [{ code: 'PBX-Port12', count: 100 }]);
      expect([r.ok, r.maxPbxVersion, r.usable.port, r.pbxVersion]).to.deep.equal([true, 12, 100, 'V12r2']);
    });
  });

  it('accepts versions as 12, "V12", "12r2" and "10 SR12"', () => {
    expect(parseSoftwareVersion(12)).to.deep.equal({ major: 12, release: null, serviceRelease: null });
    expect(parseSoftwareVersion('V12')).to.deep.equal({ major: 12, release: null, serviceRelease: null });
    expect(parseSoftwareVersion('12r2')).to.deep.equal({ major: 12, release: 2, serviceRelease: null });
    expect(parseSoftwareVersion('10 SR12')).to.deep.equal({ major: 10, release: null, serviceRelease: 12 });
    expect(() => check('twelve', [])).to.throw(LicenseInputError);
  });

  it('G-3: a V11 license cannot run V12; a V12 license runs V10', () => {
    expect(check(12, [{ code: 'PBX-UC11', count: 5 }]).ok).to.equal(false);
    expect(check(10, [{ code: 'PBX-UC12', count: 5 }]).ok).to.equal(true);
  });

  it('HW-3: hardware licenses never block nor cap', () => {
    const r = check(14, [{ code: 'Relay BRIs', count: 4 }]);
    expect([r.ok, r.maxPbxVersion, r.usable.bri]).to.deep.equal([true, null, 4]);
  });

  it('OP-2 and QM-3: Operator and Queue Monitor licenses are checked against their own software', () => {
    const r = check(12, [{ code: 'PBX-Operator10', count: 2 }, { code: 'PBX-QueueMonitor11', count: 1 }], { operatorVersion: 11, queueMonitorVersion: '11' });
    expect(r.blocking.map((b) => [b.code, b.reason.key, b.ruleIds[0]])).to.deep.equal([['PBX-Operator10', 'blocking.operatorVersion', 'OP-2']]);
    expect(r.maxPbxVersion).to.equal(null);
    const unknown = check(12, [{ code: 'PBX-Operator10', count: 2 }]);
    expect(unknown.ok).to.equal(true);
    expect(unknown.notices.map((n) => n.key)).to.include('notice.operatorVersionUnknown');
  });

  it('SWP-2: Softwarephone licenses follow the PBX version', () => {
    expect(check(12, [{ code: 'PBX-SoftwarePhones11', count: 3 }]).blocking[0]!.ruleIds).to.include('SWP-2');
  });

  it('VM-4: a Voicemail User license cannot run a PBX of version 9 or older', () => {
    const r = check(9, [{ code: 'PBX-VoicemailUser12', count: 10 }]);
    expect(r.blocking.map((b) => [b.code, b.reason.key, b.ruleIds])).to.deep.equal([['PBX-VoicemailUser12', 'blocking.pbxTooOld', ['VM-4']]]);
  });

  it('VM-3: the two Voicemail models installed together are an error', () => {
    const r = check(12, [{ code: 'PBX-Voicemail12', count: 1 }, { code: 'PBX-VoicemailUser12', count: 1 }]);
    expect(r.ok).to.equal(false);
    expect(r.notices.find((n) => n.key === 'notice.voicemailModelsMixedInstalled')!.ruleIds).to.deep.equal(['VM-3']);
  });

  it('QM-2: the Queue Monitor needs PBX V9', () => {
    const r = check(8, [{ code: 'PBX-QueueMonitor12', count: 1 }], { queueMonitorVersion: 12 });
    expect(r.blocking[0]!.ruleIds).to.deep.equal(['QM-2']);
  });

  it('REC-4: recording needs V10, and its Reporting 10 SR12', () => {
    expect(check(9, [{ code: 'PBX-Recording12(Basic)', count: 1 }]).blocking[0]!.ruleIds).to.deep.equal(['REC-4']);
    expect(check('10 SR11', [{ code: 'PBX-Recording12(Basic)', count: 1 }]).notices.map((n) => n.key)).to.include('notice.reportingNeeds10SR12');
    expect(check('10 SR12', [{ code: 'PBX-Recording12(Basic)', count: 1 }]).notices.map((n) => n.key)).to.not.include('notice.reportingNeeds10SR12');
  });

  it('SSA-1: a blocking license is upgraded free of charge when the version was released within its SSA', () => {
    const r = check(
      12,
      [
        { code: 'PBX-Port10', count: 100, ssaUntil: '2027-03-31' },
        { code: 'PBX-Port11', count: 5, ssaUntil: '2026-11-21' },
        { code: 'PBX-Port9', count: 7, boundOn: '2026-12-01', ssaUntil: '2029-12-01' },
      ],
      { targetReleased: '2026-11-22', today: '2026-11-26' },
    );
    expect(r.blocking.map((b) => [b.code, b.upgradableUnderSsa, b.ssa])).to.deep.equal([
      ['PBX-Port10', true, 'covered'],
      ['PBX-Port11', false, 'outside'],
      ['PBX-Port9', false, 'outside'],
    ]);
    expect(r.notices.find((n) => n.key === 'notice.ssaUpgrade')!.params['code']).to.equal('PBX-Port10');
  });

  it('SSA-4: an SSA ending within 60 days is flagged, one that ended or ends later is not', () => {
    const keys = (ssaUntil: string) => check(12, [{ code: 'PBX-Port12', count: 3, ssaUntil }], { today: '2026-11-26' }).notices.map((n) => n.key);
    expect(keys('2027-01-25')).to.include('notice.ssaEndingSoon');
    expect(keys('2027-01-26')).to.not.include('notice.ssaEndingSoon');
    expect(keys('2026-11-25')).to.not.include('notice.ssaEndingSoon');
  });

  it('SSA-1: judged by the release date, not today: without it the SSA cannot be told', () => {
    // An SSA running today does not cover a version released after it ends, nor one whose date is not given.
    const lots = [{ code: 'PBX-Port10', count: 10, ssaUntil: '2027-03-31' }];
    expect(check(12, lots, { today: '2026-11-26', targetReleased: '2027-04-01' }).blocking[0]!.upgradableUnderSsa).to.equal(false);
    const unknown = check(12, lots, { today: '2026-11-26' });
    expect(unknown.blocking[0]!.ssa).to.equal('unknown');
    expect(unknown.notices.map((n) => n.key)).to.include('notice.targetReleaseUnknown');
  });

  it('REL-1/REL-2: V8+ licenses can be released; IPVA and V6/V7 licenses stay bound', () => {
    const r = check(12, [{ code: 'PBX-Port10', count: 1 }, { code: 'PBX-IPVA10', count: 1 }, { code: 'PBX-Port7', count: 1 }]);
    expect(r.blocking.map((b) => [b.code, b.releasable])).to.deep.equal([
      ['PBX-Port10', true],
      ['PBX-IPVA10', false],
      ['PBX-Port7', false],
    ]);
  });

  it('V5.01 licenses carry no version and cap the installation at V5', () => {
    const r = check(8, [{ code: 'PBX-Registrations', count: 10 }]);
    expect([r.ok, r.maxPbxVersion]).to.deep.equal([false, 5]);
  });

  it('rejects unknown codes with a typed error naming the field', () => {
    try {
      check(12, [{ code: 'PBX-Nope', count: 1 }]);
      expect.fail('no error');
    } catch (e) {
      expect((e as LicenseInputError).issues[0]).to.deep.include({ path: ['licenses', 0, 'code'], key: 'error.unknownLicenseType' });
      expect((e as LicenseInputError).issues[0]!.params['text']).to.equal('PBX-Nope');
    }
  });
});

describe('checkVersions: which rule keeps a blocking license bound (issue 22, item 6)', () => {
  const release = (code: string) => check(12, [{ code, count: 50 }]).notices.filter((n) => /Release/.test(n.key)).map((n) => [n.key, n.ruleIds]);
  it('PBX-Registrations are licenses of the V5.01 license manager: releasing works as from V8 (REL-1), not "V6/V7" (REL-2)', () => {
    expect(release('PBX-Registrations')).to.deep.equal([['notice.cannotReleaseV501', ['REL-1']]]);
  });
  it('a V7 Port license stays bound by REL-2, an IPVA license by IPVA-4, a V10 Port license can be released (REL-1)', () => {
    expect(release('PBX-Port7')).to.deep.equal([['notice.cannotRelease', ['REL-2']]]);
    expect(release('PBX-IPVA10')).to.deep.equal([['notice.cannotRelease', ['IPVA-4']]]);
    expect(release('PBX-Port10')).to.deep.equal([['notice.canRelease', ['REL-1']]]);
  });
});
