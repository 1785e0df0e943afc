import { expect } from '@open-wc/testing';
import { LicenseInputError, checkVersions, computeBalance, deviceHoldings, lastDayOfYears, migrationPlanSchema, parseLicenseLines, planMigration, planUpgrade, planWarranty, validate } from '../../src/core/index.js';
import { formatMessage } from '../../src/i18n/index.js';
import { loadLanguage } from '../../src/i18n/all.js';

// German and Dutch load on first use: these tests read them directly.
before(() => Promise.all([loadLanguage('en'), loadLanguage('de'), loadLanguage('nl')]));

const today = '2026-11-26';
const actions = (p: { lots: readonly { code: string; action: string }[] }) => p.lots.map((l) => [l.code, l.action]);
const keys = (p: { notices: readonly { key: string }[] }) => p.notices.map((n) => n.key);
const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(LicenseInputError);
    return (e as LicenseInputError).issues.map((i) => [i.path.join('.'), i.key]);
  }
  throw new Error('no LicenseInputError');
};

describe('planUpgrade (G-3, G-4, SSA-1..4, HW-3)', () => {
  it('keeps, SSA, buy and unknown per lot; the order keeps type and tier, at the target version', () => {
    const plan = planUpgrade({
      target: '13r1',
      targetReleased: '2026-06-15',
      today,
      licenses: [
        { code: 'PBX-Port13', count: 50 },
        { code: 'Relay-BRIs', count: 4 },
        { code: 'PBX-Port 10%500', count: 100, boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
        { code: 'PBX-Port10%500', count: 30 },
        { code: 'PBX-UC11', count: 20, boundOn: '2023-01-01', ssaUntil: '2026-01-01' },
        { code: 'PBX-Operator10', count: 2 },
      ],
    });
    expect(plan.target).to.equal('V13r1');
    expect(actions(plan)).to.deep.equal([
      ['PBX-Port13', 'keeps'],
      ['Relay-BRIs', 'keeps'],
      ['PBX-Port10%500', 'ssa'],
      ['PBX-Port10%500', 'buy'],
      ['PBX-UC11', 'buy'],
      ['PBX-Operator10', 'keeps'],
    ]);
    expect(plan.lots[1]!.ruleIds).to.deep.equal(['HW-3']);
    expect(plan.lots[2]!.toCode).to.equal('PBX-Port13%500');
    expect(plan.order.map((l) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Port13%500', 30],
      ['PBX-UC13', 20],
    ]);
    expect(plan.ok).to.equal(false);
    expect(keys(plan)).to.include.members(['notice.upgradeCap', 'notice.ssaNewFeatures']);
    expect(formatMessage('en', plan.lots[4]!.reason.key, plan.lots[4]!.reason.params)).to.equal(
      'Buy PBX-UC13: the target was released on Jun 15, 2026, outside its SSA (until Jan 1, 2026).',
    );
    expect(formatMessage('de', plan.lots[4]!.reason.key, plan.lots[4]!.reason.params)).to.contain('15.06.2026');
  });

  it('the release date on boundOn, on ssaUntil and a day after (SSA-1, SSA-3)', () => {
    const lot = { code: 'PBX-Port10', count: 1, boundOn: '2025-01-01', ssaUntil: '2026-12-31' };
    const at = (released: string) => planUpgrade({ target: 13, targetReleased: released, today, licenses: [lot] }).lots[0]!.action;
    expect(at('2024-12-31'), 'before the bind date').to.equal('buy');
    expect(at('2025-01-01'), 'on the bind date').to.equal('ssa');
    expect(at('2026-12-31'), 'on the last day').to.equal('ssa');
    expect(at('2027-01-01'), 'a day after').to.equal('buy');
  });

  it('an SSA without the target release date is unknown, with a notice; ok is false', () => {
    const plan = planUpgrade({ target: 'V13', today, licenses: [{ code: 'PBX-Port12', count: 10, ssaUntil: '2028-01-01' }] });
    expect(actions(plan)).to.deep.equal([['PBX-Port12', 'unknown']]);
    expect(plan.ok).to.equal(false);
    expect(plan.order).to.deep.equal([]);
    expect(keys(plan)).to.include('notice.targetReleaseUnknown');
  });

  it('SSA-4: an SSA ending within 60 days is flagged; day 60 yes, day 61 no', () => {
    const flagged = (ssaUntil: string) => keys(planUpgrade({ target: 12, today, licenses: [{ code: 'PBX-Port12', count: 1, ssaUntil }] })).includes('notice.ssaEndingSoon');
    expect(flagged('2027-01-25')).to.equal(true);
    expect(flagged('2027-01-26')).to.equal(false);
    expect(flagged('2026-11-25'), 'already ended').to.equal(false);
  });

  it('prices the order like quote lines, total rounded once', () => {
    const plan = planUpgrade({ target: 13, today, prices: { currency: 'EUR', 'PBX-Port13': 19.99 }, licenses: [{ code: 'PBX-Port10', count: 3 }, { code: 'PBX-Fax11', count: 1 }] });
    expect(plan.order.map((l) => [l.code, l.unitPrice, l.lineTotal])).to.deep.equal([
      ['PBX-Port13', 19.99, 59.97],
      ['PBX-Fax13', null, null],
    ]);
    expect(plan.total).to.deep.include({ currency: 'EUR', amount: 59.97, complete: false });
  });

  it('nothing below the target: ok, nothing to order; V5.01 licenses are re-bought as their successors', () => {
    expect(planUpgrade({ target: 12, today, licenses: [{ code: 'PBX-Port12', count: 5 }] }).ok).to.equal(true);
    const old = planUpgrade({ target: 12, today, licenses: [{ code: 'PBX-Registrations', count: 8 }] });
    expect(old.order.map((l) => [l.code, l.quantity])).to.deep.equal([['PBX-Port12', 8]]);
  });

  it('invalid input is a LicenseInputError naming the field; results are JSON', () => {
    expect(issues(() => planUpgrade({ target: 'V1x', licenses: [] }))[0]).to.deep.equal(['target', 'error.invalidVersion']);
    expect(issues(() => planUpgrade({ target: 12, targetReleased: '2026-02-30', licenses: [] }))).to.deep.equal([['targetReleased', 'error.invalidDate']]);
    expect(issues(() => planUpgrade({ target: 12, licenses: [{ code: 'PBX-Port10', count: 1, boundOn: '2026-01-02', ssaUntil: '2026-01-01' }] }))).to.deep.equal([['licenses.0.ssaUntil', 'error.ssaBeforeBind']]);
    const plan = planUpgrade({ target: 13, targetReleased: '2026-06-15', today, licenses: [{ code: 'PBX-Port10', count: 1, ssaUntil: '2027-01-01' }] });
    expect(JSON.parse(JSON.stringify(plan))).to.deep.equal(plan);
  });
});

describe('planMigration (MIG-1..4, REL-1, REL-2, HW-2, IPVA-4, G-4)', () => {
  const devices = [
    { serial: 'HQ-1', firmware: '12r2' },
    { serial: 'BR-2', firmware: 'V10 SR5' },
    { serial: 'VM-3', firmware: '12' },
  ];
  const licenses = [
    { code: 'PBX-Port12', count: 200, device: 'HQ-1', ssaUntil: '2027-06-30' },
    { code: 'PBX-Port10', count: 50, device: 'BR-2', boundOn: '2020-01-01', ssaUntil: '2027-01-01' },
    { code: 'Relay-PRIs', count: 1, device: 'BR-2' },
    { code: 'PBX-IPVA12', count: 40, device: 'VM-3' },
    { code: 'PBX-Port7', count: 10, device: 'BR-2' },
    { code: 'PBX-UC12', count: 30, device: 'VM-3' },
  ];

  it('steps in order: stay on the master, stay bound, release then bind (SSA kept)', () => {
    const plan = planMigration({ master: 'HQ-1', devices, licenses, today });
    expect(plan.ok).to.equal(true);
    expect(plan.steps.map((s) => [s.action, s.code, s.from, s.to, s.ssa])).to.deep.equal([
      ['stay', 'PBX-Port12', 'HQ-1', 'HQ-1', 'kept'],
      ['release', 'PBX-Port10', 'BR-2', 'pool', 'kept'],
      ['bind', 'PBX-Port10', 'pool', 'HQ-1', 'kept'],
      ['stay', 'Relay-PRIs', 'BR-2', 'BR-2', 'none'],
      ['stay', 'PBX-IPVA12', 'VM-3', 'VM-3', 'none'],
      ['stay', 'PBX-Port7', 'BR-2', 'BR-2', 'none'],
      ['release', 'PBX-UC12', 'VM-3', 'pool', 'none'],
      ['bind', 'PBX-UC12', 'pool', 'HQ-1', 'none'],
    ]);
    expect(plan.steps.map((s) => s.ruleIds[0])).to.deep.equal(['MIG-4', 'MIG-2', 'MIG-3', 'HW-2', 'IPVA-4', 'REL-2', 'MIG-2', 'MIG-3']);
    expect(plan.ssaCharged).to.deep.equal([]);
    expect(keys(plan)).to.include.members(['notice.migrationHardware', 'notice.migrationIpva', 'notice.migrationOldLicense', 'notice.migrationCap']);
    // G-4: the V10 licenses bound to the master cap the installation.
    expect(plan.maxPbxVersion).to.equal(10);
  });

  it('with convertTo: converted in the balance, SSA void, one year charged (MIG-3)', () => {
    const plan = planMigration({ master: 'HQ-1', devices, licenses, convertTo: 'V12', today });
    const convert = plan.steps.find((s) => s.action === 'convert')!;
    expect([convert.code, convert.toCode, convert.from, convert.to, convert.ssa]).to.deep.equal(['PBX-Port10', 'PBX-Port12', 'pool', 'HQ-1', 'void']);
    expect(plan.steps.filter((s) => s.code === 'PBX-UC12').map((s) => s.action), 'already V12: bound, not converted').to.deep.equal(['release', 'bind']);
    expect(plan.ssaCharged).to.deep.equal([{ code: 'PBX-Port12', count: 50, years: 1 }]);
    expect(plan.maxPbxVersion).to.equal(12);
    expect(JSON.parse(JSON.stringify(plan))).to.deep.equal(plan);
  });

  it('MIG-1: a device at V7 firmware: ok false, an error naming it, no steps', () => {
    const plan = planMigration({ master: 'HQ-1', devices: [...devices, { serial: 'OLD-4', firmware: '7' }], licenses, today });
    expect(plan.ok).to.equal(false);
    expect(plan.steps).to.deep.equal([]);
    const n = plan.notices.find((x) => x.key === 'notice.migrationNeedsV8')!;
    expect([n.severity, n.params['serial']]).to.deep.equal(['error', 'OLD-4']);
  });

  it('a master that is not one of the devices, or a lot on an unknown device, is refused', () => {
    expect(issues(() => planMigration({ master: 'XX', devices, licenses: [] }))).to.deep.equal([['master', 'error.masterNotADevice']]);
    expect(issues(() => planMigration({ master: 'HQ-1', devices, licenses: [{ code: 'PBX-Port12', count: 1, device: 'ZZ' }, { code: 'PBX-Port12', count: 1 }] }))).to.deep.equal([
      ['licenses.0.device', 'error.unknownDevice'],
      ['licenses.1.device', 'error.required'],
    ]);
  });
});

describe('planWarranty (WAR-1..3)', () => {
  it('purchased before: after purchase, within the first year; the guideline example of three years', () => {
    const plan = planWarranty({ today: '2025-06-01', devices: [{ serial: 'IP811-1', model: 'IP811', purchased: '2025-03-10', wantYears: 3 }] });
    expect(plan.lines.map((l) => [l.serial, l.article, l.quantity, l.variant, l.bindBy, l.warrantyUntil])).to.deep.equal([
      ['IP811-1', '12-00400-004', 3, 'afterPurchase', '2026-03-09', '2029-03-09'],
    ]);
    expect(plan.ok).to.equal(true);
    expect(JSON.parse(JSON.stringify(plan))).to.deep.equal(plan);
  });

  it('on the last day of the first year still possible, the day after not', () => {
    const device = { serial: 'A', purchased: '2025-03-10', wantYears: 2 };
    expect(planWarranty({ today: '2026-03-09', devices: [device] }).lines.length).to.equal(1);
    const late = planWarranty({ today: '2026-03-10', devices: [device] });
    expect(late.lines).to.deep.equal([]);
    expect(late.notices[0]!.key).to.equal('notice.warrantyPastFirstYear');
    expect(late.ok).to.equal(false);
  });

  it('on purchase: no date or bought today; warranty counted from today', () => {
    const plan = planWarranty({ today, devices: [{ serial: 'N', wantYears: 4 }, { serial: 'T', purchased: today, wantYears: 1 }] });
    expect(plan.lines.map((l) => [l.variant, l.bindBy, l.warrantyUntil])).to.deep.equal([
      ['onPurchase', today, '2031-11-25'],
      ['onPurchase', today, '2028-11-25'],
    ]);
  });

  it('already extended, or years outside 1..4: an error notice naming the device, no line', () => {
    const plan = planWarranty({ today, devices: [{ serial: 'X', extendedYears: 2, wantYears: 1 }, { serial: 'Y', wantYears: 5 }, { serial: 'Z', wantYears: 0 }] });
    expect(plan.lines).to.deep.equal([]);
    expect(plan.notices.map((n) => [n.key, n.params['serial'], n.severity])).to.deep.equal([
      ['notice.warrantyAlreadyExtended', 'X', 'error'],
      ['notice.warrantyYears', 'Y', 'error'],
      ['notice.warrantyYears', 'Z', 'error'],
    ]);
  });

  it('the German and Dutch article number on request', () => {
    expect(planWarranty({ today, article: '12-00400-002', devices: [{ serial: 'A', wantYears: 1 }] }).lines[0]!.article).to.equal('12-00400-002');
  });

  it('a year from 29 February ends on 28 February', () => {
    expect(lastDayOfYears('2024-02-29', 1)).to.equal('2025-02-28');
    expect(lastDayOfYears('2025-03-10', 4)).to.equal('2029-03-09');
  });
});

describe('pasted lots: further columns from a spreadsheet', () => {
  it('tab- or semicolon-separated device, bind date and SSA end, in ISO or the locale numeric form', () => {
    const text = ['PBX-Port10\t100\t00-90-33-00-00-01\t2024-01-10\t2027-01-09', 'PBX-UC11;20;00-90-33-00-00-02;10.01.2024;09.01.2027', 'PBX-Port12 5'].join('\n');
    const { licenses, issues } = parseLicenseLines(text, { locale: 'de' });
    expect(issues).to.deep.equal([]);
    expect(licenses).to.deep.equal([
      { code: 'PBX-Port10', count: 100, device: '00-90-33-00-00-01', boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
      { code: 'PBX-UC11', count: 20, device: '00-90-33-00-00-02', boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
      { code: 'PBX-Port12', count: 5 },
    ]);
    expect(parseLicenseLines('PBX-Port10;1;;1/9/2027;', { locale: 'en-US' }).licenses[0]).to.deep.equal({ code: 'PBX-Port10', count: 1, boundOn: '2027-01-09' });
  });

  it('a header row in English, German, Italian, Dutch or French names the columns, in any order', () => {
    for (const header of ['SSA until;Device;License type;Count', 'SSA bis;Gerät;Lizenztyp;Anzahl', 'SSA tot;Apparaat;Licentietype;Aantal', 'SSA fino al;Dispositivo;Tipo di licenza;Quantità', 'Fin du SSA;Appareil;Type de licence;Quantité']) {
      const { licenses, issues } = parseLicenseLines(`${header}\n2027-01-09;HQ;PBX-Port10;7`);
      expect(issues, header).to.deep.equal([]);
      expect(licenses, header).to.deep.equal([{ code: 'PBX-Port10', count: 7, device: 'HQ', ssaUntil: '2027-01-09' }]);
    }
  });

  it('a bad date or count names its line', () => {
    const { licenses, issues } = parseLicenseLines('PBX-Port10;5;HQ;31.02.2024\nPBX-Port10;x', { locale: 'de' });
    expect(licenses).to.deep.equal([]);
    expect(issues.map((i) => [i.path[0], i.key])).to.deep.equal([
      [1, 'error.invalidDate'],
      [2, 'error.licenseLine'],
    ]);
  });
});

describe('parseLicenseKeys (POOL-3)', () => {
  it('reads the portal order, a header row in any order, statuses in en/de/nl, and names bad lines', async () => {
    const { parseLicenseKeys } = await import('../../src/core/index.js');
    const plain = parseLicenseKeys('PBX-Port12,10,00-90-33-00-00-01,ACME,Stuttgart,Master,revoked,2024-01-10,2027-01-09');
    expect(plain.keys).to.deep.equal([{ code: 'PBX-Port12', count: 10, serial: '00-90-33-00-00-01', status: 'revoked', customer: 'ACME', location: 'Stuttgart', description: 'Master', boundOn: '2024-01-10', ssaUntil: '2027-01-09' }]);
    const headed = parseLicenseKeys('Status\tSerienummer\tAantal\tLicentietype\nactief\tSN-1\t4\tPBX UC12\ningetrokken\tSN-2\t1\tPBX-Nope');
    expect(headed.keys).to.deep.equal([{ code: 'PBX-UC12', count: 4, serial: 'SN-1', status: 'active' }]);
    expect(headed.issues.map((i) => [i.path[0], i.key])).to.deep.equal([[3, 'error.unknownLicenseType']]);
    expect(parseLicenseKeys('PBX-Port12;3').issues.map((i) => i.key)).to.deep.equal(['error.keyLine']);
    const italian = parseLicenseKeys('Stato;Numero di serie;Quantità;Tipo di licenza;Sede\nrevocata;SN-3;2;PBX-Port12;Milano');
    expect(italian.keys).to.deep.equal([{ code: 'PBX-Port12', count: 2, serial: 'SN-3', status: 'revoked', location: 'Milano' }]);
    const french = parseLicenseKeys('État;Numéro de série;Quantité;Type de licence;Client final\nRévoquée;SN-4;1;PBX-Port12;Société');
    expect(french.keys).to.deep.equal([{ code: 'PBX-Port12', count: 1, serial: 'SN-4', status: 'revoked', customer: 'Société' }]);
  });
});

describe('issue 22: the installed base read against the guideline text', () => {
  it('SSA-3: an SSA that ends before the bind date is refused by all four functions, at its end date', () => {
    const lot = { code: 'PBX-Port10', count: 1, boundOn: '2025-01-01', ssaUntil: '2024-12-31' };
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).to.be.instanceOf(LicenseInputError);
        return (e as LicenseInputError).issues.map((i) => [i.path.join('.'), i.key]);
      }
      throw new Error('accepted');
    };
    const at = (path: string) => [[path, 'error.ssaBeforeBind']];
    expect(refused(() => checkVersions({ pbxVersion: 12, today, licenses: [lot] }))).to.deep.equal(at('licenses.0.ssaUntil'));
    expect(refused(() => computeBalance({ today, activationKeys: [{ code: 'PBX-Port10', count: 1 }], licenseKeys: [{ ...lot, serial: 'SN-1', status: 'active' }] }))).to.deep.equal(at('licenseKeys.0.ssaUntil'));
    expect(refused(() => planUpgrade({ target: 13, today, licenses: [lot] }))).to.deep.equal(at('licenses.0.ssaUntil'));
    expect(refused(() => planMigration({ master: 'HQ', devices: [{ serial: 'HQ', firmware: 12 }], today, licenses: [{ ...lot, device: 'HQ' }] }))).to.deep.equal(at('licenses.0.ssaUntil'));
    // The same day is a valid (one-day) agreement.
    expect(checkVersions({ pbxVersion: 10, today, licenses: [{ ...lot, ssaUntil: '2025-01-01' }] }).ok).to.equal(true);
    expect(formatMessage('en', 'error.ssaBeforeBind')).to.equal('The SSA cannot end before the license bind date (it is counted from that date).');
    expect(formatMessage('de', 'error.ssaBeforeBind')).to.contain('Lizenz-Bindungsdatum');
    expect(formatMessage('nl', 'error.ssaBeforeBind')).to.contain('licentie-koppelingsdatum');
  });

  it('SSA-1: an upgrade covered by an SSA that has ended since names its end, not a "running" agreement', () => {
    const r = checkVersions({ pbxVersion: 13, targetReleased: '2026-06-15', today, licenses: [{ code: 'PBX-Port10', count: 50, boundOn: '2024-01-10', ssaUntil: '2026-09-30' }] });
    expect(r.blocking.map((b) => [b.code, b.ssa, b.upgradableUnderSsa])).to.deep.equal([['PBX-Port10', 'covered', true]]);
    const n = r.notices.find((x) => x.key === 'notice.ssaUpgrade')!;
    expect(n.ruleIds).to.deep.equal(['SSA-1']);
    const en = formatMessage('en', n.key, n.params);
    expect(en).to.equal('The 50 PBX-Port10 licenses can be upgraded free of charge: their SSA (until Sep 30, 2026) covers this version.');
    // One license is "the license … its SSA", never "the 1 … licenses … their".
    expect(formatMessage('en', n.key, { ...n.params, count: 1 })).to.equal('The PBX-Port10 license can be upgraded free of charge: its SSA (until Sep 30, 2026) covers this version.');
    expect(formatMessage('en', 'notice.canRelease', { count: 1, code: 'PBX-Video10' })).to.equal('The PBX-Video10 license can be released from its device and moved within the company.');
    expect(en).to.not.contain('running');
    expect(formatMessage('de', n.key, n.params)).to.contain('30.09.2026').and.not.contain('laufend');
    expect(formatMessage('nl', n.key, n.params)).to.contain('looptijd').and.not.contain('lopende');
  });

  it('PORT-3: V5.01 registrations are bought in the Port tiers of their device, after its tiered lots', () => {
    const order = (licenses: { code: string; count: number; device?: string }[]) => planUpgrade({ target: 13, today, licenses });
    const alone = order([{ code: 'PBX-Registrations', count: 600, device: 'HQ' }]);
    expect(alone.order.map((l) => [l.code, l.quantity, l.ruleIds])).to.deep.equal([
      ['PBX-Port13', 500, ['G-3', 'SSA-1', 'PORT-3']],
      ['PBX-Port13%500', 100, ['G-3', 'SSA-1', 'PORT-3']],
    ]);
    const lot = alone.lots[0]!;
    expect([lot.action, lot.toCode, lot.tiers, lot.ruleIds]).to.deep.equal(['buy', 'PBX-Port13', [{ code: 'PBX-Port13', count: 500 }, { code: 'PBX-Port13%500', count: 100 }], ['G-3', 'PORT-3']]);
    expect(formatMessage('en', lot.reason.key, lot.reason.params)).to.equal(
      'Buy PBX-Port13: 500 and PBX-Port13%500: 100: PBX-Registrations is a license of the V5.01 license manager, without a version number, and cannot run V13; the Port tiers count on from the Port licenses of its device.',
    );
    expect(formatMessage('en', lot.reason.key, lot.reason.params)).to.not.contain('V5 license');
    // The device holds 500 PBX-Port10 + 100 PBX-Port10%500 (bought at V13 in their tiers) and 600 registrations: positions 601 to 1,200.
    const tiered = order([
      { code: 'PBX-Port10', count: 500, device: 'HQ' },
      { code: 'PBX-Port10%500', count: 100, device: 'HQ' },
      { code: 'PBX-Registrations', count: 600, device: 'HQ' },
      { code: 'PBX-Registrations', count: 30, device: 'BR' },
    ]);
    expect(tiered.lots.map((l) => l.tiers ?? l.toCode)).to.deep.equal([
      'PBX-Port13',
      'PBX-Port13%500',
      [{ code: 'PBX-Port13%500', count: 400 }, { code: 'PBX-Port13%1000', count: 200 }],
      [{ code: 'PBX-Port13', count: 30 }],
    ]);
    expect(tiered.order.map((l) => [l.code, l.quantity])).to.deep.equal([
      ['PBX-Port13', 530],
      ['PBX-Port13%500', 500],
      ['PBX-Port13%1000', 200],
    ]);
    // A device with only a %500 lot: that tier starts at 501, so the registrations follow at 601.
    expect(order([{ code: 'PBX-Port12%500', count: 100 }, { code: 'PBX-Registrations', count: 5 }]).lots[1]!.tiers).to.deep.equal([{ code: 'PBX-Port13%500', count: 5 }]);
  });

  it('CONF-3: the Conferencing App license (no version number) is checked in the portal, never kept silently', () => {
    const plan = planUpgrade({ target: 13, today, licenses: [{ code: 'PBX-Port13', count: 10 }, { code: 'PBX-App(innovaphone-pbx-conference)', count: 4 }] });
    expect(actions(plan)).to.deep.equal([['PBX-Port13', 'keeps'], ['PBX-App(innovaphone-pbx-conference)', 'check']]);
    expect(plan.lots[1]!.ruleIds).to.deep.equal(['CONF-3']);
    expect(plan.ok).to.equal(false);
    expect(plan.order).to.deep.equal([]);
    expect(formatMessage('en', plan.lots[1]!.reason.key, plan.lots[1]!.reason.params)).to.equal(
      'PBX-App(innovaphone-pbx-conference) carries no version number: check in the portal that its version is V13 or higher.',
    );
    expect(formatMessage('de', plan.lots[1]!.reason.key, plan.lots[1]!.reason.params)).to.contain('Portal').and.contain('V13');
  });

  it('MIG-3: a license without a version number is bound as it is, never converted into itself or charged', () => {
    const plan = planMigration({
      master: 'HQ',
      devices: [{ serial: 'HQ', firmware: 12 }, { serial: 'BR', firmware: 12 }],
      today,
      convertTo: 12,
      licenses: [{ code: 'PBX-App(innovaphone-pbx-conference)', count: 4, device: 'BR' }],
    });
    expect(plan.steps.map((s) => [s.action, s.code, s.toCode, s.ssa, s.ruleIds])).to.deep.equal([
      ['release', 'PBX-App(innovaphone-pbx-conference)', undefined, 'none', ['MIG-2', 'REL-1']],
      ['bind', 'PBX-App(innovaphone-pbx-conference)', undefined, 'none', ['MIG-3', 'MIG-4', 'CONF-3']],
    ]);
    expect(plan.ssaCharged).to.deep.equal([]);
    expect(keys(plan)).to.not.include('notice.migrationSsaCharged');
    expect(formatMessage('en', plan.steps[1]!.reason.key, plan.steps[1]!.reason.params)).to.contain('not converted');
  });

  it('VM-1/VM-4, REC-4: converting Voicemail User or Recording licenses to V9 is an error naming those lots', () => {
    const devices = [{ serial: 'HQ', firmware: 12 }, { serial: 'BR', firmware: 10 }];
    const licenses = [
      { code: 'PBX-Port12', count: 10, device: 'BR' },
      { code: 'PBX-VoicemailUser12', count: 20, device: 'BR' },
      { code: 'PBX-Recording12(Basic)', count: 1, device: 'BR' },
      { code: 'PBX-Recording12(User)', count: 5, device: 'BR' },
      { code: 'PBX-VoicemailUser12', count: 3, device: 'HQ' },
    ];
    let error: LicenseInputError | undefined;
    try {
      planMigration({ master: 'HQ', devices, licenses, convertTo: 9, today });
    } catch (e) {
      error = e as LicenseInputError;
    }
    expect(error).to.be.instanceOf(LicenseInputError);
    // The lot on the master stays V12: it is not converted, so it is no error.
    expect(error!.issues.map((i) => [i.path.join('.'), i.key, i.params['code'], i.params['minimum'], i.params['rule']])).to.deep.equal([
      ['licenses.1.code', 'error.convertBelowMinimum', 'PBX-VoicemailUser12', 10, 'VM-4'],
      ['licenses.2.code', 'error.convertBelowMinimum', 'PBX-Recording12(Basic)', 10, 'REC-4'],
      ['licenses.3.code', 'error.convertBelowMinimum', 'PBX-Recording12(User)', 10, 'REC-4'],
    ]);
    expect(formatMessage('en', 'error.convertBelowMinimum', error!.issues[0]!.params)).to.equal(
      'PBX-VoicemailUser12 cannot be converted to V9: this license exists only from V10 on (VM-4), there is no downgrade below it.',
    );
    // To V10 they are converted.
    const ok = planMigration({ master: 'HQ', devices, licenses, convertTo: 10, today });
    expect(ok.steps.filter((s) => s.action === 'convert').map((s) => s.toCode)).to.deep.equal(['PBX-Port10', 'PBX-VoicemailUser10', 'PBX-Recording10(Basic)', 'PBX-Recording10(User)']);
  });

  it('MIG-3: a conversion to a version the catalog does not know (99, 7) is an error at convertTo, no step to PBX-Port99', () => {
    const devices = [{ serial: 'HQ', firmware: 12 }, { serial: 'BR', firmware: 10 }];
    const licenses = [{ code: 'PBX-Port10', count: 10, device: 'BR' }];
    for (const convertTo of [99, '99', 7]) {
      let error: LicenseInputError | undefined;
      try {
        planMigration({ master: 'HQ', devices, licenses, convertTo, today });
      } catch (e) {
        error = e as LicenseInputError;
      }
      expect(error, String(convertTo)).to.be.instanceOf(LicenseInputError);
      expect(error!.issues.map((i) => [i.path.join('.'), i.key])).to.deep.equal([['convertTo', 'error.convertUnknownVersion']]);
    }
    expect(formatMessage('de', 'error.convertUnknownVersion', { version: 99, min: 8, max: 14 })).to.equal('In V99 lassen sich keine Lizenzen umwandeln: wählen Sie eine Version von V8 bis V14 (MIG-3).');
    // The versions the catalog knows still convert.
    expect(planMigration({ master: 'HQ', devices, licenses, convertTo: 14, today }).steps.filter((s) => s.action === 'convert').map((s) => s.toCode)).to.deep.equal(['PBX-Port14']);
  });

  it('REL-1: V5.01 license-manager licenses stay on their device as such, not as "V6/V7 licenses"', () => {
    const plan = planMigration({
      master: 'HQ',
      devices: [{ serial: 'HQ', firmware: 12 }, { serial: 'OLD', firmware: 8 }],
      today,
      licenses: [{ code: 'PBX-Registrations', count: 40, device: 'OLD' }, { code: 'PBX-Port7', count: 2, device: 'OLD' }],
    });
    expect(plan.steps.map((s) => [s.action, s.code, s.ruleIds])).to.deep.equal([
      ['stay', 'PBX-Registrations', ['REL-1']],
      ['stay', 'PBX-Port7', ['REL-2']],
    ]);
    const n = plan.notices.find((x) => x.params['code'] === 'PBX-Registrations')!;
    expect([n.key, n.ruleIds]).to.deep.equal(['notice.migrationBeforeV8', ['REL-1']]);
    const en = formatMessage('en', n.key, n.params);
    expect(en).to.equal('The 40 PBX-Registrations licenses on OLD are licenses of the V5.01 license manager, older than PBX V8: licenses can be released only as from V8, so they stay local on that device and cannot serve the master.');
    expect(en).to.not.contain('V6/V7');
    expect(formatMessage('de', n.key, n.params)).to.contain('Lizenzmanagers V5.01').and.contain('ab V8');
  });

  it('MIG-3: converting a lot without an SSA voids none, and still charges the year', () => {
    const plan = planMigration({
      master: 'HQ',
      devices: [{ serial: 'HQ', firmware: 12 }, { serial: 'BR', firmware: 10 }],
      today,
      convertTo: 12,
      licenses: [{ code: 'PBX-Port10', count: 50, device: 'BR' }, { code: 'PBX-UC10', count: 5, device: 'BR', ssaUntil: '2027-01-01' }],
    });
    const converts = plan.steps.filter((s) => s.action === 'convert');
    expect(converts.map((s) => [s.code, s.toCode, s.ssa, s.reason.key])).to.deep.equal([
      ['PBX-Port10', 'PBX-Port12', 'none', 'migration.convertNoSsa'],
      ['PBX-UC10', 'PBX-UC12', 'void', 'migration.convert'],
    ]);
    expect(plan.ssaCharged).to.deep.equal([{ code: 'PBX-Port12', count: 50, years: 1 }, { code: 'PBX-UC12', count: 5, years: 1 }]);
    const noSsa = formatMessage('en', converts[0]!.reason.key, converts[0]!.reason.params);
    expect(noSsa).to.equal('Convert PBX-Port10 to PBX-Port12 in the balance and bind it to HQ: it has no SSA to void; one year of SSA is charged.');
    const charged = plan.notices.find((x) => x.key === 'notice.migrationSsaCharged')!;
    expect(formatMessage('en', charged.key, charged.params)).to.equal('Converting to another version charges one year of SSA for 55 licenses; an SSA they had is void.');
  });

  // MIG-3 charges a year of SSA; SSA-2 sells SSA as credits ordered like products, the guidelines
  // give no price: the partner's list prices it under `SSA:<code>` (issue 24).
  it('MIG-3 priced: the year of SSA from the list\'s SSA:<code> entries, with its overall discount and VAT', () => {
    const input = {
      master: 'HQ',
      devices: [{ serial: 'HQ', firmware: 12 }, { serial: 'BR', firmware: 10 }],
      today,
      convertTo: 13,
      licenses: [{ code: 'PBX-Port10', count: 50, device: 'BR' }, { code: 'PBX-UC10', count: 5, device: 'BR' }, { code: 'PBX-Port12', count: 10, device: 'BR' }],
    };
    const plan = planMigration({ ...input, prices: { currency: 'EUR', vatRate: 19, discount: 10, 'SSA:PBX-Port13': 8, 'ssa: pbx-uc13': 20.5, 'PBX-Port13': 40 } });
    expect(plan.ssaCharged.map((c) => [c.code, c.count, c.unitPrice, c.discountPercent, c.lineNet])).to.deep.equal([
      ['PBX-Port13', 60, 8, 10, 432],
      ['PBX-UC13', 5, 20.5, 10, 92.25],
    ]);
    expect(plan.ssaTotal).to.deep.include({ currency: 'EUR', complete: true, list: 582.5, discount: 58.25, net: 524.25, vat: 99.61, gross: 623.86 });
    expect(validate(migrationPlanSchema, JSON.parse(JSON.stringify(plan))).ok).to.equal(true);
    // A type without its SSA entry: no price, an incomplete total, and a notice naming the key to add.
    const partial = planMigration({ ...input, prices: { currency: 'EUR', 'SSA:PBX-Port13': 8, 'PBX-UC13': 100 } });
    expect(partial.ssaCharged.map((c) => c.unitPrice)).to.deep.equal([8, null]);
    expect(partial.ssaTotal).to.deep.include({ complete: false, net: 480 });
    const missing = partial.notices.find((n) => n.key === 'notice.migrationSsaPriceMissing')!;
    expect(missing.ruleIds).to.deep.equal(['MIG-3', 'SSA-2']);
    expect(formatMessage('en', missing.key, missing.params)).to.equal('No price for a year of SSA of PBX-UC13: the price list has no entry “SSA:PBX-UC13”.');
    expect(formatMessage('de', missing.key, missing.params)).to.contain('„SSA:PBX-UC13“');
    // Without a conversion nothing is charged, nothing priced.
    const bound = planMigration({ ...input, convertTo: undefined, prices: { 'SSA:PBX-Port13': 8 } });
    expect([bound.ssaCharged, bound.ssaTotal]).to.deep.equal([[], undefined]);
  });

  it('deviceHoldings: each device as the user knows it (its name where a lot gives one) and what it holds', () => {
    const held = deviceHoldings([
      { code: 'pbx-port12', count: 500, device: '00-90-33-01-02-ab', deviceName: 'HQ' },
      { code: 'PBX-UC12', count: 20, device: '00-90-33-01-02-ab' },
      { code: 'PBX-Port12', count: 100, device: '00-90-33-01-02-ab' },
      { code: 'PBX-Port10', count: 50, device: 'BR-2' },
      { code: 'PBX-Port10', count: 5 },
      { code: '__proto__', count: 1, device: '__proto__' },
      null,
      'PBX-Port12 5',
    ]);
    expect(held).to.deep.equal([
      { serial: '00-90-33-01-02-ab', name: 'HQ', holds: [{ code: 'PBX-Port12', count: 600 }, { code: 'PBX-UC12', count: 20 }], licenses: 620 },
      { serial: 'BR-2', holds: [{ code: 'PBX-Port10', count: 50 }], licenses: 50 },
      { serial: '__proto__', holds: [{ code: '__proto__', count: 1 }], licenses: 1 },
    ]);
    expect(deviceHoldings('nothing')).to.deep.equal([]);
  });
});
