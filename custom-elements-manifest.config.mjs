// Configuration of @custom-elements-manifest/analyzer (`npm run analyze`).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/shared/**', 'src/elements/**/*.styles.ts', 'src/elements/**/draft.ts'],
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
          }
        }
      },
    },
  ],
};
