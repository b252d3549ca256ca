/**
 * The drop-in bundle (`dist/dossier.bundle.js`): one ES module with everything a plain HTML
 * page needs — every element registered, the browser store adapters, and core's schemas,
 * grading and analytics — for pages without a build step:
 *
 * ```html
 * <script type="module">
 *   import { createIndexedDbStore, dossierKinds } from './dossier.bundle.js';
 *   document.querySelector('dossier-provider').store = await createIndexedDbStore({ kinds: dossierKinds() });
 * </script>
 * ```
 *
 * zod runs jitless in it (see `jitless.ts`), so it works under a strict Content-Security-Policy.
 *
 * @example
 * import { gradeCustomers, createMemoryStore } from '@dossier/components/bundle';
 */
import './jitless.js';
import '../define.js';

export * from '../index.js';
// Core's API for pages: grading, analytics, privacy, schemas, vocabularies and dates (its import
// and export of spreadsheets stays out: it would bring exceljs along).
export {
  abcGrades,
  addDays,
  annualPlan,
  appendRun,
  canRead,
  canWrite,
  composition,
  computeCustomerFigures,
  contactSchema,
  createGradingRun,
  customerLifecycle,
  customerNatures,
  customerProfitability,
  customerSchema,
  dayNumber,
  defaultPolicy,
  defaultRoles,
  effortByGrade,
  explainGrade,
  gradeCustomers,
  interactionKinds,
  interactionSchema,
  isoDate,
  locales,
  maskValue,
  metricLabel,
  migrationMatrix,
  neutraliseCell,
  overrideGrades,
  pareto,
  parseGradingPolicy,
  pinyinInitials,
  productAnalysis,
  redact,
  relationshipStages,
  resolveLocale,
  rfmSegment,
  rfmSegments,
  salesForceEfficiency,
  toCustomerListRow,
  toInteractionEntry,
  toTransactionColumns,
  transactionSchema,
  translate,
  validateRecord,
  vocabularyLabel,
  importEncryptionKey,
  type Customer,
  type GradingRun,
  type Locale,
  type Viewer,
} from '@dossier/core';
export {
  createHttpStore,
  createIndexedDbAuditLog,
  createIndexedDbStore,
  createMemoryAuditLog,
  createMemoryStore,
  dossierKinds,
  sealableKinds,
  withPrivacy,
  isStoreError,
  StoreError,
  storeKinds,
  type DossierRecords,
  type Store,
} from '@dossier/storage-adapters';
