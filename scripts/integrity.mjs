// Subresource Integrity of the drop-in files, for a <script integrity="…"> from a CDN, and of the
// chunks they load on first use, for a <link rel="modulepreload" integrity="…">: printed, and
// written to dist/integrity.json (part of the package), one sha384 per file.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const files = [
  'pbx-license-kit.min.js',
  ...readdirSync('dist/drop-in').filter((f) => f.endsWith('.min.js')).map((f) => `drop-in/${f}`),
  ...readdirSync('dist/drop-in/chunks').filter((f) => f.endsWith('.min.js')).map((f) => `drop-in/chunks/${f}`),
];
const integrity = {};
for (const file of files) integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
for (const [file, hash] of Object.entries(integrity)) console.log(`integrity: dist/${file} ${hash}`);
