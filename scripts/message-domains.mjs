// Checks that each drop-in shows only messages it carries or loads: every message key its built
// code names (the core's reasons and notices, the views' labels) must be in one of the message
// domains its element declares (`static messages`, `static laterMessages`, `this.l.use(…)`).
// A key outside them would print as the bare key on a page that uses that element alone.
import { readFileSync, readdirSync } from 'node:fs';
import { reachable } from './module-graph.mjs';

const KEY = /["'`]((?:ui|error|notice|reason|blocking|upgrade|migration|warranty)\.[A-Za-z0-9.]+)["'`]/g;

/** Each domain's export name (`versionCheckMessages`) and its English keys. */
const domains = new Map();
for (const file of readdirSync('src/i18n/domains')) {
  const source = readFileSync(`src/i18n/domains/${file}`, 'utf8');
  const exported = source.match(/export const (\w+): MessageDomain/)?.[1];
  const name = source.match(/name: '([\w-]+)'/)?.[1];
  const english = readFileSync(`src/i18n/en/${name}.ts`, 'utf8');
  domains.set(exported, { name, keys: new Set([...english.matchAll(/^ {2}'([\w.]+)':/gm)].map((m) => m[1])) });
}
const allKeys = new Set([...domains.values()].flatMap((d) => [...d.keys]));

const ELEMENTS = [
  ['dist/drop-in/license-calculator.min.js', 'src/elements/license-calculator/license-calculator.ts'],
  ['dist/drop-in/version-check.min.js', 'src/elements/version-check/version-check.ts'],
  ['dist/drop-in/balance-table.min.js', 'src/elements/balance-table/balance-table.ts'],
];

let failed = 0;
for (const [dropIn, element] of ELEMENTS) {
  // The element's own file, and the modules beside it: a chunk it loads may add a domain (`l.use(…)`).
  const dir = element.replace(/[^/]+$/, '');
  const source = [...new Set([element, ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => dir + f)])].map((f) => readFileSync(f, 'utf8')).join('\n');
  const declared = [...source.matchAll(/static override (?:messages|laterMessages) = \[([^\]]*)\]|(?:this\.)?l\.use\((\w+)\)/g)].flatMap((m) => (m[1] ?? m[2]).split(',').map((s) => s.trim()).filter(Boolean));
  const unknown = declared.filter((d) => !domains.has(d));
  if (unknown.length) throw new Error(`${element}: no message domain named ${unknown.join(', ')}`);
  const shown = new Set(declared.flatMap((d) => [...domains.get(d).keys]));
  // The drop-in and the chunks of code it loads on first use; not the message chunks themselves.
  const code = [...reachable([dropIn], { dynamic: true })].filter((f) => !/\/chunks\/(lang|rules)-/.test(f));
  const named = new Set(code.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(KEY)].map((m) => m[1])).filter((k) => allKeys.has(k)));
  const missing = [...named].filter((k) => !shown.has(k)).sort();
  console.log(`${dropIn}: ${named.size} message keys in its code, in ${declared.map((d) => domains.get(d).name).join(', ')}${missing.length ? `; NOT in its domains: ${missing.join(', ')}` : ''}`);
  if (missing.length) failed++;
}
process.exit(failed ? 1 : 0);
