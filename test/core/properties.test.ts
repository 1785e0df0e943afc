import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CATALOG, LicenseInputError, USER_FEATURES, calculateLicenses, type ScenarioInput } from '../../src/core/index.js';
import { familyTotal } from './helpers.js';

const count = (max: number) => fc.integer({ min: 0, max });

const groupArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0),
  count: count(300),
  features: fc.uniqueArray(fc.constantFrom(...USER_FEATURES), { maxLength: 6 }),
});

const pbxArb = (name: string) =>
  fc
    .record({
      platform: fc.constantFrom('gateway', 'ipva') as fc.Arbitrary<'gateway' | 'ipva'>,
      gateway: fc.option(fc.constantFrom('IP811', 'IP311', 'IP1130', 'IP6010') as fc.Arbitrary<'IP811'>, { nil: undefined }),
      extraUsers: count(3000),
      trunks: count(50),
      otherPorts: count(20),
      standby: fc.boolean(),
      voicemailModel: fc.constantFrom('user', 'port') as fc.Arbitrary<'user' | 'port'>,
      uc: fc.constantFrom('auto', 'bundle', 'modules') as fc.Arbitrary<'auto'>,
      groups: fc.uniqueArray(groupArb, { maxLength: 4, selector: (g) => g.name.trim() }),
      webrtcChannels: count(10),
      operators: count(5),
      recorded: count(50),
      queueMonitorQueues: count(4),
      hardware: fc.record({ bri: count(8), pri: count(2), channels: count(60) }),
    })
    .map((r) => {
      const grouped = r.groups.reduce((s, g) => s + g.count, 0);
      const users = grouped + r.extraUsers;
      return {
        name,
        platform: r.platform,
        ...(r.gateway ? { gateway: r.gateway } : {}),
        users,
        trunks: r.trunks,
        otherPorts: r.otherPorts,
        standby: r.standby,
        voicemailModel: r.voicemailModel,
        uc: r.uc,
        userGroups: r.groups,
        webrtcChannels: r.webrtcChannels,
        operators: r.operators,
        recordedUsers: Math.min(r.recorded, users),
        queueMonitorQueues: r.queueMonitorQueues,
        hardware: r.hardware,
      };
    });

const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    version: fc.integer({ min: 8, max: 14 }),
    release: fc.constantFrom('r1', 'r2') as fc.Arbitrary<'r1' | 'r2'>,
    licensing: fc.constantFrom('central', 'local') as fc.Arbitrary<'central' | 'local'>,
    existingPorts: count(6000),
    priced: fc.boolean(),
    pbxs: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => pbxArb(`PBX ${i + 1}`)))),
  })
  .map((r) => ({
    version: r.version,
    release: r.release,
    licensing: r.licensing,
    existing: { [`PBX-Port${r.version}`]: r.existingPorts },
    ...(r.priced ? { prices: { currency: 'EUR', [`PBX-Port${r.version}`]: 12.5, [`PBX-UC${r.version}`]: 40, [`PBX-myPBX${r.version}`]: 15 } } : {}),
    pbxs: r.pbxs,
  }));

const sumAll = (q: ReturnType<typeof calculateLicenses>) => q.lines.reduce((s, l) => s + l.quantity, 0);
const byCode = (q: ReturnType<typeof calculateLicenses>) => {
  const out = new Map<string, number>();
  for (const l of q.lines) out.set(l.code, (out.get(l.code) ?? 0) + l.quantity);
  return out;
};

describe('calculateLicenses properties (fast-check)', () => {
  it('quantities are never negative, never zero, always whole', () => {
    fc.assert(fc.property(scenarioArb, (s) => calculateLicenses(s).lines.every((l) => Number.isInteger(l.quantity) && l.quantity > 0)), { numRuns: 150 });
  });

  it('more users never means fewer licenses of any code', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 2000 }), (s, more) => {
        const bigger = { ...s, pbxs: s.pbxs.map((p, i) => (i === 0 ? { ...p, users: p.users + more } : p)) };
        const a = byCode(calculateLicenses(s));
        const b = byCode(calculateLicenses(bigger));
        for (const [code, n] of a) if ((b.get(code) ?? 0) < n) return false;
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('the tier lines of a family always add up to its total demand', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const q = calculateLicenses(s);
        for (const spec of CATALOG.filter((c) => c.tiers)) {
          const demanded = q.demands.filter((d) => d.family === spec.family).reduce((sum, d) => sum + d.quantity, 0);
          if (familyTotal(q, spec.family) !== demanded) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('central licensing never needs more licenses than local', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => sumAll(calculateLicenses({ ...s, licensing: 'central' })) <= sumAll(calculateLicenses({ ...s, licensing: 'local' }))),
      { numRuns: 150 },
    );
  });

  it('is deterministic and survives a JSON round trip', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = calculateLicenses(s);
        const b = calculateLicenses(JSON.parse(JSON.stringify(s)));
        expect(b).to.deep.equal(a);
        expect(JSON.parse(JSON.stringify(a))).to.deep.equal(a);
      }),
      { numRuns: 100 },
    );
  });

  it('random garbage never throws anything but LicenseInputError', () => {
    const garbage = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
      fc.jsonValue(),
      scenarioArb.chain((s) =>
        fc.record({ path: fc.constantFrom('version', 'pbxs', 'existing', 'prices', 'licensing'), value: fc.anything() }).map(({ path, value }) => ({ ...s, [path]: value })),
      ),
      scenarioArb.chain((s) =>
        fc.record({ key: fc.constantFrom('users', 'trunks', 'userGroups', 'hardware', 'name', 'platform', 'recordedUsers'), value: fc.oneof(fc.double(), fc.anything()) }).map(({ key, value }) => ({
          ...s,
          pbxs: [{ ...s.pbxs[0], [key]: value }],
        })),
      ),
    );
    fc.assert(
      fc.property(garbage, (input) => {
        try {
          calculateLicenses(input);
        } catch (e) {
          if (!(e instanceof LicenseInputError)) throw e;
          expect(e.issues.length).to.be.greaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
