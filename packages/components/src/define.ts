/**
 * Registers every Dossier element (the package's only side effect). Import it once:
 * `import '@dossier/components/define';`. A tag already taken (say, by a second copy of the
 * package) is left alone rather than throwing.
 *
 * One element alone: `import '@dossier/components/define/tier-badge';` (one file per element in
 * ./define/). To add an element: one line in `elements` below and its file in ./define/.
 */
import { register } from './define/register.js';
import { DossierCustomerCard } from './customer-card/customer-card.js';
import { DossierCustomerList } from './customer-list/customer-list.js';
import { DossierHistory } from './history/history.js';
import { DossierProvider } from './provider/provider.js';
import { DossierTierBadge } from './tier-badge/tier-badge.js';
import { DossierParetoChart } from './pareto-chart/pareto-chart.js';
import { DossierCompositionChart } from './composition-chart/composition-chart.js';
import { DossierRfmGrid } from './rfm-grid/rfm-grid.js';
import { DossierGradeMigration } from './grade-migration/grade-migration.js';
import { DossierEfficiencyReport } from './efficiency-report/efficiency-report.js';
import { DossierProductReport } from './product-report/product-report.js';
import { DossierCustomerForm } from './customer-form/customer-form.js';
import { DossierAuditLog } from './audit-log/audit-log.js';
import { DossierAgenda } from './agenda/agenda.js';
import { DossierReceivables } from './receivables/receivables.js';
import { DossierFunnelReport } from './funnel-report/funnel-report.js';
import { DossierAnnualPlan } from './annual-plan/annual-plan.js';
import { DossierCompetitorReport } from './competitor-report/competitor-report.js';
import { DossierProfileEditor } from './profile-editor/profile-editor.js';

const elements: Record<string, CustomElementConstructor> = {
  'dossier-customer-card': DossierCustomerCard,
  'dossier-customer-list': DossierCustomerList,
  'dossier-history': DossierHistory,
  'dossier-provider': DossierProvider,
  'dossier-tier-badge': DossierTierBadge,
  'dossier-pareto-chart': DossierParetoChart,
  'dossier-composition-chart': DossierCompositionChart,
  'dossier-rfm-grid': DossierRfmGrid,
  'dossier-grade-migration': DossierGradeMigration,
  'dossier-efficiency-report': DossierEfficiencyReport,
  'dossier-product-report': DossierProductReport,
  'dossier-customer-form': DossierCustomerForm,
  'dossier-audit-log': DossierAuditLog,
  'dossier-agenda': DossierAgenda,
  'dossier-receivables': DossierReceivables,
  'dossier-funnel-report': DossierFunnelReport,
  'dossier-annual-plan': DossierAnnualPlan,
  'dossier-competitor-report': DossierCompetitorReport,
  'dossier-profile-editor': DossierProfileEditor,
};

for (const [tag, element] of Object.entries(elements)) register(tag, element);

// The elements' types, and their HTMLElementTagNameMap entries, come with the registration:
// `document.querySelector('dossier-provider')!.store = store` type-checks after this import.
export type * from './index.js';
