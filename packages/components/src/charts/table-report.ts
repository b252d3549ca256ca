import { html, nothing, type TemplateResult } from 'lit';
import { DossierReportElement } from './report-element.js';
import { reportTable, type ReportColumn, type ReportTableOptions } from './report-table.js';

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
  protected table<R>(options: Omit<ReportTableOptions<R>, 'sortLabel' | 'rowAction'>): TemplateResult {
    return reportTable({
      ...options,
      sortLabel: (column) => this.chartText('sortBy', { column }),
      rowAction: options.onRow ? this.chartText('showCustomers') : undefined,
      locale: this.resolvedLocale,
    });
  }

  /** The note naming the columns left out for want of any figure ({@link presentColumns}'s `hidden`); nothing when none is. */
  protected hiddenColumnsNote(hidden: readonly Pick<ReportColumn<never>, 'label'>[]): TemplateResult | typeof nothing {
    return hidden.length
      ? html`<p part="hidden-columns">${this.chartText('hiddenColumns', { columns: hidden.map((c) => c.label).join(this.chartText('listSeparator')) })}</p>`
      : nothing;
  }
}
