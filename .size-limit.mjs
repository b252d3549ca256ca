// Size budgets of the built packages (`pnpm build` first), checked by `pnpm size`:
// - <dossier-tier-badge> alone stays tiny: at most 3 KB gzipped beyond Lit;
// - every element of @dossier/components together, with Lit: the target is 60 KB gzipped.
//   Counted with Lit but beyond @dossier/core and zod (the package an embedding app shares with
//   its own use of core, as the badge is counted beyond Lit), it is met: 56 KB on 2026-12-06.
//   Counted with core and zod too, it is NOT met: 92 KB. The form alone is 53 KB of that, because
//   it validates with core's zod schemas (Lit + zod/mini + those schemas by themselves: 36 KB),
//   so that reading needs either the form's validation loaded lazily or a larger budget. That
//   line's limit guards against growth;
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

// What an embedder pays for one element on its own (registered, with Lit and the parts of core it
// uses), so a page that shows only a card or a chart knows its cost. The limits guard against
// growth (measured 2026-12-06, plus a little room); the form alone carries core's zod schemas
// and their validation, the floor of which (Lit + zod/mini + the archive schemas) is ~36 KB.
const singleElements = [
  ['DossierCustomerCard', '<dossier-customer-card>', '24 KB'],
  ['DossierCustomerList', '<dossier-customer-list>', '20 KB'],
  ['DossierCustomerForm', '<dossier-customer-form>', '56 KB'],
  ['DossierHistory', '<dossier-history>', '38 KB'], // history and audit log read field labels from the schemas' catalogue, so they carry zod
  ['DossierAuditLog', '<dossier-audit-log>', '34 KB'],
  ['DossierParetoChart', '<dossier-pareto-chart>', '17 KB'],
  ['DossierCompositionChart', '<dossier-composition-chart>', '17 KB'],
  ['DossierRfmGrid', '<dossier-rfm-grid>', '17 KB'],
  ['DossierGradeMigration', '<dossier-grade-migration>', '21 KB'],
  ['DossierEfficiencyReport', '<dossier-efficiency-report>', '17 KB'],
  ['DossierProductReport', '<dossier-product-report>', '17 KB'],
];

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
    name: 'every element, registered, with Lit, beyond @dossier/core and zod',
    path: 'packages/components/dist/define.js',
    ignore: ['@dossier/core', 'zod'],
    gzip: true,
    limit: '60 KB',
  },
  {
    name: 'every element, registered, with Lit, core and zod',
    path: 'packages/components/dist/define.js',
    gzip: true,
    limit: '95 KB',
  },
  ...singleElements.map(([element, tag, limit]) => ({
    name: `${tag} alone, with Lit and core`,
    path: 'packages/components/dist/index.js',
    import: `{ ${element} }`,
    gzip: true,
    limit,
  })),
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
