import { expect } from '@open-wc/testing';
import { LicenseInputError, calculateLicenses } from '../../src/core/index.js';
import { noticeKeys, pbx, quantities, quote } from './helpers.js';

describe('calculateLicenses: PBX licenses', () => {
  it('PORT-1: one Port license per user, trunk and other port', () => {
    const q = quote({}, pbx({ users: 20, trunks: 2, otherPorts: 3 }));
    expect(quantities(q)).to.deep.equal({ 'PBX-Port12': 25 });
    expect(q.lines[0]!.ruleIds).to.include.members(['PORT-1', 'PORT-3']);
    expect(q.demands[0]!.reason).to.deep.equal({ key: 'reason.port', params: { pbx: 'HQ', users: 20, trunks: 2, other: 3 } });
  });

  it('PORT-2: group numbers and waiting queues need no Port license', () => {
    const q = quote({}, pbx({ users: 20, trunks: 2, groups: 5, queues: 3 }));
    expect(quantities(q)['PBX-Port12']).to.equal(22);
    const n = q.notices.find((x) => x.key === 'notice.noPortForGroups')!;
    expect(n.ruleIds).to.deep.equal(['PORT-2']);
    expect(n.params).to.include({ groups: 5, queues: 3 });
  });

  it('PORT-3: tiers 1-500, 501-1000, 1001-2000, 2001-5000, from 5001', () => {
    const q = quote({}, pbx({ users: 6000, trunks: 0 }));
    expect(q.lines.map((l) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Port12', 500],
      ['PBX-Port12%500', 500],
      ['PBX-Port12%1000', 1000],
      ['PBX-Port12%2000', 3000],
      ['PBX-Port12%5000', 1000],
    ]);
  });

  it('PORT-3 worked example: adding 200 ports to a project that has 400 gives 100 standard + 100 %500', () => {
    const q = quote({ existing: { 'PBX-Port12': 400 } }, pbx({ users: 190, trunks: 10 }));
    expect(q.lines.map((l) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Port12', 100],
      ['PBX-Port12%500', 100],
    ]);
    expect(noticeKeys(q)).to.include('notice.existingCounted');
  });

  it('PORT-3: installed licenses of any tier spelling count; lower versions do not (G-3, G-4)', () => {
    const q = quote({ existing: { 'PBX-Port 12%500': 300, 'PBX-Port12': 200, 'PBX-Port10': 1000 } }, pbx({ users: 10, trunks: 0 }));
    expect(quantities(q)).to.deep.equal({ 'PBX-Port12%500': 10 });
    const below = q.notices.find((n) => n.key === 'notice.existingBelowVersion')!;
    expect(below.severity).to.equal('warning');
    expect(below.params).to.include({ code: 'PBX-Port10', count: 1000 });
    expect(below.ruleIds).to.include('G-4');
  });

  it('G-1/G-2: central licensing counts tiers over the whole project, on the master', () => {
    const q = quote({}, pbx({ name: 'A', users: 400, trunks: 0 }), pbx({ name: 'B', users: 200, trunks: 0 }));
    expect(q.lines.map((l) => [l.code, l.quantity, l.pbx])).to.deep.equal([
      ['PBX-Port12', 500, 'A'],
      ['PBX-Port12%500', 100, 'A'],
    ]);
  });

  it('G-2: local licensing counts tiers per PBX, each on its own PBX', () => {
    const q = quote({ licensing: 'local' }, pbx({ name: 'A', users: 400, trunks: 0 }), pbx({ name: 'B', users: 200, trunks: 0 }));
    expect(q.lines.map((l) => [l.code, l.quantity, l.pbx])).to.deep.equal([
      ['PBX-Port12', 400, 'A'],
      ['PBX-Port12', 200, 'B'],
    ]);
  });

  it('STBY-1..3: as many Standby as Port licenses, tiered; a local PBX has its own (G-2)', () => {
    const q = quote({ licensing: 'local' }, pbx({ name: 'A', users: 10, trunks: 0 }), pbx({ name: 'B', users: 600, trunks: 0, standby: true }));
    const standby = q.lines.filter((l) => l.family === 'standby');
    expect(standby.map((l) => [l.code, l.quantity, l.pbx])).to.deep.equal([
      ['PBX-Standby12', 500, 'B'],
      ['PBX-Standby12%500', 100, 'B'],
    ]);
    expect(standby[0]!.ruleIds).to.include.members(['STBY-1', 'STBY-2', 'STBY-3']);
  });

  it('IPVA-1: one IPVA license per Port license, bound to the IPVA itself (IPVA-4)', () => {
    const q = quote({}, pbx({ name: 'M', users: 5, trunks: 0 }), pbx({ name: 'V', platform: 'ipva', users: 40, trunks: 2, otherPorts: 1 }));
    const ipva = q.lines.find((l) => l.family === 'ipva')!;
    expect([ipva.code, ipva.quantity, ipva.pbx]).to.deep.equal(['PBX-IPVA12', 43, 'V']);
  });

  it('HW-1: one license per BRI, PRI and channel, on the gateway itself', () => {
    const q = quote({}, pbx({ gateway: 'IP811', hardware: { bri: 4, pri: 1, channels: 30 } }));
    expect(quantities(q)).to.include({ 'Relay-BRIs': 4, 'Relay-PRIs': 1, 'Relay-Channels': 30 });
  });

  it('HW-4: the IP311 and IP411 include all hardware licenses', () => {
    for (const gateway of ['IP311', 'IP411'] as const) {
      const q = quote({}, pbx({ gateway, hardware: { bri: 4, channels: 8 } }));
      expect(Object.keys(quantities(q))).to.deep.equal(['PBX-Port12']);
      expect(q.notices.find((n) => n.key === 'notice.hardwareIncluded')!.ruleIds).to.deep.equal(['HW-4']);
    }
  });
});

describe('calculateLicenses: Unified Communications', () => {
  const group = (features: string[], count = 10, name = 'Team') => ({ name, count, features }) as never;

  it('VIDEO-2: Video users get myPBX added, with its reason', () => {
    const q = quote({}, pbx({ users: 10, userGroups: [group(['video'])] }));
    expect(quantities(q)).to.include({ 'PBX-Video12': 10, 'PBX-myPBX12': 10 });
    const my = q.lines.find((l) => l.family === 'myPBX')!;
    expect(my.reason.key).to.equal('reason.myPBXRequired');
    expect(my.reason.params['rules']).to.equal('VIDEO-2');
    expect(my.ruleIds).to.include('VIDEO-2');
  });

  it('APPSH-2: Application Sharing users get myPBX added', () => {
    const q = quote({}, pbx({ userGroups: [group(['appSharing'])] }));
    expect(quantities(q)).to.include({ 'PBX-AppSharing12': 10, 'PBX-myPBX12': 10 });
    expect(q.lines.find((l) => l.family === 'myPBX')!.ruleIds).to.include('APPSH-2');
  });

  it('MYPBX-1: myPBX chosen by the group itself is not added twice', () => {
    const q = quote({}, pbx({ userGroups: [group(['myPBX', 'video'])] }));
    expect(quantities(q)['PBX-myPBX12']).to.equal(10);
    expect(q.lines.find((l) => l.family === 'myPBX')!.reason.key).to.equal('reason.myPBX');
  });

  it('UC-1 auto without prices: UC for four or more of the six modules', () => {
    const q = quote({}, pbx({ users: 20, userGroups: [group(['video', 'fax', 'mobility'], 10, 'Four'), group(['video', 'fax'], 10, 'Three')] }));
    const uc = q.lines.find((l) => l.family === 'uc')!;
    expect([uc.quantity, uc.reason.key, uc.reason.params['group'], uc.reason.params['modules']]).to.deep.equal([10, 'reason.ucModuleCount', 'Four', 4]);
    expect(quantities(q)).to.include({ 'PBX-Video12': 10, 'PBX-Fax12': 10, 'PBX-myPBX12': 10 });
    expect(q.notices.find((n) => n.key === 'notice.fewModules')!.params).to.include({ group: 'Three', modules: 3 });
  });

  it('UC-1 auto with prices: the cheaper per group, and the quote says why', () => {
    const prices = { currency: 'EUR', 'PBX-UC12': 50, 'PBX-myPBX12': 20, 'PBX-Video12': 20, 'PBX-Fax12': 20, 'PBX-Port12': 10 };
    const q = quote({ prices }, pbx({ users: 20, userGroups: [group(['video', 'fax'], 10, 'Dear'), group(['video'], 10, 'Cheap')] }));
    const uc = q.lines.find((l) => l.family === 'uc')!;
    expect(uc.reason).to.deep.equal({ key: 'reason.ucCheaper', params: { group: 'Dear', users: 10, modules: 3, ucPrice: 50, modulesPrice: 60 } });
    expect(uc.ruleIds).to.include('UC-3');
    expect(q.notices.find((n) => n.key === 'notice.modulesCheaper')!.params).to.include({ group: 'Cheap', ucPrice: 50, modulesPrice: 40 });
  });

  it("UC-1: 'bundle' and 'modules' are obeyed", () => {
    expect(quantities(quote({}, pbx({ uc: 'bundle', userGroups: [group(['mobility'])] })))).to.deep.equal({ 'PBX-Port12': 11, 'PBX-UC12': 10 });
    const mods = quantities(quote({}, pbx({ uc: 'modules', userGroups: [group(['myPBX', 'video', 'fax', 'mobility', 'appSharing', 'voicemail'])] })));
    expect(mods).to.not.have.property('PBX-UC12');
    expect(mods).to.include({ 'PBX-myPBX12': 10, 'PBX-Video12': 10, 'PBX-Fax12': 10, 'PBX-Mobility12': 10, 'PBX-AppSharing12': 10, 'PBX-VoicemailUser12': 10 });
  });

  it('VM-1 new model: one Voicemail User license per voicemail user', () => {
    expect(quantities(quote({}, pbx({ users: 30, userGroups: [group(['voicemail'], 25)] })))['PBX-VoicemailUser12']).to.equal(25);
  });

  it('VM-5: UC users need no separate Voicemail User license', () => {
    const q = quote({}, pbx({ uc: 'bundle', userGroups: [group(['voicemail', 'myPBX'])] }));
    expect(quantities(q)).to.not.have.property('PBX-VoicemailUser12');
    expect(quantities(q)['PBX-UC12']).to.equal(10);
  });

  it('VM-1/VM-2 old model: one Voicemail per Port license, tiered 1st / 2nd-250th / from 251st per device', () => {
    const q = quote({}, pbx({ users: 290, trunks: 10, voicemailModel: 'port', userGroups: [group(['voicemail'], 5)] }));
    expect(q.lines.filter((l) => l.family === 'voicemail').map((l) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Voicemail12', 1],
      ['PBX-Voicemail12%1', 249],
      ['PBX-Voicemail12%250', 50],
    ]);
  });

  it('VM-2: installed old-model Voicemail licenses shift the tiers', () => {
    const existing = { 'PBX-Port12': 249, 'PBX-Voicemail12': 1, 'PBX-Voicemail12%1': 248 };
    const q = quote({ existing }, pbx({ users: 2, trunks: 0, voicemailModel: 'port', userGroups: [group(['voicemail'], 1)] }));
    expect(q.lines.filter((l) => l.family === 'voicemail').map((l) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Voicemail12%1', 1],
      ['PBX-Voicemail12%250', 1],
    ]);
  });

  it('VM-1/VM-4: the new model is refused below V10', () => {
    const q = calculateLicenses({ version: 9, pbxs: [pbx({ voicemailModel: 'user', userGroups: [group(['voicemail'])] })] });
    expect(Object.keys(quantities(q))).to.deep.equal(['PBX-Port9']);
    const n = q.notices.find((x) => x.key === 'notice.voicemailUserNeedsV10')!;
    expect(n.severity).to.equal('error');
    expect(n.ruleIds).to.include.members(['VM-1', 'VM-4']);
  });

  it('VM-1: below V10 the old model is the default', () => {
    const q = calculateLicenses({ version: 9, pbxs: [pbx({ users: 3, trunks: 0, userGroups: [group(['voicemail'], 1)] })] });
    expect(quantities(q)).to.deep.equal({ 'PBX-Port9': 3, 'PBX-Voicemail9': 1, 'PBX-Voicemail9%1': 2 });
  });

  it('VM-3: installed licenses of the other model are flagged', () => {
    const q = quote({ existing: { 'PBX-VoicemailUser12': 10 } }, pbx({ voicemailModel: 'port', userGroups: [group(['voicemail'])] }));
    expect(q.notices.find((n) => n.key === 'notice.voicemailModelsMixed')!.ruleIds).to.deep.equal(['VM-3']);
  });

  it('WEBRTC-1/2: one per simultaneous channel; users need myPBX, which is added', () => {
    const q = quote({}, pbx({ webrtcChannels: 4, userGroups: [group(['webrtc'], 3)] }));
    expect(quantities(q)).to.include({ 'PBX-WebRTC12': 4, 'PBX-myPBX12': 3 });
    expect(noticeKeys(q)).to.not.include('notice.webrtcNeedsMyPbx');
    const bare = quote({}, pbx({ webrtcChannels: 2 }));
    expect(bare.notices.find((n) => n.key === 'notice.webrtcNeedsMyPbx')!.ruleIds).to.deep.equal(['WEBRTC-2']);
  });

  it('APP-1: the mobile app needs no license of its own, but Port + myPBX', () => {
    const q = quote({}, pbx({ userGroups: [group(['mobileApp'])] }));
    expect(quantities(q)).to.deep.equal({ 'PBX-Port12': 11, 'PBX-myPBX12': 10 });
    expect(noticeKeys(q)).to.include('notice.mobileAppNoLicense');
  });

  it('FAX-2: fax on a gateway without a Linux Application Platform is a warning, not a line', () => {
    const q = quote({}, pbx({ gateway: 'IP1130', userGroups: [group(['fax'])] }));
    expect(quantities(q)['PBX-Fax12']).to.equal(10);
    const n = q.notices.find((x) => x.key === 'notice.faxNeedsLinuxAp')!;
    expect([n.severity, n.params['gateway']]).to.deep.equal(['warning', 'IP1130']);
    expect(noticeKeys(quote({}, pbx({ gateway: 'IP811', userGroups: [group(['fax'])] })))).to.not.include('notice.faxNeedsLinuxAp');
    expect(noticeKeys(quote({}, pbx({ platform: 'ipva', userGroups: [group(['fax'])] })))).to.not.include.members(['notice.faxNeedsLinuxAp', 'notice.faxCheckLinuxAp']);
  });
});

describe('calculateLicenses: applications', () => {
  it('CONF-1: one Conferencing App license per conference user (V12r2)', () => {
    const q = quote({}, pbx({ userGroups: [{ name: 'Conf', count: 7, features: ['conferencing'] }] }));
    expect(quantities(q)['PBX-App(innovaphone-pbx-conference)']).to.equal(7);
  });

  it('CONF-1: V12r1 has no Conferencing App: an error notice, no line', () => {
    const q = quote({ release: 'r1' }, pbx({ userGroups: [{ name: 'Conf', count: 7, features: ['conferencing'] }] }));
    expect(quantities(q)).to.not.have.property('PBX-App(innovaphone-pbx-conference)');
    expect(q.notices.find((n) => n.key === 'notice.conferencingUnavailable')!.severity).to.equal('error');
  });

  it('G729-1: a G.729 request gets the answer, not a line item', () => {
    const q = quote({ release: 'r1' }, pbx({ g729Channels: 8 }));
    expect(Object.keys(quantities(q))).to.deep.equal(['PBX-Port12']);
    expect(q.notices.find((n) => n.key === 'notice.g729Discontinued')!.ruleIds).to.deep.equal(['G729-1']);
  });

  it('REP-1: one Reporting license per port analysed', () => {
    expect(quantities(quote({}, pbx({ users: 40, reportingPorts: 12 })))['PBX-Reporting12']).to.equal(12);
  });

  it('REC-1/REC-2: 1 Basic (with one User license included) + n - 1 User licenses per PBX', () => {
    const q = quote({}, pbx({ users: 40, trunks: 2, recordedUsers: 5 }));
    expect(quantities(q)).to.include({ 'PBX-Recording12(Basic)': 1, 'PBX-Recording12(User)': 4 });
    expect(quantities(quote({}, pbx({ recordedUsers: 1 })))).to.not.have.property('PBX-Recording12(User)');
  });

  it('REC-1/REC-6: every recording PBX needs its own Basic license, slaves are told about their recorder', () => {
    const q = quote({}, pbx({ name: 'M', recordedUsers: 2 }), pbx({ name: 'S', recordedUsers: 3 }));
    expect(quantities(q)).to.include({ 'PBX-Recording12(Basic)': 2, 'PBX-Recording12(User)': 3 });
    expect(q.notices.find((n) => n.key === 'notice.recordingSlave')!.params['pbx']).to.equal('S');
  });

  it('REC-3: Reporting is raised to cover the recorded users and the trunks', () => {
    const q = quote({}, pbx({ users: 40, trunks: 2, recordedUsers: 5, reportingPorts: 3 }));
    const rep = q.lines.find((l) => l.family === 'reporting')!;
    expect(rep.quantity).to.equal(7);
    expect(rep.reason.key).to.equal('reason.reportingRaised');
    expect(rep.ruleIds).to.include('REC-3');
    expect(quantities(quote({}, pbx({ users: 40, trunks: 2, recordedUsers: 5, reportingPorts: 30 })))['PBX-Reporting12']).to.equal(30);
  });

  it('REC-4: recording below V10 is an error notice, no lines; REC-5 is a precondition notice', () => {
    const q = calculateLicenses({ version: 9, pbxs: [pbx({ recordedUsers: 3 })] });
    expect(Object.keys(quantities(q))).to.deep.equal(['PBX-Port9']);
    expect(q.notices.find((n) => n.key === 'notice.recordingNeedsV10')!.severity).to.equal('error');
    expect(noticeKeys(quote({}, pbx({ recordedUsers: 3 })))).to.include('notice.recordingNeedsWindows');
  });

  it('QM-1/QM-2: one license per queue shown, from V9 on', () => {
    expect(quantities(quote({}, pbx({ queueMonitorQueues: 2 })))['PBX-QueueMonitor12']).to.equal(2);
    const q = calculateLicenses({ version: 8, pbxs: [pbx({ queueMonitorQueues: 2 })] });
    expect(quantities(q)).to.not.have.property('PBX-QueueMonitor8');
    expect(q.notices.find((n) => n.key === 'notice.queueMonitorNeedsV9')!.ruleIds).to.deep.equal(['QM-2']);
  });

  it('OP-1 and SWP-1: one per concurrent Operator / Softwarephone', () => {
    expect(quantities(quote({}, pbx({ operators: 3, softwarephones: 8 })))).to.include({ 'PBX-Operator12': 3, 'PBX-SoftwarePhones12': 8 });
  });

  it('uses the scenario version in every code (other versions work)', () => {
    const q = calculateLicenses({ version: 10, pbxs: [pbx({ platform: 'ipva', operators: 1, userGroups: [{ name: 'U', count: 4, features: ['video'] }] })] });
    expect(Object.keys(quantities(q)).sort()).to.deep.equal(['PBX-IPVA10', 'PBX-Operator10', 'PBX-Port10', 'PBX-Video10', 'PBX-myPBX10']);
  });
});

describe('calculateLicenses: prices', () => {
  it('line totals and a grand total rounded once in the list currency', () => {
    const q = quote({ prices: { currency: 'EUR', 'PBX-Port12': 0.105, 'PBX-Operator12': 10.004 } }, pbx({ users: 3, trunks: 0, operators: 1 }));
    expect(q.lines.map((l) => [l.code, l.unitPrice, l.lineTotal])).to.deep.equal([
      ['PBX-Port12', 0.105, 0.315],
      ['PBX-Operator12', 10.004, 10.004],
    ]);
    // 0.315 + 10.004 = 10.319 -> 10.32 (rounding each line first would give 0.32 + 10.00 = 10.32 too; see next)
    expect(q.total).to.deep.equal({ currency: 'EUR', amount: 10.32, complete: true, list: 10.32, discount: 0, net: 10.32, vatRate: 0, vat: 0, gross: 10.32 });
    const once = quote({ prices: { 'PBX-Port12': 0.004, 'PBX-Operator12': 0.004 } }, pbx({ users: 1, trunks: 0, operators: 1 }));
    // Rounded per line: 0.00 + 0.00; rounded once: 0.008 -> 0.01.
    expect(once.total!.amount).to.equal(0.01);
  });

  it('price keys in any spelling; a missing price is a warning and marks the total incomplete', () => {
    const q = quote({ prices: { currency: 'CHF', 'pbx port12': 12 } }, pbx({ users: 1, trunks: 0, operators: 2 }));
    expect(q.total).to.deep.include({ currency: 'CHF', amount: 12, complete: false });
    expect(q.lines.find((l) => l.family === 'operator')!.unitPrice).to.equal(null);
    expect(q.notices.find((n) => n.key === 'notice.priceMissing')!.params['code']).to.equal('PBX-Operator12');
  });

  it('one "no price" warning per code, however many lines and PBXs carry it', () => {
    const q = quote(
      { licensing: 'local', prices: { 'PBX-Port12': 10 } },
      pbx({ name: 'A', operators: 1, softwarephones: 2 }),
      pbx({ name: 'B', operators: 3, softwarephones: 1 }),
    );
    const missing = q.notices.filter((n) => n.key === 'notice.priceMissing').map((n) => n.params['code']);
    expect(missing).to.deep.equal(['PBX-Operator12', 'PBX-SoftwarePhones12']);
    expect(q.lines.filter((l) => l.code === 'PBX-Operator12').map((l) => l.pbx)).to.deep.equal(['A', 'B']);
  });

  it('uses the minor unit of the currency (JPY has none)', () => {
    expect(quote({ prices: { currency: 'JPY', 'PBX-Port12': 100.4 } }, pbx({ users: 1, trunks: 0 })).total!.amount).to.equal(100);
  });
});

describe('calculateLicenses: invalid input', () => {
  const issues = (input: unknown) => {
    try {
      calculateLicenses(input);
    } catch (e) {
      expect(e).to.be.instanceOf(LicenseInputError);
      return (e as LicenseInputError).issues.map((i) => [i.path.join('.'), i.key]);
    }
    throw new Error('expected a LicenseInputError');
  };

  it('names each bad count or price in a { [code]: value } map, and a discount of neither shape', () => {
    const hq = { name: 'HQ', platform: 'gateway', users: 10, trunks: 1 };
    expect(issues({ version: 12, existing: { 'PBX-Port12': -1, 'PBX-Video12': 'x' }, pbxs: [hq] })).to.deep.equal([
      ['existing.PBX-Port12', 'error.negative'],
      ['existing.PBX-Video12', 'error.invalidType'],
    ]);
    expect(issues({ version: 12, existing: { 'PBX-Port12': 1, 'PBX-Nope': 1 }, pbxs: [hq] })).to.deep.equal([['existing.PBX-Nope', 'error.unknownLicenseType']]);
    expect(issues({ version: 12, prices: { currency: 'EUR', 'PBX-Port12': -5, discount: { 'PBX-Port12': 150 } }, pbxs: [hq] })).to.deep.equal([
      ['prices.discount.PBX-Port12', 'error.tooLarge'],
      ['prices.PBX-Port12', 'error.negative'],
    ]);
    // Not "Not a software version": the discount is a percentage or a map of them, and this is neither.
    expect(issues({ version: 12, prices: { currency: 'EUR', discount: 'ten' }, pbxs: [hq] })).to.deep.equal([['prices.discount', 'error.invalid']]);
  });

  it('names each bad field with a message key', () => {
    expect(issues({ version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: -1, trunks: 1.5, operators: 1e12 }] })).to.deep.equal([
      ['pbxs.0.users', 'error.negative'],
      ['pbxs.0.trunks', 'error.notInteger'],
      ['pbxs.0.operators', 'error.tooLarge'],
    ]);
    expect(issues({ version: 7, pbxs: [] })).to.deep.equal([
      ['version', 'error.tooSmall'],
      ['pbxs', 'error.tooFew'],
    ]);
    expect(issues({ pbxs: [{ name: '', platform: 'cloud', users: NaN, trunks: Infinity }] })).to.deep.equal([
      ['version', 'error.required'],
      ['pbxs.0.name', 'error.required'],
      ['pbxs.0.platform', 'error.invalidOption'],
      ['pbxs.0.users', 'error.notANumber'],
      ['pbxs.0.trunks', 'error.notFinite'],
    ]);
  });

  it('rejects unknown license codes, unknown fields, duplicate names and prototype keys', () => {
    expect(issues({ version: 12, existing: { 'PBX-Bogus12': 1 }, pbxs: [pbx(), pbx({ userz: 1 } as never)] })).to.deep.equal([
      ['pbxs.1.userz', 'error.unknownField'],
      ['existing.PBX-Bogus12', 'error.unknownLicenseType'],
      ['pbxs.1.name', 'error.duplicateName'],
    ]);
    expect(issues({ version: 12, existing: { 'PBX-Bogus12': 1 }, pbxs: [pbx(), pbx()] })).to.deep.equal([
      ['existing.PBX-Bogus12', 'error.unknownLicenseType'],
      ['pbxs.1.name', 'error.duplicateName'],
    ]);
    expect(issues(JSON.parse('{"version":12,"pbxs":[],"__proto__":{"x":1}}'))).to.deep.equal([['__proto__', 'error.forbiddenKey']]);
    expect(issues(JSON.parse('{"version":12,"pbxs":[{"constructor":1}]}'))).to.deep.equal([['pbxs.0.constructor', 'error.forbiddenKey']]);
  });

  it('checks the figures against each other', () => {
    expect(issues({ version: 12, pbxs: [pbx({ users: 5, recordedUsers: 6, reportingPorts: 100, userGroups: [{ name: 'g', count: 6, features: [] }] })] })).to.deep.equal([
      ['pbxs.0.userGroups', 'error.groupsExceedUsers'],
      ['pbxs.0.recordedUsers', 'error.recordedExceedUsers'],
      ['pbxs.0.reportingPorts', 'error.reportingExceedsPorts'],
    ]);
  });

  it('rejects non-objects and deep nesting with a typed error', () => {
    for (const bad of [null, undefined, 42, 'scenario', [], () => 1]) expect(() => calculateLicenses(bad)).to.throw(LicenseInputError);
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(issues({ version: 12, pbxs: [pbx()], existing: deep })[0]![1]).to.equal('error.tooDeep');
  });
});

describe('calculateLicenses: price lists as resellers write them (issue 23)', () => {
  const quote = (prices: Record<string, unknown>, users = 10) => calculateLicenses({ version: 12, prices, pbxs: [{ name: 'HQ', platform: 'gateway', users, trunks: 0 }] });
  it('other articles are no license prices, and no error; a key written like a license code but none gets a notice', () => {
    const q = quote({ currency: 'EUR', 'PBX-Port12': 30, IP811: 450, Installation: 200, 'Relay-Nothing': 1 });
    expect([q.lines[0]!.unitPrice, q.total!.amount]).to.deep.equal([30, 300]);
    expect(q.notices.map((n) => [n.key, n.params])).to.deep.equal([['notice.priceNotALicense', { text: 'Relay-Nothing' }]]);
  });
  it('one code in two spellings at two prices: the last counts, with a notice; at one price, no notice', () => {
    expect(quote({ 'PBX-Port12': 30, 'PBX-Port 12': 20 }).notices.map((n) => [n.key, n.params])).to.deep.equal([['notice.pricedTwice', { code: 'PBX-Port12', firstPrice: 30, lastPrice: 20 }]]);
    expect(quote({ 'PBX-Port12': 30, 'PBX Port12': 30 }).notices).to.deep.equal([]);
  });
  it("ABC is no currency (error.currency); a JPY list's 30.5 stays exact per line, the total rounded once to whole yen", () => {
    expect(() => quote({ currency: 'ABC', 'PBX-Port12': 30 })).to.throw(LicenseInputError).with.property('issues').that.deep.equals([{ path: ['prices', 'currency'], key: 'error.currency', params: { text: 'ABC' } }]);
    const q = quote({ currency: 'JPY', 'PBX-Port12': 30.5 }, 3);
    expect([q.lines[0]!.unitPrice, q.lines[0]!.lineTotal, q.total!.amount]).to.deep.equal([30.5, 91.5, 92]);
  });
});
