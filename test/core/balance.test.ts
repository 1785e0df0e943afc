import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses, computeBalance } from '../../src/core/index.js';
import { loadLanguage } from '../../src/i18n/all.js';
import { formatMessage } from '../../src/i18n/index.js';

const serial = '00-90-33-00-00-00';

describe('computeBalance', () => {
  it('POOL-4 worked example: 100 PBX, 2 Operator, 25 SoftwarePhone minus 37, 1, 10 leaves 63, 1, 15', () => {
    const b = computeBalance({
      activationKeys: [
        { code: 'PBX-Registrations', count: 100 },
        { code: 'PBX-Operators', count: 2 },
        { code: 'PBX-SoftwarePhones', count: 25 },
      ],
      licenseKeys: [
        { code: 'PBX-Registrations', count: 37, serial, customer: 'innovaphone', location: 'Sindelfingen', status: 'active' },
        { code: 'PEX-Operators', count: 1, serial, status: 'active' },
        { code: 'PBX-SoftwarePhanes', count: 10, serial, status: 'active' },
      ],
    });
    const left = Object.fromEntries(b.rows.map((r) => [r.code, [r.loaded, r.used, r.left]]));
    expect(left).to.deep.equal({ 'PBX-Registrations': [100, 37, 63], 'PBX-Operators': [2, 1, 1], 'PBX-SoftwarePhones': [25, 10, 15] });
    expect(b.totals).to.deep.equal({ loaded: 127, used: 48, left: 79 });
    expect(b.overAllocated).to.deep.equal([]);
  });

  it('POOL-3: revoked keys debit nothing; POOL-4: over-allocation is flagged', () => {
    const b = computeBalance({
      activationKeys: [{ code: 'PBX-Port12', count: 10 }],
      licenseKeys: [
        { code: 'PBX-Port12', count: 8, serial, status: 'active' },
        { code: 'PBX-Port12', count: 5, serial, status: 'active' },
        { code: 'PBX-Port12', count: 50, serial, status: 'revoked' },
      ],
    });
    expect(b.rows[0]).to.deep.include({ loaded: 10, used: 13, left: -3, revoked: 50, overAllocated: true });
    expect(b.rows[0]!.keyIndexes).to.deep.equal([0, 1, 2]);
    expect(b.overAllocated).to.deep.equal(['PBX-Port12']);
    expect(b.notices[0]).to.deep.include({ key: 'notice.overAllocated', severity: 'error', params: { code: 'PBX-Port12', over: 3 } });
  });

  it('with a calculator result: what to order per code', () => {
    const required = calculateLicenses({ version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 45, trunks: 5, operators: 2 }] });
    const b = computeBalance({ activationKeys: [{ code: 'PBX-Port12', count: 30 }, { code: 'PBX-UC12', count: 3 }], licenseKeys: [] }, required);
    const order = Object.fromEntries(b.rows.map((r) => [r.code, [r.left, r.required, r.toOrder]]));
    expect(order).to.deep.equal({ 'PBX-Port12': [30, 50, 20], 'PBX-UC12': [3, 0, 0], 'PBX-Operator12': [0, 2, 2] });
    expect(b.totals.toOrder).to.equal(22);
  });

  it('To order is required − left, also when left is negative: 5 loaded, 8 used, 5 required: 8', () => {
    const b = computeBalance(
      { activationKeys: [{ code: 'PBX-Port12', count: 5 }, { code: 'PBX-UC12', count: 5 }], licenseKeys: [{ code: 'PBX-Port12', count: 8, serial, status: 'active' }, { code: 'PBX-UC12', count: 7, serial, status: 'active' }] },
      { lines: [{ code: 'PBX-Port12', quantity: 5 }] },
    );
    const order = Object.fromEntries(b.rows.map((r) => [r.code, [r.loaded, r.used, r.left, r.required, r.toOrder]]));
    // UC: nothing required, but 2 over-allocated: ordering 2 brings Left back to 0 (POOL-4).
    expect(order).to.deep.equal({ 'PBX-Port12': [5, 8, -3, 5, 8], 'PBX-UC12': [5, 7, -2, 0, 2] });
  });

  it('rejects bad keys with the path of the field', () => {
    try {
      computeBalance({ activationKeys: [], licenseKeys: [{ code: 'PBX-Port12', count: -1, serial: '', status: 'lost' }] });
      expect.fail('no error');
    } catch (e) {
      expect(e).to.be.instanceOf(LicenseInputError);
      expect((e as LicenseInputError).issues.map((i) => [i.path.join('.'), i.key])).to.deep.equal([
        ['licenseKeys.0.count', 'error.negative'],
        ['licenseKeys.0.serial', 'error.required'],
        ['licenseKeys.0.status', 'error.invalidOption'],
      ]);
    }
  });
});

describe('computeBalance: SSA notices grouped by what the reseller must do (issue 24, SSA-4, SSA-1)', () => {
  const key = (code: string, count: number, ssaUntil: string, status: 'active' | 'revoked' = 'active') => ({ code, count, serial, status, boundOn: '2024-01-01', ssaUntil });
  const balance = {
    today: '2026-12-02',
    activationKeys: [],
    licenseKeys: [
      key('PBX-Port12', 500, '2026-12-20'),
      key('PBX-UC12', 200, '2026-12-20'),
      key('PBX-Video12', 90, '2026-12-20'),
      key('PBX-Video12', 7, '2026-12-20'),
      key('PBX-Port12', 3, '2027-01-10'),
      key('PBX-Port12', 40, '2026-03-31'),
      key('PBX-UC12', 10, '2025-06-30'),
      // A revoked key debits nothing, and asks for nothing (POOL-3).
      key('PBX-Port12', 1000, '2026-12-20', 'revoked'),
    ],
  };

  it('one notice per SSA end date with the types listed once and counted, one for the ended SSAs (the last end named)', () => {
    const b = computeBalance(balance);
    const ssa = b.notices.filter((n) => n.ruleIds.includes('SSA-4') || n.ruleIds.includes('SSA-1'));
    expect(ssa.map((n) => [n.key, n.severity])).to.deep.equal([
      ['notice.ssaEndingTypes', 'warning'],
      ['notice.ssaEndingTypes', 'warning'],
      ['notice.ssaExpired', 'info'],
    ]);
    expect(ssa[0]!.params).to.deep.equal({
      count: 797,
      types: 3,
      codes: [{ label: 'PBX-Port12', count: 500 }, { label: 'PBX-UC12', count: 200 }, { label: 'PBX-Video12', count: 97 }],
      code: 'PBX-Port12',
      ssaUntil: '2026-12-20',
      days: 18,
    });
    expect(ssa[1]!.params).to.deep.include({ count: 3, types: 1, code: 'PBX-Port12', ssaUntil: '2027-01-10', days: 39 });
    expect(ssa[2]!.params).to.deep.equal({ count: 50, types: 2, codes: [{ label: 'PBX-Port12', count: 40 }, { label: 'PBX-UC12', count: 10 }], code: 'PBX-Port12', ssaUntil: '2026-03-31', dates: 2 });
  });

  it('reads as one sentence per deadline, in English and German', async () => {
    await loadLanguage('de');
    const b = computeBalance(balance);
    const [soon, later, ended] = b.notices.filter((n) => n.ruleIds.includes('SSA-4') || n.ruleIds.includes('SSA-1'));
    // One type is named, not listed.
    expect(formatMessage('en', later!.key, later!.params)).to.equal('The SSA of 3 licenses of PBX-Port12 ends on Jan 10, 2027 (in 39 days): extend it before it expires, without surcharge.');
    expect(formatMessage('en', soon!.key, soon!.params)).to.equal(
      'The SSA of 797 licenses in 3 types (PBX-Port12: 500, PBX-UC12: 200, and PBX-Video12: 97) ends on Dec 20, 2026 (in 18 days): extend it before it expires, without surcharge.',
    );
    expect(formatMessage('de', ended!.key, ended!.params)).to.equal('Das SSA von 50 Lizenzen in 2 Typen (PBX-Port12: 40 und PBX-UC12: 10) ist zuletzt am 31.03.2026 abgelaufen.');
  });
});
