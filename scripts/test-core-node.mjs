// The core's tests (test/core) in plain Node 20: the rules core has no DOM, so the same test
// files that run in the three browsers run here too, through Node's own test runner.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';

const out = 'node_modules/.cache/pbx-core-node';
rmSync(out, { recursive: true, force: true });
const entryPoints = readdirSync('test/core')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/core/${f}`);
const result = await build({
  entryPoints,
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  inject: ['test/node/globals.js'],
  alias: { '@open-wc/testing': './test/node/expect.js' },
  metafile: true,
  logLevel: 'warning',
});
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.test.mjs'));
if (files.length !== entryPoints.length) throw new Error(`built ${files.length} of ${entryPoints.length} core test files`);
const run = spawnSync(process.execPath, ['--test', '--test-reporter=dot', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
