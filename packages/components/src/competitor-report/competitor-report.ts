import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { abcGrades, type CompetitorReport, type CompetitorRow } from '@dossier/core';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { chartStyles, reportTableStyles } from '../charts/chart.styles.js';
import { DossierTableReport } from '../charts/table-report.js';
import { nextSort, sortRows, type ReportColumn, type SortState } from '../charts/report-table.js';
import { messages, type CompetitorMessage } from './messages.js';

// core's competitor-note schema: the competitor and the products in use are internal at level 2,
// the customer's satisfaction with them confidential at level 2.
const noteField = { sensitivity: 'internal', level: 2 } as const;
const satisfactionField = { sensitivity: 'confidential', level: 2 } as const;

/**
 * @tagname dossier-competitor-report
 * @summary Which competitors are at which grades of customer (竞争对手分布): per competitor the
 * customers with a note on it, split by their ABC grade, the customers' mean satisfaction with
 * the competitor and its products in use. Every column sorts; choosing a competitor fires
 * `dossier-drill-down` with its customers.
 *
 * Give it core's `competitorReport(notes, grades)` result. Competitor notes are internal at
 * level 2: a viewer without that clearance sees only that notes are withheld (no competitor, no
 * count); the mean satisfaction (confidential) shows as "Restricted" without that clearance.
 *
 * @slot footer - Notes or actions under the widget.
 *
 * @fires dossier-drill-down - A competitor was chosen: `detail: { report: 'competitor', filter: { customerIds, group: { dimension: 'competitor', key } }, label, period? }`.
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart summary - The one-line summary.
 * @csspart table - The table.
 * @csspart status - Error, loading, empty and withheld messages.
 *
 * @cssproperty --dossier-chart-series - Colour of the bars beside the customer counts.
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set.
 * @cssstate empty - No competitor is noted.
 * @cssstate restricted - The viewer may not read competitor notes.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-competitor-report .report=${competitorReport(notes, grades)}></dossier-competitor-report>
 */
export class DossierCompetitorReport extends DossierTableReport {
  static override styles = [tokens, base, chartStyles, reportTableStyles];

  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    sort: { state: true, attribute: false },
  };

  /** core's `competitorReport()` result. */
  report?: CompetitorReport;

  /** The column sorted by; unset keeps core's order (most customers first). */
  sort: SortState | undefined;

  private readonly t = new LocalizeController<CompetitorMessage>(this, messages).t;

  get #notesReadable(): boolean {
    return mayRead(this.resolvedViewer, noteField);
  }

  private get rows(): readonly CompetitorRow[] {
    return this.report?.rows ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('empty', this.rows.length === 0);
    this.setState('restricted', this.rows.length > 0 && !this.#notesReadable);
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    return this.figure(title, this.rows.length === 0, () => this.#renderReport(title));
  }

  private columns(): ReportColumn<CompetitorRow>[] {
    const satisfaction = mayRead(this.resolvedViewer, satisfactionField);
    const restricted = this.chartText('restricted');
    return [
      { key: 'competitor', label: this.t('competitor'), value: (r) => r.competitor, format: (r) => r.competitor },
      { key: 'customers', label: this.t('customers'), value: (r) => r.customers, format: (r) => this.number(r.customers, 0), bar: true },
      ...[...abcGrades, 'none' as const].map((grade) => ({
        key: `grade-${grade}`,
        label: grade === 'none' ? this.t('ungraded') : this.t('grade', { grade }),
        value: (r: CompetitorRow) => r.byGrade[grade],
        format: (r: CompetitorRow) => this.number(r.byGrade[grade], 0),
      })),
      {
        key: 'satisfaction',
        label: this.t('satisfaction'),
        value: (r) => (satisfaction ? r.averageSatisfaction : null),
        format: (r) => (satisfaction ? this.number(r.averageSatisfaction, 1) : restricted),
      },
      { key: 'products', label: this.t('products'), value: (r) => r.products.join(' '), format: (r) => r.products.slice(0, 3).join(this.chartText('listSeparator')) || this.chartText('notAvailable') },
    ];
  }

  #renderReport(title: string) {
    if (!this.#notesReadable) return html`<p part="status" role="status">${this.t('restricted')}</p>`;
    const columns = this.columns();
    const report = this.report!;
    return html`<p part="summary">${this.t('summary', { competitors: this.number(report.rows.length, 0), customers: this.number(report.customers, 0) })}</p>
      ${this.table({
        caption: title,
        columns,
        rows: sortRows(this.rows, columns, this.sort, this.resolvedLocale),
        sort: this.sort,
        onSort: (key) => (this.sort = nextSort(this.sort, key, key === 'competitor' || key === 'products')),
        onRow: (row) => this.drillDown('competitor', { customerIds: row.customerIds, group: { dimension: 'competitor', key: row.competitor } }, row.competitor),
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-competitor-report': DossierCompetitorReport;
  }
}
