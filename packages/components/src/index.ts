/**
 * @dossier/components: Lit elements for customer archives. Importing this module defines no
 * element; import `@dossier/components/define` for that.
 *
 * To add an element: one `export * from './<name>/<name>.js';` line below.
 */
export * from './shared/context.js';
export * from './shared/events.js';
export * from './charts/drill-down.js';
export { periodPresets, presetPeriod, presetOf, DossierPeriodChangeEvent, type Period as ReportPeriod, type PeriodPreset, type PeriodChangeDetail } from './charts/period.js';
export * from './shared/dossier-element.js';
export * from './shared/format.js';
export * from './shared/viewer.js';
export * from './shared/store-controller.js';
export * from './shared/store-mutation.js';
export * from './provider/provider.js';
export * from './tier-badge/tier-badge.js';
export * from './customer-card/customer-card.js';
export * from './customer-list/customer-list.js';
export { listSorts, selectRows, prepareRows, passesExtras, type ListSort, type RowSelection, type ListRow, type ListRowExtras, type ExtraSelection } from './customer-list/select-rows.js';
export * from './history/history.js';
export * from './pareto-chart/pareto-chart.js';
export * from './composition-chart/composition-chart.js';
export * from './rfm-grid/rfm-grid.js';
export * from './grade-migration/grade-migration.js';
export * from './efficiency-report/efficiency-report.js';
export * from './product-report/product-report.js';
export * from './customer-form/customer-form.js';
export * from './audit-log/audit-log.js';
export * from './agenda/agenda.js';
export * from './receivables/receivables.js';
export * from './funnel-report/funnel-report.js';
export * from './annual-plan/annual-plan.js';
export * from './competitor-report/competitor-report.js';
// <dossier-duplicates> is exported by its own entry (`@dossier/components/define/duplicates`): its
// scan brings a pinyin dictionary that a one-file bundle cannot leave behind.
export * from './profile-editor/profile-editor.js';
export * from './shared/work-archive.js';
