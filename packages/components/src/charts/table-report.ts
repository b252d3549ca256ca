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

/** A footer cell given by its figure (a column's total), written as its column is ({@link DossierTableReport.table}); `null` reads "—". */
export interface TableFigure {
  readonly figure: number | string | null;
}

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
   * A footer cell given as `{ figure }` (a total) is written as its `money` or `share` column is,
   * and a money total counts in choosing the column's unit.
   */
  protected table<R>(
    options: Omit<ReportTableOptions<R>, 'sortLabel' | 'rowAction' | 'columns' | 'footer'> & {
      columns: readonly TableReportColumn<R>[];
      footer?: readonly (string | TableFigure)[] | undefined;
    },
  ): TemplateResult {
    const { footer } = options;
    const written = options.columns.map((column, i) => {
      const total = footer?.[i];
      return this.#columnInOneUnit(column, options.rows, typeof total === 'object' ? total.figure : null);
    });
    return reportTable({
      ...options,
      columns: written.map((w) => w.column),
      footer: footer?.map((cell, i) => (typeof cell === 'string' ? cell : written[i]!.write(cell.figure))),
      sortLabel: (column) => this.chartText('sortBy', { column }),
      rowAction: options.onRow ? this.chartText('showCustomers') : undefined,
      locale: this.resolvedLocale,
    });
  }

  /**
   * A `money` or `share` column ({@link TableReportColumn}) whose figures are written alike over
   * `rows` (and the column's `total`), with how it writes a figure; any other column as it is.
   */
  #columnInOneUnit<R>(
    column: TableReportColumn<R>,
    rows: readonly R[],
    total: number | string | null,
  ): { column: ReportColumn<R>; write: (figure: number | string | null) => string } {
    const missing = this.chartText('notAvailable');
    const known = (v: number | string | null): v is number | string => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '');
    if (!column.kind) return { column, write: (v) => (known(v) ? String(v) : missing) };
    const locale = this.resolvedLocale;
    const figures = [...rows.map((row) => column.value(row)), total].filter(known);
    let write: (figure: number | string) => string;
    let full: ((figure: number | string) => string) | undefined;
    if (column.kind === 'share') {
      const share = percentColumn(locale, figures.map(Number));
      write = (v) => share(Number(v));
    } else {
      const currency = { currency: this.currency };
      write = moneyColumn(locale, figures as MoneyAmount[], currency);
      full = (v) => formatMoney(locale, v, currency);
    }
    const figure = (row: R) => column.value(row);
    return {
      column: {
        ...column,
        // a cell without a figure (missing, restricted) keeps the report's own text
        format: (row) => {
          const v = figure(row);
          return known(v) ? write(v) : column.format(row);
        },
        title: full
          ? (row) => {
              const v = figure(row);
              return known(v) ? full(v) : column.title?.(row);
            }
          : column.title,
      },
      write: (v) => (known(v) ? write(v) : missing),
    };
  }

  /** The note naming the columns left out for want of any figure ({@link presentColumns}'s `hidden`); nothing when none is. */
  protected hiddenColumnsNote(hidden: readonly Pick<ReportColumn<never>, 'label'>[]): TemplateResult | typeof nothing {
    return hidden.length
      ? html`<p part="hidden-columns">${this.chartText('hiddenColumns', { columns: hidden.map((c) => c.label).join(this.chartText('listSeparator')) })}</p>`
      : nothing;
  }
}
