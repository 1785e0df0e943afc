import { expect } from '@open-wc/testing';
import { LicenseInputError, computeBalance, computeProjectBalance, parseLicenseKeys, projectOf, projectsOf } from '../../src/core/index.js';
import { licenseListBalance, readLicenseList } from '../../src/core/license-list.js';
import { projectView } from '../../src/core/projects.js';

// Issue 26, "Company and projects": the portal's company pool, and projects with their own
// balances (MIG-2 / MIG-4: a project's pool, its balance statement); per type POOL-4.
const key = (code: string, count: number, project?: string, extra: Record<string, unknown> = {}) => ({
  code,
  count,
  serial: '00-90-33-00-00-01',
  status: 'active' as const,
  ...(project === undefined ? {} : { project }),
  ...extra,
});
const company = {
  today: '2026-11-26',
  activationKeys: [
    { code: 'PBX-Port12', count: 100, project: 'Nord' },
    { code: 'PBX-Port12', count: 50, project: 'Süd' },
    { code: 'PBX-UC12', count: 20, project: 'Nord' },
    { code: 'PBX-Port12', count: 10 },
  ],
  licenseKeys: [
    key('PBX-Port12', 30, 'Süd'),
    key('PBX-Port12', 60, 'Nord'),
    key('PBX-UC12', 25, 'Nord'),
    key('PBX-Port12', 5),
    key('PBX-Port12', 40, 'Zentrale'),
    key('PBX-Port12', 7, 'Nord', { status: 'revoked' }),
  ],
};
/** Per type: [loaded, used, left]. */
const figures = (b: ReturnType<typeof computeBalance>) => Object.fromEntries(b.rows.map((r) => [r.code, [r.loaded, r.used, r.left]]));

describe('projectsOf: the projects of a company pool', () => {
  it('lists the projects in the order first seen (activation keys, then license keys), the keys without a project last', () => {
    expect(projectsOf(company)).to.deep.equal([
      { project: 'Nord', activationKeys: 2, licenseKeys: 3 },
      { project: 'Süd', activationKeys: 1, licenseKeys: 1 },
      { project: 'Zentrale', activationKeys: 0, licenseKeys: 1 },
      { project: null, activationKeys: 1, licenseKeys: 1 },
    ]);
  });

  it('no key names a project: no projects (the pool is the company’s alone), and no "no project" entry', () => {
    expect(projectsOf({ activationKeys: [{ code: 'PBX-Port12', count: 5 }], licenseKeys: [key('PBX-Port12', 2), key('PBX-Port12', 1, '  ')] })).to.deep.equal([]);
    expect(projectsOf({ activationKeys: [], licenseKeys: [] })).to.deep.equal([]);
  });

  it('all keys in projects: no "no project" entry; names are trimmed, so " Nord " is Nord', () => {
    expect(projectsOf({ activationKeys: [], licenseKeys: [key('PBX-Port12', 1, ' Nord '), key('PBX-Port12', 1, 'Nord')] })).to.deep.equal([{ project: 'Nord', activationKeys: 0, licenseKeys: 2 }]);
    expect(projectOf({ project: ' Nord ' })).to.equal('Nord');
    expect(projectOf({ project: '' })).to.equal(null);
    expect(projectOf({ project: 42 })).to.equal(null);
    expect(projectOf({})).to.equal(null);
  });

  it('hostile names are projects like any other: __proto__, constructor, a 500-character name', () => {
    const long = 'P'.repeat(500);
    const input = { activationKeys: [], licenseKeys: [key('PBX-Port12', 1, '__proto__'), key('PBX-Port12', 2, 'constructor'), key('PBX-Port12', 3, long), key('PBX-Port12', 4, 'toString')] };
    expect(projectsOf(input).map((p) => p.project)).to.deep.equal(['__proto__', 'constructor', long, 'toString']);
    expect(computeProjectBalance(input, undefined, '__proto__').rows[0]).to.deep.include({ used: 1 });
    expect(computeProjectBalance(input, undefined, 'constructor').rows[0]).to.deep.include({ used: 2 });
    expect(computeProjectBalance(input, undefined, long).rows[0]).to.deep.include({ used: 3 });
    expect(({} as Record<string, unknown>)['polluted'], 'nothing reached Object.prototype').to.equal(undefined);
  });

  it('a name longer than the schema allows (500) is refused with the field named, as computeBalance does', () => {
    const input = { activationKeys: [], licenseKeys: [key('PBX-Port12', 1, 'P'.repeat(501))] };
    expect(() => projectsOf(input)).to.throw(LicenseInputError);
    expect(() => computeProjectBalance(input, undefined, 'P')).to.throw(LicenseInputError);
    try {
      projectsOf(input);
    } catch (e) {
      expect((e as LicenseInputError).issues[0]!.path).to.deep.equal(['licenseKeys', 0, 'project']);
    }
    const onActivation = { activationKeys: [{ code: 'PBX-Port12', count: 1, project: 7 }], licenseKeys: [] };
    expect(() => computeBalance(onActivation), 'a project that is not text, on an activation key').to.throw(LicenseInputError);
  });
});

describe('computeProjectBalance: a project’s balance (POOL-4) and the company pool', () => {
  it('the company pool is every key: computeBalance’s result (no project, or "")', () => {
    expect(computeProjectBalance(company)).to.deep.equal(computeBalance(company));
    expect(computeProjectBalance(company, undefined, '')).to.deep.equal(computeBalance(company));
    expect(figures(computeBalance(company))).to.deep.equal({ 'PBX-Port12': [160, 135, 25], 'PBX-UC12': [20, 25, -5] });
  });

  it('a project: its activation keys are Loaded, its active license keys Used (a revoked key debits nothing, POOL-3)', () => {
    const nord = computeProjectBalance(company, undefined, 'Nord');
    expect(figures(nord)).to.deep.equal({ 'PBX-Port12': [100, 60, 40], 'PBX-UC12': [20, 25, -5] });
    expect(nord.rows.find((r) => r.code === 'PBX-Port12')!.revoked).to.equal(7);
    expect(nord.overAllocated, 'POOL-4: Nord uses 5 UC licenses more than it has').to.deep.equal(['PBX-UC12']);
    expect(nord.notices.map((n) => n.key)).to.deep.equal(['notice.overAllocated']);
    expect(figures(computeProjectBalance(company, undefined, 'Süd'))).to.deep.equal({ 'PBX-Port12': [50, 30, 20] });
    expect(figures(computeProjectBalance(company, undefined, 'Zentrale')), 'used, nothing loaded into it').to.deep.equal({ 'PBX-Port12': [0, 40, -40] });
    expect(figures(computeProjectBalance(company, undefined, ' Süd ')), 'the name trimmed').to.deep.equal({ 'PBX-Port12': [50, 30, 20] });
  });

  it('null: the keys without a project', () => {
    expect(figures(computeProjectBalance(company, undefined, null))).to.deep.equal({ 'PBX-Port12': [10, 5, 5] });
  });

  it('a project no key names: an empty balance, not the company’s', () => {
    const b = computeProjectBalance(company, undefined, 'Elsewhere');
    expect(b.rows).to.deep.equal([]);
    expect(b.today).to.equal('2026-11-26');
  });

  it('the projects’ figures (with the keys without a project) add up to the company pool’s, per type', () => {
    const all = figures(computeBalance(company));
    const sum: Record<string, number[]> = {};
    for (const p of projectsOf(company)) {
      for (const [code, f] of Object.entries(figures(computeProjectBalance(company, undefined, p.project)))) {
        sum[code] = (sum[code] ?? [0, 0, 0]).map((n, i) => n + f[i]!);
      }
    }
    expect(sum).to.deep.equal(all);
  });

  it('keyIndexes point into the whole input’s licenseKeys, as the company pool’s do', () => {
    const nord = computeProjectBalance(company, undefined, 'Nord');
    expect(nord.rows.find((r) => r.code === 'PBX-Port12')!.keyIndexes).to.deep.equal([1, 5]);
    expect(nord.rows.find((r) => r.code === 'PBX-UC12')!.keyIndexes).to.deep.equal([2]);
    expect(computeProjectBalance(company, undefined, null).rows[0]!.keyIndexes).to.deep.equal([3]);
  });

  it('To order per project: required − that project’s Left, never below 0 (another project’s licenses do not count)', () => {
    const quote = { lines: [{ code: 'PBX-Port12', quantity: 50 }, { code: 'PBX-UC12', quantity: 10 }] };
    const order = (p?: string | null) => Object.fromEntries(computeProjectBalance(company, quote, p).rows.map((r) => [r.code, r.toOrder]));
    expect(order('Nord'), '50 − 40; 10 − (−5)').to.deep.equal({ 'PBX-Port12': 10, 'PBX-UC12': 15 });
    expect(order('Süd'), '50 − 20; a type the project has none of').to.deep.equal({ 'PBX-Port12': 30, 'PBX-UC12': 10 });
    expect(order('Zentrale'), 'its deficit too: 50 − (−40)').to.deep.equal({ 'PBX-Port12': 90, 'PBX-UC12': 10 });
    expect(order(undefined), 'the company pool: 50 − 25; 10 − (−5)').to.deep.equal({ 'PBX-Port12': 25, 'PBX-UC12': 15 });
    expect(computeProjectBalance(company, quote, 'Nord').totals.toOrder).to.equal(25);
  });

  it('SSA notices are the project’s own (SSA-4)', () => {
    const input = { today: '2026-11-26', activationKeys: [{ code: 'PBX-Port12', count: 10 }], licenseKeys: [key('PBX-Port12', 3, 'Nord', { ssaUntil: '2026-12-20' }), key('PBX-Port12', 4, 'Süd')] };
    expect(computeProjectBalance(input).notices.map((n) => n.key), 'the company pool').to.deep.equal(['notice.ssaEndingTypes']);
    expect(computeProjectBalance(input, undefined, 'Nord').notices.map((n) => n.key), 'Nord: nothing loaded into it, and its SSA ends').to.deep.equal(['notice.overAllocated', 'notice.ssaEndingTypes']);
    expect(computeProjectBalance(input, undefined, 'Süd').notices.map((n) => n.key)).to.deep.equal(['notice.overAllocated']);
  });

  it('an invalid input throws for any project, naming the bad field at its place in the whole input', () => {
    const bad = { activationKeys: [], licenseKeys: [key('PBX-Port12', 1, 'Nord'), key('PBX-Port12', -1, 'Süd')] };
    try {
      computeProjectBalance(bad, undefined, 'Nord');
      expect.fail('no error');
    } catch (e) {
      expect(e).to.be.instanceOf(LicenseInputError);
      expect((e as LicenseInputError).issues[0]!.path).to.deep.equal(['licenseKeys', 1, 'count']);
    }
  });

  it('a hostile project argument never throws: a non-text one is the keys without a project', () => {
    expect(figures(computeProjectBalance(company, undefined, 42 as unknown as string))).to.deep.equal({ 'PBX-Port12': [10, 5, 5] });
  });
});

describe('a file per project: readers that give their keys the file’s project', () => {
  it('parseLicenseKeys: keys without a Project cell take the file’s project; a Project column wins', () => {
    const { keys } = parseLicenseKeys('Type;Count;Serial;Project\nPBX-Port12;4;SN-1;Filiale\nPBX-UC12;2;SN-2;', { project: ' Nord ' });
    expect(keys.map((k) => k.project)).to.deep.equal(['Filiale', 'Nord']);
    expect(parseLicenseKeys('PBX-Port12;4;SN-1').keys[0]!.project, 'no project given').to.equal(undefined);
    expect(parseLicenseKeys('PBX-Port12;4;SN-1', { project: '   ' }).keys[0]!.project, 'a blank one').to.equal(undefined);
  });

  it('licenseListBalance: every lot and what it uses in the file’s project; three files, three projects, one company', () => {
    const file = (mac: string, amount: number) => `<licenses><license amount='${amount}' type='PBX-Port12' mac='${mac}' var='PBX0'>sig</license></licenses>`;
    const input = { activationKeys: [] as unknown[], licenseKeys: [] as unknown[] };
    for (const [project, mac, amount] of [['Nord', '00-90-33-01-02-01', 10], ['Süd', '00-90-33-01-02-02', 20], ['West', '00-90-33-01-02-03', 30]] as const) {
      const b = licenseListBalance(readLicenseList(file(mac, amount)), { project });
      input.activationKeys.push(...b.activationKeys);
      input.licenseKeys.push(...b.licenseKeys);
    }
    expect(projectsOf(input).map((p) => p.project)).to.deep.equal(['Nord', 'Süd', 'West']);
    expect(figures(computeProjectBalance(input, undefined, 'Süd'))).to.deep.equal({ 'PBX-Port12': [20, 0, 20] });
    expect(figures(computeBalance(input))).to.deep.equal({ 'PBX-Port12': [60, 0, 60] });
    const pbx = licenseListBalance(readLicenseList('{"mt":"GetPbxLicensesResult","lic":[{"name":"Port","version":"12","count":"500","used":"312"}]}'), { project: 'HQ' });
    expect(pbx.licenseKeys.map((k) => [k.count, k.project])).to.deep.equal([[312, 'HQ']]);
    expect(pbx.activationKeys.map((k) => [k.count, k.project])).to.deep.equal([[500, 'HQ']]);
  });
});

describe('projectView: a project\'s balance and the pool\'s projects, the input read once (the balance table\'s switch)', () => {
  it('gives what computeProjectBalance and projectsOf give, for the company pool, a project and the keys without one', () => {
    const required = { lines: [{ code: 'PBX-Port12', quantity: 120 }] };
    for (const project of [undefined, '', 'Nord', ' Süd ', null, 'Nowhere']) {
      const view = projectView(company, required, project);
      expect(view.balance, String(project)).to.deep.equal(computeProjectBalance(company, required, project));
      expect(view.projects, String(project)).to.deep.equal(projectsOf(company));
    }
    expect(figures(projectView(company, undefined, 'Nord').balance)).to.deep.equal({ 'PBX-Port12': [100, 60, 40], 'PBX-UC12': [20, 25, -5] });
    // An input computeBalance refuses throws the same LicenseInputError.
    expect(() => projectView({ activationKeys: [{ code: 'PBX-Nope12', count: 1 }], licenseKeys: [] }, undefined, 'Nord')).to.throw(LicenseInputError);
  });
});
