// npm run bench: figures compared in one run, and a non-zero exit when a budget is missed
// (the tests never time anything). Targets: issue 2 (core) and issue 4 (size, browser).
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { browserBench } from './bench-browser.mjs';

const { calculateLicenses, computeBalance, planMigration, planUpgrade, planWarranty, readLicenseList } = await import('../dist/core.js');
const rows = [];
let over = 0;
const report = (what, figure, ok, target) => {
  if (ok === false) over++;
  rows.push([what, figure, ok === null ? '' : ok ? `ok (${target})` : `OVER (${target})`]);
};

/**
 * Mean time per call in each of 15 batches (2,000 calculations, or one balance of 100,000 keys,
 * a batch). The fastest batch judges, with the median printed beside it: on this shared 2-core
 * machine other tenants slow whole stretches of batches by up to 2x (CPU time rises with wall
 * time, so it is not descheduling but contention).
 * As Python's timeit puts it, higher values "are typically not caused by variability in [the
 * code's] speed, but by other processes interfering with your timing accuracy".
 */
function time(fn, { warmup = 5000, runs = 30000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const batches = [];
  const size = Math.max(1, Math.round(runs / 15));
  for (let b = 0; b < 15; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) fn();
    batches.push((performance.now() - t0) / size);
  }
  batches.sort((a, b) => a - b);
  return { median: batches[7], best: batches[0] };
}

/* ---- core (Node) ---- */
const scenario = (users) => ({
  version: 12,
  prices: { currency: 'EUR', 'PBX-Port12': 30, 'PBX-UC12': 60, 'PBX-myPBX12': 25 },
  pbxs: [
    {
      name: 'HQ', platform: 'ipva', users, trunks: 10, standby: true, reportingPorts: 5, recordedUsers: Math.min(users, 5),
      userGroups: [
        { name: 'Office', count: Math.floor(users / 2), features: ['myPBX', 'video', 'voicemail', 'mobility'] },
        { name: 'Field', count: Math.floor(users / 4), features: ['mobileApp', 'voicemail'] },
      ],
    },
    { name: 'Branch', platform: 'gateway', gateway: 'IP811', users: 10, trunks: 2, hardware: { bri: 2 } },
  ],
});
for (const users of [10, 10_000, 1_000_000]) {
  const s = scenario(users);
  const { median, best } = time(() => calculateLicenses(s));
  report(`calculateLicenses, ${users.toLocaleString('en')} users: fastest batch (median)`, `${(best * 1000).toFixed(1)} µs (${(median * 1000).toFixed(1)})`, best < 0.05, '< 50 µs');
}
const N = 100_000;
const codes = ['PBX-Port12', 'PBX-UC12', 'PBX-myPBX12', 'PBX-Video12', 'Relay-BRIs', 'PBX-Operator12', 'PBX-Port 12%500', 'PBX Video12'];
const input = {
  activationKeys: codes.map((code) => ({ code, count: 20_000 })),
  licenseKeys: Array.from({ length: N }, (_, i) => ({
    code: codes[i % codes.length], count: 1 + (i % 5), serial: `00-90-33-${String(i % 100).padStart(2, '0')}-00-${String(i % 60).padStart(2, '0')}`,
    customer: `Customer ${i % 700}`, location: 'Sindelfingen', status: i % 50 === 0 ? 'revoked' : 'active',
  })),
};
const balance = time(() => computeBalance(input), { warmup: 3, runs: 15 });
report(`computeBalance, ${N.toLocaleString('en')} license keys: fastest (median)`, `${balance.best.toFixed(1)} ms (${balance.median.toFixed(1)})`, balance.best < 50, '< 50 ms');

/* ---- the installed base: 1,000-lot plans (issue 12: < 5 ms each) ---- */
const LOTS = 1000;
const lotCodes = ['PBX-Port10', 'PBX-Port 10%500', 'PBX-UC11', 'PBX-Port12', 'Relay-BRIs', 'PBX-IPVA10', 'PBX-Operator10', 'PBX-Port7'];
const serials = Array.from({ length: 20 }, (_, i) => `00-90-33-00-00-${String(i).padStart(2, '0')}`);
const lots = Array.from({ length: LOTS }, (_, i) => ({
  code: lotCodes[i % lotCodes.length], count: 1 + (i % 50), device: serials[i % serials.length],
  ...(i % 3 ? { boundOn: '2023-01-10', ssaUntil: i % 2 ? '2027-01-09' : '2026-12-20' } : {}),
}));
const upgrade = time(() => planUpgrade({ target: '13r1', targetReleased: '2026-06-15', today: '2026-11-26', licenses: lots, prices: { currency: 'EUR', 'PBX-Port13': 30, 'PBX-UC13': 55 } }), { warmup: 20, runs: 150 });
report(`planUpgrade, ${LOTS.toLocaleString('en')} lots: fastest (median)`, `${upgrade.best.toFixed(2)} ms (${upgrade.median.toFixed(2)})`, upgrade.best < 5, '< 5 ms');
const migration = time(() => planMigration({ master: serials[0], devices: serials.map((serial) => ({ serial, firmware: '12' })), licenses: lots, convertTo: 12, today: '2026-11-26', prices: { currency: 'EUR', vatRate: 19, 'SSA:PBX-Port12': 6, 'SSA:PBX-UC12': 9 } }), { warmup: 20, runs: 150 });
report(`planMigration, ${LOTS.toLocaleString('en')} lots, the SSA year priced: fastest (median)`, `${migration.best.toFixed(2)} ms (${migration.median.toFixed(2)})`, migration.best < 5, '< 5 ms');
const devicesForWarranty = Array.from({ length: LOTS }, (_, i) => ({ serial: `SN-${i}`, purchased: i % 2 ? '2026-03-01' : '2026-11-26', wantYears: 1 + (i % 4) }));
const warranty = time(() => planWarranty({ today: '2026-11-26', devices: devicesForWarranty }), { warmup: 20, runs: 150 });
report(`planWarranty, ${LOTS.toLocaleString('en')} devices: fastest (median)`, `${warranty.best.toFixed(2)} ms (${warranty.median.toFixed(2)})`, warranty.best < 5, '< 5 ms');

/* ---- reading a license file of 10,000 lines (issue 26: < 100 ms) ---- */
const FILE_LINES = 10_000;
const fileTypes = ['PBX-Port13', 'PBX-Port13%500', 'PBX-UC13', 'PBX-App(innovaphone-switchboard)13', 'Relay-BRIs', 'PBX-Standby13', 'PBX-Video13'];
const licenseFile = `<?xml version="1.0" encoding="utf-8"?>\n<licenses>\n${Array.from({ length: FILE_LINES }, (_, i) => {
  const mac = `00-90-33-${String(i % 97).padStart(2, '0')}-0${i % 10}-ab`;
  return `<license amount='${1 + (i % 50)}' type='${fileTypes[i % fileTypes.length]}' mac='${mac}' var='PBX0'>${'9f3a'.repeat(16)}${i}</license>`;
}).join('\n')}\n</licenses>`;
const fileRead = time(() => readLicenseList(licenseFile), { warmup: 3, runs: 15 });
report(`readLicenseList, a license file of ${FILE_LINES.toLocaleString('en')} lines (${(licenseFile.length / 1e6).toFixed(1)} MB): fastest (median)`, `${fileRead.best.toFixed(1)} ms (${fileRead.median.toFixed(1)})`, fileRead.best < 100, '< 100 ms');

/* ---- size: gzip -9, the same minifier settings for the comparisons ---- */
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;
async function bundleSize(contents) {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'], logLevel: 'error',
  });
  return gz(r.outputFiles[0].contents);
}
const lit = await bundleSize(`import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js'; export { LitElement, html, css, property, state };`);
const react = await bundleSize(`import React from 'react'; import { createRoot } from 'react-dom/client'; export { React, createRoot };`);
// The shipped files against issue 14's targets (the same figures `npm test` checks).
const { measureSizes } = await import('./size-check.mjs');
for (const s of measureSizes()) {
  report(`size: ${s.what}`, `${s.gz.toFixed(1)} KB gz (${s.br.toFixed(1)} br)`, s.target === null ? null : s.gz <= s.target, s.target === null ? '' : `<= ${s.target} KB`);
}
report('size: lit alone', `${lit.toFixed(1)} KB gz`, null);
// What any build of these elements carries before a line of their own logic or markup: the
// 30 KB budget against the stack (lit, zod/mini) and three complete languages.
const schemasUsed = `export { validate, versionCheckSchema, balanceInputSchema, requiredLicensesSchema } from './src/core/schemas.ts'; export { scenarioSchema } from './src/core/scenario-schemas.ts';`;
// The English the three elements carry (the help texts and the plans' load on first use).
const english = ['common', 'calculator', 'version-check', 'balance'].map((d) => `export * from './src/i18n/en/${d}.ts';`).join(' ');
const zodSchemas = await bundleSize(schemasUsed);
const messages = await bundleSize(english);
const floor = await bundleSize(`import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js'; export { LitElement, html, css, property, state }; ${schemasUsed} ${english}`);
report('size: zod/mini with the core\'s schemas and parser alone', `${zodSchemas.toFixed(1)} KB gz`, null);
report('size: the English messages alone', `${messages.toFixed(1)} KB gz`, null);
report('size: lit + schemas + messages together (the floor)', `${floor.toFixed(1)} KB gz`, null);
report('size: react + react-dom (the usual alternative, before any component)', `${react.toFixed(1)} KB gz`, null);

/* ---- browser (headless Chromium) ---- */
const b = await browserBench();
const ratio = b.firstRender.fromScript / b.firstRender.floor;
report('first render: navigation -> first complete quote (demo page)', `${b.firstRender.total.toFixed(1)} ms`, null);
report('first render: bundle arrived -> first complete quote', `${b.firstRender.fromScript.toFixed(1)} ms`, null);
report('first render floor: the same DOM as static HTML', `${b.firstRender.floor.toFixed(1)} ms`, null);
report('first render (bundle arrived -> quote) / floor', `${ratio.toFixed(2)}x`, ratio <= 2, '<= 2x');
report('first render (navigation -> quote) / floor', `${(b.firstRender.total / b.firstRender.floor).toFixed(2)}x`, null);
report('update, 6,000-user multi-site: input -> quote in DOM', `${b.update.toDom.toFixed(2)} ms`, b.update.toDom < 16, '< 16 ms');
// The next frame comes at the display's pace (~16.7 ms at 60 Hz) whatever the work: shown, not judged.
report('update, 6,000-user multi-site: input -> next animation frame', `${b.update.toFrame.toFixed(2)} ms`, null);
report('balance table, 100,000 keys: first render', `${b.balance.render.toFixed(1)} ms`, b.balance.render < 200, '< 200 ms');
report('version check, 10,000 lots: lots set -> verdict, lot table and steps laid out', `${b.versionCheck.update.toFixed(1)} ms (${b.versionCheck.nodes} nodes)`, null);
report('version check, 10,000 lots: the next window of 100 lots', `${b.versionCheck.next.toFixed(1)} ms`, b.versionCheck.next < 200, '< 200 ms');
report('balance table, 100,000 keys: sort', `${b.balance.sort.toFixed(1)} ms`, b.balance.sort < 200, '< 200 ms');

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`pbx-license-kit bench (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
for (const [what, figure, verdict] of rows) console.log(`${what.padEnd(width)}  ${figure.padStart(12)}  ${verdict}`);
console.log(over ? `\n${over} budget(s) missed` : '\nall budgets met');
process.exitCode = over ? 1 : 0;
