import { html, nothing, type TemplateResult } from 'lit';
import { DossierReportElement } from './report-element.js';
import { reportTable, type ReportColumn, type ReportTableOptions } from './report-table.js';
import { formatMoney, moneyColumn, percentColumn, type MoneyAmount } from '../shared/format.js';

/**
 * A report table's column that may say what its figures are, so that the whole column is
 * written alike: `money` cells (the column's `value` is the amount) in one unit chosen from the
 * column's largest amount (all `¥…万`, all `¥…M` or all in full, {@link moneyColumn}) with the
 * full amount as the tooltip; `share` cells (the `value` is a 0–1 share) with the same decimals
 * ({@link percentColumn}). Cells without a figure (`value` null: missing, restricted) keep `format`.
 */
export type TableReportColumn<R> = ReportColumn<R> & { readonly kind?: 'money' | 'share' | undefined };

/**
 * The base of the report widgets drawn as tables (efficiency, products, funnel, competitors,
 * the annual plan's months): {@link DossierReportElement} with the table helpers, kept apart so
 * that the charts (Pareto, composition, RFM, migration) do not carry the table code.
 *
 * @example
 * class DossierThingReport extends DossierTableReport { … this.table({ caption, columns, rows, sort, onSort }) … }
 */
export class DossierTableReport extends DossierReportElement {
  /**
   * A report table ({@link reportTable}) with the shared sort-button label, when rows drill
   * down the shared "show these customers" description, and row headers that wrap between words.
   */
  protected table<R>(options: Omit<ReportTableOptions<R>, 'sortLabel' | 'rowAction' | 'columns'> & { columns: readonly TableReportColumn<R>[] }): TemplateResult {
    return reportTable({
      ...options,
      columns: options.columns.map((column) => this.columnInOneUnit(column, options.rows)),
      sortLabel: (column) => this.chartText('sortBy', { column }),
      rowAction: options.onRow ? this.chartText('showCustomers') : undefined,
      locale: this.resolvedLocale,
    });
  }

  /** A `money` or `share` column ({@link TableReportColumn}) whose figures are written alike over `rows`; any other column as it is. */
  private columnInOneUnit<R>(column: TableReportColumn<R>, rows: readonly R[]): ReportColumn<R> {
    if (!column.kind) return column;
    const locale = this.resolvedLocale;
    const figure = (row: R): number | string | null => {
      const v = column.value(row);
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '') ? v : null;
    };
    const figures = rows.map(figure);
    if (column.kind === 'share') {
      const write = percentColumn(locale, figures.map((v) => (v === null ? null : Number(v))));
      return { ...column, format: (row) => (figure(row) === null ? column.format(row) : write(Number(figure(row)))) };
    }
    const currency = { currency: this.currency };
    const write = moneyColumn(locale, figures as (MoneyAmount | null)[], currency);
    return {
      ...column,
      format: (row) => {
        const v = figure(row);
        return v === null ? column.format(row) : write(v);
      },
      title: (row) => {
        const v = figure(row);
        return v === null ? column.title?.(row) : formatMoney(locale, v, currency);
      },
    };
  }

  /** The note naming the columns left out for want of any figure ({@link presentColumns}'s `hidden`); nothing when none is. */
  protected hiddenColumnsNote(hidden: readonly Pick<ReportColumn<never>, 'label'>[]): TemplateResult | typeof nothing {
    return hidden.length
      ? html`<p part="hidden-columns">${this.chartText('hiddenColumns', { columns: hidden.map((c) => c.label).join(this.chartText('listSeparator')) })}</p>`
      : nothing;
  }
}
