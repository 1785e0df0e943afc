import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses, quoteJsonSchema, scenarioJsonSchema, validate, priceListSchema } from '../../src/core/index.js';
import { Validator } from '@cfworker/json-schema';

const hq = { name: 'HQ', platform: 'gateway' as const, users: 10, trunks: 0 };

describe('the quote as a customer document (issue 24): the price list', () => {
  it('an entry may carry the reseller\'s article number and name beside its price', () => {
    const q = calculateLicenses({
      version: 12,
      prices: { currency: 'EUR', 'PBX-Port 12': { price: 39.9, article: '02-00039-002', name: 'Port licence V12 (our bundle)' } },
      pbxs: [hq],
    });
    expect(q.lines[0]).to.deep.include({ code: 'PBX-Port12', quantity: 10, unitPrice: 39.9, lineNet: 399, article: '02-00039-002', name: 'Port licence V12 (our bundle)' });
    expect(q.total).to.deep.include({ net: 399, complete: true });
    expect(new Validator(quoteJsonSchema({ strict: true }) as object, '2020-12').validate(JSON.parse(JSON.stringify(q))).valid).to.equal(true);
  });

  it('a plain number prices as before, with no article or name; a malformed entry is an error at its key', () => {
    const q = calculateLicenses({ version: 12, prices: { 'PBX-Port12': 30 }, pbxs: [hq] });
    expect(q.lines[0]).to.not.have.any.keys('article', 'name');
    const bad = validate(priceListSchema, { 'PBX-Port12': { price: -1 }, 'PBX-UC12': { price: 5, prise: 4 } });
    expect(bad.ok).to.equal(false);
    expect(() => calculateLicenses({ version: 12, prices: { 'PBX-Port12': { article: 'x' } }, pbxs: [hq] })).to.throw(LicenseInputError);
  });
});

describe('the quote as a customer document (issue 24): the reseller\'s other articles', () => {
  const strict = () => new Validator(quoteJsonSchema({ strict: true }) as object, '2020-12');

  it('a priced gateway model adds that hardware, one per PBX on that model; extras are priced by their code', () => {
    const q = calculateLicenses({
      version: 12,
      licensing: 'local',
      prices: { currency: 'EUR', 'PBX-Port12': 30, 'PBX-IPVA12': 5, IP811: { price: 450, article: '01-00811-001' }, IP411: 300, Installation: 95, 'PBX-UC12': 60 },
      pbxs: [{ ...hq, gateway: 'IP811' }, { ...hq, name: 'Branch', gateway: 'IP811' }, { ...hq, name: 'Lab', platform: 'ipva' }],
      extras: [{ code: 'Installation', quantity: 8, name: 'Installation (hours)' }, { code: 'pbx-uc 12', quantity: 2 }, { code: 'Training', quantity: 1 }],
    });
    expect(q.extras).to.deep.equal([
      { code: 'IP811', kind: 'hardware', quantity: 2, pbx: 'HQ, Branch', unitPrice: 450, lineTotal: 900, discountPercent: 0, lineNet: 900, article: '01-00811-001' },
      { code: 'Installation', kind: 'extra', quantity: 8, name: 'Installation (hours)', unitPrice: 95, lineTotal: 760, discountPercent: 0, lineNet: 760 },
      { code: 'PBX-UC12', kind: 'extra', quantity: 2, unitPrice: 60, lineTotal: 120, discountPercent: 0, lineNet: 120 },
      { code: 'Training', kind: 'extra', quantity: 1, unitPrice: null, lineTotal: null, discountPercent: null, lineNet: null },
    ]);
    // Licenses 3 x 10 ports x 30, plus the articles; the unpriced training leaves it incomplete, with a notice.
    expect(q.total).to.deep.include({ list: 900 + 50 + 900 + 760 + 120, complete: false });
    expect(q.notices.filter((n) => n.key === 'notice.priceMissing').map((n) => n.params['code'])).to.deep.equal(['Training']);
    expect(strict().validate(JSON.parse(JSON.stringify(q))).valid).to.equal(true);
  });

  it('without prices: no gateway lines, the extras unpriced and without a notice; the scenario\'s JSON Schema has them', () => {
    const q = calculateLicenses({ version: 12, pbxs: [{ ...hq, gateway: 'IP811' }], extras: [{ code: 'Installation', quantity: 1 }] });
    expect(q.extras).to.deep.equal([{ code: 'Installation', kind: 'extra', quantity: 1 }]);
    expect(q.notices.some((n) => n.key === 'notice.priceMissing')).to.equal(false);
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown> };
    expect(schema.properties).to.have.property('extras');
    expect(() => calculateLicenses({ version: 12, pbxs: [hq], extras: [{ code: '', quantity: -1 }] })).to.throw(LicenseInputError);
    expect(strict().validate(JSON.parse(JSON.stringify(q))).valid).to.equal(true);
  });
});
