import { html, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { metricLabel, type CompositionResult, type CompositionRow } from '@dossier/core';
import { base } from '../shared/base.styles.js';
import { LocalizeController } from '../shared/localize.js';
import { tokens } from '../shared/tokens.styles.js';
import { dossierEvent, emit } from '../shared/events.js';
import { formatPercent } from '../shared/format.js';
import { chartStyles } from '../charts/chart.styles.js';
import { DossierReportElement } from '../charts/report-element.js';
import { xAxis } from '../charts/axis.js';
import { linearScale, niceTicks, px } from '../charts/scale.js';
import { seriesKeydown } from '../charts/keyboard.js';
import type { DrillDownFilter } from '../charts/drill-down.js';
import { PlotSizeController, type PlotSize } from '../charts/plot-size.js';
import { fitText, textWidth } from '../charts/measure.js';
import styles from './composition-chart.styles.js';
import { messages, type CompositionMessage } from './messages.js';

/** Dimensions a drill-down filter names by themselves. */
const filterDimensions = ['grade', 'territory', 'nature', 'category', 'product', 'rep'] as const;

/** Which share the bars show. */
export type CompositionMeasure = 'revenueShare' | 'customerShare';

/** The chart's frame before the plot is measured (CSS pixels); the height grows with the number of groups. */
export const compositionFrame = { width: 640, labelWidth: 168, valueWidth: 64, rowHeight: 40, top: 8, bottom: 56 } as const;

/** The chart's frame. */
export type CompositionFrame = { readonly [K in keyof typeof compositionFrame]: number };

/** How wide the widest group label and the widest value label are drawn (CSS px). */
export interface CompositionFit {
  readonly label: number;
  readonly value: number;
}

/**
 * The frame for a measured plot box and a number of groups, in CSS pixels (one viewBox unit is
 * one pixel, so labels keep their 12 px at any width). The label column is as wide as the widest
 * label (`fit.label`, 32 px at least, at most 40 % of the width and 168 px; longer labels are
 * shortened), the value column as the widest value (36 to 64 px), so that the bars take the rest
 * of the card; without `fit`, labels take 28 % of the width (72 to 168 px) and values 64 px.
 * Rows are 40 px high for up to six groups, 32 px for more, and share out the height when the
 * page makes the element taller (at most 72 px each), so a few groups fill their card.
 *
 * @example
 * compositionFrameFor({ width: 390, height: 0 }, 3) // { width: 390, labelWidth: 109, valueWidth: 64, rowHeight: 40, top: 8, bottom: 56 }
 * compositionFrameFor({ width: 390, height: 0 }, 3, { label: 28, value: 40 }) // { …, labelWidth: 32, valueWidth: 50, … }
 */
export function compositionFrameFor(size: PlotSize | undefined, groups: number, fit?: CompositionFit): CompositionFrame {
  const width = size?.width ?? compositionFrame.width;
  const { top, bottom } = compositionFrame;
  const natural = groups > 6 ? 32 : 40;
  const stretched = size && groups > 0 ? Math.floor((size.height - top - bottom) / groups) : 0;
  const rowHeight = Math.max(natural, Math.min(72, stretched));
  const labelWidth = fit
    ? Math.round(Math.min(168, width * 0.4, Math.max(32, fit.label + 4)))
    : Math.round(Math.min(168, Math.max(72, width * 0.28)));
  const valueWidth = fit ? Math.round(Math.min(64, Math.max(36, fit.value + 10))) : compositionFrame.valueWidth;
  return { width, labelWidth, valueWidth, rowHeight, top, bottom };
}

/** The height the chart takes for a number of groups when nothing stretches it. */
function compositionNaturalHeight(groups: number): number {
  const { top, bottom } = compositionFrame;
  return top + groups * (groups > 6 ? 32 : 40) + bottom;
}

/** What `dossier-chart-select` says: which group of a chart was chosen. */
export interface ChartSelectDetail {
  /** The group's key (`null` for the unassigned group). */
  readonly key: string | null;
  /** Its position in the chart, 0-based. */
  readonly index: number;
}

/**
 * `dossier-chart-select`: a person chose a group of a composition chart (click, Enter or Space).
 *
 * @example
 * chart.addEventListener('dossier-chart-select', (e) => filterBy(e.detail.key));
 */
export class DossierChartSelectEvent extends dossierEvent<ChartSelectDetail>()('dossier-chart-select') {}

/**
 * @tagname dossier-composition-chart
 * @summary Composition chart (构成分析): the share of revenue or of customers of each group of
 * any dimension (grade, region, product, rep …) as horizontal bars with a real percentage axis,
 * and an accessible data table of every group.
 *
 * Give it core's `composition()` result, and `labels` to show names instead of keys. Bars are
 * one tab stop; arrow keys move, Enter or Space chooses a group.
 *
 * Each group's revenue is summed over its customers: aggregate, manager-level figures by design.
 * The chart shows what it is given to whoever sees the page (it takes no viewer) and cannot tell
 * what its groups are: grouped by rep or by customer, its amounts are per rep or per customer,
 * so give such a composition only to viewers who may read every group's revenue.
 *
 * @event dossier-chart-select - A group was chosen; `detail: { key, index }`. Cancelable (then no drill-down follows).
 * @fires dossier-drill-down - A group was chosen (click, Enter or Space): `detail: { report: 'composition', filter: { [dimension]: key } | { group: { dimension, key } }, label, period? }`.
 * @fires dossier-period-change - A period was chosen in the period picker (`period-picker`): `detail: { period, preset }`.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart chart - The SVG drawing.
 * @csspart readout - The line describing the group in focus.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart data-table - The data table (visually hidden until toggled; always printed).
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-series - Colour of the bars. Default: the accent colour.
 * @cssproperty --dossier-chart-grid - Colour of gridlines. Default: the border colour.
 * @cssproperty --dossier-chart-highlight - Colour of the bar in focus. Default #9a6700 (dark #e3b341).
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no group to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-composition-chart dimension-label="Region" .composition=${composition(book, { by: regionOf })}></dossier-composition-chart>
 */
export class DossierCompositionChart extends DossierReportElement {
  static override styles = [tokens, base, chartStyles, styles];

  static override properties: PropertyDeclarations = {
    composition: { attribute: false },
    measure: {},
    dimension: {},
    dimensionLabel: { attribute: 'dimension-label' },
    labels: { attribute: false },
    active: { state: true, attribute: false },
  };

  /** core's `CompositionResult` (from `composition(book, { by })`). */
  composition?: CompositionResult;

  /** Which share the bars show: `revenueShare` (default) or `customerShare`. */
  measure: CompositionMeasure = 'revenueShare';

  /**
   * What the groups are, for the drill-down's filter: `grade`, `territory`, `nature`, `category`,
   * `product` or `rep` put the group's key under that name (`{ territory: '华东' }`); any other
   * name gives `{ group: { dimension, key } }`.
   */
  dimension?: string;

  /** Name of the dimension, for the title and the table ("Region", "地区"). */
  dimensionLabel?: string;

  /** Display names of the groups by key (a key without one is shown as is; reps under `dimension="rep"` by the people directory). */
  labels: Readonly<Record<string, string>> = {};

  /** Index of the group in focus; -1 before any. */
  private active = -1;

  private readonly t = new LocalizeController<CompositionMessage>(this, messages).t;

  private readonly plot = new PlotSizeController(this);

  /** The frame the chart is drawn in now (CSS pixels): the measured plot box, else {@link compositionFrame}. */
  get frame(): CompositionFrame {
    const rows = this.rows;
    const widest = (texts: string[]) => Math.max(0, ...texts.map((text) => textWidth(this, text)));
    const fit = this.plot.size && rows.length > 0
      ? { label: widest(rows.map((r) => this.groupLabel(r.key))), value: widest(rows.map((r) => this.percent(this.#share(r)))) }
      : undefined;
    return compositionFrameFor(this.plot.size, rows.length, fit);
  }

  private get rows(): readonly CompositionRow[] {
    return this.composition?.rows ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('composition') && this.active >= this.rows.length) this.active = -1;
    this.setState('empty', this.rows.length === 0);
  }

  /** The display name of a group. */
  groupLabel(key: string | null): string {
    if (key === null) return metricLabel(this.resolvedLocale, 'unassigned');
    if (Object.hasOwn(this.labels, key)) return this.labels[key]!;
    // groups of people (dimension="rep") are named through the people directory when there is one
    if (this.dimension === 'rep' && this.resolvedPeople.length > 0) return this.personName(key);
    return key;
  }

  #share(row: CompositionRow): number | null {
    return this.measure === 'customerShare' ? row.customerShare : row.revenueShare;
  }

  /** The summary read as the chart's accessible name. */
  get summary(): string {
    const rows = this.rows;
    if (rows.length === 0) return this.chartText('noData');
    const largest = [...rows].sort((a, b) => (this.#share(b) ?? -Infinity) - (this.#share(a) ?? -Infinity))[0]!;
    return this.t('summary', {
      groups: this.number(rows.length, 0),
      dimension: this.dimensionLabel ?? this.t('dimension'),
      largest: this.groupLabel(largest.key),
      share: this.percent(this.#share(largest)),
      measure: this.t(this.measure === 'customerShare' ? 'ofCustomers' : 'ofRevenue'),
    });
  }

  #barText(row: CompositionRow): string {
    return this.t('bar', {
      label: this.groupLabel(row.key),
      share: this.percent(this.#share(row)),
      measure: this.t(this.measure === 'customerShare' ? 'ofCustomers' : 'ofRevenue'),
      customers: this.number(row.customers, 0),
      revenue: this.moneyShort(row.revenue),
    });
  }

  protected override render() {
    const title = this.label ?? this.t('title', { dimension: this.dimensionLabel ?? this.t('dimension') });
    const empty = this.rows.length === 0;
    return this.figure(title, empty, () => this.#renderChart(title));
  }

  #renderChart(title: string) {
    const locale = this.resolvedLocale;
    const rows = this.rows;
    const { width, labelWidth, valueWidth, rowHeight, top, bottom } = this.frame;
    const height = Math.max(top + rows.length * rowHeight + bottom, this.plot.size?.height ?? 0);
    const shares = rows.map((r) => this.#share(r) ?? 0);
    const ticks = niceTicks(Math.min(0, ...shares), Math.max(0, ...shares), 5);
    const x = linearScale([ticks[0]!, ticks[ticks.length - 1]!], [labelWidth + 8, width - valueWidth]);
    // a narrow axis keeps every other tick, so that tick labels never touch
    const shownTicks = width - valueWidth - labelWidth < 280 ? ticks.filter((_, i) => i % 2 === 0) : ticks;
    const pct = (v: number) => formatPercent(locale, v);
    const axisAt = top + rows.length * rowHeight;
    const activeIndex = this.active < 0 ? 0 : this.active;
    const yOf = (i: number) => top + i * rowHeight;
    const table = rows.map((r) => [this.groupLabel(r.key), this.number(r.customers, 0), this.percent(r.customerShare), this.money(r.revenue), this.percent(r.revenueShare)]);
    return html`<div class="plot" style=${styleMap({ minHeight: `${compositionNaturalHeight(rows.length)}px` })}>
        <svg part="chart" role="img" aria-label=${this.summary} viewBox="0 0 ${width} ${height}">
          ${xAxis({ scale: x, ticks: shownTicks, format: pct, label: metricLabel(locale, this.measure), at: axisAt, gridTo: top })}
          ${rows.map((row, i) => {
            const share = shares[i]!;
            const x0 = x(Math.min(0, share));
            const x1 = x(Math.max(0, share));
            return svg`<g class="row">
              <text class="row-label" x=${labelWidth} y=${px(yOf(i) + rowHeight / 2)} dy="0.32em" text-anchor="end">${fitText(this, this.groupLabel(row.key), labelWidth)}</text>
              <rect class="bar ${share < 0 ? 'negative' : ''} ${i === this.active ? 'active' : ''}" x=${px(x0)} y=${px(yOf(i) + rowHeight * 0.2)}
                width=${px(Math.max(share === 0 ? 0 : 1, x1 - x0))} height=${px(rowHeight * 0.6)}></rect>
              <text class="value-label" x=${px(x1 + 6)} y=${px(yOf(i) + rowHeight / 2)} dy="0.32em">${this.percent(this.#share(row))}</text>
            </g>`;
          })}
          <line class="zero" x1=${px(x(0))} x2=${px(x(0))} y1=${top} y2=${axisAt}></line>
        </svg>
        <svg class="focus-layer" role="group" aria-label=${this.t('bars')} aria-describedby="choose" viewBox="0 0 ${width} ${height}"
          @keydown=${this.#onKeydown}>
          ${rows.map(
            (row, i) => svg`<rect class="hit" data-index=${i} role="button" tabindex=${i === activeIndex ? 0 : -1} aria-label=${this.#barText(row)}
              x="0" y=${yOf(i)} width=${width} height=${rowHeight}
              @focus=${() => (this.active = i)} @pointerenter=${() => (this.active = i)} @click=${() => this.#choose(i)}></rect>`,
          )}
        </svg>
      </div>
      <p id="choose" class="visually-hidden">${this.t('choose')}</p>
      <p part="readout" aria-hidden="true">${this.active >= 0 && rows[this.active] ? this.#barText(rows[this.active]!) : ''}</p>
      ${this.tableToggle()}
      ${this.dataTable(
        title,
        [
          this.dimensionLabel ?? this.t('dimension'),
          metricLabel(locale, 'customers'),
          metricLabel(locale, 'customerShare'),
          metricLabel(locale, 'revenue'),
          metricLabel(locale, 'revenueShare'),
        ],
        table,
      )}`;
  }

  #choose(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    this.active = index;
    if (!emit(this, new DossierChartSelectEvent({ key: row.key, index }))) return;
    const dimension = this.dimension ?? 'group';
    const filter: DrillDownFilter = (filterDimensions as readonly string[]).includes(dimension)
      ? { [dimension]: row.key }
      : { group: { dimension, key: row.key } };
    this.drillDown('composition', filter, this.groupLabel(row.key));
  }

  #onKeydown = (event: KeyboardEvent): void =>
    seriesKeydown(this, event, {
      index: this.active < 0 ? 0 : this.active,
      count: this.rows.length,
      page: 5,
      choose: (i) => this.#choose(i),
      move: (i) => (this.active = i),
    });
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-composition-chart': DossierCompositionChart;
  }
  interface GlobalEventHandlersEventMap {
    'dossier-chart-select': DossierChartSelectEvent;
  }
}
