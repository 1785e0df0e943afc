import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses, computeBalance } from '../../src/core/index.js';

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
