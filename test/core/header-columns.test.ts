import { expect } from '@open-wc/testing';
import { parseLicenseLines, readLicenseList } from '../../src/core/index.js';
import { parseLocaleNumber } from '../../src/elements/shared/number-parser.js';

// Issue 24: spreadsheet exports as they really are: a header names the columns, unknown ones are
// not read (and named once), quoted cells, counts with the locale's grouping.
const de = (text: string) => parseLocaleNumber(text, 'de');
const en = (text: string) => parseLocaleNumber(text, 'en');

describe('header-named columns in pasted tables (issue 24)', () => {
  it('a header row with unknown columns: they are not read, and named once', () => {
    const read = parseLicenseLines(['Project;License type;Comment;Quantity', 'HQ;PBX-Port10;first floor;100', 'Branch;PBX-UC10;;5'].join('\n'));
    expect(read.issues).to.deep.equal([]);
    expect(read.licenses).to.deep.equal([
      { code: 'PBX-Port10', count: 100 },
      { code: 'PBX-UC10', count: 5 },
    ]);
    expect(read.ignoredColumns).to.deep.equal(['Project', 'Comment']);
    const list = readLicenseList(['Projekt\tLizenztyp\tAnzahl\tKommentar', 'HQ\tPBX-Port10\t100\tx', 'HQ\tPBX-Port12\t100\ty'].join('\n'), { locale: 'de' });
    expect(list.notes.filter((n) => n.key === 'notice.columnsIgnored').map((n) => n.params)).to.deep.equal([{ text: 'Projekt, Kommentar' }]);
  });

  it('a device name: a column a header names Name (five languages), or the sixth column; a JSON lot\'s deviceName', () => {
    for (const header of ['Name', 'Gerätename', 'Naam', 'Nome', 'Nom', 'Device name']) {
      const read = parseLicenseLines([`License type;Quantity;Serial;${header}`, 'PBX-Port12;500;00-90-33-01-02-ab;Headquarters'].join('\n'));
      expect(read.licenses, header).to.deep.equal([{ code: 'PBX-Port12', count: 500, device: '00-90-33-01-02-ab', deviceName: 'Headquarters' }]);
      expect(read.ignoredColumns, header).to.equal(undefined);
    }
    expect(parseLicenseLines('PBX-Port12;5;HQ-1;;;Headquarters').licenses).to.deep.equal([{ code: 'PBX-Port12', count: 5, device: 'HQ-1', deviceName: 'Headquarters' }]);
    const json = readLicenseList([{ code: 'PBX-Port12', count: 5, device: 'HQ-1', deviceName: ' HQ ' }, { code: 'PBX-UC12', count: 1, device: 'HQ-1', deviceName: 7 }]);
    expect(json.lots).to.deep.equal([{ code: 'PBX-Port12', count: 5, device: 'HQ-1', deviceName: 'HQ' }, { code: 'PBX-UC12', count: 1, device: 'HQ-1' }]);
  });

  it('without the type and count columns named, the first line is no header (and is read as a line)', () => {
    const read = parseLicenseLines('Project;Comment\nPBX-Port10;100');
    expect(read.issues.map((i) => [i.path[0], i.key])).to.deep.equal([[1, 'error.licenseLine']]);
    expect(read.ignoredColumns).to.equal(undefined);
  });

  it('quoted cells are read without their quotes, a separator inside them kept', () => {
    const read = parseLicenseLines(['"Project";"License type";"Quantity"', '"HQ; first floor";"PBX-Port10";"100"', '"Say ""hi""";PBX-UC10;7'].join('\n'));
    expect(read.issues).to.deep.equal([]);
    expect(read.licenses).to.deep.equal([
      { code: 'PBX-Port10', count: 100 },
      { code: 'PBX-UC10', count: 7 },
    ]);
  });

  it('counts as the number parser reads them: "1.200" is 1200 on a German page, refused as ambiguous on an English one', () => {
    const text = 'License type;Quantity\n"PBX-Port10";"1.200"';
    expect(parseLicenseLines(text, { locale: 'de', readCount: de }).licenses).to.deep.equal([{ code: 'PBX-Port10', count: 1200 }]);
    expect(parseLicenseLines(text, { locale: 'en', readCount: en }).issues.map((i) => i.key)).to.deep.equal(['error.ambiguousNumber']);
    expect(parseLicenseLines('PBX-Port10;1,200;;;', { readCount: en }).licenses).to.deep.equal([{ code: 'PBX-Port10', count: 1200 }]);
    // Without a number reader only plain digits are counts; a fraction is never a count.
    expect(parseLicenseLines(text).issues.map((i) => i.key)).to.deep.equal(['error.licenseLine']);
    expect(parseLicenseLines('PBX-Port10;1,5', { readCount: de }).issues.map((i) => i.key)).to.deep.equal(['error.licenseLine']);
  });

  it('a CSV file: commas separate cells, a quoted "1,200" stays one count', () => {
    const list = readLicenseList('License type,Quantity,Comment\nPBX-Port10,"1,200",a\n', { locale: 'en', readCount: en });
    expect(list.issues).to.deep.equal([]);
    expect(list.lots.map((l) => [l.code, l.count])).to.deep.equal([['PBX-Port10', 1200]]);
  });
});
