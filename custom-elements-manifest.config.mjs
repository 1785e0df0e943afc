// Configuration of @custom-elements-manifest/analyzer (`npm run analyze`): the manifest, and from
// it the typings for frameworks (React 19 / Preact JSX, Vue) and VS Code's HTML custom data.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';

const frameworks = { outdir: './dist/frameworks', globalTypePath: '../types/index.js', hideLogs: true };

export default {
  globs: ['src/elements/**/*.ts'],
  // Only the element classes: the views, form and controllers beside them are internals.
  // The shared base class stays in: its public members (name, disabled, validity …) are inherited.
  exclude: ['src/elements/shared/!(form-element).ts', 'src/elements/**/*.styles.ts', 'src/elements/**/draft.ts', 'src/elements/**/*-view.ts', 'src/elements/**/scenario-form.ts', 'src/elements/**/presets.ts', 'src/elements/**/*-controller.ts', 'src/elements/**/rule-refs.ts', 'src/elements/**/installed-base*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The manifest documents the public API only: private and protected members are internals.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
            // The elements fire through PbxFormElement.emit(name, detail), which the analyzer reads as
            // an event called "name": the events are the ones each element names with @fires.
            if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
          }
        }
      },
    },
    customElementJsxPlugin({ ...frameworks, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...frameworks, fileName: 'vue.d.ts' }),
    {
      // The generators import a type once per element that uses it (PbxInvalidDetail three
      // times): a duplicate identifier for projects that type-check libraries.
      name: 'dedupe-generated-type-imports',
      packageLinkPhase() {
        for (const file of ['./dist/frameworks/jsx.d.ts', './dist/frameworks/vue.d.ts']) {
          const text = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\}/g, (_, names) => {
            const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
            return `import type { ${unique.join(', ')} }`;
          });
          writeFileSync(file, text);
        }
      },
    },
    customElementVsCodePlugin({ outdir: './dist/frameworks', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
  ],
};
