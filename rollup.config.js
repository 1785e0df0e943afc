// @ts-check
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { existsSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** zod 4 ships comments rollup flags as INVALID_ANNOTATION, plus an internal cycle: harmless. */
/** @type {import('rollup').WarningHandlerWithDefault} */
const onwarn = (w, warn) => {
  if (w.code === 'INVALID_ANNOTATION' && w.id?.includes('/node_modules/zod/')) return;
  if (w.code === 'CIRCULAR_DEPENDENCY' && w.ids?.every((id) => id.includes('/node_modules/zod/'))) return;
  warn(w);
};

// esbuild strips types and lowers lit's experimentalDecorators per tsconfig.json.
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

/** Library entries; the element entries join once they exist. */
const entries = { core: 'src/core/index.ts' };
if (existsSync('src/index.ts')) Object.assign(entries, { index: 'src/index.ts', define: 'src/define.ts' });

/** @type {import('rollup').RollupOptions[]} */
const configs = [
  // ESM for bundlers and Node: lit and zod stay external (regular dependencies).
  {
    input: entries,
    onwarn,
    external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/],
    plugins: [ts()],
    // No bare imports of chunks hoisted into the entries: they would defeat `sideEffects`.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/shared-[hash].js', sourcemap: true, hoistTransitiveImports: false },
  },
];

/**
 * A drop-in's chunk name: a language's messages are `lang-<lang>-<domain>` (src/i18n/<lang>/<domain>.ts).
 * @param {import('rollup').PreRenderedChunk} chunk
 */
const dropInChunkName = (chunk) => {
  const messages = chunk.facadeModuleId?.match(/\/src\/i18n\/(en|de|it|nl|fr)\/([\w-]+)\.ts$/);
  return `drop-in/chunks/${messages ? `lang-${messages[1]}-${messages[2]}` : '[name]'}-[hash:6].min.js`;
};

/** The drop-ins: the three elements in one file, and one file per element (dist/drop-in/). */
const dropIns = [['src/bundle.ts', 'dist/pbx-license-kit.min.js']];
for (const name of ['license-calculator', 'version-check', 'balance-table']) {
  if (existsSync(`src/drop-in/${name}.ts`)) dropIns.push([`src/drop-in/${name}.ts`, `dist/drop-in/${name}.min.js`]);
}

for (const [input, file] of existsSync('src/define.ts') ? dropIns : []) {
  // A drop-in: one self-contained, minified ES module that defines its elements.
  configs.push({
    input,
    onwarn,
    // A chunk loaded on first use (the version check's plans) imports lit and the shared code from
    // the drop-in itself: the drop-in may export them, rather than becoming a facade for a chunk.
    preserveEntrySignatures: 'allow-extension',
    // zod's registries module only sets `globalThis.__zod_globalRegistry` (for .meta() and JSON
    // Schema, which the drop-ins never use): without it a drop-in adds no global to the page.
    treeshake: { moduleSideEffects: (id) => !/[\\/]zod[\\/]v4[\\/]core[\\/]registries\.js$/.test(id) },
    plugins: [
      nodeResolve({ browser: true }),
      ts(),
      // lit's html`` and css`` templates: whitespace and comments out.
      minifyHTML(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    // One file for a plain <script> tag; what loads on first use (the rule summaries) is a
    // sibling chunk it imports relative to its own URL, so it does not weigh on the first download.
    output: { dir: 'dist', entryFileNames: file.replace(/^dist\//, ''), chunkFileNames: dropInChunkName, format: 'es', sourcemap: true },
  });
}

export default configs;
