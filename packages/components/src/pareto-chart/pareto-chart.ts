import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { ContextConsumer } from '@lit/context';
import { abcGradeLabels, labelIn, type ParetoPoint, type ParetoResult } from '@dossier/core';
import { gradingPolicyContext } from '../shared/context.js';
import { LocalizeController } from '../shared/localize.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { formatPercent } from '../shared/format.js';
import { chartStyles } from '../charts/chart.styles.js';
import { DossierReportElement } from '../charts/report-element.js';
import { xAxis, yAxis } from '../charts/axis.js';
import { linearScale, px } from '../charts/scale.js';
import { seriesKeydown } from '../charts/keyboard.js';
import { PlotSizeController, type PlotSize } from '../charts/plot-size.js';
import { labelSize, textWidth } from '../charts/measure.js';
import { placeCutoffLabels, type Point } from './cutoff-labels.js';
import styles from './pareto-chart.styles.js';
import { messages, type ParetoMessage } from './messages.js';

/** The chart's frame before the plot is measured (CSS pixels): the plot is inset by the margins. */
export const paretoFrame = { width: 640, height: 384, top: 24, right: 24, bottom: 64, left: 72 } as const;

/** The chart's frame. */
export type ParetoFrame = { readonly [K in keyof typeof paretoFrame]: number };

/**
 * The frame for a measured plot box, in CSS pixels (one viewBox unit is one pixel, so labels keep
 * their 12 px at any width): as wide as the box, 0.6 of that high (between 240 and 420 px), or
 * taller when the page makes the element taller; narrower margins below 480 px.
 *
 * @example
 * paretoFrameFor({ width: 390, height: 0 }) // { width: 390, height: 240, top: 24, right: 16, bottom: 64, left: 64 }
 */
export function paretoFrameFor(size?: PlotSize): ParetoFrame {
  if (!size) return paretoFrame;
  const narrow = size.width < 480;
  const height = Math.max(paretoNaturalHeight(size.width), size.height);
  return { width: size.width, height, top: 24, right: narrow ? 16 : 24, bottom: 64, left: narrow ? 64 : 72 };
}

/** The height the chart takes at a width when nothing stretches it. */
function paretoNaturalHeight(width: number): number {
  return Math.min(420, Math.max(240, Math.round(width * 0.6)));
}

/** Default ABC cut-offs: grading.md's abc-share defaults (80 % and 95 % of revenue). */
export const defaultParetoCutoffs: readonly [number, number] = [0.8, 0.95];

const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

/**
 * The revenue-share cut-offs of a grading policy (core's `GradingPolicy`, parsed or as written):
 * an `abc-share` policy's `cutoffs`, or the defaults when it leaves them out; `undefined` for
 * any other method (they have no revenue-share cut-offs) or cut-offs that are not two
 * ascending shares. Read by hand rather than with core's zod schema, which the chart would
 * otherwise carry.
 *
 * @example
 * policyCutoffs({ method: 'abc-share', cutoffs: [0.7, 0.9] }) // [0.7, 0.9]
 * policyCutoffs({ method: 'rfm' }) // undefined
 */
export function policyCutoffs(policy: unknown): readonly [number, number] | undefined {
  if (!policy || typeof policy !== 'object' || (policy as { method?: unknown }).method !== 'abc-share') return undefined;
  const cutoffs = (policy as { cutoffs?: unknown }).cutoffs;
  if (cutoffs === undefined) return defaultParetoCutoffs;
  if (!Array.isArray(cutoffs) || cutoffs.length !== 2) return undefined;
  const [a, b] = cutoffs as unknown[];
  return isShare(a) && isShare(b) && a <= b ? [a, b] : undefined;
}

/**
 * Customer share at which the curve first reaches a revenue share, interpolated linearly
 * between the two points around it; `undefined` when the curve is empty.
 *
 * @example
 * crossing([{ rank: 0, customerShare: 0, revenueShare: 0 }, { rank: 1, customerShare: 1, revenueShare: 1 }], 0.8) // 0.8
 */
export function crossing(points: readonly ParetoPoint[], share: number): number | undefined {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    if (b.revenueShare >= share) {
      const rise = b.revenueShare - a.revenueShare;
      return rise <= 0 ? a.customerShare : a.customerShare + ((share - a.revenueShare) / rise) * (b.customerShare - a.customerShare);
    }
  }
  return points.length ? points[points.length - 1]!.customerShare : undefined;
}

/**
 * @tagname dossier-pareto-chart
 * @summary The Pareto chart (二八法则): the cumulative revenue curve of customers ranked by
 * revenue, with the ABC cut-offs marked where the curve crosses them, the equal-revenue
 * diagonal, real axes, and an accessible data table of every point.
 *
 * Give it core's `pareto()` result. The SVG has `role="img"` and a summary as its name; the
 * points are one tab stop, moved through with the arrow keys (Home/End, Page Up/Down by ten);
 * clicking a point, or Enter or Space on it, fires `dossier-drill-down` with
 * `filter: { topCustomers: rank }` (the first `rank` customers by revenue).
 *
 * The cut-offs are `cutoffs` when set, else those of the `abc-share` grading policy provided by
 * `<dossier-provider>` (its `gradingPolicy`), else grading.md's defaults (80 %, 95 %). Under a
 * provided policy of another method (which does not grade by revenue share) the chart marks no
 * grade zones: lines at 80 % would misstate how grades were given.
 *
 * The curve holds shares of anonymous ranks and the summary the total revenue counted: aggregate,
 * manager-level figures by design. The chart shows what it is given to whoever sees the page (it
 * takes no viewer).
 *
 * @fires dossier-drill-down - A point was chosen: `detail: { report: 'pareto', filter: { topCustomers }, label, period? }`.
 * @fires dossier-period-change - A period was chosen in the period picker (`period-picker`): `detail: { period, preset }`.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart chart - The SVG drawing.
 * @csspart readout - The line describing the point in focus.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart data-table - The data table (visually hidden until toggled; always printed).
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-series - Colour of the curve and the grade zones. Default: the accent colour.
 * @cssproperty --dossier-chart-grid - Colour of gridlines. Default: the border colour.
 * @cssproperty --dossier-chart-highlight - Colour of the cut-offs and the focused point. Default #9a6700 (dark #e3b341).
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no revenue to chart.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-pareto-chart .pareto=${pareto(book, { asOf: '2026-01-01' })}></dossier-pareto-chart>
 */
export class DossierParetoChart extends DossierReportElement {
  static override styles = [tokens, base, chartStyles, styles];

  static override properties: PropertyDeclarations = {
    pareto: { attribute: false },
    cutoffs: { attribute: false },
    active: { state: true, attribute: false },
  };

  /** core's `ParetoResult` (from `pareto(book, options)`). */
  pareto?: ParetoResult;

  /**
   * Revenue shares that end grades A and B. Unset: the provided grading policy's (when it is an
   * `abc-share` policy), else the defaults (0.8, 0.95).
   */
  cutoffs?: readonly [number, number];

  // A consumer as a controller, as DossierElement's: a new policy asks for an update.
  readonly #policy = new ContextConsumer(this, { context: gradingPolicyContext, subscribe: true });

  /** Index (into `pareto.points`) of the point in focus; -1 before any. */
  private active = -1;

  private readonly t = new LocalizeController<ParetoMessage>(this, messages).t;

  private readonly plot = new PlotSizeController(this);

  /** The frame the chart is drawn in now (CSS pixels): the measured plot box, else {@link paretoFrame}. */
  get frame(): ParetoFrame {
    return paretoFrameFor(this.plot.size);
  }

  /**
   * The cut-offs in force: `cutoffs`, else the provided abc-share policy's, else (no policy) the
   * defaults; `undefined` under a provided policy that does not cut by revenue share.
   */
  get resolvedCutoffs(): readonly [number, number] | undefined {
    return this.cutoffs ?? (this.#policy.value === undefined ? defaultParetoCutoffs : policyCutoffs(this.#policy.value));
  }

  private get points(): readonly ParetoPoint[] {
    return this.pareto?.points ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pareto') && this.active >= this.points.length) this.active = -1;
    this.setState('empty', this.points.length === 0);
  }

  /** The summary read as the chart's accessible name. */
  get summary(): string {
    const p = this.pareto;
    if (!p || p.points.length === 0) return this.chartText('noData');
    const locale = this.resolvedLocale;
    const cutoffs = this.resolvedCutoffs;
    const parts = [
      this.t('summary', {
        topFraction: formatPercent(locale, p.topFraction),
        topShare: this.percent(p.topShare),
        gini: this.number(p.gini, 2),
      }),
    ];
    if (cutoffs) {
      const [cutA, cutB] = cutoffs;
      parts.push(
        this.t('zones', {
          a: this.percent(crossing(p.points, cutA)),
          b: this.percent(crossing(p.points, cutB)),
          cutA: formatPercent(locale, cutA),
          cutB: formatPercent(locale, cutB),
        }),
      );
    }
    parts.push(this.t('counted', { customers: this.number(p.customers, 0), revenue: this.moneyShort(p.countedRevenue) }));
    if (p.negativeCustomers > 0) parts.push(this.t('negative', { count: this.number(p.negativeCustomers, 0) }));
    return parts.join(' ');
  }

  #pointText(point: ParetoPoint): string {
    return this.t('point', {
      rank: this.number(point.rank, 0),
      customerShare: formatPercent(this.resolvedLocale, point.customerShare),
      revenueShare: formatPercent(this.resolvedLocale, point.revenueShare),
    });
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    const points = this.points;
    const empty = points.length === 0;
    return this.figure(title, empty, () => this.#renderChart(points, title));
  }

  #renderChart(points: readonly ParetoPoint[], title: string) {
    const locale = this.resolvedLocale;
    const { width, height, top, right, bottom, left } = this.frame;
    const x = linearScale([0, 1], [left, width - right]);
    const y = linearScale([0, 1], [height - bottom, top]);
    const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
    const pct = (v: number) => formatPercent(locale, v);
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(x(p.customerShare))},${px(y(p.revenueShare))}`).join(' ');
    const cutoffs = this.resolvedCutoffs;
    const [cutA, cutB] = cutoffs ?? [0, 0];
    const xA = crossing(points, cutA) ?? 0;
    const xB = crossing(points, cutB) ?? 1;
    const zones = cutoffs
      ? [
          { grade: 'A' as const, from: 0, to: xA },
          { grade: 'B' as const, from: xA, to: xB },
          { grade: 'C' as const, from: xB, to: 1 },
        ]
      : [];
    const marks = cutoffs
      ? [
          { grade: labelIn(abcGradeLabels, locale, 'A'), share: cutA, at: xA },
          { grade: labelIn(abcGradeLabels, locale, 'B'), share: cutB, at: xB },
        ].map((c) => ({ ...c, text: this.t('cutoff', { grade: c.grade, share: pct(c.share) }), point: [px(x(c.at)), px(y(c.share))] as Point }))
      : [];
    // the cut-off labels go where the curve, the cut-off lines and the zone letters are not
    const zoneLabelY = height - bottom - 10;
    const zoneLetters = zones.filter((z) => z.to - z.from > 0.04).map((z) => ({ x: (x(z.from) + x(z.to)) / 2 - 8, y: zoneLabelY - 14, width: 16, height: 18 }));
    const labels = placeCutoffLabels(
      marks.map((c) => ({ text: c.text, at: c.point })),
      points.map((p) => [x(p.customerShare), y(p.revenueShare)] as Point),
      { x: left, y: top, width: width - left - right, height: height - top - bottom },
      labelSize(this),
      (text) => textWidth(this, text),
      zoneLetters,
    );
    // a label with no free place in the plot is said under it
    const unplaced = marks.filter((_, i) => !labels[i]).map((c) => c.text);
    const activeIndex = this.active < 0 ? 0 : this.active;
    const active = this.active >= 0 ? points[this.active] : undefined;
    const rows = points.map((p) => [this.number(p.rank, 0), pct(p.customerShare), pct(p.revenueShare)]);
    return html`<div class="plot" style=${styleMap({ minHeight: `${paretoNaturalHeight(width)}px` })}>
        <svg part="chart" role="img" aria-label=${this.summary} viewBox="0 0 ${width} ${height}">
          ${zones.map(
            (z) => svg`<rect class="zone ${z.grade.toLowerCase()}" x=${px(x(z.from))} y=${top} width=${px(Math.max(0, x(z.to) - x(z.from)))}
              height=${height - top - bottom}></rect>
              <text class="zone-label" x=${px((x(z.from) + x(z.to)) / 2)} y=${zoneLabelY} text-anchor="middle">${z.to - z.from > 0.04 ? z.grade : ''}</text>`,
          )}
          ${yAxis({ scale: y, ticks, format: pct, label: this.t('yAxis'), at: left, gridTo: width - right })}
          ${xAxis({ scale: x, ticks, format: pct, label: this.t('xAxis'), at: height - bottom })}
          <line class="equality" x1=${px(x(0))} y1=${px(y(0))} x2=${px(x(1))} y2=${px(y(1))}></line>
          ${marks.map((c, i) => {
            const label = labels[i];
            return svg`<g class="cutoff-mark">
              <line class="cutoff" x1=${left} x2=${c.point[0]} y1=${c.point[1]} y2=${c.point[1]}></line>
              <line class="cutoff" x1=${c.point[0]} x2=${c.point[0]} y1=${c.point[1]} y2=${height - bottom}></line>
              ${label ? svg`<text class="cutoff-label" x=${px(label.x)} y=${px(label.y)} text-anchor=${label.anchor}>${c.text}</text>` : nothing}
            </g>`;
          })}
          <path class="curve" d=${path}></path>
          ${active ? svg`<circle class="marker" cx=${px(x(active.customerShare))} cy=${px(y(active.revenueShare))} r="6"></circle>` : nothing}
        </svg>
        <svg class="focus-layer" role="group" aria-label=${this.t('points')} viewBox="0 0 ${width} ${height}" @keydown=${this.#onKeydown}>
          ${points.map(
            (p, i) => svg`<circle class="hit" data-index=${i} role="button" tabindex=${i === activeIndex ? 0 : -1} aria-label=${this.#pointText(p)}
              cx=${px(x(p.customerShare))} cy=${px(y(p.revenueShare))} r="7"
              @focus=${() => (this.active = i)} @pointerenter=${() => (this.active = i)} @click=${() => this.#choose(i)}></circle>`,
          )}
        </svg>
      </div>
      ${unplaced.length ? html`<p class="cutoff-note" aria-hidden="true"><span class="swatch"></span>${unplaced.join(this.chartText('listSeparator'))}</p>` : nothing}
      <p part="readout" aria-hidden="true">${active ? this.#pointText(active) : ''}</p>
      ${this.tableToggle()}
      ${this.dataTable(title, [this.t('rank'), this.t('customerShare'), this.t('revenueShare')], rows)}`;
  }

  /** Drills down to the customers up to a point of the curve (the top `rank` by revenue). */
  #choose(index: number): void {
    const point = this.points[index];
    if (!point || point.rank === 0) return;
    this.active = index;
    this.drillDown('pareto', { topCustomers: point.rank }, this.#pointText(point));
  }

  #onKeydown = (event: KeyboardEvent): void =>
    seriesKeydown(this, event, {
      index: this.active < 0 ? 0 : this.active,
      count: this.points.length,
      page: Math.max(1, Math.round(this.points.length / 10)),
      choose: (i) => this.#choose(i),
      move: (i) => (this.active = i),
    });
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-pareto-chart': DossierParetoChart;
  }
}
