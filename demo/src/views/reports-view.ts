import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  addDays,
  dayNumber,
  competitorReport,
  composition,
  leadFunnel,
  computeCustomerFigures,
  defaultPolicy,
  effortByGrade,
  gradeCustomers,
  pareto,
  productAnalysis,
  salesForceEfficiency,
  toInteractionEntry,
  vocabularyLabel,
  type CompetitorReport,
  type CompositionResult,
  type FunnelReport,
  type Customer,
  type GradingRun,
  type InteractionEntry,
  type ParetoResult,
  type ProductAnalysisResult,
  type RfmGrading,
  type SalesForceRow,
  type TransactionColumns,
  type Viewer,
} from '@dossier/core';
import type { DemoStore } from '../seed.js';
import { DemoView } from './demo-view.js';
import { viewStyles } from '../styles.js';
import { listAll, listForCustomers } from '../data.js';
import { drillDownCustomers, listQuery } from '../drill-down.js';
import type { DossierDrillDownEvent, DossierPeriodChangeEvent, ReportPeriod } from '@dossier/components';

type Dimension = 'grade' | 'territory' | 'nature' | 'category';
/** The reports of the page, each in its panel, titled by `reports.<name>`. */
type ReportPanel = 'pareto' | 'composition' | 'rfm' | 'efficiency' | 'products' | 'funnel' | 'competitors';

interface Loaded {
  book: TransactionColumns;
  customers: Customer[];
  interactions: InteractionEntry[];
  competitors: CompetitorReport;
}

interface Computed {
  pareto: ParetoResult;
  rfm: RfmGrading;
  efficiency: { rows: SalesForceRow[] };
  products: ProductAnalysisResult;
  effort: ReturnType<typeof effortByGrade>;
  funnel: FunnelReport;
}

/**
 * The reports of the archive over the 365 days before the demo's today: Pareto, composition
 * (by grade, region, nature or product category), RFM grid, sales-force efficiency, product
 * analysis and effort by grade — core's analytics on the store's columnar book, drawn by the
 * report widgets.
 */
@customElement('demo-reports-view')
export class DemoReportsView extends DemoView {
  static override styles = [
    viewStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(28rem, 100%), 1fr));
        gap: 1rem;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .grid > * {
        min-width: 0;
      }
      .drill {
        margin-top: 1rem;
      }
      .drill-list {
        columns: 16rem;
        padding-inline-start: 1.2rem;
      }
    `,
  ];

  @property({ attribute: false }) runs: GradingRun[] = [];
  @property() asOf = '';

  @state() private loaded?: Loaded;
  @state() private computed?: Computed;
  @state() private dimension: Dimension = 'grade';
  @state() private failure?: string;
  /** The reports' period (from included, to excluded); unset: the 365 days before the demo's today. */
  @state() private period?: ReportPeriod;
  /** The customers behind the last cell, bar or row chosen in a report. */
  @state() private drill?: { label: string; customers: Customer[]; query: string | undefined };
  private loadedFrom?: { store: DemoStore; viewer: Viewer | undefined };
  private compositionCache?: { key: string; result: CompositionResult };

  protected override willUpdate(): void {
    // The book is read as the viewer sees it (a rep's view of others' amounts is redacted by
    // the privacy store), so another viewer reads it again.
    if (this.store && (this.loadedFrom?.store !== this.store || this.loadedFrom.viewer !== this.viewer)) {
      this.loadedFrom = { store: this.store, viewer: this.viewer };
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const store = this.store!;
    this.dataset['state'] = 'loading';
    try {
      const viewer = this.viewer;
      const [book, customers] = await Promise.all([store.readTransactionColumns({ viewer }), listAll(store, 'customer', { viewer })]);
      const interactions = await listForCustomers(store, 'interaction', customers.map((c) => c.id), { viewer });
      const notes = await listAll(store, 'competitor-note', { viewer });
      const grades = Object.fromEntries(customers.map((c) => [c.id, c.value.grade.current]));
      const loaded: Loaded = {
        competitors: competitorReport(notes.map((r) => r.value), grades),
        book,
        customers: customers.map((r) => r.value),
        interactions: interactions.map((r) => toInteractionEntry(r.value, { timeZone: 'Asia/Shanghai' })),
      };
      this.loaded = loaded;
      this.compositionCache = undefined;
      this.computed = this.compute(loaded);
      this.dataset['state'] = 'ready';
    } catch (error) {
      console.error(error);
      this.failure = error instanceof Error ? error.message : String(error);
      this.dataset['state'] = 'error';
    }
  }

  /** The period in force: the one chosen, else the 365 days before the demo's today. */
  private get shownPeriod(): ReportPeriod {
    return this.period ?? { from: addDays(this.asOf, -365), to: this.asOf };
  }

  private compute({ book, customers, interactions }: Loaded): Computed {
    const period = this.shownPeriod;
    const ids = customers.map((c) => c.id);
    const repOf = new Map(customers.map((c) => [c.id, c.salespersonId]));
    const gradeOf = new Map(customers.map((c) => [c.id, c.grade.current ?? null]));
    // RFM grades the period as a grading window ending on its last day.
    const windowDays = dayNumber(period.to)! - dayNumber(period.from)!;
    const figures = computeCustomerFigures(book, { asOf: period.to, windowDays, customerIds: ids });
    return {
      pareto: pareto(book, { period, customers: ids }),
      rfm: gradeCustomers(figures, defaultPolicy('rfm')),
      efficiency: salesForceEfficiency(book, { period, repOf, interactions, customers: ids }),
      products: productAnalysis(book, { period, by: 'category' }),
      effort: effortByGrade(book, { period, interactions, gradeOf, customers: ids }),
      funnel: leadFunnel(customers),
    };
  }

  /** A period chosen in the picker: every report is computed again for it. */
  private readonly onPeriod = (event: DossierPeriodChangeEvent): void => {
    this.period = event.detail.period;
    this.compositionCache = undefined;
    this.drill = undefined;
    if (this.loaded) this.computed = this.compute(this.loaded);
  };

  /** A cell, bar, segment or row chosen: the customers behind it, listed under the reports. */
  private readonly onDrillDown = (event: DossierDrillDownEvent): void => {
    if (!this.loaded) return;
    const { customers, book } = this.loaded;
    this.drill = { label: event.detail.label, customers: drillDownCustomers(event.detail, { customers, book, period: this.shownPeriod }), query: listQuery(event.detail.filter) };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#drill-title')?.focus());
  };

  private composition(): { result: CompositionResult; labels: Record<string, string> } | undefined {
    const loaded = this.loaded;
    if (!loaded) return undefined;
    const { customers, book } = loaded;
    const key = `${this.dimension}`;
    if (this.compositionCache?.key !== key) {
      const lookup = (pick: (c: Customer) => string | undefined) => new Map(customers.map((c) => [c.id, pick(c)]));
      const by =
        this.dimension === 'category'
          ? ('category' as const)
          : this.dimension === 'grade'
            ? lookup((c) => c.grade.current)
            : this.dimension === 'territory'
              ? lookup((c) => c.territory)
              : lookup((c) => c.nature);
      this.compositionCache = { key, result: composition(book, { period: this.shownPeriod, by, customers: customers.map((c) => c.id) }) };
    }
    const result = this.compositionCache.result;
    const labels: Record<string, string> = {};
    for (const row of result.rows) {
      if (row.key === null) continue;
      if (this.dimension === 'grade') labels[row.key] = vocabularyLabel(this.locale, 'abcGrades', row.key as 'A');
      if (this.dimension === 'nature') labels[row.key] = vocabularyLabel(this.locale, 'customerNatures', row.key as never);
    }
    return { result, labels };
  }

  protected override render() {
    if (this.failure) return html`<p class="error" role="alert">${this.m('error', { message: this.failure })}</p>`;
    const computed = this.computed;
    if (!computed) return html`<p class="panel muted" role="status">${this.m('reports.loading')}</p>`;
    const comp = this.composition();
    const dimensions: Dimension[] = ['grade', 'territory', 'nature', 'category'];
    const period = this.shownPeriod;
    return html`
      <div class="grid" @dossier-drill-down=${this.onDrillDown} @dossier-period-change=${this.onPeriod}>
        ${this.panel('pareto', html`<dossier-pareto-chart hide-title period-picker today=${this.asOf} .period=${period} .pareto=${computed.pareto}></dossier-pareto-chart>`)}
        ${this.panel(
          'composition',
          html`<label class="row"
            >${this.m('reports.compositionBy')}
            <select id="composition-by" @change=${(e: Event) => (this.dimension = (e.target as HTMLSelectElement).value as Dimension)}>
              ${dimensions.map((d) => html`<option value=${d} ?selected=${d === this.dimension}>${this.m(`reports.by.${d}`)}</option>`)}
            </select></label
          >
          ${comp
            ? html`<dossier-composition-chart
                hide-title
                dimension=${this.dimension}
                .period=${period}
                .composition=${comp.result}
                .labels=${comp.labels}
                dimension-label=${this.m(`reports.by.${this.dimension}`)}
              ></dossier-composition-chart>`
            : nothing}`,
        )}
        ${this.panel('rfm', html`<dossier-rfm-grid hide-title .period=${period} .rfm=${computed.rfm}></dossier-rfm-grid>`)}
        ${this.panel('efficiency', html`<dossier-efficiency-report hide-title .period=${period} .efficiency=${computed.efficiency} .effort=${computed.effort}></dossier-efficiency-report>`, true)}
        ${this.panel('products', html`<dossier-product-report hide-title .period=${period} .products=${computed.products}></dossier-product-report>`, true)}
        ${this.panel('funnel', html`<dossier-funnel-report hide-title .funnel=${computed.funnel}></dossier-funnel-report>`)}
        ${this.panel('competitors', html`<dossier-competitor-report hide-title .report=${this.loaded!.competitors}></dossier-competitor-report>`)}
      </div>
      ${this.drill ? this.renderDrill(this.drill) : nothing}
    `;
  }

  /** One report in a titled panel (the element's own title is hidden: `hide-title`). */
  private panel(report: ReportPanel, content: TemplateResult, wide = false) {
    return html`<section class=${wide ? 'panel wide' : 'panel'} aria-labelledby="${report}-title">
      <h2 id="${report}-title">${this.m(`reports.${report}`)}</h2>
      ${content}
    </section>`;
  }

  private renderDrill(drill: NonNullable<DemoReportsView['drill']>) {
    const shown = drill.customers.slice(0, 50);
    return html`<section class="panel drill" aria-labelledby="drill-title">
      <h2 id="drill-title" tabindex="-1">${this.m('reports.drill', { label: drill.label, count: new Intl.NumberFormat(this.locale).format(drill.customers.length) })}</h2>
      ${drill.query ? html`<p><a href=${`#/customers?${drill.query}`}>${this.m('reports.drillOpenList')}</a></p>` : nothing}
      ${shown.length
        ? html`<ul class="drill-list">
            ${shown.map((c) => html`<li><a href=${`#/customers/${encodeURIComponent(c.id)}`}>${(this.locale === 'en' ? c.name.en : undefined) ?? c.name.zh ?? c.name.en ?? c.id}</a></li>`)}
          </ul>`
        : html`<p class="muted">${this.m('reports.drillNone')}</p>`}
      ${drill.customers.length > shown.length ? html`<p class="muted">${this.m('reports.drillMore', { count: drill.customers.length - shown.length })}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-reports-view': DemoReportsView;
  }
}
