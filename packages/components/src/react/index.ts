/**
 * Typed React wrappers of every Dossier element, through `@lit/react`: properties are passed
 * as properties (objects and stores, not strings), and domain events are props
 * (`onDossierSelect`, `onDossierSave` …) with their typed event. Importing this module
 * registers the elements of `/define`. `<dossier-duplicates>` has its own entry,
 * `@dossier/components/react/duplicates` (its scan brings a pinyin dictionary), as it has
 * `/define/duplicates`.
 *
 * @example
 * import { DossierProvider, DossierCustomerList, DossierCustomerCard } from '@dossier/components/react';
 *
 * function Archive({ store, viewer }) {
 *   const [id, setId] = useState<string>();
 *   return (
 *     <DossierProvider store={store} viewer={viewer} locale="zh-CN">
 *       <DossierCustomerList onDossierSelect={(e) => setId(e.detail.customerId)} />
 *       {id && <DossierCustomerCard customerId={id} />}
 *     </DossierProvider>
 *   );
 * }
 */
import type { EventName } from '@lit/react';
import '../define.js';
import { DossierProvider as ProviderElement } from '../provider/provider.js';
import { DossierTierBadge as TierBadgeElement } from '../tier-badge/tier-badge.js';
import { DossierCustomerCard as CustomerCardElement } from '../customer-card/customer-card.js';
import { DossierCustomerList as CustomerListElement } from '../customer-list/customer-list.js';
import { DossierCustomerForm as CustomerFormElement } from '../customer-form/customer-form.js';
import type { DossierConflictEvent, DossierEditProfileEvent, DossierSaveEvent } from '../customer-form/events.js';
import { DossierHistory as HistoryElement } from '../history/history.js';
import { DossierParetoChart as ParetoChartElement } from '../pareto-chart/pareto-chart.js';
import { DossierCompositionChart as CompositionChartElement, type DossierChartSelectEvent } from '../composition-chart/composition-chart.js';
import { DossierRfmGrid as RfmGridElement, type DossierRfmSelectEvent } from '../rfm-grid/rfm-grid.js';
import { DossierGradeMigration as GradeMigrationElement, type DossierMigrationSelectEvent } from '../grade-migration/grade-migration.js';
import { DossierEfficiencyReport as EfficiencyReportElement } from '../efficiency-report/efficiency-report.js';
import { DossierProductReport as ProductReportElement } from '../product-report/product-report.js';
import { DossierAuditLog as AuditLogElement } from '../audit-log/audit-log.js';
import { DossierAgenda as AgendaElement } from '../agenda/agenda.js';
import { DossierReceivables as ReceivablesElement } from '../receivables/receivables.js';
import { DossierFunnelReport as FunnelReportElement } from '../funnel-report/funnel-report.js';
import { DossierCompetitorReport as CompetitorReportElement } from '../competitor-report/competitor-report.js';
import { DossierAnnualPlan as AnnualPlanElement } from '../annual-plan/annual-plan.js';
import { DossierProfileEditor as ProfileEditorElement } from '../profile-editor/profile-editor.js';
import type { DossierDrillDownEvent } from '../charts/drill-down.js';
import type { DossierSelectEvent } from '../shared/events.js';
import { wrap } from './wrap.js';

const onSelect = { onDossierSelect: 'dossier-select' as EventName<DossierSelectEvent> };
const onDrillDown = { onDossierDrillDown: 'dossier-drill-down' as EventName<DossierDrillDownEvent> };

/** `<dossier-provider>`: store, locale, viewer, policy and theme for everything inside. */
export const DossierProvider = wrap('dossier-provider', ProviderElement);

/** `<dossier-tier-badge>`: a grade, VIP, RFM segment or points tier. */
export const DossierTierBadge = wrap('dossier-tier-badge', TierBadgeElement);

/** `<dossier-customer-card>`: the customer card. */
export const DossierCustomerCard = wrap('dossier-customer-card', CustomerCardElement);

/** `<dossier-customer-list>`: the virtualised customer list; `onDossierSelect` when a customer is chosen. */
export const DossierCustomerList = wrap('dossier-customer-list', CustomerListElement, onSelect);

/** `<dossier-customer-form>`: the customer form; `onDossierSave`, `onDossierConflict`, `onDossierEditProfile`, `onChange`, `onInput`, `onInvalid`. */
export const DossierCustomerForm = wrap('dossier-customer-form', CustomerFormElement, {
  onDossierSave: 'dossier-save' as EventName<DossierSaveEvent>,
  onDossierConflict: 'dossier-conflict' as EventName<DossierConflictEvent>,
  onDossierEditProfile: 'dossier-edit-profile' as EventName<DossierEditProfileEvent>,
  onChange: 'change',
  onInput: 'input',
  onInvalid: 'invalid',
});

/** `<dossier-history>`: a record's revisions and a customer's interaction timeline. */
export const DossierHistory = wrap('dossier-history', HistoryElement);

/** `<dossier-pareto-chart>`: the Pareto curve of core's `pareto()`. */
export const DossierParetoChart = wrap('dossier-pareto-chart', ParetoChartElement);

/** `<dossier-composition-chart>`: core's `composition()`; `onDossierChartSelect` when a group is chosen. */
export const DossierCompositionChart = wrap('dossier-composition-chart', CompositionChartElement, {
  onDossierChartSelect: 'dossier-chart-select' as EventName<DossierChartSelectEvent>,
});

/** `<dossier-rfm-grid>`: the R × F grid of an RFM grading; `onDossierRfmSelect` when a cell is chosen. */
export const DossierRfmGrid = wrap('dossier-rfm-grid', RfmGridElement, { onDossierRfmSelect: 'dossier-rfm-select' as EventName<DossierRfmSelectEvent> });

/** `<dossier-grade-migration>`: the migration matrix of two runs; `onDossierMigrationSelect` when a cell is chosen. */
export const DossierGradeMigration = wrap('dossier-grade-migration', GradeMigrationElement, {
  onDossierMigrationSelect: 'dossier-migration-select' as EventName<DossierMigrationSelectEvent>,
});

/** `<dossier-efficiency-report>`: core's `salesForceEfficiency()` as a table. */
export const DossierEfficiencyReport = wrap('dossier-efficiency-report', EfficiencyReportElement);

/** `<dossier-product-report>`: core's `productAnalysis()` as a table. */
export const DossierProductReport = wrap('dossier-product-report', ProductReportElement);

/** `<dossier-audit-log>`: the audit log, per customer or per user. */
export const DossierAuditLog = wrap('dossier-audit-log', AuditLogElement);

/** `<dossier-agenda>`: what is due today and this week; `onDossierSelect` when an item's customer is chosen. */
export const DossierAgenda = wrap('dossier-agenda', AgendaElement, onSelect);

/** `<dossier-receivables>`: receivables ageing per customer or per rep, with the lines. */
export const DossierReceivables = wrap('dossier-receivables', ReceivablesElement);

/** `<dossier-funnel-report>`: core's `leadFunnel()` as stages, intents and differing customers. */
export const DossierFunnelReport = wrap('dossier-funnel-report', FunnelReportElement, onDrillDown);

/** `<dossier-competitor-report>`: core's `competitorReport()` by competitor and customer grade. */
export const DossierCompetitorReport = wrap('dossier-competitor-report', CompetitorReportElement, onDrillDown);

/** `<dossier-annual-plan>`: core's `annualPlan()` and `satisfactionSummary()`. */
export const DossierAnnualPlan = wrap('dossier-annual-plan', AnnualPlanElement);

/** `<dossier-profile-editor>`: a key person's 32-item personal profile, each field by the viewer's clearance. */
export const DossierProfileEditor = wrap('dossier-profile-editor', ProfileEditorElement);
