import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses, checkVersions, computeBalance, parseLicenseKeys, parseLicenseLines, parseLocaleDate, planUpgrade } from '../../src/core/index.js';
import { formatMessage } from '../../src/i18n/index.js';
import { loadLanguage } from '../../src/i18n/all.js';

// Issue 22, item 11: dates are what was typed. A day that does not exist is refused naming the
// text as typed, in every date field; a dotted date is day first in every locale.

before(() => Promise.all([loadLanguage('en'), loadLanguage('de')]));

const serial = '00-90-33-00-00-00';
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(LicenseInputError);
    return (e as LicenseInputError).issues.map((i) => [i.path.join('.'), i.key, i.params['text']]);
  }
  throw new Error('no LicenseInputError');
};
const NOT_DAYS = ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01'];

describe('dates as typed (issue 22)', () => {
  it('a dotted date is day first in every locale: 10.01.2024 is 10 January, also on an English page', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'de', 'nl', 'it', 'fr']) {
      expect(parseLocaleDate('10.01.2024', locale), locale).to.equal('2024-01-10');
      expect(parseLocaleDate('1.10.2024', locale), locale).to.equal('2024-10-01');
      expect(parseLocaleDate('31. 3. 2026', locale), locale).to.equal('2026-03-31');
    }
    // Slashes follow the locale: US English writes the month first, British English the day.
    expect(parseLocaleDate('1/10/2024', 'en-US')).to.equal('2024-01-10');
    expect(parseLocaleDate('10/01/2024', 'en-GB')).to.equal('2024-01-10');
    expect(parseLocaleDate('31-3-2026', 'nl')).to.equal('2026-03-31');
    // A year that is not last is no dotted date.
    expect(parseLocaleDate('2026.03.31', 'en')).to.equal(null);
  });

  it('a day that does not exist is no date, in ISO or in the locale form', () => {
    for (const text of [...NOT_DAYS, '31.02.2026', '29.02.2026', '2/31/2026']) {
      for (const locale of ['en-US', 'de', 'nl']) expect(parseLocaleDate(text, locale), `${text} ${locale}`).to.equal(null);
    }
    expect(parseLocaleDate('29.02.2028', 'de')).to.equal('2028-02-29');
    expect(parseLocaleDate('2028-02-29', 'en')).to.equal('2028-02-29');
  });

  it('today, targetReleased, boundOn and ssaUntil name the text as typed', () => {
    for (const text of NOT_DAYS) {
      expect(issuesOf(() => checkVersions({ pbxVersion: 12, today: text, licenses: [] }))).to.deep.equal([['today', 'error.invalidDate', text]]);
      expect(issuesOf(() => computeBalance({ today: text, activationKeys: [], licenseKeys: [] }))).to.deep.equal([['today', 'error.invalidDate', text]]);
      expect(issuesOf(() => calculateLicenses({ version: 12, today: text, pbxs: [{ name: 'HQ', platform: 'gateway', users: 5, trunks: 1 }] }))).to.deep.equal([['today', 'error.invalidDate', text]]);
      expect(issuesOf(() => planUpgrade({ target: 12, targetReleased: text, licenses: [] }))).to.deep.equal([['targetReleased', 'error.invalidDate', text]]);
      expect(
        issuesOf(() => computeBalance({ activationKeys: [], licenseKeys: [{ code: 'PBX-Port12', count: 1, serial, status: 'active', boundOn: text, ssaUntil: '31.02.2026' }] })),
      ).to.deep.equal([
        ['licenseKeys.0.boundOn', 'error.invalidDate', text],
        ['licenseKeys.0.ssaUntil', 'error.invalidDate', '31.02.2026'],
      ]);
    }
  });

  it('pasted columns name the cell as typed; a good dotted date in the same table is read day first', () => {
    const lines = parseLicenseLines('PBX-Port10;100;HQ-1;10.01.2024;31.02.2026\nPBX-Port12;5;HQ-1;2026-02-29;', { locale: 'en' });
    expect(lines.issues).to.deep.equal([
      { path: [1], key: 'error.invalidDate', params: { text: '31.02.2026' } },
      { path: [2], key: 'error.invalidDate', params: { text: '2026-02-29' } },
    ]);
    expect(parseLicenseLines('PBX-Port10;100;HQ-1;10.01.2024;09.01.2027', { locale: 'en-US' }).licenses).to.deep.equal([{ code: 'PBX-Port10', count: 100, device: 'HQ-1', boundOn: '2024-01-10', ssaUntil: '2027-01-09' }]);
    const keys = parseLicenseKeys(`PBX-Port12;5;${serial};;;;active;10.01.2024;2026-02-31`, { locale: 'en' });
    expect(keys.issues).to.deep.equal([{ path: [1], key: 'error.invalidDate', params: { text: '2026-02-31' } }]);
  });

  it('the message quotes the text as typed, never another date', () => {
    const issue = (() => {
      try {
        checkVersions({ pbxVersion: 12, today: '2026-02-31', licenses: [] });
      } catch (e) {
        return (e as LicenseInputError).issues[0]!;
      }
      throw new Error('no LicenseInputError');
    })();
    expect(formatMessage('en', issue.key, issue.params)).to.equal('Not a date: "2026-02-31" (write 2026-03-31, or as your language writes dates).');
    expect(formatMessage('de', issue.key, issue.params)).to.equal('Kein Datum: „2026-02-31“ (schreiben Sie 2026-03-31 oder 31.03.2026).');
  });
});

describe('Pasted tables with a header row in French (issue 23)', () => {
  it('"Lié le" and "SSA jusqu’au" name the bind date and the SSA end, as "Bindungsdatum" and "SSA bis" do', () => {
    const text = ['Type de licence;Quantité;Appareil;Lié le;SSA jusqu’au', 'PBX-Port10;100;HQ-1;10.01.2024;09.01.2027'].join('\n');
    const read = parseLicenseLines(text, { locale: 'fr' });
    expect(read.issues).to.deep.equal([]);
    expect(read.licenses).to.deep.equal([{ code: 'PBX-Port10', count: 100, device: 'HQ-1', boundOn: '2024-01-10', ssaUntil: '2027-01-09' }]);
  });
});
