import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { metricLabel, translate, type AnalyticsMetric, type MessageParams, type SalesForceRow } from '@dossier/core';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { chartStyles, reportTableStyles } from '../charts/chart.styles.js';
import { DossierReportElement } from '../charts/report-element.js';
import { reportTable, sortRows, type ReportColumn, type SortState } from '../charts/report-table.js';
import styles from './efficiency-report.styles.js';
import { messages, type EfficiencyMessage } from './messages.js';

/** How a column's numbers are written. */
type Kind = 'count' | 'money' | 'percent' | 'ratio';

/** The columns of the table, in order: the seed's 销售人员效率检查表. */
export const efficiencyColumns: readonly (readonly [keyof SalesForceRow & AnalyticsMetric, Kind])[] = [
  ['visits', 'count'],
  ['visitsPerDay', 'ratio'],
  ['sales', 'money'],
  ['orders', 'count'],
  ['averageSalesPerOrder', 'money'],
  ['buyingCustomers', 'count'],
  ['averageSalesPerCustomer', 'money'],
  ['cashCollectionRate', 'percent'],
  ['receivablesCollectionRate', 'percent'],
  ['costPerVisit', 'money'],
  ['salesPerVisit', 'money'],
  ['grossMargin', 'money'],
  ['salesAchievement', 'percent'],
  ['grossMarginAchievement', 'percent'],
  ['newCustomers', 'count'],
  ['lostCustomers', 'count'],
];

/**
 * @tagname dossier-efficiency-report
 * @summary The sales-force efficiency table (销售人员效率检查表): per rep, visits and visits per
 * day, sales, orders and averages, cash and receivables collection, cost and sales per visit,
 * gross margin, target achievement, new and lost customers. Every column sorts.
 *
 * Give it core's `salesForceEfficiency(book, options)` result, and `names` for the reps' names.
 * Missing rates (a zero denominator, a missing input) show as "—" and sort last.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart summary - The one-line summary.
 * @csspart table - The table.
 * @csspart status - Loading and empty messages.
 *
 * @cssproperty --dossier-chart-series - Colour of the bars beside sales. Default: the accent colour.
 *
 * @cssstate loading - `loading` is set.
 * @cssstate empty - There is no rep to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-efficiency-report .efficiency=${salesForceEfficiency(book, { period, repOf })} .names=${{ R001: '王芳' }}></dossier-efficiency-report>
 */
export class DossierEfficiencyReport extends DossierReportElement {
  static override styles = [tokens, base, chartStyles, reportTableStyles, styles];

  /** core's `salesForceEfficiency()` result (`{ rows }`). */
  @property({ attribute: false }) efficiency?: { readonly rows: readonly SalesForceRow[] };

  /** Reps' names by id (the id is shown otherwise). */
  @property({ attribute: false }) names: Readonly<Record<string, string>> = {};

  /** A caption replacing the default title. */
  @property() label?: string;

  /** The column sorted by; unset keeps core's order (sales descending). */
  @state() sort: SortState | undefined;

  private t(key: EfficiencyMessage, params: MessageParams = {}): string {
    return translate(messages, this.resolvedLocale, key, params);
  }

  private get rows(): readonly SalesForceRow[] {
    return this.efficiency?.rows ?? [];
  }

  /** A rep's display name. */
  repName(rep: string | null): string {
    if (rep === null) return metricLabel(this.resolvedLocale, 'unassigned');
    return Object.hasOwn(this.names, rep) ? this.names[rep]! : rep;
  }

  private columns(): ReportColumn<SalesForceRow>[] {
    const locale = this.resolvedLocale;
    const write: Record<Kind, (v: number | null) => string> = {
      count: (v) => this.number(v, 0),
      money: (v) => this.money(v),
      percent: (v) => this.percent(v),
      ratio: (v) => this.number(v, 2),
    };
    return [
      { key: 'rep', label: this.t('rep'), value: (r) => this.repName(r.rep), format: (r) => this.repName(r.rep) },
      ...efficiencyColumns.map(([key, kind]) => ({
        key,
        label: metricLabel(locale, key),
        value: (r: SalesForceRow) => r[key],
        format: (r: SalesForceRow) => write[kind](r[key]),
        bar: key === 'sales',
      })),
    ];
  }

  /** The one-line summary. */
  get summary(): string {
    const rows = this.rows;
    const sum = (pick: (r: SalesForceRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
    return this.t('summary', {
      reps: this.number(rows.filter((r) => r.rep !== null).length, 0),
      sales: this.money(sum((r) => r.sales)),
      visits: this.number(sum((r) => r.visits), 0),
      newCustomers: this.number(sum((r) => r.newCustomers), 0),
      lostCustomers: this.number(sum((r) => r.lostCustomers), 0),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('empty', this.rows.length === 0);
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    const empty = this.rows.length === 0;
    const columns = this.columns();
    return html`<figure part="base" lang=${this.resolvedLocale} aria-busy=${this.loading ? 'true' : 'false'}>
      <figcaption part="title">${title}</figcaption>
      ${this.loading || empty
        ? this.status(empty)
        : html`<p part="summary">${this.summary}</p>
            ${reportTable({
              caption: title,
              columns,
              rows: sortRows(this.rows, columns, this.sort, this.resolvedLocale),
              sort: this.sort,
              onSort: (key) => this.sortBy(key),
              sortLabel: (column) => this.chartText('sortBy', { column }),
            })}`}
      <slot name="footer"></slot>
    </figure>`;
  }

  /** Sorts by a column: numbers start descending, names ascending; again reverses. */
  sortBy(key: string): void {
    this.sort = this.sort?.key === key ? { key, descending: !this.sort.descending } : { key, descending: key !== 'rep' };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-efficiency-report': DossierEfficiencyReport;
  }
}
