// Size budgets of the built packages (`pnpm build` first), checked by `pnpm size`:
// - <dossier-tier-badge> alone stays tiny: at most 3 KB gzipped beyond Lit;
// - every element of @dossier/components together, Lit and core included: the target is 60 KB
//   gzipped and it is NOT met (measured 2026-11-25: 110.7 KB; 91.7 KB without the form). zod
//   (~25 KB gz) and core's schema modules come in through the card's projections and the
//   form's validation. The limit below guards against growth until validation loads lazily
//   or moves to zod/mini;
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
    limit: '120 KB',
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
