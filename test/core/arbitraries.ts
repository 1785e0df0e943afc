import fc from 'fast-check';
import { USER_FEATURES, type ScenarioInput } from '../../src/core/index.js';

/** Valid scenarios of every shape the calculator takes, for the property tests. */
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

export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
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

