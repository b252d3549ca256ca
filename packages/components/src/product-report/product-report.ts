import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { metricLabel, type ProductAnalysisResult, type ProductRow } from '@dossier/core';
import { base } from '../shared/base.styles.js';
import { LocalizeController } from '../shared/localize.js';
import { tokens } from '../shared/tokens.styles.js';
import { chartStyles, reportTableStyles } from '../charts/chart.styles.js';
import { DossierTableReport, type TableFigure, type TableReportColumn } from '../charts/table-report.js';
import { nextSort, presentColumns, sortRows, type SortState } from '../charts/report-table.js';
import { messages, type ProductMessage } from './messages.js';

/**
 * @tagname dossier-product-report
 * @summary Product analysis (不同商品销售分析): per product or category, sales and their share,
 * cost, gross margin and its rate (毛利率), average inventory, turnover (周转率), cross ratio
 * (交叉比率 = margin rate × turnover) and contribution ratio (贡献比率 = cross ratio × sales
 * share), with a bar beside the contribution ratio and totals. Every column sorts.
 *
 * Give it core's `productAnalysis(book, options)` result, and `names` for product names.
 * Figures core cannot compute for a row show as "—" and sort last; a column with no figure in
 * any row (no cost or no inventory given) is left out, and a note names it and says what it needs.
 * Amounts read 万/亿 in zh-CN (M/B in en) with the full amount as the cell's tooltip.
 * Choosing a row's name fires `dossier-drill-down` with `filter: { product }` (or `{ category }`).
 *
 * Sales, cost and margin are summed over every customer who bought a product: aggregate,
 * manager-level figures by design. The widget shows what it is given to whoever sees the page
 * (it takes no viewer); give it only to viewers who may read the whole book's amounts.
 *
 * @fires dossier-drill-down - A row was chosen: `detail: { report: 'product', filter: { product } | { category }, label, period? }`.
 * @fires dossier-period-change - A period was chosen in the period picker (`period-picker`): `detail: { period, preset }`.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart summary - The one-line summary.
 * @csspart note - The notes shown when cost or inventory is missing.
 * @csspart hidden-columns - The note naming the columns left out for want of any figure.
 * @csspart period - The period picker (under `period-picker`).
 * @csspart table - The table.
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-series - Colour of the contribution bars. Default: the accent colour.
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no product to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-product-report .products=${productAnalysis(book, { averageInventory })} .names=${productNames}></dossier-product-report>
 */
export class DossierProductReport extends DossierTableReport {
  static override styles = [tokens, base, chartStyles, reportTableStyles];

  static override properties: PropertyDeclarations = {
    products: { attribute: false },
    names: { attribute: false },
    sort: { state: true, attribute: false },
  };

  /** core's `productAnalysis()` result. */
  products?: ProductAnalysisResult;

  /** Product or category names by key (the key is shown otherwise). */
  names: Readonly<Record<string, string>> = {};

  /** The column sorted by; unset keeps core's order (sales descending). */
  sort: SortState | undefined;

  private readonly t = new LocalizeController<ProductMessage>(this, messages).t;

  private get rows(): readonly ProductRow[] {
    return this.products?.rows ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('empty', this.rows.length === 0);
  }

  /** A product's display name. */
  productName(key: string | null): string {
    if (key === null) return metricLabel(this.resolvedLocale, 'unassigned');
    return Object.hasOwn(this.names, key) ? this.names[key]! : key;
  }

  private columns(): TableReportColumn<ProductRow>[] {
    const l = (key: Parameters<typeof metricLabel>[1]) => metricLabel(this.resolvedLocale, key);
    return [
      {
        key: 'key',
        label: this.t(this.products?.by === 'category' ? 'category' : 'product'),
        value: (r) => this.productName(r.key),
        format: (r) => this.productName(r.key),
      },
      { key: 'sales', kind: 'money', label: l('sales'), value: (r) => r.sales, format: (r) => this.moneyShort(r.sales), title: (r) => this.money(r.sales) },
      { key: 'salesShare', kind: 'share', label: l('salesShare'), value: (r) => r.salesShare, format: (r) => this.percent(r.salesShare) },
      { key: 'cost', kind: 'money', label: l('cost'), value: (r) => r.cost, format: (r) => this.moneyShort(r.cost), title: (r) => this.money(r.cost) },
      {
        key: 'grossMargin',
        kind: 'money',
        label: l('grossMargin'),
        value: (r) => r.grossMargin,
        format: (r) => this.moneyShort(r.grossMargin),
        title: (r) => this.money(r.grossMargin),
      },
      { key: 'grossMarginRate', kind: 'share', label: l('grossMarginRate'), value: (r) => r.grossMarginRate, format: (r) => this.percent(r.grossMarginRate) },
      {
        key: 'averageInventory',
        kind: 'money',
        label: l('averageInventory'),
        value: (r) => r.averageInventory,
        format: (r) => this.moneyShort(r.averageInventory),
        title: (r) => this.money(r.averageInventory),
      },
      { key: 'turnover', label: l('turnover'), value: (r) => r.turnover, format: (r) => this.number(r.turnover, 2) },
      { key: 'crossRatio', label: l('crossRatio'), value: (r) => r.crossRatio, format: (r) => this.number(r.crossRatio, 2) },
      {
        key: 'contributionRatio',
        label: l('contributionRatio'),
        value: (r) => r.contributionRatio,
        format: (r) => this.number(r.contributionRatio, 3),
        bar: true,
      },
    ];
  }

  /** The one-line summary. */
  get summary(): string {
    const p = this.products;
    if (!p || p.rows.length === 0) return this.chartText('noData');
    const top = p.rows.reduce<ProductRow | undefined>(
      (best, r) => (r.contributionRatio !== null && (best === undefined || r.contributionRatio > best.contributionRatio!) ? r : best),
      undefined,
    );
    // without cost there is no margin rate nor contribution ratio: say only what is known
    if (p.grossMarginRate === null && top === undefined) return this.t('summarySales', { count: this.number(p.rows.length, 0), sales: this.moneyShort(p.totalSales) });
    return this.t('summary', {
      count: this.number(p.rows.length, 0),
      sales: this.moneyShort(p.totalSales),
      rate: this.percent(p.grossMarginRate),
      top: top ? this.productName(top.key) : this.chartText('notAvailable'),
    });
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    const p = this.products;
    return this.figure(title, !p || p.rows.length === 0, () => this.#renderReport(p!, title));
  }

  #renderReport(p: ProductAnalysisResult, title: string) {
    // a column no row has a figure in (no cost, no inventory given) is left out and named in a note
    const { shown: columns, hidden } = presentColumns(this.columns(), p.rows, () => true);
    const noInventory = p.rows.every((r) => r.averageInventory === null);
    const noCost = p.rows.every((r) => r.cost === null);
    const totalMargin = p.totalCost !== null ? p.totalSales - p.totalCost : null;
    // totals as figures: the table writes each in its column's unit and decimals
    const totals: Record<string, string | TableFigure> = {
      key: this.chartText('total'),
      sales: { figure: p.totalSales },
      salesShare: { figure: p.totalSales > 0 ? 1 : null },
      cost: { figure: p.totalCost },
      grossMargin: { figure: totalMargin },
      grossMarginRate: { figure: p.grossMarginRate },
    };
    const by = p.by === 'category' ? 'category' : 'product';
    return html`<p part="summary">${this.summary}</p>
      ${noCost ? html`<p part="note">${this.t('noCost')}</p>` : nothing}
      ${noInventory ? html`<p part="note">${this.t('noInventory')}</p>` : nothing}
      ${this.hiddenColumnsNote(hidden)}
      ${this.table({
        caption: title,
        columns,
        rows: sortRows(p.rows, columns, this.sort, this.resolvedLocale),
        sort: this.sort,
        onSort: (key) => this.sortBy(key),
        footer: columns.map((c) => totals[c.key] ?? ''),
        onRow: (row) => this.drillDown('product', { [by]: row.key }, this.productName(row.key)),
      })}`;
  }

  /** Sorts by a column: numbers start descending, names ascending; again reverses. */
  sortBy(key: string): void {
    this.sort = nextSort(this.sort, key, key === 'key');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-product-report': DossierProductReport;
  }
}
