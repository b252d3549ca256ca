import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  addDays,
  composition,
  computeCustomerFigures,
  defaultPolicy,
  effortByGrade,
  gradeCustomers,
  pareto,
  productAnalysis,
  salesForceEfficiency,
  toInteractionEntry,
  vocabularyLabel,
  type CompositionResult,
  type Customer,
  type GradingRun,
  type InteractionEntry,
  type Locale,
  type ParetoResult,
  type ProductAnalysisResult,
  type RfmGrading,
  type SalesForceRow,
  type TransactionColumns,
  type Viewer,
} from '@dossier/core';
import { t, type DemoMessage } from '../messages.js';
import type { DemoStore } from '../seed.js';
import { viewStyles } from '../styles.js';
import { listAll, listForCustomers } from '../data.js';

type Dimension = 'grade' | 'region' | 'nature' | 'category';

interface Loaded {
  book: TransactionColumns;
  customers: Customer[];
  interactions: InteractionEntry[];
}

interface Computed {
  pareto: ParetoResult;
  rfm: RfmGrading;
  efficiency: { rows: SalesForceRow[] };
  products: ProductAnalysisResult;
  effort: ReturnType<typeof effortByGrade>;
}

/**
 * The reports of the archive over the 365 days before the demo's today: Pareto, composition
 * (by grade, region, nature or product category), RFM grid, sales-force efficiency, product
 * analysis and effort by grade — core's analytics on the store's columnar book, drawn by the
 * report widgets.
 */
@customElement('demo-reports-view')
export class DemoReportsView extends LitElement {
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
    `,
  ];

  @property({ attribute: false }) store?: DemoStore;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) viewer?: Viewer;
  @property({ attribute: false }) runs: GradingRun[] = [];
  @property() asOf = '';

  @state() private loaded?: Loaded;
  @state() private computed?: Computed;
  @state() private dimension: Dimension = 'grade';
  @state() private failure?: string;
  private loadedFrom?: { store: DemoStore; viewer: Viewer | undefined };
  private compositionCache?: { key: string; result: CompositionResult };

  private m(key: DemoMessage, params: Record<string, string | number> = {}): string {
    return t(this.locale, key, params);
  }

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
      const loaded: Loaded = {
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

  private compute({ book, customers, interactions }: Loaded): Computed {
    const asOf = this.asOf;
    const period = { from: addDays(asOf, -365), to: asOf };
    const ids = customers.map((c) => c.id);
    const repOf = new Map(customers.map((c) => [c.id, c.salespersonId]));
    const gradeOf = new Map(customers.map((c) => [c.id, c.grade.current ?? null]));
    const figures = computeCustomerFigures(book, { asOf, windowDays: 365, customerIds: ids });
    return {
      pareto: pareto(book, { asOf, customers: ids }),
      rfm: gradeCustomers(figures, defaultPolicy('rfm')),
      efficiency: salesForceEfficiency(book, { period, repOf, interactions, customers: ids }),
      products: productAnalysis(book, { asOf, by: 'category' }),
      effort: effortByGrade(book, { asOf, interactions, gradeOf, customers: ids }),
    };
  }

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
            : this.dimension === 'region'
              ? lookup((c) => c.territory)
              : lookup((c) => c.nature);
      this.compositionCache = { key, result: composition(book, { asOf: this.asOf, by, customers: customers.map((c) => c.id) }) };
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

  private repNames(): Record<string, string> {
    const page = location.pathname.endsWith('erp.html') ? 'erp' : 'idb';
    const reps = JSON.parse(localStorage.getItem(`dossier-demo:reps:${page}`) ?? '[]') as { id: string; name: { zh: string; en: string } }[];
    return Object.fromEntries(reps.map((r) => [r.id, this.locale === 'en' ? r.name.en : r.name.zh]));
  }

  protected override render() {
    if (this.failure) return html`<p class="error" role="alert">${this.m('error', { message: this.failure })}</p>`;
    const computed = this.computed;
    if (!computed) return html`<p class="panel muted" role="status">${this.m('reports.loading')}</p>`;
    const comp = this.composition();
    const dimensions: Dimension[] = ['grade', 'region', 'nature', 'category'];
    return html`
      <p class="muted">${this.m('reports.period', { asOf: this.asOf })}</p>
      <div class="grid">
        <section class="panel" aria-labelledby="pareto-title">
          <h2 id="pareto-title">${this.m('reports.pareto')}</h2>
          <dossier-pareto-chart .pareto=${computed.pareto}></dossier-pareto-chart>
        </section>
        <section class="panel" aria-labelledby="composition-title">
          <h2 id="composition-title">${this.m('reports.composition')}</h2>
          <label class="row"
            >${this.m('reports.compositionBy')}
            <select id="composition-by" @change=${(e: Event) => (this.dimension = (e.target as HTMLSelectElement).value as Dimension)}>
              ${dimensions.map((d) => html`<option value=${d} ?selected=${d === this.dimension}>${this.m(`reports.by.${d}`)}</option>`)}
            </select></label
          >
          ${comp
            ? html`<dossier-composition-chart
                .composition=${comp.result}
                .labels=${comp.labels}
                dimension-label=${this.m(`reports.by.${this.dimension}`)}
              ></dossier-composition-chart>`
            : nothing}
        </section>
        <section class="panel" aria-labelledby="rfm-title">
          <h2 id="rfm-title">${this.m('reports.rfm')}</h2>
          <dossier-rfm-grid .rfm=${computed.rfm}></dossier-rfm-grid>
        </section>
        <section class="panel" aria-labelledby="effort-title">
          <h2 id="effort-title">${this.m('reports.effort')}</h2>
          ${this.renderEffort(computed.effort)}
        </section>
        <section class="panel wide" aria-labelledby="efficiency-title">
          <h2 id="efficiency-title">${this.m('reports.efficiency')}</h2>
          <dossier-efficiency-report .efficiency=${computed.efficiency} .names=${this.repNames()}></dossier-efficiency-report>
        </section>
        <section class="panel wide" aria-labelledby="products-title">
          <h2 id="products-title">${this.m('reports.products')}</h2>
          <dossier-product-report .products=${computed.products}></dossier-product-report>
        </section>
      </div>
    `;
  }

  private renderEffort(effort: Computed['effort']) {
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    const p = (v: number | null) => (v === null ? '—' : percent.format(v));
    return html`<table>
      <thead>
        <tr>
          <th>${this.m('col.grade')}</th>
          <th class="number">${this.m('col.interactionShare')}</th>
          <th class="number">${this.m('col.revenueShare')}</th>
          <th class="number">${this.m('col.effortToValue')}</th>
        </tr>
      </thead>
      <tbody>
        ${effort.rows.map(
          (r) => html`<tr>
            <td>${r.grade ?? '—'}</td>
            <td class="number">${p(r.interactionShare)}</td>
            <td class="number">${p(r.revenueShare)}</td>
            <td class="number">${r.effortToValue === null ? '—' : number.format(r.effortToValue)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-reports-view': DemoReportsView;
  }
}
