import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_LIST_TEXT, checkVersions, computeBalance, licenseListBalance, readLicenseList, type LicenseList } from '../../src/core/index.js';
import { MESSAGE_KEYS } from '../../src/core/messages.js';
import { LANGS, formatMessage, loadMessages } from '../../src/i18n/index.js';
import { commonMessages } from '../../src/i18n/domains/common.js';
import { errorsMessages } from '../../src/i18n/domains/errors.js';

// Issue 26: one reader for every license list. The samples are written for these tests from the
// shapes the issue gives (the vendor's SDK documentation and monitoring tools name them).

const lots = (r: LicenseList) => r.lots.map((l) => ({ ...l }));
const keys = (issues: LicenseList['issues']) => issues.map((i) => [i.path, i.key]);

const pbxReply = {
  mt: 'GetPbxLicensesResult',
  lic: [
    {
      name: 'Port',
      version: '12',
      count: '500',
      used: '312',
      local: '500',
      slaves: '0',
      key: 'abc',
    },
    {
      name: 'Standby',
      version: '12',
      count: '500',
      used: '0',
      local: '500',
      slaves: '0',
      key: 'def',
    },
    {
      name: 'UC',
      version: '12',
      count: '50',
      used: '61',
      local: '50',
      slaves: '0',
      key: 'ghi',
    },
    {
      name: 'App(innovaphone-switchboard)',
      version: '13',
      count: '5',
      used: '2',
    },
    { name: 'Recording(Basic)', version: '12', count: '1', used: '1' },
    { name: 'BRIs', count: '4', used: '2' },
  ],
};

describe('readLicenseList: the PBX admin API (GetPbxLicensesResult)', () => {
  it('reads every lic: name + version is the code (Port + 12 is PBX-Port12), count is Loaded, used what is used', () => {
    const r = readLicenseList(pbxReply);
    expect(r.format).to.equal('pbxLicenses');
    expect(lots(r)).to.deep.equal([
      { code: 'PBX-Port12', count: 500, used: 312 },
      { code: 'PBX-Standby12', count: 500, used: 0 },
      { code: 'PBX-UC12', count: 50, used: 61 },
      { code: 'PBX-App(innovaphone-switchboard)13', count: 5, used: 2 },
      { code: 'PBX-Recording12(Basic)', count: 1, used: 1 },
      { code: 'Relay-BRIs', count: 4, used: 2 },
    ]);
    expect(r.issues).to.deep.equal([]);
    expect(r.devices).to.deep.equal([]);
  });

  it('used > count is a state, not an error: a note with the hint that the master updates its slaves about every ten minutes', async () => {
    const r = readLicenseList(pbxReply);
    expect(r.notes).to.deep.equal([
      {
        path: ['lic', 2],
        key: 'notice.usedOverCount',
        params: { code: 'PBX-UC12', used: 61, count: 50 },
      },
    ]);
    await loadMessages('en', [commonMessages, errorsMessages]);
    expect(formatMessage('en', 'notice.usedOverCount', r.notes[0]!.params)).to.equal(
      'PBX-UC12: 61 in use, 50 loaded (over-allocated). The license master sends license updates to its slaves about every ten minutes, so a slave may use more licenses than it has for a while.',
    );
  });

  it('reads the same reply as text', () => {
    expect(readLicenseList(JSON.stringify(pbxReply))).to.deep.equal(readLicenseList(pbxReply));
  });

  it('a reply without lic (or an empty one): the PBX has no licenses or runs in test mode, said as a note', () => {
    for (const reply of [{ mt: 'GetPbxLicensesResult' }, { mt: 'GetPbxLicensesResult', lic: [] }]) {
      const r = readLicenseList(reply);
      expect([r.format, r.lots.length, r.issues.length]).to.deep.equal(['pbxLicenses', 0, 0]);
      expect(r.notes.map((n) => n.key)).to.deep.equal(['notice.pbxNoLicenses']);
    }
  });

  it('maps the device name of every versioned type of the catalog, and the hardware ones', () => {
    const names: [string, string, string][] = [
      ['Port', '13', 'PBX-Port13'],
      ['IPVA', '13', 'PBX-IPVA13'],
      ['Standby', '14', 'PBX-Standby14'],
      ['UC', '13', 'PBX-UC13'],
      ['myPBX', '13', 'PBX-myPBX13'],
      ['Video', '13', 'PBX-Video13'],
      ['AppSharing', '13', 'PBX-AppSharing13'],
      ['Fax', '13', 'PBX-Fax13'],
      ['VoicemailUser', '13', 'PBX-VoicemailUser13'],
      ['Voicemail', '9', 'PBX-Voicemail9'],
      ['Mobility', '13', 'PBX-Mobility13'],
      ['WebRTC', '13', 'PBX-WebRTC13'],
      ['Reporting', '13', 'PBX-Reporting13'],
      ['Recording(Basic)', '13', 'PBX-Recording13(Basic)'],
      ['Recording(User)', '13', 'PBX-Recording13(User)'],
      ['QueueMonitor', '13', 'PBX-QueueMonitor13'],
      ['Operator', '13', 'PBX-Operator13'],
      ['SoftwarePhones', '13', 'PBX-SoftwarePhones13'],
      ['App(innovaphone-pbx-conference)', '13', 'PBX-App(innovaphone-pbx-conference)13'],
      ['Service(innovaphone-reporting)', '13', 'PBX-Service(innovaphone-reporting)13'],
      ['Registrations', '', 'PBX-Registrations'],
      ['Channels', '', 'Relay-Channels'],
      ['BRIs', '', 'Relay-BRIs'],
      ['PRIs', '', 'Relay-PRIs'],
      ['PBX-Port', '12', 'PBX-Port12'],
    ];
    const r = readLicenseList({
      mt: 'GetPbxLicensesResult',
      lic: names.map(([name, version]) => ({
        name,
        ...(version ? { version } : {}),
        count: '1',
      })),
    });
    expect(r.issues).to.deep.equal([]);
    expect(r.lots.map((l) => l.code)).to.deep.equal(names.map((n) => n[2]));
  });

  it('a name it does not know is an issue naming it; a versioned name without version says so; never a lot', () => {
    const r = readLicenseList({
      mt: 'GetPbxLicensesResult',
      lic: [
        { name: 'Gatekeeper', version: '6', count: '1' },
        { name: 'Port', count: '500' },
        { name: 'Port', version: '12', count: '5' },
      ],
    });
    expect(lots(r)).to.deep.equal([{ code: 'PBX-Port12', count: 5 }]);
    expect(r.issues).to.deep.equal([
      {
        path: ['lic', 0],
        key: 'error.deviceLicense',
        params: { tag: 'lic', element: 1, name: 'Gatekeeper', version: '6' },
      },
      {
        path: ['lic', 1],
        key: 'error.deviceLicenseVersion',
        params: { tag: 'lic', element: 2, name: 'Port' },
      },
    ]);
  });

  it('strings where numbers belong, numbers where strings belong, missing fields, __proto__: typed issues', () => {
    const reply = JSON.parse(
      '{"mt":"GetPbxLicensesResult","lic":[{"name":"Port","version":"12","count":"five hundred"},{"name":"Port","version":"12","count":{"valueOf":5}},{"__proto__":{"name":"Port"},"version":"12","count":"5"},{"name":"Port","version":"twelve","count":"5"},{"name":"Port","version":"12","count":"-5"},{"name":"Port","version":"12","count":"5","used":"1e3"},"Port12",{"name":42,"count":"1"}]}',
    );
    const r = readLicenseList(reply);
    expect(r.lots).to.deep.equal([]);
    expect(r.issues.map((i) => [i.path, i.key, i.params['field'] ?? null, i.params['text'] ?? null])).to.deep.equal([
      [['lic', 0], 'error.listNumber', 'count', 'five hundred'],
      [['lic', 1], 'error.listNumber', 'count', '{"valueOf":5}'],
      [['lic', 2], 'error.listMissing', 'name', null],
      [['lic', 3], 'error.listNumber', 'version', 'twelve'],
      [['lic', 4], 'error.listNumber', 'count', '-5'],
      [['lic', 5], 'error.listNumber', 'used', '1e3'],
      [['lic', 6], 'error.listEntries', null, null],
      [['lic', 7], 'error.listMissing', 'name', null],
    ]);
    expect(({} as Record<string, unknown>)['name'], 'no prototype polluted').to.equal(undefined);
    expect(readLicenseList({ mt: 'GetPbxLicensesResult', lic: 'Port' }).issues.map((i) => i.key)).to.deep.equal(['error.listEntries']);
  });
});

describe('readLicenseList: a device’s admin XML', () => {
  const page = `<?xml version="1.0" encoding="utf-8"?>
<!-- /PBX0/ADMIN/mod_cmd_login.xml -->
<info>
  <sys name="pbx" version="13r2"/>
  <lics>
    <lic name="Port" version="13" count="500" used="312" local="500"/>
    <lic name="Video" version="13" count="20" used="25"/>
    <lic name="Channels" count="8" used="0"/>
  </lics>
  <lic name="PORT8*20" count="1"/>
</info>`;

  it('reads every lic element wherever it is, not only Port, each issue and note with its line', () => {
    const r = readLicenseList(page);
    expect(r.format).to.equal('deviceXml');
    expect(lots(r)).to.deep.equal([
      { code: 'PBX-Port13', count: 500, used: 312 },
      { code: 'PBX-Video13', count: 20, used: 25 },
      { code: 'Relay-Channels', count: 8, used: 0 },
      { code: 'PBX-Port8*20', count: 1 },
    ]);
    expect(r.notes).to.deep.equal([
      {
        path: [7],
        key: 'notice.usedOverCount',
        params: { code: 'PBX-Video13', used: 25, count: 20 },
      },
      {
        path: [10],
        key: 'notice.limitedPort',
        params: { code: 'PBX-Port8*20', limit: 20 },
      },
    ]);
    expect(r.issues).to.deep.equal([]);
  });

  it('a lic it cannot read is an issue of its line', () => {
    const r = readLicenseList('<info>\n<lic name="Port" version="13" count="many"/>\n<lic name="Telefax" version="13" count="1"/>\n</info>');
    expect(keys(r.issues)).to.deep.equal([
      [[2], 'error.listNumber'],
      [[3], 'error.deviceLicense'],
    ]);
  });

  it('XML without lic or licenses is no list it knows; text that only starts with "<" is the paste box’s lines', () => {
    expect(keys(readLicenseList('<?xml version="1.0"?>\n<html><body>hello</body></html>').issues)).to.deep.equal([[[2], 'error.listFormat']]);
    const r = readLicenseList('<script>alert(1)</script> 5');
    expect([r.format, r.issues.map((i) => [i.key, i.params['text']])]).to.deep.equal(['lines', [['error.unknownLicenseType', '<script>alert(1)</script>']]]);
  });
});

/** A license file as the portal issues it: one `license` element a line. */
function licenseFile(entries: readonly [amount: number | string, type: string, mac: string][]): string {
  return `<licenses>\n${entries.map(([a, t, m]) => `<license amount='${a}' type='${t}' mac='${m}' var='PBX0'>3f9a0c${m.replace(/\W/g, '')}e1</license>`).join('\n')}\n</licenses>`;
}

describe('readLicenseList: the license file', () => {
  const file = licenseFile([
    [100, 'PBX-Port13', '00-90-33-01-02-ab'],
    [400, 'PBX-Port13', '00-90-33-01-02-ab'],
    [10, 'PBX-App(innovaphone-switchboard)13', '00-90-33-01-02-ab'],
    [2, 'Relay-BRIs', '00-90-33-01-02-ab'],
    [50, 'PBX-Port13', '00:90:33:01:02:CD'],
    [50, 'PBX-UC13', '009033010203'],
    [1, 'PBX-Standby13', '00-90-33-01-02-03'],
  ]);

  it('one device per MAC, Loaded the sum of amount per type and device; the signatures are not checked (a note)', () => {
    const r = readLicenseList(file);
    expect(r.format).to.equal('licenseFile');
    expect(r.devices).to.deep.equal(['00-90-33-01-02-ab', '00-90-33-01-02-cd', '00-90-33-01-02-03']);
    expect(lots(r)).to.deep.equal([
      { code: 'PBX-Port13', count: 500, device: '00-90-33-01-02-ab' },
      {
        code: 'PBX-App(innovaphone-switchboard)13',
        count: 10,
        device: '00-90-33-01-02-ab',
      },
      { code: 'Relay-BRIs', count: 2, device: '00-90-33-01-02-ab' },
      { code: 'PBX-Port13', count: 50, device: '00-90-33-01-02-cd' },
      { code: 'PBX-UC13', count: 50, device: '00-90-33-01-02-03' },
      { code: 'PBX-Standby13', count: 1, device: '00-90-33-01-02-03' },
    ]);
    expect(r.notes.map((n) => n.key)).to.deep.equal(['notice.signatureNotChecked']);
    expect(r.issues).to.deep.equal([]);
  });

  it('each license it cannot read is an issue of its line naming it; the others are read', () => {
    const r = readLicenseList(
      licenseFile([
        ['ten', 'PBX-Port13', '00-90-33-01-02-ab'],
        [5, 'PBX-Telefax13', '00-90-33-01-02-ab'],
        [5, 'PBX-Standby14%50', '00-90-33-01-02-ab'],
        [5, 'PBX-Port13', 'HQ-1'],
        [5, 'PBX-Port13', '00-90-33-01-02-ab'],
      ]) + '',
    );
    expect(lots(r)).to.deep.equal([{ code: 'PBX-Port13', count: 5, device: '00-90-33-01-02-ab' }]);
    expect(r.issues.map((i) => [i.path, i.key, i.params['text'] ?? i.params['field']])).to.deep.equal([
      [[2], 'error.listNumber', 'ten'],
      [[3], 'error.unknownLicenseType', 'PBX-Telefax13'],
      [[4], 'error.didYouMean', 'PBX-Standby14%50'],
      [[5], 'error.listMac', 'HQ-1'],
    ]);
    const missing = readLicenseList("<licenses>\n<license amount='1' mac='00-90-33-01-02-ab'>x</license>\n<key/>\n</licenses>");
    expect(missing.issues).to.deep.equal([
      {
        path: [2],
        key: 'error.listMissing',
        params: { tag: 'license', element: 1, field: 'type' },
      },
      {
        path: [3],
        key: 'error.listElement',
        params: { tag: 'key', element: 2 },
      },
    ]);
  });

  it('property: any license file is read back as the sum per type and device', () => {
    const types = ['PBX-Port13', 'PBX-Port13%500', 'PBX-UC13', 'PBX-App(innovaphone-switchboard)13', 'Relay-BRIs'];
    const macs = ['00-90-33-01-02-ab', '00-90-33-01-02-cd', '00-90-33-0a-0b-0c'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(...types), fc.constantFrom(...macs)), { maxLength: 40 }), (entries) => {
        const r = readLicenseList(licenseFile(entries));
        const want = new Map<string, number>();
        for (const [a, t, m] of entries) want.set(`${t} ${m}`, (want.get(`${t} ${m}`) ?? 0) + a);
        expect(r.issues).to.deep.equal([]);
        expect(new Map(r.lots.map((l) => [`${l.code} ${l.device}`, l.count]))).to.deep.equal(want);
      }),
      { numRuns: 100 },
    );
  });
});

describe('readLicenseList: the kit’s own tables', () => {
  it('the paste box’s lines and columns (parseLicenseLines): format lines', () => {
    const r = readLicenseList('PBX-Port12 100\nPBX-UC12;5;HQ-1;2025-01-10;2027-01-09\nPBX-Foo12 1');
    expect(r.format).to.equal('lines');
    expect(lots(r)).to.deep.equal([
      { code: 'PBX-Port12', count: 100 },
      {
        code: 'PBX-UC12',
        count: 5,
        device: 'HQ-1',
        boundOn: '2025-01-10',
        ssaUntil: '2027-01-09',
      },
    ]);
    expect(r.devices).to.deep.equal(['HQ-1']);
    expect(keys(r.issues)).to.deep.equal([[[3], 'error.unknownLicenseType']]);
  });

  it('a CSV file with comma-separated, quoted cells and a header row', () => {
    const r = readLicenseList('"License type",Quantity,Device\n"PBX-Port12",100,HQ-1\nPBX-Video12,5,"HQ-1"\n');
    expect(lots(r)).to.deep.equal([
      { code: 'PBX-Port12', count: 100, device: 'HQ-1' },
      { code: 'PBX-Video12', count: 5, device: 'HQ-1' },
    ]);
  });

  it('JSON lots (as the version check submits them), as text or parsed; each bad lot an issue of its path', () => {
    const json = [
      {
        code: 'PBX-Port12',
        count: 100,
        device: 'HQ-1',
        ssaUntil: '2027-01-09',
      },
      { code: 'Port9', count: 3 },
      { code: 'PBX-Port12', count: '100' },
      { code: 'PBX-Port12', count: 'many' },
      { code: 'PBX-Port12', count: 1, boundOn: '2026-02-31' },
      { count: 1 },
    ];
    for (const input of [json, JSON.stringify(json), { licenses: json }]) {
      const r = readLicenseList(input);
      expect(r.format).to.equal('lots');
      expect(lots(r)).to.deep.equal([
        {
          code: 'PBX-Port12',
          count: 100,
          device: 'HQ-1',
          ssaUntil: '2027-01-09',
        },
        { code: 'PBX-Port9', count: 3 },
        { code: 'PBX-Port12', count: 100 },
      ]);
      expect(keys(r.issues)).to.deep.equal([
        [[3, 'count'], 'error.listNumber'],
        [[4, 'boundOn'], 'error.invalidDate'],
        [[5, 'code'], 'error.listMissing'],
      ]);
      expect(r.notes).to.deep.equal([
        {
          path: [1, 'code'],
          key: 'notice.deviceSpelling',
          params: { text: 'Port9', code: 'PBX-Port9', version: 9 },
        },
      ]);
    }
  });
});

describe('readLicenseList: hostile input', () => {
  // The tests time nothing (npm run bench does): refused at once means refused before anything was read.
  const quick = (input: unknown) => ({ r: readLicenseList(input) });

  it('10 MB: refused at once (error.tooLong), as the paste box caps its text', () => {
    const { r } = quick('<licenses>' + ' '.repeat(10_000_000) + '</licenses>');
    expect([r.format, keys(r.issues)]).to.deep.equal([null, [[[], 'error.tooLong']]]);
    expect(r.issues[0]!.params).to.deep.equal({ maximum: MAX_LIST_TEXT });
  });

  it('entity expansion (billion laughs): the DOCTYPE is refused as soon as it is seen, nothing expands', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<licenses><license amount="&lol9;" type="PBX-Port13" mac="00-90-33-01-02-ab">x</license></licenses>`;
    const { r } = quick(laughs);
    expect(r.issues).to.deep.equal([{ path: [2], key: 'error.xmlDoctype', params: {} }]);
    expect(r.lots).to.deep.equal([]);
  });

  it('an entity that is not predefined (external, undeclared) is refused naming it; the predefined and numeric ones are read', () => {
    expect(readLicenseList("<licenses>\n<license amount='1' type='PBX-Port13' mac='&xxe;'>x</license></licenses>").issues).to.deep.equal([
      { path: [2], key: 'error.xmlEntity', params: { name: 'xxe' } },
    ]);
    expect(readLicenseList("<licenses><license amount='&#49;&#x30;' type='PBX-Port13' mac='00-90-33-01-02-ab'>a &amp; b &lt;&#65;&gt;</license></licenses>").lots).to.deep.equal([
      { code: 'PBX-Port13', count: 10, device: '00-90-33-01-02-ab' },
    ]);
    expect(keys(readLicenseList('<licenses>&bogus;</licenses>').issues)).to.deep.equal([[[1], 'error.xmlEntity']]);
  });

  it('deep nesting: XML refused past 32 levels, JSON arrays nested 100,000 deep give an issue, never a throw', () => {
    const xml = readLicenseList('<licenses>' + '<a>'.repeat(10_000) + '</a>'.repeat(10_000) + '</licenses>');
    expect(keys(xml.issues)).to.deep.equal([[[1], 'error.tooDeep']]);
    const json = quick('['.repeat(100_000) + ']'.repeat(100_000));
    expect(json.r.lots).to.deep.equal([]);
    expect(json.r.issues.length).to.equal(1);
    expect(['error.listJson', 'error.listEntries']).to.include(json.r.issues[0]!.key);
  });

  it('not well-formed XML is an issue of its line, never a partial read', () => {
    const bad: [string, string, number][] = [
      ["<licenses>\n<license amount='1' type='PBX-Port13' mac='00-90-33-01-02-ab'>x</licence>\n</licenses>", 'error.xmlMalformed', 2],
      ["<licenses>\n<license amount='1' amount='2'/>\n</licenses>", 'error.xmlMalformed', 2],
      ['<licenses>\n<license amount="1"', 'error.xmlMalformed', 2],
      ["<licenses>\n<license amount='1' type='PBX-Port13' mac='00-90-33-01-02-ab'>x</license>", 'error.xmlUnclosed', 2],
      ['<licenses/><licenses/>', 'error.xmlMalformed', 1],
      ['<licenses><license amount="<"/></licenses>', 'error.xmlMalformed', 1],
      ['<licenses><!ENTITY x "y"></licenses>', 'error.xmlMalformed', 1],
      ['<licenses></licenses> trailing text', 'error.xmlMalformed', 1],
    ];
    for (const [text, key, line] of bad) {
      const r = readLicenseList(text);
      expect([r.lots.length, keys(r.issues)], text).to.deep.equal([0, [[[line], key]]]);
    }
  });

  it('anything else: neither a string nor a list object is refused with a typed issue', () => {
    for (const input of [undefined, null, 42, true, {}, { mt: 'Other' }, () => 1]) expect(keys(readLicenseList(input).issues)).to.deep.equal([[[], 'error.listFormat']]);
    expect(keys(readLicenseList('{"mt": ').issues)).to.deep.equal([[[], 'error.listJson']]);
  });

  it('property: any text gives a result, never a throw, and every lot is a license the kit knows', () => {
    const chunk = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<',
        '>',
        '&',
        '&amp;',
        '<license ',
        "amount='",
        "'",
        '/>',
        '</license>',
        '<licenses>',
        '<!DOCTYPE',
        '<lic name="Port" ',
        'count="5"',
        '\n',
        '{"mt":"GetPbxLicensesResult","lic":[',
      ),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 30 }), (parts) => {
        const r = readLicenseList(parts.join(''));
        for (const lot of r.lots) expect(Number.isInteger(lot.count)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readLicenseList: every refusal and note in five languages', () => {
  const samples: Record<string, Record<string, string | number>> = {
    'error.listFormat': {},
    'error.listJson': {},
    'error.listEntries': { tag: 'lic' },
    'error.listNumber': {
      tag: 'license',
      element: 3,
      field: 'amount',
      text: 'ten',
    },
    'error.listMissing': { tag: 'license', element: 3, field: 'type' },
    'error.listMac': { tag: 'license', element: 3, text: 'HQ-1' },
    'error.listElement': { tag: 'key', element: 3 },
    'error.deviceLicense': {
      tag: 'lic',
      element: 3,
      name: 'Gatekeeper',
      version: '6',
    },
    'error.deviceLicenseVersion': { tag: 'lic', element: 3, name: 'Port' },
    'error.xmlDoctype': {},
    'error.xmlEntity': { name: 'xxe' },
    'error.xmlMalformed': { text: '</licence>' },
    'error.xmlUnclosed': { tag: 'licenses' },
    'notice.pbxNoLicenses': {},
    'notice.usedOverCount': { code: 'PBX-UC12', used: 61, count: 50 },
    'notice.limitedPort': { code: 'PBX-Port8*20', limit: 20 },
    'notice.deviceSpelling': { text: 'Port9', code: 'PBX-Port9', version: 9 },
    'notice.signatureNotChecked': {},
  };

  before(() => Promise.all(LANGS.map((lang) => loadMessages(lang, [commonMessages, errorsMessages]))));

  for (const [key, params] of Object.entries(samples)) {
    it(`${key}: a message of its own in each language, naming what it names`, () => {
      expect(MESSAGE_KEYS as readonly string[]).to.include(key);
      const said = LANGS.map((lang) => formatMessage(lang, key as never, params));
      expect(new Set(said).size, said.join(' | ')).to.equal(LANGS.length);
      for (const text of said) {
        expect(text).not.to.match(/\{\w+\}/);
        for (const value of Object.values(params)) expect(text).to.include(String(value));
      }
    });
  }

  it('the English wording of the license file and device refusals', () => {
    expect(formatMessage('en', 'error.listMac', samples['error.listMac']!)).to.equal('<license> 3: "HQ-1" is no device MAC address (write 00-90-33-01-02-ab).');
    expect(formatMessage('en', 'error.xmlDoctype', {})).to.equal('A document type declaration (DOCTYPE) is not read: license lists have none.');
    expect(formatMessage('en', 'error.deviceLicense', samples['error.deviceLicense']!)).to.equal(
      '<lic> 3: “Gatekeeper” (version 6) is no license type the kit knows; it was not taken.',
    );
  });
});

describe('licenseListBalance: a balance from a license list', () => {
  it('a balance from a three-device license file: Loaded per type over the devices (the sum of amount per type and device), nothing used', () => {
    const list = readLicenseList(
      licenseFile([
        [100, 'PBX-Port13', '00-90-33-01-02-ab'],
        [400, 'PBX-Port13', '00-90-33-01-02-ab'],
        [50, 'PBX-Port13', '00-90-33-01-02-cd'],
        [20, 'PBX-UC13', '00-90-33-01-02-cd'],
        [10, 'PBX-App(innovaphone-switchboard)13', '00-90-33-01-02-ef'],
        [2, 'Relay-BRIs', '00-90-33-01-02-ef'],
      ]),
    );
    expect(list.devices).to.have.length(3);
    const b = computeBalance({ ...licenseListBalance(list), today: '2026-11-26' });
    expect(b.rows.map((r) => [r.code, r.loaded, r.used, r.left])).to.deep.equal([
      ['PBX-Port13', 550, 0, 550],
      ['Relay-BRIs', 2, 0, 2],
      ['PBX-UC13', 20, 0, 20],
      ['PBX-App(innovaphone-switchboard)13', 10, 0, 10],
    ]);
  });

  it('a PBX list: count is Loaded, used is Used; used > count shows as over-allocated', () => {
    const b = computeBalance(licenseListBalance(readLicenseList(pbxReply)));
    expect(b.rows.filter((r) => r.code === 'PBX-UC12').map((r) => [r.loaded, r.used, r.left, r.overAllocated])).to.deep.equal([[50, 61, -11, true]]);
    expect(b.rows.find((r) => r.code === 'PBX-Port12')).to.deep.include({ loaded: 500, used: 312, left: 188 });
  });

  it('a version check V12 -> V13 from a GetPbxLicensesResult: the V12 lots block V13 (G-3, G-4), the V13 app does not', () => {
    const list = readLicenseList(pbxReply);
    const r = checkVersions({ pbxVersion: 13, licenses: list.lots.map(({ code, count }) => ({ code, count })), today: '2026-11-26' });
    expect(r.ok).to.equal(false);
    expect(r.blocking.map((x) => x.code)).to.deep.equal(['PBX-Port12', 'PBX-Standby12', 'PBX-UC12', 'PBX-Recording12(Basic)']);
    expect(r.maxPbxVersion).to.equal(12);
  });
});
