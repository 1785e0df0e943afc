// npm run bench: figures, not pass/fail. Targets (issue 2): < 0.05 ms per calculation whatever the
// size; computeBalance of 100,000 license keys < 50 ms.
import { performance } from 'node:perf_hooks';

const { calculateLicenses, computeBalance } = await import('../dist/core.js');

function time(fn, { warmup = 5000, runs = 20000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const scenario = (users) => ({
  version: 12,
  prices: { currency: 'EUR', 'PBX-Port12': 30, 'PBX-UC12': 60, 'PBX-myPBX12': 25 },
  pbxs: [
    {
      name: 'HQ',
      platform: 'ipva',
      users,
      trunks: 10,
      standby: true,
      reportingPorts: 5,
      userGroups: [
        { name: 'Office', count: Math.floor(users / 2), features: ['myPBX', 'video', 'voicemail', 'mobility'] },
        { name: 'Field', count: Math.floor(users / 4), features: ['mobileApp', 'voicemail'] },
      ],
      recordedUsers: Math.min(users, 5),
    },
    { name: 'Branch', platform: 'gateway', gateway: 'IP811', users: 10, trunks: 2, hardware: { bri: 2 } },
  ],
});

const rows = [];
for (const users of [10, 10_000, 1_000_000]) {
  const s = scenario(users);
  const ms = time(() => calculateLicenses(s));
  rows.push([`calculateLicenses, ${users.toLocaleString('en')} users`, `${(ms * 1000).toFixed(1)} µs`, ms < 0.05 ? 'ok (< 50 µs)' : 'OVER 50 µs']);
}

const N = 100_000;
const codes = ['PBX-Port12', 'PBX-UC12', 'PBX-myPBX12', 'PBX-Video12', 'Relay-BRIs', 'PBX-Operator12', 'PBX-Port 12%500', 'PBX Video12'];
const input = {
  activationKeys: codes.map((code) => ({ code, count: 20_000 })),
  licenseKeys: Array.from({ length: N }, (_, i) => ({
    code: codes[i % codes.length],
    count: 1 + (i % 5),
    serial: `00-90-33-${String(i % 100).padStart(2, '0')}-00-${String(i % 60).padStart(2, '0')}`,
    customer: `Customer ${i % 700}`,
    location: 'Sindelfingen',
    status: i % 50 === 0 ? 'revoked' : 'active',
  })),
};
const balanceMs = time(() => computeBalance(input), { warmup: 3, runs: 10 });
rows.push([`computeBalance, ${N.toLocaleString('en')} license keys`, `${balanceMs.toFixed(1)} ms`, balanceMs < 50 ? 'ok (< 50 ms)' : 'OVER 50 ms']);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`pbx-license-kit bench (node ${process.version})`);
for (const [what, figure, verdict] of rows) console.log(`${what.padEnd(width)}  ${figure.padStart(10)}  ${verdict}`);
