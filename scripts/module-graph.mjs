// The relative imports of built ES modules, as paths: what `npm pack` must ship (pack-check) and
// what a page downloads before a drop-in runs (size-check) follow the same graph.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`, minified or not. */
const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/** `import("./x.js")`: a chunk loaded on first use. */
const DYNAMIC = /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The files a module imports by relative path; with `dynamic`, also the ones it loads on first use. */
export function relativeImports(file, { dynamic = false } = {}) {
  const code = readFileSync(file, 'utf8');
  const found = [...code.matchAll(STATIC), ...(dynamic ? code.matchAll(DYNAMIC) : [])];
  return found.map((m) => join(dirname(file), m[1]));
}

/** The entries and every file reached from them through relative imports. */
export function reachable(entries, options = {}) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...relativeImports(file, options));
  }
  return seen;
}
