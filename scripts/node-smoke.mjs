// The core must run in plain Node 20 straight from dist/ (no DOM, no lit, no bundler).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const core = await import('../dist/core.js');
const q = core.calculateLicenses({ version: 12, existing: { 'PBX-Port12': 400 }, pbxs: [{ name: 'HQ', platform: 'gateway', users: 190, trunks: 10 }] });
assert.deepEqual(q.lines.map((l) => [l.code, l.quantity]), [['PBX-Port12', 100], ['PBX-Port12%500', 100]]);
assert.equal(core.checkVersions({ pbxVersion: 'V12', licenses: [{ code: 'PBX-Port10', count: 100 }, { code: 'PBX-Port12', count: 100 }] }).ok, false);
assert.throws(() => core.parseLicenseType('PBX-Nope'), core.LicenseInputError);
assert.equal(typeof globalThis.document, 'undefined');
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const versionSource = (await readFile(new URL('../src/version.ts', import.meta.url), 'utf8')).match(/VERSION = '([^']+)'/)?.[1];
assert.equal(versionSource, pkg.version, 'src/version.ts and package.json disagree');
console.log('node: dist/core.js imports and runs in Node', process.version);

// A host whose Object.prototype carries enumerable properties (legacy libraries): the core still
// loads, computes, and leaves those properties exactly as they were.
const { spawnSync } = await import('node:child_process');
const polluted = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `Object.prototype.legacy = 1; Array.prototype.each = 2;
     const core = await import(${JSON.stringify(new URL('../dist/core.js', import.meta.url).href)});
     const q = core.calculateLicenses({ version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 600, trunks: 0 }] });
     if (q.lines.length !== 2 || !Object.prototype.propertyIsEnumerable('legacy') || !Array.prototype.propertyIsEnumerable('each')) process.exit(3);`,
  ],
  { encoding: 'utf8' },
);
assert.equal(polluted.status, 0, `the core under a polluted Object.prototype: ${polluted.stderr}`);
console.log('node: the core loads and runs with enumerable properties on Object.prototype');

// Subresource Integrity: dist/integrity.json names every drop-in and every chunk they load on
// first use, each hash that of the file.
const { createHash } = await import('node:crypto');
const { readdir } = await import('node:fs/promises');
const integrity = JSON.parse(await readFile(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
const chunkFiles = (await readdir(new URL('../dist/drop-in/chunks/', import.meta.url))).filter((f) => f.endsWith('.min.js')).map((f) => `drop-in/chunks/${f}`);
assert.ok(chunkFiles.some((f) => f.includes('/lang-de-')) && chunkFiles.some((f) => f.includes('/installed-base-')), 'the chunks are there');
assert.deepEqual(Object.keys(integrity).sort(), ['drop-in/balance-table.min.js', ...chunkFiles, 'drop-in/license-calculator.min.js', 'drop-in/version-check.min.js', 'pbx-license-kit.min.js'].sort());
// The shipped files, read once for the checks below.
const shipped = new Map(await Promise.all(Object.keys(integrity).map(async (file) => [file, await readFile(new URL(`../dist/${file}`, import.meta.url))])));
for (const [file, hash] of Object.entries(integrity)) {
  const actual = `sha384-${createHash('sha384').update(shipped.get(file)).digest('base64')}`;
  assert.equal(actual, hash, `dist/integrity.json: ${file}`);
}
console.log('node: dist/integrity.json matches the drop-in files and their chunks');

// A strict Content-Security-Policy (no 'unsafe-eval'): no drop-in file compiles code at run time.
for (const [file, bytes] of shipped) {
  assert.doesNotMatch(bytes.toString('utf8'), /\bnew Function\b|\beval\(/, `dist/${file} compiles code at run time: a strict CSP would report it`);
}
console.log("node: no drop-in file uses new Function or eval (a CSP without 'unsafe-eval' holds)");

// Tree-shaken schemas: each element's drop-in carries the input schemas of its own element only
// (a field name that only that schema spells stands for it).
const ONLY_IN = {
  'drop-in/license-calculator.min.js': ['recordingTargets', 'queueMonitorQueues'],
  'drop-in/version-check.min.js': ['queueMonitorVersion', 'targetReleased'],
  'drop-in/balance-table.min.js': ['activationKeys', 'licenseKeys'],
};
for (const [file, fields] of Object.entries(ONLY_IN)) {
  for (const other of Object.keys(ONLY_IN)) {
    const code = shipped.get(other).toString('utf8');
    for (const field of fields) assert.equal(code.includes(field), other === file, `dist/${other} ${other === file ? 'lacks' : 'carries'} the schema field ${field} of dist/${file}`);
  }
}
console.log('node: each drop-in carries its own element\'s schemas and no other\'s');
