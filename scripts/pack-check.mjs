// What `npm pack` would publish: only what a user needs, and no chunk that no entry imports
// (a stale one from an earlier build would ship as dead weight).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { reachable } from './module-graph.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** Every file package.json exports, as npm pack paths. */
const exported = [];
(function collect(value) {
  if (typeof value === 'string') exported.push(value.replace(/^\.\//, ''));
  else for (const inner of Object.values(value)) collect(inner);
})(pkg.exports);

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const paths = pack.files.map((f) => f.path);

const allowed = /^(README\.md|docs\/rules\.md|package\.json|custom-elements\.json|frameworks\/[\w.-]+\.d\.ts|dist\/(index|core|define|pbx-license-kit\.min)\.js(\.map)?|dist\/drop-in\/[\w-]+\.min\.js(\.map)?|dist\/drop-in\/chunks\/[\w.-]+\.min\.js(\.map)?|dist\/integrity\.json|dist\/chunks\/[\w-]+\.js(\.map)?|dist\/types\/[\w/.-]+\.d\.ts|dist\/frameworks\/[\w.-]+\.(d\.ts|json))$/;
const unexpected = paths.filter((p) => !allowed.test(p));
assert.deepEqual(unexpected, [], `npm pack would publish files no user needs: ${unexpected.join(', ')}`);

// Every chunk is reached from an entry through imports, static or loaded on first use (import()).
const js = paths.filter((p) => p.startsWith('dist/') && p.endsWith('.js'));
const reached = reachable(exported.filter((p) => p.startsWith('dist/') && p.endsWith('.js')), { dynamic: true });
const stale = js.filter((p) => (p.startsWith('dist/chunks/') || p.startsWith('dist/drop-in/chunks/')) && !reached.has(p));
assert.deepEqual(stale, [], `chunks no entry imports (clean dist/ before building): ${stale.join(', ')}`);
const missing = [...exported, 'dist/pbx-license-kit.min.js'].filter((p) => !paths.includes(p));
assert.deepEqual(missing, [], `npm pack would leave out what package.json promises: ${missing.join(', ')}`);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`npm pack: ${paths.length} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked; ${reached.size} modules reached from the entries`);
