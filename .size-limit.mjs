// Size budgets of the built packages (`pnpm build` first), checked by `pnpm size`:
// - <dossier-tier-badge> alone stays tiny: at most 3 KB gzipped beyond Lit;
// - every element of @dossier/components together, Lit and core included: the target is 60 KB
//   gzipped and it is NOT met. Measured 2026-12-06: 91.2 KB (112.9 KB before core moved to
//   zod/mini and the list dropped @lit-labs/virtualizer). Of that, Lit is ~7 KB, zod/mini ~12 KB,
//   core's schemas, labels and grading explanations ~24 KB, and the thirteen elements with their
//   en + zh-CN catalogues and styles ~47 KB. The limit below guards against growth;
// - the drop-in bundle (everything, for pages without a build) stays under 300 KB gzipped;
// - core's grading stays free of the DOM: bundling it must not reach Lit or idb (an esbuild
//   plugin turns any such import into a build error, so the check fails rather than grows).
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** An esbuild plugin that fails the bundle when anything imports one of `packages`. */
function forbid(packages, why) {
  const pattern = new RegExp(`^(${packages.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`);
  return {
    name: 'forbid-imports',
    setup(build) {
      build.onResolve({ filter: pattern }, (args) => ({
        errors: [{ text: `${args.path} imported by ${args.importer}: ${why}` }],
      }));
    },
  };
}

export default [
  {
    name: '<dossier-tier-badge> alone, beyond Lit',
    path: 'packages/components/dist/index.js',
    import: '{ DossierTierBadge }',
    ignore: lit,
    gzip: true,
    limit: '3 KB',
  },
  {
    name: 'every element, registered, with Lit and core',
    path: 'packages/components/dist/define.js',
    gzip: true,
    limit: '95 KB',
  },
  {
    // The drop-in bundle keeps the spreadsheet readers out (they come with dossier-import's own
    // entry): exported from the package index, exceljs alone once doubled it to 595 KB.
    name: 'drop-in bundle (dossier.bundle.js)',
    path: 'packages/components/dist/dossier.bundle.js',
    gzip: true,
    limit: '300 KB',
  },
  {
    name: "core's grading (no Lit, no idb)",
    path: 'packages/core/dist/index.js',
    import: '{ computeCustomerFigures, gradeCustomers, explainGrade, createGradingRun, migrationMatrix }',
    gzip: true,
    modifyEsbuildConfig(config) {
      config.plugins = [...(config.plugins ?? []), forbid([...lit, '@lit/context', 'idb'], 'grading must stay free of the DOM and of IndexedDB')];
      return config;
    },
  },
];
