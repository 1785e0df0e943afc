import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SCENARIO_SCHEMA_VERSION,
  decodeScenarioFromUrl,
  encodeScenarioForUrl,
  migrateScenario,
  readScenarioJson,
  scenarioSchema,
  validate,
  type ScenarioInput,
} from '../../src/core/index.js';
import { scenarioArb } from './arbitraries.js';

/** Scenarios with names in any script (the URL carries UTF-8). */
const unicodeScenario = fc.tuple(scenarioArb, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0)).map(
  ([s, name]) => ({ ...s, pbxs: s.pbxs.map((p, i) => ({ ...p, name: `${name.trim()} ${i}` })) }) as ScenarioInput,
);

/** What a file or link reads back: the scenario, normalised, without the prices (issue 11). */
const normalised = (s: unknown) => {
  const { prices: _dropped, ...rest } = s as ScenarioInput;
  const v = validate(scenarioSchema, migrateScenario(rest));
  if (!v.ok) throw new Error('fixture not valid');
  return v.value;
};

describe('scenarios through files and links', () => {
  it('never carry prices: a file or link with prices is read without them, and says so', () => {
    const crafted = { version: 12, prices: { currency: 'EUR', 'PBX-Port12': 0.01 }, pbxs: [{ name: 'HQ', platform: 'gateway', users: 5, trunks: 0 }] };
    const read = readScenarioJson(JSON.stringify({ scenario: crafted }));
    expect(read.ok && 'prices' in read.value).to.equal(false);
    expect(read.pricesIgnored).to.equal(true);
    const param = encodeScenarioForUrl(crafted as ScenarioInput);
    expect(atob(param.replace(/-/g, '+').replace(/_/g, '/'))).to.not.contain('prices');
    const url = decodeScenarioFromUrl(btoa(JSON.stringify(crafted)).replace(/=+$/, ''));
    expect(url.ok && 'prices' in url.value).to.equal(false);
    expect(url.pricesIgnored).to.equal(true);
    expect(readScenarioJson(JSON.stringify({ version: 12, pbxs: crafted.pbxs })).pricesIgnored).to.equal(false);
  });

  it('round-trips through JSON with nothing lost (property)', () => {
    fc.assert(
      fc.property(unicodeScenario, (s) => {
        const read = readScenarioJson(JSON.stringify(s));
        expect(read.ok).to.equal(true);
        expect(read.ok && read.value).to.deep.equal(normalised(s));
        expect(read.pricesIgnored).to.equal(s.prices !== undefined);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips through the URL with nothing lost (property)', () => {
    fc.assert(
      fc.property(unicodeScenario, (s) => {
        const param = encodeScenarioForUrl(s);
        expect(param).to.match(/^[A-Za-z0-9_-]*$/);
        const back = decodeScenarioFromUrl(new URL(`https://example.test/?s=${param}`).searchParams.get('s'));
        expect(back.ok && back.value).to.deep.equal(normalised(s));
      }),
      { numRuns: 150 },
    );
  });

  it('reads the calculator export ({ scenario, quote }) as its scenario', () => {
    const scenario = { version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: 1, trunks: 0 }] };
    const read = readScenarioJson(JSON.stringify({ scenario, quote: { lines: [] } }));
    expect(read.ok && read.value.pbxs[0]!.name).to.equal('A');
  });

  it('migrates a scenario saved before schemaVersion existed (version 0)', () => {
    const saved = '{"version":11,"licensing":"local","pbxs":[{"name":"Old","platform":"ipva","users":12,"trunks":2}]}';
    const read = readScenarioJson(saved);
    expect(read.ok).to.equal(true);
    expect(read.ok && read.value.schemaVersion).to.equal(SCENARIO_SCHEMA_VERSION);
    expect(read.ok && read.value.pbxs[0]).to.deep.include({ name: 'Old', users: 12 });
  });

  it('migrates a version 1 scenario (before per-PBX licensing and recording targets) to version 2, unchanged', () => {
    expect(SCENARIO_SCHEMA_VERSION).to.equal(2);
    const v1 = { schemaVersion: 1, version: 12, licensing: 'local', pbxs: [{ name: 'A', platform: 'gateway', users: 5, trunks: 1, standby: true }] };
    const read = readScenarioJson(JSON.stringify(v1));
    expect(read.ok && read.value).to.deep.include({ schemaVersion: 2, licensing: 'local' });
    expect(read.ok && read.value.pbxs[0]).to.deep.equal(v1.pbxs[0]);
  });

  it('refuses a scenario from a newer schema with a message naming the field', () => {
    const read = readScenarioJson('{"schemaVersion":99,"version":12,"pbxs":[{"name":"A","platform":"gateway","users":1,"trunks":0}]}');
    expect(read.ok).to.equal(false);
    expect(!read.ok && read.issues[0]).to.deep.include({ path: ['schemaVersion'], key: 'error.invalidOption' });
  });

  it('turns every kind of bad text into issues, never an exception', () => {
    const bad = ['', '{', 'null', '[]', '"x"', '{"a":'.repeat(100_000), 'x'.repeat(5_000_001), '{"__proto__":{"x":1},"version":12,"pbxs":[]}'];
    const keys = bad.map((t) => {
      const r = readScenarioJson(t);
      return r.ok ? 'ok' : r.issues[0]!.key;
    });
    expect(keys).to.deep.equal(['error.invalidJson', 'error.invalidJson', 'error.invalidType', 'error.invalidType', 'error.invalidType', 'error.invalidJson', 'error.tooLong', 'error.forbiddenKey']);
    for (const p of [null, 42, '%%%', '!!!!', 'AAAA', encodeScenarioForUrl({ version: 12, pbxs: [] } as never)]) {
      expect(decodeScenarioFromUrl(p).ok).to.equal(false);
    }
  });
});
