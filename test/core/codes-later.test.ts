import { expect } from '@open-wc/testing';
import { LicenseInputError, MAX_VERSION, calculateLicenses, checkVersions, computeBalance, parseLicenseLines, parseLicenseType, planMigration, planUpgrade } from '../../src/core/index.js';
import { LANGS, formatMessage, loadMessages } from '../../src/i18n/index.js';
import { commonMessages } from '../../src/i18n/domains/common.js';
import { errorsMessages } from '../../src/i18n/domains/errors.js';

const today = '2026-11-22';

function refusal(text: string) {
  try {
    parseLicenseType(text);
  } catch (e) {
    expect(e).to.be.instanceOf(LicenseInputError);
    return (e as LicenseInputError).issues[0]!;
  }
  throw new Error(`${text} was read`);
}

describe('codes beyond V12: App and Service licenses', () => {
  it('reads PBX-App(innovaphone-pbx-conference)13 as the Conferencing App license of version 13 (CONF-3)', () => {
    expect(parseLicenseType('PBX-App(innovaphone-pbx-conference)13')).to.deep.equal({
      code: 'PBX-App(innovaphone-pbx-conference)13',
      family: 'conference',
      version: 13,
      tier: null,
      app: 'PBX-App(innovaphone-pbx-conference)',
    });
    // The V12 code without a version is what it was.
    expect(parseLicenseType('PBX-App(innovaphone-pbx-conference)')).to.deep.equal({
      code: 'PBX-App(innovaphone-pbx-conference)',
      family: 'conference',
      version: null,
      tier: null,
    });
  });

  it('CONF-3 judges a versioned Conferencing App license: V13 runs V13, not V14', () => {
    expect(
      checkVersions({
        pbxVersion: '13r3',
        licenses: [{ code: 'PBX-App(innovaphone-pbx-conference)13', count: 10 }],
        today,
      }).ok,
    ).to.equal(true);
    const r = checkVersions({
      pbxVersion: 14,
      licenses: [{ code: 'PBX-App(innovaphone-pbx-conference)13', count: 10 }],
      today,
    });
    expect(r.ok).to.equal(false);
    expect(r.blocking[0]!.ruleIds).to.include('CONF-3');
    expect(r.notices.map((n) => n.key)).not.to.include('notice.versionNotInCode');
  });

  const apps: [string, string, string, number | null][] = [
    ['PBX-App(innovaphone-switchboard)13', 'PBX-App(innovaphone-switchboard)13', 'app', 13],
    ['pbx-app(Innovaphone-Switchboard)14', 'PBX-App(innovaphone-switchboard)14', 'app', 14],
    ['PBX-App(innovaphone-\nqueuemonitor)13', 'PBX-App(innovaphone-queuemonitor)13', 'app', 13],
    ['PBX-Service(innovaphone-reporting)13', 'PBX-Service(innovaphone-reporting)13', 'app', 13],
    ['PBX-App(acme-crm)', 'PBX-App(acme-crm)', 'app', null],
  ];
  for (const [text, code, family, version] of apps) {
    it(`reads ${JSON.stringify(text)} as the ${family} license ${code}, a type of its own`, () => {
      const type = parseLicenseType(text);
      expect([type.code, type.family, type.version, type.tier]).to.deep.equal([code, family, version, null]);
    });
  }

  it('an app license is judged by its version: V13 runs 13r1 to 13r3, not V14 (G-3, G-4)', () => {
    const lots = [{ code: 'PBX-App(innovaphone-switchboard)13', count: 5 }];
    for (const v of ['13r1', '13r2', '13r3']) expect(checkVersions({ pbxVersion: v, licenses: lots, today }).ok, v).to.equal(true);
    const r = checkVersions({ pbxVersion: 14, licenses: lots, today });
    expect([r.ok, r.maxPbxVersion, r.blocking[0]!.code, r.blocking[0]!.reason.key]).to.deep.equal([false, 13, 'PBX-App(innovaphone-switchboard)13', 'blocking.version']);
    expect(r.blocking[0]!.ruleIds).to.deep.equal(['G-3', 'G-4']);
  });

  it('is counted in the balance as its own row, shown by its name', () => {
    const b = computeBalance({
      activationKeys: [
        { code: 'PBX-App(innovaphone-switchboard)13', count: 10 },
        { code: 'PBX-App(innovaphone-pbx-conference)13', count: 4 },
        { code: 'PBX-Port13', count: 50 },
      ],
      licenseKeys: [
        {
          code: 'PBX-App(innovaphone-switchboard)13',
          count: 3,
          serial: '00-90-33-01-02-ab',
          status: 'active',
        },
      ],
      today,
    });
    expect(b.rows.map((r) => [r.code, r.loaded, r.used, r.left])).to.deep.equal([
      ['PBX-Port13', 50, 0, 50],
      ['PBX-App(innovaphone-pbx-conference)13', 4, 0, 4],
      ['PBX-App(innovaphone-switchboard)13', 10, 3, 7],
    ]);
  });

  it('an upgrade buys the same app at the target version; a migration converts it keeping its name', () => {
    const plan = planUpgrade({
      target: 14,
      licenses: [{ code: 'PBX-App(innovaphone-switchboard)13', count: 5 }],
      today,
    });
    expect(plan.order.map((o) => [o.code, o.quantity])).to.deep.equal([['PBX-App(innovaphone-switchboard)14', 5]]);
    const m = planMigration({
      master: 'A',
      devices: [
        { serial: 'A', firmware: 13 },
        { serial: 'B', firmware: 13 },
      ],
      licenses: [
        { code: 'PBX-App(innovaphone-switchboard)13', count: 5, device: 'B' },
        {
          code: 'PBX-App(innovaphone-pbx-conference)13',
          count: 2,
          device: 'B',
        },
      ],
      convertTo: 14,
      today,
    });
    expect(m.steps.filter((s) => s.action === 'convert').map((s) => s.toCode)).to.deep.equal(['PBX-App(innovaphone-switchboard)14', 'PBX-App(innovaphone-pbx-conference)14']);
  });

  for (const bad of [
    'PBX-App()13',
    'PBX-App(switchboard)13',
    'PBX-App(innovaphone-switchboard)0',
    'PBX-App(innovaphone-switchboard)123',
    'PBX-Apps(innovaphone-switchboard)13',
    'PBX-App(innovaphone-<b>)13',
  ]) {
    it(`refuses ${JSON.stringify(bad)} naming it`, () => {
      expect(refusal(bad)).to.deep.equal({
        path: [],
        key: 'error.unknownLicenseType',
        params: { text: bad },
      });
    });
  }
});

describe('codes beyond V12: later versions keep the V12 schemes', () => {
  const later: [string, string, number, number | null][] = [
    ['PBX-Port14', 'PBX-Port14', 14, null],
    ['PBX-Port14%500', 'PBX-Port14%500', 14, 500],
    ['PBX-Port 14%1000', 'PBX-Port14%1000', 14, 1000],
    ['PBX-Port15%2000', 'PBX-Port15%2000', 15, 2000],
    ['PBX-Port14%5000', 'PBX-Port14%5000', 14, 5000],
    ['PBX-Standby14%2000', 'PBX-Standby14%2000', 14, 2000],
    ['PBX-Port16', 'PBX-Port16', 16, null],
    ['PBX-UC13', 'PBX-UC13', 13, null],
  ];
  for (const [text, code, version, tier] of later) {
    it(`reads ${text} as ${code}`, () => {
      const t = parseLicenseType(text);
      expect([t.code, t.version, t.tier]).to.deep.equal([code, version, tier]);
    });
  }

  it('the calculator plans V13 to V16 with the V12 tiers (PORT-3, assumed for later versions)', () => {
    expect(MAX_VERSION).to.equal(16);
    for (const version of [13, 14, 15, 16]) {
      const q = calculateLicenses({
        version,
        pbxs: [{ name: 'HQ', platform: 'gateway', users: 600, trunks: 0 }],
      });
      const port = q.lines.filter((l) => l.code.startsWith('PBX-Port')).map((l) => [l.code, l.quantity]);
      expect(port, `V${version}`).to.deep.equal([
        [`PBX-Port${version}`, 500],
        [`PBX-Port${version}%500`, 100],
      ]);
    }
  });

  const misprints: [string, string][] = [
    ['BX-Port14%500', 'PBX-Port14%500'],
    ['PBX-Standby14%50', 'PBX-Standby14%500'],
    ['PBX-Port14%100', 'PBX-Port14%1000'],
    ['BX-Standby14', 'PBX-Standby14'],
  ];
  for (const [text, code] of misprints) {
    it(`refuses the misprint ${text}, asking whether ${code} is meant (never a tier of 50)`, () => {
      expect(refusal(text)).to.deep.equal({
        path: [],
        key: 'error.didYouMean',
        params: { text, code },
      });
    });
  }

  it('a pasted misprint is an issue of its line, never a lot', () => {
    const r = parseLicenseLines('PBX-Standby14%50 20\nPBX-Port14 20');
    expect(r.licenses).to.deep.equal([{ code: 'PBX-Port14', count: 20 }]);
    expect(r.issues).to.deep.equal([
      {
        path: [1],
        key: 'error.didYouMean',
        params: { text: 'PBX-Standby14%50', code: 'PBX-Standby14%500' },
      },
    ]);
  });

  it('says "did you mean" in all five languages', async () => {
    await Promise.all(LANGS.map((lang) => loadMessages(lang, [commonMessages, errorsMessages])));
    const said = LANGS.map((lang) =>
      formatMessage(lang, 'error.didYouMean', {
        text: 'PBX-Standby14%50',
        code: 'PBX-Standby14%500',
      }),
    );
    expect(said).to.deep.equal([
      'Unknown license type "PBX-Standby14%50": did you mean PBX-Standby14%500?',
      'Unbekannter Lizenztyp „PBX-Standby14%50“: meinten Sie PBX-Standby14%500?',
      'Tipo di licenza sconosciuto "PBX-Standby14%50": intendevi PBX-Standby14%500?',
      'Onbekend licentietype "PBX-Standby14%50": bedoelt u PBX-Standby14%500?',
      'Type de licence inconnu « PBX-Standby14%50 » : vouliez-vous dire PBX-Standby14%500 ?',
    ]);
  });
});

describe('codes beyond V12: names of older devices', () => {
  it('reads the device spellings PORT8 and Port9 as the Port licenses they are', () => {
    expect(['PORT8', 'Port9', 'port 12', 'Video12'].map((t) => parseLicenseType(t).code)).to.deep.equal(['PBX-Port8', 'PBX-Port9', 'PBX-Port12', 'PBX-Video12']);
  });

  it('reads PORT8*20 as a V8 Port license with its limit: at most 20 ports, not on a slave', () => {
    expect(parseLicenseType('PORT8*20')).to.deep.equal({
      code: 'PBX-Port8*20',
      family: 'port',
      version: 8,
      tier: null,
      limit: 20,
    });
    // The code it gets is read again as the same license (the planners re-read codes).
    expect(parseLicenseType('PBX-Port8*20').code).to.equal('PBX-Port8*20');
    const r = checkVersions({
      pbxVersion: 9,
      licenses: [{ code: 'PORT8*20', count: 1 }],
      today,
    });
    expect([r.ok, r.maxPbxVersion, r.blocking[0]!.code]).to.deep.equal([false, 8, 'PBX-Port8*20']);
  });

  it('refuses PBX7#100@50 and Voicemail#100@50 naming their era, never as a bare unknown', async () => {
    expect(refusal('PBX7#100@50')).to.deep.equal({
      path: [],
      key: 'error.oldBaseLicense',
      params: { text: 'PBX7#100@50', version: 7, count: 100 },
    });
    expect(refusal('PBX6#0')).to.deep.equal({
      path: [],
      key: 'error.oldBaseLicense',
      params: { text: 'PBX6#0', version: 6, count: 0 },
    });
    expect(refusal('Voicemail#100@50')).to.deep.equal({
      path: [],
      key: 'error.oldVoicemailLicense',
      params: { text: 'Voicemail#100@50', count: 100 },
    });
    await Promise.all(LANGS.map((lang) => loadMessages(lang, [commonMessages, errorsMessages])));
    for (const lang of LANGS) {
      const base = formatMessage(lang, 'error.oldBaseLicense', {
        text: 'PBX7#100@50',
        version: 7,
        count: 100,
      });
      const vm = formatMessage(lang, 'error.oldVoicemailLicense', {
        text: 'Voicemail#100@50',
        count: 100,
      });
      for (const said of [base, vm])
        expect(said, lang)
          .to.match(/V6\/V7/)
          .and.match(/REL-2/)
          .and.match(/100/);
      expect(base, lang).to.include('PBX7#100@50').and.include('V7');
      expect(vm, lang).to.include('Voicemail#100@50');
    }
    expect(
      formatMessage('en', 'error.oldBaseLicense', {
        text: 'PBX7#100@50',
        version: 7,
        count: 100,
      }),
    ).to.equal(
      '"PBX7#100@50" is a PBX base license of the V7 firmware (100 registrations): licenses of the V6/V7 era predate the license types of the guidelines and stay bound to their device (REL-2). Enter the Port licenses that replaced it.',
    );
  });
});
