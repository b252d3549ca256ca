import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { addDays, translate, type MessageParams } from '@dossier/core';
import { DossierPeopleElement } from '../shared/people-element.js';
import { errorMessage } from '../shared/error-message.js';
import { emit } from '../shared/events.js';
import { formatMoney, formatMoneyCompact, formatNumber, formatPercent } from '../shared/format.js';
import { todayOnPageClock } from '../shared/work-view.js';
import { dateInput } from '../shared/date-input.js';
import { DossierDrillDownEvent, type DrillDownFilter } from './drill-down.js';
import { DossierPeriodChangeEvent, periodPresets, presetOf, presetPeriod, type Period, type PeriodPreset } from './period.js';
import { chartMessages, type ChartMessage } from './messages.js';

/**
 * The base of the report widgets: the `loading` flag and the `error`, the data-table toggle,
 * the shared strings and number formats, the error/loading/empty status line, the title (which
 * a page with its own heading hides), the drill-down event and the period picker. Each widget
 * takes core's result types as properties and never talks to a store itself.
 *
 * @fires dossier-drill-down - A cell, bar, point or row was chosen: `detail: { report, filter, label, period? }`; the page lists those customers.
 * @fires dossier-period-change - Another period was chosen in the period picker: `detail: { period, preset }`; the page recomputes the data.
 *
 * @example
 * class DossierThingReport extends DossierReportElement { … }
 */
export class DossierReportElement extends DossierPeopleElement {
  static override properties: PropertyDeclarations = {
    loading: { type: Boolean, reflect: true },
    error: {},
    label: {},
    currency: {},
    hideTitle: { type: Boolean, attribute: 'hide-title' },
    period: { attribute: false },
    periodPicker: { type: Boolean, attribute: 'period-picker' },
    today: {},
    tableOpen: { state: true, attribute: false },
  };

  /** The data is being computed or fetched: shows a status line instead of the chart. */
  loading = false;

  /**
   * What went wrong computing or fetching the data: an `Error`, a store's or core's error (in
   * the locale when it carries translations) or a message. Shown instead of the report as an
   * alert; it wins over `loading`, so clear it (`undefined`) when retrying.
   */
  error?: unknown;

  /** A caption replacing the default title. */
  label?: string;

  /** Currency of money values (ISO 4217). */
  currency = 'CNY';

  /**
   * The page shows its own heading for the report: the title is then kept for screen readers
   * (the figure's caption) but not shown, so it is not read twice on screen.
   */
  hideTitle = false;

  /** The period the data covers (`from` included, `to` excluded), shown by the period picker and sent with drill-downs. */
  period?: Period;

  /**
   * Show the period picker (presets and dates) above the report. Choosing a period fires
   * `dossier-period-change`; the page recomputes the report's data for it.
   */
  periodPicker = false;

  /** The day the period presets are seen from (ISO date); unset, today on the page's clock. */
  today?: string;

  /** The accessible data table is shown on screen (it is always there for screen readers and in print). */
  protected tableOpen = false;

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

  /**
   * Money for reading: 万/亿 in zh-CN, M/B in en for large amounts (`formatMoneyCompact`);
   * `—` when missing. Give the full amount ({@link money}) beside it: a title, the data table.
   */
  protected moneyShort(value: number | null | undefined): string {
    return value === null || value === undefined || !Number.isFinite(value)
      ? this.chartText('notAvailable')
      : formatMoneyCompact(this.resolvedLocale, value, { currency: this.currency });
  }

  /**
   * Fires `dossier-drill-down` for what was chosen; returns `false` when a listener cancelled it.
   *
   * @example
   * this.drillDown('rfm', { segment: 'champions' }, '重要价值客户');
   */
  protected drillDown(report: string, filter: DrillDownFilter, label: string): boolean {
    return emit(this, new DossierDrillDownEvent({ report, filter, label, ...(this.period ? { period: this.period } : {}) }));
  }

  /**
   * The widget's figure: the caption, then the status line (error, loading, `empty`) or else the
   * report `report()` draws, then the footer slot.
   *
   * @example
   * return this.figure(title, this.rows.length === 0, () => this.renderReport(title));
   */
  protected figure(title: string, empty: boolean, report: () => unknown): TemplateResult {
    return html`<figure part="base" lang=${this.resolvedLocale} aria-busy=${this.loading ? 'true' : 'false'}>
      ${this.caption(title)}
      ${this.status(empty) ?? report()}
      <slot name="footer"></slot>
    </figure>`;
  }

  /** The figure's caption: the title, hidden on screen under `hide-title`, and the period picker when asked for. */
  protected caption(title: string): TemplateResult {
    return html`<figcaption part="title" class=${this.hideTitle ? 'visually-hidden' : nothing}>${title}</figcaption>
      ${this.periodPicker ? this.#renderPeriodPicker() : nothing}`;
  }

  get #presetsDay(): string {
    return this.today ?? todayOnPageClock();
  }

  #renderPeriodPicker(): TemplateResult {
    const today = this.#presetsDay;
    const preset = presetOf(this.period, today);
    const lastDay = this.period ? addDays(this.period.to, -1) : '';
    const choices: (PeriodPreset | 'custom')[] = [...periodPresets, 'custom'];
    return html`<div part="period" class="period" role="group" aria-label=${this.chartText('period')}>
      <label>${this.chartText('period')}
        <select @change=${(e: Event) => this.#choosePreset((e.target as HTMLSelectElement).value as PeriodPreset | 'custom')}>
          ${choices.map((p) => html`<option value=${p} ?selected=${p === preset}>${this.chartText(`preset.${p}`)}</option>`)}
        </select></label>
      <label>${this.chartText('periodFrom')}
        ${dateInput({ locale: this.resolvedLocale, name: 'from', value: this.period?.from, onChange: this.#onDates })}</label>
      <label>${this.chartText('periodTo')}
        ${dateInput({ locale: this.resolvedLocale, name: 'to', value: lastDay || undefined, onChange: this.#onDates })}</label>
    </div>`;
  }

  #choosePreset(preset: PeriodPreset | 'custom'): void {
    if (preset === 'custom') return;
    this.#changePeriod(presetPeriod(preset, this.#presetsDay), preset);
  }

  #onDates = (): void => {
    const from = this.renderRoot.querySelector<HTMLInputElement>('[part=period] input[name=from]')?.value ?? '';
    const last = this.renderRoot.querySelector<HTMLInputElement>('[part=period] input[name=to]')?.value ?? '';
    if (!from || !last || last < from) return;
    this.#changePeriod({ from, to: addDays(last, 1) }, 'custom');
  };

  #changePeriod(period: Period, preset: PeriodPreset | 'custom'): void {
    if (emit(this, new DossierPeriodChangeEvent({ period, preset: presetOf(period, this.#presetsDay) === 'custom' ? 'custom' : preset }))) this.period = period;
    else this.requestUpdate();
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
