import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { translate, type MessageParams } from '@dossier/core';
import { DossierElement } from '../shared/dossier-element.js';
import { errorMessage } from '../shared/error-message.js';
import { formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import { chartMessages, type ChartMessage } from './messages.js';

/**
 * The base of the report widgets: the `loading` flag and the `error`, the data-table toggle,
 * the shared strings and number formats, and the error/loading/empty status line. Each widget
 * takes core's result types as properties and never talks to a store itself.
 *
 * @example
 * class DossierThingReport extends DossierReportElement { … }
 */
export class DossierReportElement extends DossierElement {
  /** The data is being computed or fetched: shows a status line instead of the chart. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /**
   * What went wrong computing or fetching the data: an `Error`, a store's or core's error (in
   * the locale when it carries translations) or a message. Shown instead of the report as an
   * alert; it wins over `loading`, so clear it (`undefined`) when retrying.
   */
  @property() error?: unknown;

  /** Currency of money values (ISO 4217). */
  @property() currency = 'CNY';

  /** The accessible data table is shown on screen (it is always there for screen readers and in print). */
  @state() protected tableOpen = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('loading', this.loading);
    this.setState('error', this.failed);
  }

  /** Whether `error` is set (an empty `error` attribute counts: the message is then generic). */
  protected get failed(): boolean {
    return this.error !== undefined && this.error !== null;
  }

  /** A shared string in the locale. */
  protected chartText(key: ChartMessage, params: MessageParams = {}): string {
    return translate(chartMessages, this.resolvedLocale, key, params);
  }

  /** A share (0–1) as a percentage; `—` when missing. */
  protected percent(value: number | null | undefined): string {
    return value === null || value === undefined || !Number.isFinite(value) ? this.chartText('notAvailable') : formatPercent(this.resolvedLocale, value);
  }

  /** Money in the locale and `currency`; `—` when missing. */
  protected money(value: number | null | undefined): string {
    return value === null || value === undefined || !Number.isFinite(value)
      ? this.chartText('notAvailable')
      : formatMoney(this.resolvedLocale, value, { currency: this.currency });
  }

  /** A count or ratio in the locale (at most `digits` decimals); `—` when missing. */
  protected number(value: number | null | undefined, digits = 2): string {
    return value === null || value === undefined || !Number.isFinite(value)
      ? this.chartText('notAvailable')
      : formatNumber(this.resolvedLocale, value, { maximumFractionDigits: digits });
  }

  /**
   * The status line shown instead of the report — the error (an alert), else loading or empty
   * (a live region) — or `undefined` when the report is to be drawn:
   * `${this.status(empty) ?? this.renderChart()}`.
   */
  protected status(empty: boolean): TemplateResult | undefined {
    if (this.failed) {
      const message = errorMessage(this.error, this.resolvedLocale);
      return html`<p part="status" class="error" role="alert">${message ? this.chartText('errorDetail', { message }) : this.chartText('error')}</p>`;
    }
    if (this.loading) return html`<p part="status" role="status" aria-busy="true">${this.chartText('loading')}</p>`;
    if (empty) return html`<p part="status" role="status">${this.chartText('noData')}</p>`;
    return undefined;
  }

  /** The button that shows or hides the data table on screen. */
  protected tableToggle(): TemplateResult {
    return html`<button part="table-toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'}
      @click=${() => (this.tableOpen = !this.tableOpen)}>${this.chartText(this.tableOpen ? 'hideTable' : 'showTable')}</button>`;
  }

  /**
   * The accessible data table: visually hidden unless toggled open, always read by screen
   * readers, always printed. Cells are text, never markup.
   */
  protected dataTable(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): TemplateResult {
    return html`<div part="data-table" class="data-table ${this.tableOpen ? 'open' : 'visually-hidden'}">
      <table>
        <caption>${caption}</caption>
        <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
  }
}
