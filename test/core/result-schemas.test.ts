import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import {
  RESULT_SCHEMA_VERSION,
  calculateLicenses,
  checkVersions,
  migrationPlanJsonSchema,
  planMigration,
  planUpgrade,
  planWarranty,
  quoteJsonSchema,
  scenarioJsonSchema,
  upgradePlanJsonSchema,
  versionCheckJsonSchema,
  warrantyPlanJsonSchema,
} from '../../src/core/index.js';
import { scenarioArb } from './arbitraries.js';

/** A JSON Schema validator (draft 2020-12) that is not zod: the published schemas, read as any consumer would. */
function validator(schema: Record<string, unknown>): (value: unknown) => string[] {
  const v = new Validator(schema as never, '2020-12', false);
  return (value) => {
    const result = v.validate(JSON.parse(JSON.stringify(value)));
    return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation}: ${e.error}`);
  };
}

const strictQuote = validator(quoteJsonSchema({ strict: true }));
const today = '2026-11-26';

describe('the result contract: JSON Schemas that real outputs satisfy (schemaVersion 1)', () => {
  it('every result carries schemaVersion; every schema says which one it describes', () => {
    expect(RESULT_SCHEMA_VERSION).to.equal(1);
    expect(calculateLicenses({ version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: 1, trunks: 0 }] }).schemaVersion).to.equal(1);
    expect(checkVersions({ pbxVersion: '12', licenses: [] }).schemaVersion).to.equal(1);
    expect(planUpgrade({ target: 13, today, licenses: [] }).schemaVersion).to.equal(1);
    expect(planMigration({ master: 'A', devices: [{ serial: 'A', firmware: '12' }], licenses: [], today }).schemaVersion).to.equal(1);
    expect(planWarranty({ today, devices: [{ serial: 'A', purchased: today, wantYears: 1 }] }).schemaVersion).to.equal(1);
    for (const schema of [quoteJsonSchema(), versionCheckJsonSchema(), upgradePlanJsonSchema(), migrationPlanJsonSchema(), warrantyPlanJsonSchema()]) {
      expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema['x-schemaVersion']).to.equal(1);
      expect((schema['properties'] as Record<string, unknown>)['schemaVersion']).to.deep.equal({ type: 'number', const: 1 });
    }
  });

  it('quotes of any scenario satisfy the strict quote schema (every field documented, nothing missing)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const errors = strictQuote(calculateLicenses(s));
        expect(errors, JSON.stringify(s)).to.deep.equal([]);
      }),
      { numRuns: 120 },
    );
  });

  it('a priced quote with discounts, VAT, a UC comparison, warranty lines and installed licenses satisfies it', () => {
    const quote = calculateLicenses({
      version: 12,
      existing: { 'PBX-Port12': 10, 'PBX-Voicemail12': 10 },
      prices: { currency: 'EUR', vatRate: 19, discount: { overall: 10, 'PBX-UC12': 25 }, 'PBX-Port12': 30, 'PBX-UC12': 40, 'PBX-Video12': 10, 'PBX-Fax12': 10, 'PBX-myPBX12': 10, 'PBX-Standby12': 5, '12-00400-004': 99 },
      pbxs: [
        { name: 'HQ', platform: 'gateway', gateway: 'IP811', users: 50, trunks: 2, standby: true, warrantyYears: 2, userGroups: [{ name: 'Sales', count: 20, features: ['myPBX', 'video', 'fax'] }] },
        { name: 'Branch', platform: 'ipva', users: 5, trunks: 1, licensing: 'local', recordedUsers: 2, recordingTargets: 3 },
      ],
    });
    expect(quote.total, 'priced').to.not.equal(undefined);
    expect(quote.warranty.length, 'warranty lines').to.be.greaterThan(0);
    expect(quote.ucChoices.length, 'UC comparison').to.be.greaterThan(0);
    expect(strictQuote(quote)).to.deep.equal([]);
  });

  it('version checks, upgrade, migration and warranty plans satisfy their strict schemas', () => {
    const check = validator(versionCheckJsonSchema({ strict: true }));
    const upgrade = validator(upgradePlanJsonSchema({ strict: true }));
    const migration = validator(migrationPlanJsonSchema({ strict: true }));
    const warranty = validator(warrantyPlanJsonSchema({ strict: true }));
    const lots = [
      { code: 'PBX-Port10', count: 100, device: 'BR-2', boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
      { code: 'PBX-Port12', count: 50, device: 'HQ-1' },
      { code: 'Relay-PRIs', count: 1, device: 'BR-2' },
      { code: 'PBX-Operator8', count: 2, device: 'HQ-1' },
      { code: 'PBX-UC11', count: 5, device: 'BR-2', ssaUntil: '2025-01-01' },
    ];
    expect(check(checkVersions({ pbxVersion: '12', operatorVersion: '10', targetReleased: '2026-06-15', today, licenses: lots }))).to.deep.equal([]);
    expect(check(checkVersions({ pbxVersion: '10', licenses: [] }))).to.deep.equal([]);
    expect(upgrade(planUpgrade({ target: '13r1', targetReleased: '2026-06-15', today, prices: { currency: 'CHF', vatRate: 8.1, 'PBX-Port13': 20 }, licenses: lots }))).to.deep.equal([]);
    expect(upgrade(planUpgrade({ target: 13, today, licenses: lots }))).to.deep.equal([]);
    const devices = [{ serial: 'HQ-1', firmware: '12r2' }, { serial: 'BR-2', firmware: '10' }];
    expect(migration(planMigration({ master: 'HQ-1', devices, licenses: lots, convertTo: 'V12', today }))).to.deep.equal([]);
    expect(migration(planMigration({ master: 'HQ-1', devices: [...devices, { serial: 'OLD', firmware: '7' }], licenses: lots, today }))).to.deep.equal([]);
    expect(warranty(planWarranty({ today, devices: [{ serial: 'IP811-1', model: 'IP811', purchased: '2026-03-10', wantYears: 3 }, { serial: 'X', purchased: '2020-01-01', wantYears: 1 }] }))).to.deep.equal([]);
  });

  it('the strict schema catches a field it does not document and a field that is missing; the published one lets new fields through', () => {
    const quote = JSON.parse(JSON.stringify(calculateLicenses({ version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: 3, trunks: 1 }] })));
    expect(strictQuote({ ...quote, newField: 1 })).to.not.deep.equal([]);
    expect(validator(quoteJsonSchema())({ ...quote, newField: 1 }), 'forward compatible').to.deep.equal([]);
    const { lines: _lines, ...withoutLines } = quote;
    expect(validator(quoteJsonSchema())(withoutLines)).to.not.deep.equal([]);
    expect(strictQuote({ ...quote, schemaVersion: 2 }), 'another schemaVersion').to.not.deep.equal([]);
    expect(strictQuote({ ...quote, lines: [{ ...quote.lines[0], quantity: -1 }] })).to.not.deep.equal([]);
  });

  it('the scenario JSON Schema accepts the scenarios the calculator accepts', () => {
    const scenario = validator(scenarioJsonSchema());
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(scenario(s), JSON.stringify(s)).to.deep.equal([]);
      }),
      { numRuns: 60 },
    );
  });
});
