import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses, type Quote } from '../../src/core/index.js';
import { formatMessage } from '../../src/i18n/index.js';
import { noticeKeys, pbx, quantities, quote } from './helpers.js';
import { loadLanguage } from '../../src/i18n/all.js';

// German and Dutch load on first use: these tests read them directly.
before(() => Promise.all([loadLanguage('en'), loadLanguage('de'), loadLanguage('nl')]));

/** The worked examples of issue 10, each checked against the guideline text (STBY, VM, G-2, REC-3, UC-1). */
const lines = (q: Quote, family: string) => q.lines.filter((l) => l.family === family).map((l) => [l.code, l.quantity, l.pbx]);
const group = (features: string[], count: number, name = 'Office') => ({ name, count, features }) as never;

describe('Standby covers every Port license (STBY-1, STBY-2, STBY-3, G-2)', () => {
  it('counts the installed Port licenses too: 400 installed + 200 new = 500 + 100 %500', () => {
    const q = quote({ existing: { 'PBX-Port12': 400 } }, pbx({ users: 200, trunks: 0, standby: true }));
    expect(lines(q, 'standby')).to.deep.equal([
      ['PBX-Standby12', 500, 'HQ'],
      ['PBX-Standby12%500', 100, 'HQ'],
    ]);
    const reason = q.lines.find((l) => l.code === 'PBX-Standby12')!.reason;
    expect(reason.params).to.include({ ports: 600, installedPorts: 400, installed: 0, first: 1, last: 500 });
    expect(formatMessage('en', reason.key, reason.params)).to.equal(
      'Standby licenses no. 1 to 500 on HQ: Standby for HQ must cover all 600 Port licenses there (400 installed, 200 new: HQ: 200); 0 Standby installed.',
    );
  });

  it('central: the whole installation, on the master, even when only a slave has standby', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 300, trunks: 0 }), pbx({ name: 'Branch', users: 300, trunks: 0, standby: true }));
    expect(lines(q, 'standby')).to.deep.equal([
      ['PBX-Standby12', 500, 'HQ'],
      ['PBX-Standby12%500', 100, 'HQ'],
    ]);
    expect(q.lines.find((l) => l.family === 'standby')!.ruleIds).to.include.members(['STBY-1', 'STBY-2', 'STBY-3']);
  });

  it('local: each PBX with standby has Standby for its own Port licenses on its own device', () => {
    const q = quote({ licensing: 'local' }, pbx({ name: 'A', users: 300, trunks: 0, standby: true }), pbx({ name: 'B', users: 300, trunks: 0, standby: true }));
    expect(lines(q, 'standby')).to.deep.equal([
      ['PBX-Standby12', 300, 'A'],
      ['PBX-Standby12', 300, 'B'],
    ]);
  });

  it('installed Standby licenses count and fix the tier positions', () => {
    const q = quote({ existing: { 'PBX-Port12': 400, 'PBX-Standby12': 400 } }, pbx({ users: 200, trunks: 0, standby: true }));
    expect(lines(q, 'standby')).to.deep.equal([
      ['PBX-Standby12', 100, 'HQ'],
      ['PBX-Standby12%500', 100, 'HQ'],
    ]);
    const covered = quote({ existing: { 'PBX-Port12': 400, 'PBX-Standby12': 500 } }, pbx({ users: 50, trunks: 0, standby: true }));
    expect(lines(covered, 'standby'), 'enough installed: nothing to buy').to.deep.equal([]);
  });

  it('installed Port licenses below the version are not counted (G-3)', () => {
    const q = quote({ existing: { 'PBX-Port10': 400 } }, pbx({ users: 20, trunks: 0, standby: true }));
    expect(lines(q, 'standby')).to.deep.equal([['PBX-Standby12', 20, 'HQ']]);
    expect(noticeKeys(q)).to.include('notice.existingBelowVersion');
  });
});

describe('Voicemail models (VM-1, VM-2, VM-3)', () => {
  it('old model: one per Port license, installed ones included: 410 = 1 + 249 %1 + 160 %250', () => {
    const q = quote({ existing: { 'PBX-Port12': 400 } }, pbx({ users: 10, trunks: 0, voicemailModel: 'port', userGroups: [group(['voicemail'], 10)] }));
    expect(lines(q, 'voicemail')).to.deep.equal([
      ['PBX-Voicemail12', 1, 'HQ'],
      ['PBX-Voicemail12%1', 249, 'HQ'],
      ['PBX-Voicemail12%250', 160, 'HQ'],
    ]);
    expect(q.lines.find((l) => l.family === 'voicemail')!.ruleIds).to.include.members(['VM-1', 'VM-2']);
    expect(quantities(q)['PBX-VoicemailUser12']).to.equal(undefined);
  });

  it('installed old-model licenses keep the old model when none is chosen (also V9 ones)', () => {
    const q = quote({ existing: { 'PBX-Port12': 400, 'PBX-Voicemail9': 1, 'PBX-Voicemail9%1': 249, 'PBX-Voicemail9%250': 150 } }, pbx({ users: 10, trunks: 0, userGroups: [group(['voicemail'], 10)] }));
    expect(q.pbxs[0]!.voicemailModel).to.equal('port');
    // The V9 licenses cannot run V12 (G-3): they are not counted, so all 410 are quoted.
    expect(lines(q, 'voicemail').map((l) => l[1])).to.deep.equal([1, 249, 160]);
    expect(quantities(q)['PBX-VoicemailUser12']).to.equal(undefined);
    const stays = q.notices.find((n) => n.key === 'notice.voicemailStaysOld')!;
    expect(stays.ruleIds).to.deep.equal(['VM-3']);
    expect(stays.params).to.include({ count: 400 });
  });

  it('installed old-model licenses of the version count and shift the tiers', () => {
    const q = quote({ existing: { 'PBX-Port12': 400, 'PBX-Voicemail12': 1, 'PBX-Voicemail12%1': 249, 'PBX-Voicemail12%250': 150 } }, pbx({ users: 10, trunks: 0 }));
    expect(lines(q, 'voicemail'), 'Voicemail in use: every new Port license needs one').to.deep.equal([['PBX-Voicemail12%250', 10, 'HQ']]);
  });

  it('choosing the per-user model switches: every Voicemail user gets a Voicemail User license, never both models', () => {
    const existing = { 'PBX-Port12': 400, 'PBX-Voicemail12': 1, 'PBX-Voicemail12%1': 249, 'PBX-Voicemail12%250': 150 };
    const q = quote({ existing }, pbx({ users: 250, trunks: 0, voicemailModel: 'user', uc: 'modules', userGroups: [group(['voicemail'], 250)] }));
    expect(quantities(q)['PBX-VoicemailUser12']).to.equal(250);
    expect(lines(q, 'voicemail')).to.deep.equal([]);
    const sw = q.notices.find((n) => n.key === 'notice.voicemailSwitch')!;
    expect(sw.severity).to.equal('warning');
    expect(sw.params).to.include({ count: 400, code: 'PBX-VoicemailUser12' });
    expect(formatMessage('en', sw.key, sw.params)).to.contain('the 400 installed old-model Voicemail licenses are no longer used');
  });

  it('two PBXs of one master choosing different models: an error, and the old model covers both', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 10, trunks: 0, voicemailModel: 'port', userGroups: [group(['voicemail'], 10)] }), pbx({ name: 'B', users: 5, trunks: 0, voicemailModel: 'user', userGroups: [group(['voicemail'], 5)] }));
    expect(q.notices.find((n) => n.key === 'notice.voicemailModelsConflict')!.severity).to.equal('error');
    expect(quantities(q)['PBX-VoicemailUser12']).to.equal(undefined);
    expect(lines(q, 'voicemail').reduce((s, l) => s + (l[1] as number), 0)).to.equal(15);
  });
});

describe('Mixed installations, PBX by PBX (G-2)', () => {
  it('a local PBX has its own lines on its own device, tiers per device; the others debit the master', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 400, trunks: 0 }), pbx({ name: 'Branch', users: 300, trunks: 0, licensing: 'local' }), pbx({ name: 'Shop', users: 150, trunks: 0 }));
    expect(lines(q, 'port')).to.deep.equal([
      ['PBX-Port12', 500, 'HQ'],
      ['PBX-Port12%500', 50, 'HQ'],
      ['PBX-Port12', 300, 'Branch'],
    ]);
    expect(q.master).to.equal('HQ');
    expect(q.pbxs.map((p) => [p.name, p.licensing, p.licensedOn])).to.deep.equal([
      ['HQ', 'central', 'HQ'],
      ['Branch', 'local', 'Branch'],
      ['Shop', 'central', 'HQ'],
    ]);
  });

  it('a central PBX in a local installation debits the first central PBX, the license master', () => {
    const q = quote({ licensing: 'local' }, pbx({ name: 'A', users: 10, trunks: 0 }), pbx({ name: 'B', users: 20, trunks: 0, licensing: 'central' }), pbx({ name: 'C', users: 30, trunks: 0, licensing: 'central' }));
    expect(q.master).to.equal('B');
    expect(lines(q, 'port')).to.deep.equal([
      ['PBX-Port12', 10, 'A'],
      ['PBX-Port12', 50, 'B'],
    ]);
  });

  it('standby on a central and on a local PBX: each on its own device', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 100, trunks: 0 }), pbx({ name: 'Lab', users: 40, trunks: 0, licensing: 'local', standby: true }), pbx({ name: 'Shop', users: 10, trunks: 0, standby: true }));
    expect(lines(q, 'standby')).to.deep.equal([
      ['PBX-Standby12', 110, 'HQ'],
      ['PBX-Standby12', 40, 'Lab'],
    ]);
  });

  it('the schema takes only central or local', () => {
    expect(() => calculateLicenses({ version: 12, pbxs: [pbx({ licensing: 'both' as never })] })).to.throw(LicenseInputError);
  });
});

describe('Recording and Reporting (REC-3)', () => {
  it('Reporting covers the recorded users, the trunks and the target subscribers', () => {
    const q = quote({}, pbx({ users: 50, trunks: 4, recordedUsers: 5, recordingTargets: 12 }));
    expect(quantities(q)['PBX-Reporting12']).to.equal(21);
    const line = q.lines.find((l) => l.family === 'reporting')!;
    expect(line.ruleIds).to.include.members(['REP-1', 'REC-3']);
    expect(formatMessage('en', line.reason.key, line.reason.params)).to.equal(
      'Reporting on HQ raised from 0: it is mandatory for the 5 recorded users and 4 trunks, and needed for 12 target subscribers.',
    );
  });

  it('the whole system stays a recommendation, worded as the guideline does in en, de and nl', () => {
    const q = quote({}, pbx({ users: 50, trunks: 4, recordedUsers: 5 }));
    expect(quantities(q)['PBX-Reporting12']).to.equal(9);
    const n = q.notices.find((x) => x.key === 'notice.reportingRecommended')!;
    expect(n.severity).to.equal('info');
    expect(formatMessage('en', n.key, n.params)).to.contain('recommended for the entire system').and.contain('it is needed');
    expect(formatMessage('de', n.key, n.params)).to.contain('erforderlich');
    expect(formatMessage('nl', n.key, n.params)).to.contain('benodigd');
  });

  it('more recorded users and targets than extensions is an input error', () => {
    try {
      quote({}, pbx({ users: 10, trunks: 4, recordedUsers: 6, recordingTargets: 5 }));
      expect.fail('no error');
    } catch (e) {
      expect((e as LicenseInputError).issues.map((i) => [i.path.join('.'), i.key])).to.deep.equal([['pbxs.0.recordingTargets', 'error.targetsExceedPorts']]);
    }
  });
});

describe('Explanations a reseller can follow', () => {
  it('a module covered by UC is named under its group (UC-1)', () => {
    const q = quote({}, pbx({ users: 250, trunks: 0, uc: 'bundle', userGroups: [group(['voicemail', 'video'], 250)] }));
    expect(quantities(q)).to.deep.equal({ 'PBX-Port12': 250, 'PBX-UC12': 250 });
    const n = q.notices.find((x) => x.key === 'notice.partOfUc')!;
    expect(n.ruleIds).to.deep.equal(['UC-1']);
    expect(formatMessage('en', n.key, n.params)).to.equal('Video, Voicemail, myPBX for the 250 users of Office: part of UC, no license of their own.');
  });

  it('a central Port line names what each PBX contributes', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 280, trunks: 0 }), pbx({ name: 'Branch', users: 0, trunks: 8 }));
    const line = q.lines.find((l) => l.code === 'PBX-Port12')!;
    expect([line.quantity, line.pbx]).to.deep.equal([288, 'HQ']);
    expect(line.reason.params['sources']).to.deep.equal([{ label: 'HQ', count: 280 }, { label: 'Branch', count: 8 }]);
    expect(formatMessage('en', line.reason.key, line.reason.params)).to.equal('Port licenses no. 1 to 288 on HQ: 288 new Port licenses (HQ: 280 and Branch: 8).');
    expect(formatMessage('de', line.reason.key, line.reason.params)).to.contain('(HQ: 280 und Branch: 8)');
    // Licenses already installed are said (PORT-3: the new ones continue their tiers); none installed is not.
    const on = quote({ existing: { 'PBX-Port12': 500 } }, pbx({ name: 'HQ', users: 20, trunks: 0 }));
    const tier = on.lines.find((l) => l.family === 'port')!;
    expect(formatMessage('en', tier.reason.key, tier.reason.params)).to.equal('Port licenses no. 501 to 520 on HQ: 20 new Port licenses (HQ: 20), after 500 installed.');
    expect(formatMessage('de', tier.reason.key, tier.reason.params)).to.match(/\(HQ: 20\), nach 500 installierten\.$/);
  });

  it('numbers in the list of contributions are formatted for the locale', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 1200, trunks: 0 }), pbx({ name: 'Branch', users: 0, trunks: 8 }));
    const line = q.lines.find((l) => l.code === 'PBX-Port12%1000')!;
    expect(formatMessage('de', line.reason.key, line.reason.params)).to.contain('(HQ: 1.200 und Branch: 8)');
  });
});

describe('Warranty extension with a gateway (WAR-1..3)', () => {
  it('the quote gets the on-purchase lines, priced with the article the price list names', () => {
    const q = quote(
      { today: '2026-11-26', prices: { currency: 'EUR', 'PBX-Port12': 10, '12-00400-002': 49 } },
      pbx({ name: 'HQ', gateway: 'IP811', users: 10, trunks: 0, warrantyYears: 3 }),
      pbx({ name: 'V', platform: 'ipva', users: 5, trunks: 0 }),
    );
    expect(q.warranty.map((w) => [w.code, w.quantity, w.pbx, w.variant, w.warrantyUntil, w.unitPrice, w.lineTotal])).to.deep.equal([
      ['12-00400-002', 3, 'HQ', 'onPurchase', '2030-11-25', 49, 147],
    ]);
    expect(q.total!.amount).to.equal(150 + 147);
    expect(quote({ today: '2026-11-26' }, pbx({ warrantyYears: 1 })).warranty[0]!.code).to.equal('12-00400-004');
    expect(() => quote({}, pbx({ warrantyYears: 5 }))).to.throw(LicenseInputError);
  });
});

describe('Discounts and VAT (issue 13): exact cents, each total rounded once', () => {
  it('list, discount per code and overall, net, VAT, gross', () => {
    // 3 x 19.99 = 59.97 at 12.5 % off = 7.49625; 7 x 10.01 = 70.07 at 3 % overall = 2.1021.
    const q = quote(
      { prices: { currency: 'EUR', vatRate: 19, discount: { overall: 3, 'PBX-Port 12': 12.5 }, 'PBX-Port12': 19.99, 'PBX-myPBX12': 10.01 } },
      pbx({ users: 3, trunks: 0, userGroups: [{ name: 'A', count: 3, features: ['myPBX'] }, { name: 'B', count: 0, features: [] }] }),
      pbx({ name: 'B', users: 0, trunks: 0, userGroups: [{ name: 'C', count: 0, features: [] }] }),
    );
    const myPbx = quote({ prices: { currency: 'EUR', vatRate: 19, discount: { overall: 3, 'PBX-Port12': 12.5 }, 'PBX-Port12': 19.99, 'PBX-myPBX12': 10.01 } }, pbx({ users: 7, trunks: 0, userGroups: [{ name: 'A', count: 7, features: ['myPBX'] }] }));
    expect(q.lines.map((l) => [l.code, l.lineTotal, l.discountPercent, l.lineNet])).to.deep.equal([
      ['PBX-Port12', 59.97, 12.5, 52.47375],
      ['PBX-myPBX12', 30.03, 3, 29.1291],
    ]);
    // list 90.00; discount 7.49625 + 0.9009 = 8.39715 -> 8.40; net 81.60; VAT 19 % = 15.504 -> 15.50; gross 97.10
    expect(q.total).to.deep.equal({ currency: 'EUR', amount: 81.6, complete: true, list: 90, discount: 8.4, net: 81.6, vatRate: 19, vat: 15.5, gross: 97.1 });
    // 7 x 19.99 = 139.93 (12.5 % = 17.49125); 7 x 10.01 = 70.07 (3 % = 2.1021): discount 19.59335 -> 19.59
    expect(myPbx.total).to.deep.include({ list: 210, discount: 19.59, net: 190.41, vat: 36.18, gross: 226.59 });
  });

  it('a currency without minor unit rounds to whole units; a number as discount is overall', () => {
    const q = quote({ prices: { currency: 'JPY', vatRate: 10, discount: 5, 'PBX-Port12': 1999 } }, pbx({ users: 3, trunks: 0 }));
    // 5997 list, 299.85 -> 300 discount, 5697 net, 569.7 -> 570 VAT, 6267 gross
    expect(q.total).to.deep.include({ list: 5997, discount: 300, net: 5697, vat: 570, gross: 6267 });
  });

  it('discount keys must be license codes; a discount over 100 % is refused', () => {
    expect(() => quote({ prices: { currency: 'EUR', discount: { 'PBX-Nope': 5 } } })).to.throw(LicenseInputError);
    expect(() => quote({ prices: { currency: 'EUR', discount: 120 } })).to.throw(LicenseInputError);
  });
});

describe('IPVA licenses follow every Port license in operation on the IPVA (IPVA-1, IPVA-4, G-2)', () => {
  it('installed Port licenses count; installed IPVA licenses are subtracted: 50 + 10 = 60, or 10', () => {
    const master = pbx({ name: 'HQ', platform: 'ipva', users: 10, trunks: 0 });
    const q = quote({ existing: { 'PBX-Port12': 50 } }, master);
    expect(lines(q, 'ipva')).to.deep.equal([['PBX-IPVA12', 60, 'HQ']]);
    expect(lines(q, 'port'), 'the Port quantity is the new ports (PORT-3)').to.deep.equal([['PBX-Port12', 10, 'HQ']]);
    const line = q.lines.find((l) => l.family === 'ipva')!;
    expect(line.ruleIds).to.deep.equal(['IPVA-1']);
    expect(formatMessage('en', line.reason.key, line.reason.params)).to.equal('One IPVA license per Port license in operation on HQ: 60 in all (50 installed, 10 new); 0 IPVA installed.');
    expect(formatMessage('de', line.reason.key, line.reason.params)).to.contain('die auf HQ betrieben wird: 60 insgesamt (50 installiert, 10 neu)');
    const installed = quote({ existing: { 'PBX-Port12': 50, 'PBX-IPVA12': 50 } }, master);
    expect(lines(installed, 'ipva')).to.deep.equal([['PBX-IPVA12', 10, 'HQ']]);
    expect(installed.lines.find((l) => l.family === 'ipva')!.reason.params).to.include({ ports: 60, installedPorts: 50, newPorts: 10, installed: 50 });
    expect(lines(quote({ existing: { 'PBX-Port12': 50, 'PBX-IPVA12': 70 } }, master), 'ipva'), 'enough installed: nothing to buy').to.deep.equal([]);
  });

  it('a local IPVA counts the Port and IPVA licenses on its own device, not the master’s (G-2, IPVA-4)', () => {
    const q = quote(
      { existing: { 'PBX-Port12': 100, 'PBX-IPVA12': 100 } },
      pbx({ name: 'HQ', users: 20, trunks: 0 }),
      pbx({ name: 'Lab', platform: 'ipva', users: 5, trunks: 0, licensing: 'local', existing: { 'PBX-Port12': 30, 'PBX-IPVA12': 20 } }),
    );
    expect(lines(q, 'ipva')).to.deep.equal([['PBX-IPVA12', 15, 'Lab']]);
  });

  it('a central IPVA slave: the master’s pool is counted on the master; what the slave records is its own', () => {
    const q = quote(
      { existing: { 'PBX-Port12': 100, 'PBX-IPVA12': 40 } },
      pbx({ name: 'HQ', users: 20, trunks: 0 }),
      pbx({ name: 'Cloud', platform: 'ipva', users: 5, trunks: 1, existing: { 'PBX-Port12': 12 } }),
    );
    // IPVA licenses bound to HQ serve no other VMware instance (IPVA-4): Cloud needs 12 + 6.
    expect(lines(q, 'ipva')).to.deep.equal([['PBX-IPVA12', 18, 'Cloud']]);
    expect(lines(q, 'port'), 'the slave’s recorded Port licenses fix the master’s tiers (G-1)').to.deep.equal([['PBX-Port12', 26, 'HQ']]);
  });

  it('installed Port licenses below the version are not counted (G-3)', () => {
    const q = quote({ existing: { 'PBX-Port10': 50 } }, pbx({ platform: 'ipva', users: 10, trunks: 0 }));
    expect(lines(q, 'ipva')).to.deep.equal([['PBX-IPVA12', 10, 'HQ']]);
  });
});

describe('One line per code and PBX: the shares of a line are named in its reason', () => {
  it('two user groups: one UC line, "Staff: 180 and Warehouse staff: 70"', () => {
    const q = quote({}, pbx({ users: 250, trunks: 0, uc: 'bundle', userGroups: [group(['myPBX'], 180, 'Staff'), group(['video'], 70, 'Warehouse staff')] }));
    expect(lines(q, 'uc')).to.deep.equal([['PBX-UC12', 250, 'HQ']]);
    const line = q.lines.find((l) => l.family === 'uc')!;
    expect(line.ruleIds).to.deep.equal(['UC-1', 'UC-2']);
    expect(formatMessage('en', line.reason.key, line.reason.params)).to.equal('250 in all: Staff: 180 and Warehouse staff: 70.');
    expect(formatMessage('de', line.reason.key, line.reason.params)).to.equal('250 insgesamt: Staff: 180 und Warehouse staff: 70.');
    expect(q.demands.filter((d) => d.family === 'uc').map((d) => d.quantity), 'the demands keep each share').to.deep.equal([180, 70]);
  });

  it('central recording on two PBXs: one Basic, one User and one Reporting line on the master (REC-1, REC-2, REC-3)', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 50, trunks: 2, recordedUsers: 4 }), pbx({ name: 'Branch', users: 20, trunks: 1, recordedUsers: 3 }));
    expect(q.lines.filter((l) => ['recordingBasic', 'recordingUser', 'reporting'].includes(l.family)).map((l) => [l.code, l.quantity, l.pbx])).to.deep.equal([
      ['PBX-Reporting12', 10, 'HQ'],
      ['PBX-Recording12(Basic)', 2, 'HQ'],
      ['PBX-Recording12(User)', 5, 'HQ'],
    ]);
    const basic = q.lines.find((l) => l.family === 'recordingBasic')!;
    expect(formatMessage('en', basic.reason.key, basic.reason.params)).to.equal('2 in all: HQ: 1 and Branch: 1.');
    expect(q.lines.find((l) => l.family === 'reporting')!.ruleIds).to.deep.equal(['REP-1', 'REC-3']);
    expect(q.lines.find((l) => l.family === 'recordingUser')!.reason.params['sources']).to.deep.equal([{ label: 'HQ', count: 3 }, { label: 'Branch', count: 2 }]);
  });

  it('a group of another PBX than the line’s is named with its PBX, so groups of one name stay apart', () => {
    const q = quote({}, pbx({ name: 'HQ', users: 10, trunks: 0, userGroups: [group(['myPBX'], 10, 'Staff')] }), pbx({ name: 'Branch', users: 4, trunks: 0, userGroups: [group(['myPBX'], 4, 'Staff')] }));
    const line = q.lines.find((l) => l.family === 'myPBX')!;
    expect([line.quantity, line.pbx]).to.deep.equal([14, 'HQ']);
    expect(formatMessage('en', line.reason.key, line.reason.params)).to.equal('14 in all: Staff: 10 and Staff (Branch): 4.');
  });

  it('a line of one share keeps that share’s reason; local PBXs keep their own lines', () => {
    const q = quote({ licensing: 'local' }, pbx({ name: 'A', users: 10, trunks: 0, userGroups: [group(['myPBX'], 10, 'Staff')] }), pbx({ name: 'B', users: 4, trunks: 0, userGroups: [group(['myPBX'], 4, 'Staff')] }));
    expect(lines(q, 'myPBX')).to.deep.equal([
      ['PBX-myPBX12', 10, 'A'],
      ['PBX-myPBX12', 4, 'B'],
    ]);
    expect(q.lines.find((l) => l.family === 'myPBX')!.reason).to.deep.equal({ key: 'reason.myPBX', params: { group: 'Staff', users: 10 } });
  });

  it('tiers count across merged shares: 300 installed, 150 + 100 new = 200 standard + 50 %500, each once', () => {
    const q = quote({ existing: { 'PBX-Port12': 300 } }, pbx({ name: 'HQ', users: 150, trunks: 0 }), pbx({ name: 'Branch', users: 100, trunks: 0 }));
    expect(lines(q, 'port')).to.deep.equal([
      ['PBX-Port12', 200, 'HQ'],
      ['PBX-Port12%500', 50, 'HQ'],
    ]);
  });
});

describe('Gaps that get a word instead of silence', () => {
  it('WAR-1: a warranty extension asked for an IPVA is answered with a notice, a gateway’s is quoted', () => {
    const q = quote({ today: '2026-11-26' }, pbx({ name: 'HQ', gateway: 'IP811', warrantyYears: 2 }), pbx({ name: 'V', platform: 'ipva', warrantyYears: 3 }));
    expect(q.warranty.map((w) => [w.pbx, w.quantity])).to.deep.equal([['HQ', 2]]);
    const n = q.notices.find((x) => x.key === 'notice.warrantyIpva')!;
    expect([n.severity, n.ruleIds, n.params]).to.deep.equal(['info', ['WAR-1'], { pbx: 'V' }]);
    expect(formatMessage('en', n.key, n.params)).to.equal('V is an IPVA: it has no device whose warranty could be extended.');
    expect(noticeKeys(quote({ today: '2026-11-26' }, pbx({ platform: 'ipva' })))).to.not.include('notice.warrantyIpva');
  });

  it('SWP-1: Softwarephones without myPBX are told they use myPBX as their interface; no line is added', () => {
    const q = quote({}, pbx({ users: 10, trunks: 0, softwarephones: 3 }));
    expect(quantities(q)).to.deep.equal({ 'PBX-Port12': 10, 'PBX-SoftwarePhones12': 3 });
    const n = q.notices.find((x) => x.key === 'notice.softwarePhonesViaMyPbx')!;
    expect([n.severity, n.ruleIds]).to.deep.equal(['info', ['SWP-1', 'MYPBX-1']]);
    expect(formatMessage('de', n.key, n.params)).to.contain('nutzt den Unified Communications Client myPBX als Oberfläche');
    expect(formatMessage('nl', n.key, n.params)).to.contain('gebruikt de Unified Communications client myPBX als interface');
    const withMyPbx = quote({}, pbx({ users: 10, trunks: 0, softwarephones: 3, userGroups: [group(['myPBX'], 3)] }));
    expect(noticeKeys(withMyPbx)).to.not.include('notice.softwarePhonesViaMyPbx');
    const withUc = quote({}, pbx({ users: 10, trunks: 0, softwarephones: 3, uc: 'bundle', userGroups: [group(['video'], 3)] }));
    expect(noticeKeys(withUc)).to.not.include('notice.softwarePhonesViaMyPbx');
  });

  it('CONF-1: Conferencing App users without myPBX are told the app is integrated into myPBX; no line is added', () => {
    const q = quote({}, pbx({ users: 10, trunks: 0, userGroups: [group(['conferencing'], 4, 'Hosts')] }));
    expect(quantities(q)).to.deep.equal({ 'PBX-Port12': 10, 'PBX-App(innovaphone-pbx-conference)': 4 });
    const n = q.notices.find((x) => x.key === 'notice.conferencingViaMyPbx')!;
    expect([n.severity, n.ruleIds, n.params]).to.deep.equal(['info', ['CONF-1', 'MYPBX-1'], { group: 'Hosts' }]);
    expect(formatMessage('de', n.key, n.params)).to.contain('in den Unified Communications Client myPBX integriert');
    expect(formatMessage('nl', n.key, n.params)).to.contain('in de Unified Communications client myPBX geïntegreerd');
    const withMyPbx = quote({}, pbx({ users: 10, trunks: 0, userGroups: [group(['conferencing', 'myPBX'], 4, 'Hosts')] }));
    expect(noticeKeys(withMyPbx)).to.not.include('notice.conferencingViaMyPbx');
  });
});
