// The size budgets of issue 14, measured on dist/ (gzip -9 and brotli -11) and checked by
// `npm test`. Each file has the issue's target; one that is not met yet has a ceiling at its
// measured size instead, so nothing can grow unnoticed while the target is worked towards
// (the figures and the gap are printed on every run, and the README lists them).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { reachable } from './module-graph.mjs';

const KB = 1024;
/** [what, file or chunk-name pattern, issue 14's target (KB gz), ceiling until the target is met (KB gz)] */
const BUDGETS = [
  ['all-in-one drop-in, first download (English)', 'dist/pbx-license-kit.min.js', 37, 52.3],
  ['<pbx-license-calculator> alone', 'dist/drop-in/license-calculator.min.js', 33, 41],
  ['<pbx-version-check> alone', 'dist/drop-in/version-check.min.js', 26, 26],
  ['<pbx-balance-table> alone', 'dist/drop-in/balance-table.min.js', 27, 27],
  // Each language's messages come in domains, one chunk each (src/i18n/<lang>/<domain>.ts): a
  // page loads those of the elements it shows. English is built in, except three domains shown on
  // request or after the first render (the calculator's help texts, the version check's plans,
  // the input errors).
  ['messages: {lang} {domain} (on first use)', /^lang-(\w+)-([\w-]+)-[\w-]{6}\.min\.js$/, 5, 5],
  ['rule summaries, five languages (on first use)', /^rules-/, null, 13],
  // 5 until issue 22 read the planners against the guidelines (V5.01 lots continue their device's
  // tiers, PORT-3; a license without a version is checked, CONF-3; no conversion below a type's
  // first version, VM-4 / REC-4): loaded on first use, so no first state carries it. 6 since
  // issue 23 put each migration field's error at its field (aria-invalid, its message, a
  // conversion target outside the catalog's versions); 6.5 since the lot table and the steps show
  // windows of 100 rows (10,000 lots drew ~180,000 nodes), and issue 24's price book reads
  // `{ price, article, name }` entries. 6.6 since issue 26: the tier runs (PORT-3) moved here
  // from the version check's first download, and the planners keep an App license's name (codeAt);
  // 6.9 since issue 25: the tables' styles (0.3 KB) come with the plans, not in the version check's first download.
  // 8 since issue 24's answer first: the summary in its tone (upgradeSummary, ~0.8 KB) and the order's totals (list, discount, net, VAT, gross).
  ['version check: upgrade and migration plans (on first use)', /^installed-base-/, null, 8],
  ['version check: paste reader (after the first render)', /^license-lines-/, null, 2],
  // Issue 26: every license list (readLicenseList, its XML reader, the file picker), which the
  // version check reads its paste box with: loaded after the first render, as the paste reader was.
  // 6.8 since issue 24's spreadsheet exports: counts read by the number parser (0.7 KB, its own chunk where the calculator shares it), quoted cells, header-named columns.
  ['version check: license list reader and file picker (after the first render)', /^list-reader-/, null, 6.8],
  // Issue 26: App and Service licenses, older devices' names, misprints (codes-later.ts), which
  // every reader brings; a chunk of its own where two readers share it, else inside the reader.
  ['codes beyond the V12 tables (with the first reader)', /^codes-later-/, null, 1.2],
  // 1.5 until issue 24 added the quote as a customer document to it (customer view, printed
  // summary, UC comparison, extras editor, CSV, print), loaded before the first render for view="customer".
  // 5 since issue 24's print (the quote copied alone to the top of the page for print(), the
  // print button and Ctrl+P, the draft mark of a stale quote: ~0.8 KB) and its CSV that adds up
  // (positions with their descriptions, the totals' rows, the locale's separators): nothing of
  // it is in any first state, so it joins this chunk rather than the first download.
  ['calculator: print layout, the quote as a document, presets, files (after the first render)', /^later-/, null, 5],
  // Issue 26: the installed licenses of each PBX and of the master (the scenario's `existing`):
  // their editor, the paste box and file picker, and the list reader they read with (the version
  // check's, shared with it in the all-in-one, inside this chunk where the calculator is alone:
  // ~8.3 KB there). No first state shows them but a scenario that has some, which loads it before
  // its first render; the calculator's first download and its `later-` chunk had no room for it.
  ['calculator: installed licenses, their editor and list reader (when opened, or before the first render of some)', /^installed-licenses-/, null, 8.6],
  ['calculator: link writer (sync-url, on the first write)', /^link-writer-/, null, 1],
  ['price list reader (where a list is declared: the calculator reads it before its first render)', /^price-reader-/, null, 1],
  ['calculator: number reader (after the first render, or before it for counts with separators)', /^number-parser-/, null, 1],
  // 2.5 since issue 23: it also shows the summary of a key file (the file is never echoed into
  // the box); 2.6 since issue 26: where it is the only reader (the balance table alone) it carries codes-later.ts;
  // 3 since issue 25's looks: the content of "Add license keys" (closed in every first state)
  // comes with it, out of the first downloads; 4.5 since issues 24 and 26: an opened row's key
  // list (no first state opens a row) and the reading of a license list from a file (the list
  // reader itself is a chunk of its own, loaded only for such a file); 5 with the paste box's
  // header-named columns and quoted cells (license-lines.ts, which the key reader shares).
  // 5.5 since issue 26's company and projects: "Project of this file" beside the file control,
  // each file read adding to the ones before (a file per project in one company view), and the
  // server's loading of the project switch (loadKeyReader).
  ['balance table: key reader (after the first render)', /^license-keys-/, null, 5.5],
  // Issue 26, company and projects: the project switch, the core's project balances (projectsOf,
  // computeProjectBalance) and the switch's messages' loader, loaded only where a key of the pool
  // names a project or a project is chosen (before the first render when the markup's pool does):
  // a pool without projects never downloads it.
  ['balance table: project switch (where a key names a project)', /^project-switch-/, null, 1.5],
  // The link to a calculator (`for`, To order from its quote), out of the balance's first download
  // since issue 26 made room there for the project switch's hooks: loaded before the first render
  // where the markup has a `for`, else with the first `for` set.
  ['balance table: calculator link (where `for` is set)', /^calculator-link-/, null, 1],
];

/** Every budgeted file (with what it imports statically) and its gzip and brotli size in KB. */
export function measureSizes() {
  const chunks = readdirSync('dist/drop-in/chunks').filter((f) => f.endsWith('.min.js')).sort();
  const LANG_NAMES = { en: 'English', de: 'German', it: 'Italian', nl: 'Dutch', fr: 'French' };
  return BUDGETS.flatMap(([what, file, target, ceiling]) => {
    if (typeof file === 'string') return [measure(what, reachable([file]), file, target, ceiling)];
    const matching = chunks.filter((c) => file.test(c));
    if (!matching.length) throw new Error(`size-check: no chunk in dist/drop-in/chunks matches ${file}`);
    return matching.map((c) => {
      const [, lang = '', domain = ''] = c.match(file) ?? [];
      // Several chunks of one kind (each drop-in has its own): named by file.
      const name = what.replace('{lang}', LANG_NAMES[lang] ?? lang).replace('{domain}', domain) + (matching.length > 1 && !what.includes('{') ? ` ${c}` : '');
      return measure(name, [`dist/drop-in/chunks/${c}`], `dist/drop-in/chunks/${c}`, target, ceiling);
    });
  });
}

/**
 * A file's size with the files it brings: an entry is downloaded with what it imports statically
 * (not `import()`: what a page loads before the drop-in runs); a chunk loaded on first use adds
 * only itself.
 */
function measure(what, parts, path, target, ceiling) {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const part of parts) {
    const bytes = readFileSync(part);
    raw += bytes.length / KB;
    gz += gzipSync(bytes, { level: 9 }).length / KB;
    br += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / KB;
  }
  return { what, path, raw, gz, br, target, ceiling, limit: target !== null && gz <= target ? target : ceiling };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = measureSizes();
  const width = Math.max(...sizes.map((s) => s.what.length));
  console.log(`${'size (KB)'.padEnd(width)}      raw   gzip -9  brotli  target`);
  let failed = 0;
  for (const s of sizes) {
    const verdict = s.target === null ? `(no target; ceiling ${s.ceiling})` : s.gz <= s.target ? `<= ${s.target}: met` : `<= ${s.target}: NOT MET (ceiling ${s.ceiling} until it is)`;
    const over = s.gz > s.limit;
    if (over) failed++;
    console.log(`${s.what.padEnd(width)}  ${s.raw.toFixed(1).padStart(7)}  ${s.gz.toFixed(1).padStart(8)}  ${s.br.toFixed(1).padStart(6)}  ${verdict}${over ? `  << OVER ${s.limit}` : ''}`);
  }
  const unmet = sizes.filter((s) => s.target !== null && s.gz > s.target).length;
  console.log(`${unmet} of ${sizes.filter((s) => s.target !== null).length} targets not met yet; ${failed ? `${failed} over their limit` : 'none over its limit'}`);
  process.exit(failed ? 1 : 0);
}
