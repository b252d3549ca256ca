// Size budgets of the built packages (`pnpm build` first), checked by `pnpm size`:
// - <dossier-tier-badge> alone stays tiny: at most 3 KB gzipped beyond Lit;
// - every element of @dossier/components together, with Lit: the target is 60 KB gzipped. It is
//   NOT met any more. Measured 2026-12-07, beyond @dossier/core and zod: 67.1 KB (56 KB on
//   2026-12-06; the agenda, the receivables and the 360° card's sections added the rest). With
//   core and zod: 116 KB (92 KB before: the card now masks through core's field catalogue, which
//   carries zod, and shows core's summary figures). These two lines guard against growth from
//   today's figures; meeting 60 KB needs the catalogue split per kind or loaded lazily. Session 7
//   (issue 16, sizes) tried the catalogue as plain data (generated from the schemas, a test holding
//   the two equal): alone, the list fell 56.6 → 41 kB and the audit log 38 → 22 kB (no zod), but
//   every page with a store grew, since dossierKinds validates with zod and the schemas and the
//   data was a second copy of their labels and paths: the consumer test's list + card + badge page
//   94.7 → 97.8 KiB (guard 95), the form and the drop-in +5 to 7 kB. Withdrawn. One copy for both
//   needs the field metadata (labels, sensitivities, levels) moved out of the schemas into that
//   data, the schemas keeping validation only;
//   Session 8 (issue 16), every capability kept: the page 101.35 → 89.84 kB, every element with core
//   157.73 → 147.59, the drop-in 204.96 → 196.5. Catalogues split by what reads them (grading errors /
//   explanations / class sentences; one label table per vocabulary; the store's messages apart from the
//   HTTP and privacy ones), zod's formats, bounds and refinements as z.check equivalents (schema/formats.ts),
//   the browser's IndexedDB API instead of idb, static property lists instead of decorators, #private
//   members, css templates squeezed at build time, the list's sheet writer imported statically;
// - the drop-in bundle (everything, for pages without a build): 200 KB gzipped, met again after
//   issue 16's size work (the consumer tests hold it to 200 KB as an installed app sees it);
// - core's grading stays free of the DOM: bundling it must not reach Lit or idb (an esbuild
//   plugin turns any such import into a build error, so the check fails rather than grows).
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
// exceljs is imported lazily, on the first Excel file read or written (core's io/xlsx.ts; the
// list's export loads its writer on the first export). size-limit's esbuild does not split
// dynamic imports, so it would count Excel's ~300 KB in every element that can export: left out
// of the element lines. The drop-in bundle has no Excel at all (src/bundle/no-excel.ts).
const lazy = ['exceljs'];

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
// growth (measured 2026-12-07, plus a little room). Session 6 (issue 16, measured 18:38 UTC under
// load, every package rebuilt): components' dist drops its templates' indentation
// (scripts/minify-templates.ts) and an element that exports CSV no longer carries papaparse;
// history and the Pareto chart grew with the shared panel and chart styles of the same session
// (44 → 45.5 and 22 → 22.9 KB), so their lines moved
// to the measure; lines whose measure fell moved down to it (measured + ~0.5 KB). The form, the card, the history and the audit
// log read core's field catalogue (labels and sensitivity of every field), which carries zod: the
// floor of Lit + zod/mini + the archive schemas is ~36 KB.
const singleElements = [
  // Session 5 (issues 18, 19): the card, list, form, history, audit log, migration and reports
  // grew with their new capabilities (profile, provenance, people by name, current figures and
  // filters, restore, drill-down, period picker, readable charts); limits moved to the measured
  // figures plus ~0.5 KB. The list (22.5 KB before) now reads core's field catalogue for its
  // filter labels and computes current figures, which brings zod and the book's figures.
  ['DossierCustomerCard', '<dossier-customer-card>', '58.5 KB'], // session 8: 58.1 measured (issue 16 size work); 24 KB before the 360° sections and the shared masking projection; +6 KB for the key-person profile, style guidance, competitors and sources (esbuild from source: 59.0 → 65.1 KB); session 6 end: 68.14 measured (the next-step date written out in the locale)
  ['DossierProfileEditor', '<dossier-profile-editor>', '37.5 KB'], // session 8: 36.9 measured (issue 16 size work); ~44 KB (esbuild from source); not in the card's import graph
  ['DossierCustomerList', '<dossier-customer-list>', '47.5 KB'], // session 8: 46.98 measured (issue 16 size work); session 7: 56.95 measured (the store's true total, singular counts, figures pending while a book fills); phone cards, pinyin sort keys; session 6: 64 → 56 KB (55.17 measured: its CSV export no longer carries papaparse); session 6 end: 56.19 measured (first rows before the full sort)
  ['DossierCustomerForm', '<dossier-customer-form>', '56 KB'], // session 8: 55.59 measured (issue 16 size work); 60.5 KB before the sources of the facts (+1.7 KB: esbuild from source 57.8 → 59.5 KB); session 6: 63 → 62.5 KB (61.96 measured)
  ['DossierHistory', '<dossier-history>', '41 KB'], // session 8: 40.61 measured (issue 16 size work); 44 KB before the shared panel styles (45.46 KB measured); session 7: 46 → 45.5 KB (44.76 measured: a created record's group heads come from core's field-groups, no longer through the form's fields)
  ['DossierAuditLog', '<dossier-audit-log>', '36.5 KB'], // session 8: 36.01 measured (issue 16 size work); session 7 end: 42.8 measured from dist (plus imports named by what they wrote); session 6: 37.87 measured (list views named in one entry; date filters written out in the locale); session 7: +4.3 KB (esbuild from source, gzip: 22.61 → 26.94) for naming grading runs by date and method: core's vocabulary labels (+3.4, already in every other element's graph) and the store loader (+0.9); not measured from dist (no build during the session)
  ['DossierAgenda', '<dossier-agenda>', '41 KB'], // session 8: 40.33 measured (issue 16 size work); session 6: 45 → 44.5 KB (44.1 measured); session 7: 43.85 measured (core's default agenda policy apart from its zod schemas; zod still comes with the field catalogue)
  ['DossierReceivables', '<dossier-receivables>', '37 KB'], // session 8: 36.37 measured (issue 16 size work); session 7: 39.7 measured (as the agenda)
  ['DossierParetoChart', '<dossier-pareto-chart>', '19.5 KB'], // session 8: 18.94 measured (issue 16 size work); 22 KB before the shared chart panel (22.87 KB measured); session 6 end: 23.59 measured (cut-off labels placed off the curve)
  ['DossierCompositionChart', '<dossier-composition-chart>', '20 KB'], // session 8: 19.58 measured (issue 16 size work); session 6: 20.4 measured (columns sized to measured text)
  ['DossierRfmGrid', '<dossier-rfm-grid>', '17.5 KB'], // session 8: 17.02 measured (issue 16 size work)
  ['DossierGradeMigration', '<dossier-grade-migration>', '25.5 KB'], // session 8: 24.91 measured (issue 16 size work); session 6: 38 → 31 KB (30.18 measured: its CSV export no longer carries papaparse); session 7: 31.01 measured
  ['DossierEfficiencyReport', '<dossier-efficiency-report>', '21 KB'], // session 8: 20.31 measured (issue 16 size work); session 7 end: 24.91 measured (one unit and one number of decimals per column); session 6: 24.22 measured (tables in a labelled scroll region with a shadow cue on a phone, words never split, dates written out in the period picker)
  ['DossierProductReport', '<dossier-product-report>', '19.5 KB'], // session 8: 18.97 measured (issue 16 size work); session 7 end: 19.88 measured (one unit and one number of decimals per column); session 6: 19.17 measured (tables in a labelled scroll region with a shadow cue on a phone, words never split, dates written out in the period picker)
  ['DossierFunnelReport', '<dossier-funnel-report>', '18.5 KB'], // session 8: 17.88 measured (issue 16 size work); session 7 end: 22.55 measured (the shared table's column units); session 6: 21.82 measured (tables in a labelled scroll region with a shadow cue on a phone, words never split, dates written out in the period picker)
  ['DossierAnnualPlan', '<dossier-annual-plan>', '18 KB'], // session 8: 17.44 measured (issue 16 size work); session 7 end: 18.36 measured (one unit per column); session 6: 17.67 measured (tables in a labelled scroll region with a shadow cue on a phone, words never split, dates written out in the period picker)
  ['DossierCompetitorReport', '<dossier-competitor-report>', '17 KB'], // session 8: 16.57 measured (issue 16 size work); session 6: 17 → 16.5 KB (15.93 measured); session 6 end: 16.8 measured (phone scroll region)
];

export default [
  {
    name: '<dossier-tier-badge> alone, beyond Lit',
    path: 'packages/components/dist/index.js',
    import: '{ DossierTierBadge }',
    ignore: [...lit, ...lazy],
    gzip: true,
    limit: '3 KB', // kept when the viewer and the people directory joined DossierElement: consumer controllers, not decorators; personName in DossierPeopleElement
  },
  {
    name: 'every element, registered, with Lit, beyond @dossier/core and zod',
    path: 'packages/components/dist/define.js',
    ignore: ['@dossier/core', 'zod', ...lazy],
    gzip: true,
    limit: '98 KB', // session 8: 97.48 measured (issue 16 size work); session 7 end: 102.01 (one unit per report column); 101.3 measured (count, plural counts, figures pending, audit entries of imports, runs named, Pareto halo, 12 px texts); target 60 KB, not met (see the head of this file; 67 KB before session 5's elements); session 6: 99.5 → 99 KB (98.4 measured), then 99.69 at the session's end (report tables on a phone, date readings, the list's first rows)
  },
  {
    name: 'every element, registered, with Lit, core and zod',
    path: 'packages/components/dist/define.js',
    ignore: lazy,
    gzip: true,
    limit: '148 KB', // session 8: 147.59 measured (issue 16 size work); session 7 end: 157.73 (import line errors in words of the field, one unit per report column); 156.98 measured (no zod locale: −1.7 KB; the session's features added about as much); 116 KB before session 5's elements; session 6: 164.5 → 156.5 KB (155.76 measured: the grade migration's and the list's CSV export without papaparse), 157.12 at the session's end
  },
  ...singleElements.map(([element, tag, limit]) => ({
    name: `${tag} alone, with Lit and core`,
    path: 'packages/components/dist/index.js',
    import: `{ ${element} }`,
    ignore: lazy,
    gzip: true,
    limit,
  })),
  {
    // The scan (loaded on the first scan: import('./scan.js')) brings core's duplicate detection
    // and its pinyin dictionary (~150 KB gzipped); a bundler that splits dynamic imports loads it
    // then, size-limit's esbuild counts it here. Without it the element is ~42 KB (the field
    // catalogue and zod, like the form). Not in /define nor in the package index for that reason:
    // its own entry registers and exports it.
    name: '<dossier-duplicates> from its own entry, with Lit and core',
    path: 'packages/components/dist/define/duplicates.js',
    ignore: lazy,
    gzip: true,
    limit: '188 KB', // session 8: 187.33 measured (issue 16 size work); session 6: 195 → 191 KB (190.2 measured)
  },
  {
    // The consumer tests' page (tests/consumers/fixtures/weight-archive): provider, list, card and
    // badge on IndexedDB. Its budget is 60 KB, not met: Lit, zod and core's field catalogue, the
    // IndexedDB adapter and the two elements. Loading the card's sections lazily would not lower
    // this line nor the consumer test's figure: both count every file a dynamic import brings.
    name: 'list + card + badge page on IndexedDB',
    import: {
      'packages/components/dist/index.js': '{ DossierProvider, DossierCustomerList, DossierCustomerCard, DossierTierBadge }',
      'packages/storage-adapters/dist/index.js': '{ createIndexedDbStore, dossierKinds }',
    },
    ignore: lazy,
    gzip: true,
    limit: '90.5 KB', // session 8: 89.84 measured (issue 16 size work); session 7 end: 101.35 (the store's messages for import line checks, +1.5 kB minified); 100.78 measured (102.48 before zod's locales left validation: the store's count and translated field errors, the list's singular counts and figures pending came on top; the consumer test's Vite build 95.8 KiB); 98.21 kB measured (the consumer test's Vite build of the page: 92.6 KiB, 100.4 before); 100.07 kB at the session's end (the card's next-step date reading, the list's first-rows selection)
  },
  {
    // The drop-in bundle keeps the spreadsheet readers out (they come with dossier-import's own
    // entry): exported from the package index, exceljs alone once doubled it to 595 KB.
    // 300 KB → 200.5 KB (199.87 kB measured as size-limit counts, 1000-byte kB; 190.9 KiB as the
    // file is). It was not minified: Vite's library mode leaves the whitespace of ES output (for
    // a library's pure annotations), and this file is a page's final code. papaparse (CommonJS,
    // kept whole though no element of it parses CSV) and the templates' indentation are out too.
    // At the session's end 201.41 kB (the report tables' phone scroll regions, date readings, the
    // list's first rows, list-view audit entries came after): over 200 in 1000-byte kB, under it in
    // KiB (the consumer test's 200 KiB guard, as an installed app sees the file).
    name: 'drop-in bundle (dossier.bundle.js)',
    path: 'packages/components/dist/dossier.bundle.js',
    gzip: true,
    limit: '197 KB', // session 8: 196.5 measured (issue 16 size work); session 7 end: 204.96; 203.75 measured (205.49 before zod's locales left validation); the consumer test's figure 196.5 KiB (guard 200)
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
