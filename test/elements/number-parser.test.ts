import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseLocaleNumber } from '../../src/elements/shared/number-parser.js';

const value = (text: string, locale: string) => {
  const r = parseLocaleNumber(text, locale);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('parseLocaleNumber: counts as people type them', () => {
  it("accepts the locale's grouping", () => {
    expect(value('1.000', 'de')).to.equal(1000);
    expect(value('1.000', 'nl')).to.equal(1000);
    expect(value('1,000', 'en')).to.equal(1000);
    expect(value('1 000', 'en')).to.equal(1000);
    expect(value('1 000', 'de')).to.equal(1000);
    expect(value('12,34,567', 'en-IN')).to.equal(1234567);
    expect(value("1'000", 'de-CH')).to.equal(1000);
    expect(value('250', 'de')).to.equal(250);
    expect(value('-5', 'en')).to.equal(-5);
  });

  it('refuses what two locales read as different numbers, never a silent other number', () => {
    expect(parseLocaleNumber('1.000', 'en')).to.deep.equal({ kind: 'ambiguous', plain: '1000', grouped: '1,000' });
    expect(parseLocaleNumber('1,000', 'de')).to.deep.equal({ kind: 'ambiguous', plain: '1000', grouped: '1.000' });
    expect(parseLocaleNumber('12,500', 'nl')).to.deep.equal({ kind: 'ambiguous', plain: '12500', grouped: '12.500' });
  });

  it('reads decimals as decimals (the schema then asks for a whole number) and refuses bad grouping', () => {
    expect(value('1.5', 'en')).to.equal(1.5);
    expect(value('1,5', 'de')).to.equal(1.5);
    expect(value('1,5', 'en')).to.equal('invalid');
    expect(value('1.00.0', 'de')).to.equal('invalid');
    expect(value('0x10', 'en')).to.equal('invalid');
    expect(value('１２', 'en')).to.equal('invalid');
    expect(value('1e3', 'en')).to.equal('invalid');
    expect(value('  ', 'en')).to.equal('empty');
  });

  it('what Intl formats for a locale reads back to the same number (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('en', 'en-US', 'de', 'de-CH', 'nl', 'fr', 'it', 'en-IN'), (n, locale) => {
        expect(value(new Intl.NumberFormat(locale).format(n), locale), `${locale} ${n}`).to.equal(n);
      }),
      { numRuns: 300 },
    );
  });
});
