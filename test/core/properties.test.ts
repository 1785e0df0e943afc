import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CATALOG, LicenseInputError, calculateLicenses, type ScenarioInput } from '../../src/core/index.js';
import { scenarioArb } from './arbitraries.js';
import { familyTotal } from './helpers.js';

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

  it('a quote never lists one code twice on one PBX', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const seen = new Set<string>();
        for (const l of calculateLicenses(s).lines) {
          const key = `${l.code}\u0000${l.pbx}`;
          if (seen.has(key)) return false;
          seen.add(key);
        }
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

  // Standby and old-model Voicemail follow every Port license of their device (STBY-1, VM-1): in
  // central licensing that is the whole installation on the master, so they are compared apart.
  const perPbx = (family: string) => family === 'standby' || family === 'voicemail';
  const sumOthers = (q: ReturnType<typeof calculateLicenses>) => q.lines.reduce((s, l) => s + (perPbx(l.family) ? 0 : l.quantity), 0);
  const oneModel = (s: ScenarioInput) => ({ ...s, pbxs: s.pbxs.map((p) => ({ ...p, voicemailModel: s.pbxs[0]!.voicemailModel })) });

  it('central licensing never needs more licenses than local (Standby and old-model Voicemail apart)', () => {
    fc.assert(
      fc.property(scenarioArb.map(oneModel), (s) => sumOthers(calculateLicenses({ ...s, licensing: 'central' })) <= sumOthers(calculateLicenses({ ...s, licensing: 'local' }))),
      { numRuns: 150 },
    );
  });

  it('STBY-1: with standby on every PBX, central and local need as many Standby licenses, all Port licenses covered', () => {
    fc.assert(
      fc.property(scenarioArb.map((s) => ({ ...s, pbxs: s.pbxs.map((p) => ({ ...p, standby: true })) })), (s) => {
        const central = calculateLicenses({ ...s, licensing: 'central' });
        const local = calculateLicenses({ ...s, licensing: 'local' });
        const installed = Object.values(s.existing ?? {}).reduce((a, b) => a + b, 0);
        const ports = familyTotal(central, 'port') + installed;
        return familyTotal(central, 'standby') === ports && familyTotal(local, 'standby') === ports;
      }),
      { numRuns: 100 },
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
