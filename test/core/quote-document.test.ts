import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses, quoteJsonSchema, validate, priceListSchema } from '../../src/core/index.js';
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
