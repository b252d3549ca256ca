import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { abcGradeLabels, compareCodePoints, labelIn, metricLabel, unassignedPersonId, type AnalyticsMetric, type EffortRow, type SalesForceRow } from '@dossier/core';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { chartStyles, reportTableStyles } from '../charts/chart.styles.js';
import { DossierTableReport, type TableReportColumn } from '../charts/table-report.js';
import { nextSort, presentColumns, sortRows, type SortState } from '../charts/report-table.js';
import styles from './efficiency-report.styles.js';
import { messages, type EfficiencyMessage } from './messages.js';

/** How a column's numbers are written. */
type Kind = 'count' | 'money' | 'percent' | 'ratio';

/**
 * How sensitive a column is: as the most sensitive field of core's schemas it is computed from.
 * Transaction `amount`, `cost` and `paid` are confidential (so is every figure computed from
 * them, receivables included); visits, their `cost`, orders and customer counts are internal.
 */
type Sensitivity = 'internal' | 'confidential';

/** The columns of the table, in order (the seed's 销售人员效率检查表): how each is written, how sensitive it is. */
export const efficiencyColumns: readonly (readonly [keyof SalesForceRow & AnalyticsMetric, Kind, Sensitivity])[] = [
  ['visits', 'count', 'internal'],
  ['visitsPerDay', 'ratio', 'internal'],
  ['sales', 'money', 'confidential'],
  ['orders', 'count', 'internal'],
  ['averageSalesPerOrder', 'money', 'confidential'],
  ['buyingCustomers', 'count', 'internal'],
  ['averageSalesPerCustomer', 'money', 'confidential'],
  ['cashCollectionRate', 'percent', 'confidential'],
  ['receivablesCollectionRate', 'percent', 'confidential'],
  ['costPerVisit', 'money', 'internal'],
  ['salesPerVisit', 'money', 'confidential'],
  ['grossMargin', 'money', 'confidential'],
  ['salesAchievement', 'percent', 'confidential'],
  ['grossMarginAchievement', 'percent', 'confidential'],
  ['newCustomers', 'count', 'internal'],
  ['lostCustomers', 'count', 'internal'],
];

/**
 * Sales a grade brings per effort it gets: its share of sales ÷ its share of effort (core's
 * `effortToValue` turned round, so that more reads better: A customers score high, C customers
 * that take much time for little revenue score low). `null` without effort or sales figures.
 *
 * @example
 * valueForEffort({ effortToValue: 6 }) // 0.1666… (60 % of the effort for 10 % of the sales)
 */
export function valueForEffort(row: Pick<EffortRow, 'effortToValue'>): number | null {
  return row.effortToValue === null || !(row.effortToValue > 0) ? null : 1 / row.effortToValue;
}

/**
 * How a grade's sales per effort reads: `over` (below 2/3: more effort than its sales justify),
 * `under` (above 3/2: it brings more than its effort), `even` between, `none` without effort.
 */
export function effortReading(row: EffortRow): 'over' | 'under' | 'even' | 'none' {
  const value = valueForEffort(row);
  if (value === null) return 'none';
  return value < 2 / 3 ? 'over' : value > 3 / 2 ? 'under' : 'even';
}

/**
 * @tagname dossier-efficiency-report
 * @summary The sales-force efficiency table (销售人员效率检查表): per rep, visits and visits per
 * day, sales, orders and averages, cash and receivables collection, cost and sales per visit,
 * gross margin, target achievement, new and lost customers. Every column sorts.
 *
 * Give it core's `salesForceEfficiency(book, options)` result; reps are named through the people
 * directory (`people`, or `<dossier-provider>`'s), or `names` (which wins).
 * Missing rates (a zero denominator, a missing input) show as "—" and sort last; a column no
 * rep has a figure in (no targets, receivables or visit costs given) is left out and named in a
 * note — only when the viewer may read it for every rep. Amounts read 万/亿 in zh-CN (M/B in en)
 * with the full amount as the cell's tooltip. Choosing a rep's name fires `dossier-drill-down`
 * with `filter: { rep }` (that rep's customers).
 *
 * Given `effort` (core's `effortByGrade()`), a second table shows where the effort goes against
 * what each grade is worth: share of effort, share of sales, and **sales per effort** (share of
 * sales ÷ share of effort) with its reading in words, so that more reads better — a C grade
 * taking 60 % of the visits for 10 % of the sales reads 0.17, "more effort than its sales
 * justify" (core's `effortToValue` is the inverse; a bare "投入产出比" of 6 made C look best).
 *
 * Every figure passes through the viewer's clearance before rendering, as in the customer list:
 * a rep's row sums that rep's customers, so the rep counts as their owner. Amounts (confidential)
 * and counts (internal) the viewer may not read show as "Restricted" — the value never reaches
 * the DOM — sort last and get no bar; the summary leaves out totals the viewer may not read, and
 * rows start in name order rather than core's (which ranks by sales). Without a viewer (no
 * `viewer`, no provider) only the reps' names are shown. A sales manager reads everything; a
 * sales rep (core's default roles) reads the counts of every rep and the amounts of their own row.
 *
 * @fires dossier-drill-down - A rep's row was chosen: `detail: { report: 'efficiency', filter: { rep }, label, period? }`; a grade's row of the effort table: `filter: { grade }`.
 * @fires dossier-period-change - A period was chosen in the period picker (`period-picker`): `detail: { period, preset }`.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart summary - The one-line summary.
 * @csspart table - The table.
 * @csspart hidden-columns - The note naming the columns left out for want of any figure.
 * @csspart effort - The effort-by-grade section (under `effort`).
 * @csspart effort-note - The note saying how sales per effort reads.
 * @csspart period - The period picker (under `period-picker`).
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-series - Colour of the bars beside sales. Default: the accent colour.
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no rep to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-efficiency-report .efficiency=${salesForceEfficiency(book, { period, repOf })} .names=${{ R001: '王芳' }}></dossier-efficiency-report>
 */
export class DossierEfficiencyReport extends DossierTableReport {
  static override styles = [tokens, base, chartStyles, reportTableStyles, styles];

  static override properties: PropertyDeclarations = {
    efficiency: { attribute: false },
    names: { attribute: false },
    effort: { attribute: false },
    sort: { state: true, attribute: false },
    effortSort: { state: true, attribute: false },
  };

  /** core's `salesForceEfficiency()` result (`{ rows }`). */
  efficiency?: { readonly rows: readonly SalesForceRow[] };

  /** Reps' names by id; they win over the people directory (without either, the id is shown). */
  names: Readonly<Record<string, string>> = {};

  /**
   * core's `effortByGrade()` result: shown under the reps as where the effort goes against what
   * each grade is worth (share of effort, share of sales, sales per effort, and what it means).
   */
  effort?: { readonly rows: readonly EffortRow[] };


  /** The column sorted by; unset keeps core's order (sales descending), or name order when a figure is restricted. */
  sort: SortState | undefined;

  /** The column the effort table is sorted by; unset keeps core's order (A, B, C). */
  private effortSort: SortState | undefined;

  /** Whether the viewer may read figures of `sensitivity` in a rep's row (every row when `rep` is omitted). */
  #readable(sensitivity: Sensitivity, rep?: string | null): boolean {
    return mayRead(this.resolvedViewer, { sensitivity, level: 1 }, { ownerId: rep ?? undefined });
  }

  private readonly t = new LocalizeController<EfficiencyMessage>(this, messages).t;

  private get rows(): readonly SalesForceRow[] {
    return this.efficiency?.rows ?? [];
  }

  /**
   * A rep's display name: from `names`, else from the people directory (`people` or the
   * provider's: 未分配 for `unassigned`, 未知人员 for an id it does not know, never the id), else —
   * without any directory — the id.
   */
  repName(rep: string | null): string {
    if (rep === null || rep === unassignedPersonId) return metricLabel(this.resolvedLocale, 'unassigned');
    if (Object.hasOwn(this.names, rep)) return this.names[rep]!;
    return this.resolvedPeople.length > 0 ? this.personName(rep) : rep;
  }

  private columns(): TableReportColumn<SalesForceRow>[] {
    const locale = this.resolvedLocale;
    const write: Record<Kind, (v: number | null) => string> = {
      count: (v) => this.number(v, 0),
      money: (v) => this.moneyShort(v),
      percent: (v) => this.percent(v),
      ratio: (v) => this.number(v, 2),
    };
    const restricted = this.chartText('restricted');
    return [
      { key: 'rep', label: this.t('rep'), value: (r) => this.repName(r.rep), format: (r) => this.repName(r.rep) },
      ...efficiencyColumns.map(([key, kind, sensitivity]) => ({
        key,
        kind: kind === 'money' ? ('money' as const) : kind === 'percent' ? ('share' as const) : undefined,
        label: metricLabel(locale, key),
        value: (r: SalesForceRow) => (this.#readable(sensitivity, r.rep) ? r[key] : null),
        format: (r: SalesForceRow) => (this.#readable(sensitivity, r.rep) ? write[kind](r[key]) : restricted),
        title: kind === 'money' ? (r: SalesForceRow) => (this.#readable(sensitivity, r.rep) ? this.money(r[key]) : undefined) : undefined,
        bar: key === 'sales',
      })),
    ];
  }

  /** The one-line summary: totals over every rep, each only when the viewer may read it for every rep. */
  get summary(): string {
    const rows = this.rows;
    const sum = (pick: (r: SalesForceRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
    const reps = this.number(rows.filter((r) => r.rep !== null).length, 0);
    if (!this.#readable('internal')) return this.t('summaryRestricted', { reps });
    const counts = {
      reps,
      visits: this.number(sum((r) => r.visits), 0),
      newCustomers: this.number(sum((r) => r.newCustomers), 0),
      lostCustomers: this.number(sum((r) => r.lostCustomers), 0),
    };
    if (!this.#readable('confidential')) return this.t('summaryWithoutSales', counts);
    return this.t('summary', { ...counts, sales: this.moneyShort(sum((r) => r.sales)) });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('empty', this.rows.length === 0);
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    return this.figure(title, this.rows.length === 0, () => this.#renderReport(title));
  }

  #renderReport(title: string) {
    const locale = this.resolvedLocale;
    // a column no rep has a figure in (no targets, receivables or visit costs given) is left out
    // and named, but only when the viewer may read it for every rep: else leaving it out would
    // tell them the figure is missing
    const sensitivityOf = new Map<string, Sensitivity>(efficiencyColumns.map(([key, , sensitivity]) => [key, sensitivity]));
    const { shown: columns, hidden } = presentColumns(this.columns(), this.rows, (column) => {
      const sensitivity = sensitivityOf.get(column.key);
      return sensitivity !== undefined && this.rows.every((r) => this.#readable(sensitivity, r.rep));
    });
    // core's order ranks by sales: with any figure restricted, start from name order (reps of one
    // name by id) so that the order of restricted rows (ties, sorted last) says nothing about them
    const everyFigure = this.#readable('internal') && this.#readable('confidential');
    const byId = [...this.rows].sort((a, b) => compareCodePoints(a.rep ?? '', b.rep ?? ''));
    const rows = everyFigure ? this.rows : sortRows(byId, columns, { key: 'rep', descending: false }, locale);
    return html`<p part="summary">${this.summary}</p>
      ${this.hiddenColumnsNote(hidden)}
      ${this.table({
        caption: title,
        columns,
        rows: sortRows(rows, columns, this.sort, locale),
        sort: this.sort,
        onSort: (key) => this.sortBy(key),
        onRow: (row) => this.drillDown('efficiency', { rep: row.rep }, this.repName(row.rep)),
      })}
      ${this.effort?.rows.length ? this.#renderEffort(this.effort.rows) : nothing}`;
  }

  /** Where the effort goes against what each grade is worth; shares of sales need confidential clearance. */
  #renderEffort(rows: readonly EffortRow[]) {
    const sales = this.#readable('confidential');
    const restricted = this.chartText('restricted');
    const gradeName = (grade: string | null) =>
      grade === null ? this.t('noGrade') : /^[ABC]$/.test(grade) ? labelIn(abcGradeLabels, this.resolvedLocale, grade as 'A') : grade;
    const columns: TableReportColumn<EffortRow>[] = [
      { key: 'grade', label: this.t('grade'), value: (r) => r.grade, format: (r) => gradeName(r.grade) },
      { key: 'customers', label: metricLabel(this.resolvedLocale, 'customers'), value: (r) => r.customers, format: (r) => this.number(r.customers, 0) },
      { key: 'effortShare', kind: 'share', label: this.t('effortShare'), value: (r) => r.timeShare ?? r.interactionShare, format: (r) => this.percent(r.timeShare ?? r.interactionShare) },
      { key: 'salesShare', kind: 'share', label: this.t('salesShare'), value: (r) => (sales ? r.revenueShare : null), format: (r) => (sales ? this.percent(r.revenueShare) : restricted) },
      {
        key: 'valueForEffort',
        label: this.t('valueForEffort'),
        value: (r) => (sales ? valueForEffort(r) : null),
        format: (r) => (sales ? this.number(valueForEffort(r), 2) : restricted),
        bar: true,
      },
      { key: 'reading', label: this.t('reading'), value: () => null, format: (r) => (sales ? this.t(`reading.${effortReading(r)}`) : restricted) },
    ];
    const title = this.t('effortTitle');
    return html`<div part="effort" class="effort">
      <h3 class="effort-title">${title}</h3>
      <p part="effort-note">${this.t('effortNote')}</p>
      ${this.table({
        caption: title,
        columns,
        rows: sortRows(rows, columns, this.effortSort, this.resolvedLocale),
        sort: this.effortSort,
        onSort: (key) => (this.effortSort = nextSort(this.effortSort, key, key === 'grade')),
        onRow: (row) => this.drillDown('efficiency', { grade: row.grade }, gradeName(row.grade)),
      })}
    </div>`;
  }

  /** Sorts by a column: numbers start descending, names ascending; again reverses. */
  sortBy(key: string): void {
    this.sort = nextSort(this.sort, key, key === 'rep');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-efficiency-report': DossierEfficiencyReport;
  }
}
