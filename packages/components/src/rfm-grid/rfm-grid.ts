import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { labelIn, rfmSegment, rfmSegmentLabels, type RfmSegment } from '@dossier/core';
import { base } from '../shared/base.styles.js';
import { LocalizeController } from '../shared/localize.js';
import { tokens } from '../shared/tokens.styles.js';
import { dossierEvent, emit } from '../shared/events.js';
import { chartStyles } from '../charts/chart.styles.js';
import { DossierReportElement } from '../charts/report-element.js';
import { gridKeydown, type GridCell } from '../charts/keyboard.js';
import { wrapWords } from '../charts/words.js';
import { scrollRegion } from '../charts/scroll-region.js';
import styles from './rfm-grid.styles.js';
import { messages, type RfmGridMessage } from './messages.js';

/** What the grid needs of an RFM grading: core's `RfmGrading` has all of it. */
export interface RfmGridInput {
  /** R score per customer, 1…bins; 0 for inactive customers. */
  readonly r: ArrayLike<number>;
  /** F score per customer, 1…bins; 0 for inactive customers. */
  readonly f: ArrayLike<number>;
  readonly policy: { readonly bins: number };
  /** Customer ids, one per score (core's `RfmGrading` has them): a drill-down then lists the cell's customers. */
  readonly customerIds?: readonly string[];
}

/** Customer counts per (R, F) score pair. */
export interface RfmCounts {
  readonly bins: number;
  /** `cells[r - 1][f - 1]`: customers scored R = r and F = f. */
  readonly cells: readonly (readonly number[])[];
  /** Customers without a purchase in the window (scores 0). */
  readonly inactive: number;
  readonly scored: number;
}

/**
 * Counts the customers of an RFM grading per (R, F) cell.
 *
 * @example
 * rfmCounts({ r: [5, 5, 0], f: [1, 1, 0], policy: { bins: 5 } }).cells[4][0] // 2
 */
export function rfmCounts(rfm: RfmGridInput): RfmCounts {
  const bins = rfm.policy.bins;
  const cells = Array.from({ length: bins }, () => new Array<number>(bins).fill(0));
  let inactive = 0;
  for (let i = 0; i < rfm.r.length; i++) {
    const r = rfm.r[i]!;
    const f = rfm.f[i]!;
    if (r < 1 || f < 1 || r > bins || f > bins) inactive++;
    else cells[r - 1]![f - 1]!++;
  }
  return { bins, cells, inactive, scored: rfm.r.length - inactive };
}

/** What `dossier-rfm-select` says: the cell chosen. */
export interface RfmSelectDetail {
  readonly r: number;
  readonly f: number;
  readonly segment: RfmSegment;
  readonly count: number;
}

/**
 * `dossier-rfm-select`: a person chose a cell of the RFM grid (click, Enter or Space). Cancelable.
 *
 * @example
 * grid.addEventListener('dossier-rfm-select', (e) => listSegment(e.detail.segment));
 */
export class DossierRfmSelectEvent extends dossierEvent<RfmSelectDetail>()('dossier-rfm-select') {}

/**
 * @tagname dossier-rfm-grid
 * @summary RFM heat map (R × F): customers per recency and frequency score, each cell with its
 * count and segment name (重要价值客户, 沉睡客户 …), shaded by count. The grid is itself the
 * accessible data table: an ARIA grid moved through with the arrow keys (Home/End, Ctrl+Home/End).
 *
 * Give it core's `RfmGrading` (from `gradeCustomers(figures, { method: 'rfm' })`).
 *
 * The grid shows counts of customers per score pair only — no amount, no customer — so it is
 * the same for every viewer (it takes no viewer).
 *
 * @event dossier-rfm-select - A cell was chosen; `detail: { r, f, segment, count }`. Cancelable (then no drill-down follows).
 * @fires dossier-drill-down - A cell was chosen (click, Enter or Space): `detail: { report: 'rfm', filter: { segment, rfm: { r, f }, customerIds? }, label, period? }`;
 * `customerIds` are the cell's customers when the grading has `customerIds` (core's does).
 * @fires dossier-period-change - A period was chosen in the period picker (`period-picker`): `detail: { period, preset }`.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart grid - The table of cells.
 * @csspart inactive - The line counting inactive customers.
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-series - Colour of the heat shading. Default: the accent colour.
 * @cssproperty --dossier-chart-highlight - Outline of the chosen cell. Default #9a6700 (dark #e3b341).
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no grading to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-rfm-grid .rfm=${gradeCustomers(figures, { method: 'rfm' })}></dossier-rfm-grid>
 */
export class DossierRfmGrid extends DossierReportElement {
  static override styles = [tokens, base, chartStyles, styles];

  static override properties: PropertyDeclarations = {
    rfm: { attribute: false },
    focusCell: { state: true, attribute: false },
    selected: { state: true, attribute: false },
  };

  /** core's `RfmGrading`, or anything with `r`, `f` and `policy.bins`. */
  rfm?: RfmGridInput;

  /** The cell in focus (row 0 is the highest R). */
  private focusCell: GridCell = { row: 0, column: 0 };

  /** The chosen cell, if any. */
  private selected: GridCell | undefined;

  private counts: RfmCounts | undefined;

  private readonly t = new LocalizeController<RfmGridMessage>(this, messages).t;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('rfm')) {
      this.counts = this.rfm ? rfmCounts(this.rfm) : undefined;
      this.selected = undefined;
      this.focusCell = { row: 0, column: 0 };
    }
    this.setState('empty', !this.counts || this.counts.scored + this.counts.inactive === 0);
  }

  /** R and F scores of a grid cell (rows run from the highest R down). */
  #scoresOf(cell: GridCell): { r: number; f: number } {
    return { r: this.counts!.bins - cell.row, f: cell.column + 1 };
  }

  #segmentLabel(segment: RfmSegment): string {
    return labelIn(rfmSegmentLabels, this.resolvedLocale, segment);
  }

  /** The summary given as the grid's caption. */
  get summary(): string {
    const c = this.counts;
    if (!c || c.scored + c.inactive === 0) return this.chartText('noData');
    let best = { r: c.bins, f: 1, count: -1 };
    for (let r = c.bins; r >= 1; r--) for (let f = 1; f <= c.bins; f++) if (c.cells[r - 1]![f - 1]! > best.count) best = { r, f, count: c.cells[r - 1]![f - 1]! };
    return this.t('summary', {
      scored: this.number(c.scored, 0),
      bins: c.bins,
      r: best.r,
      f: best.f,
      segment: this.#segmentLabel(rfmSegment(best.r, best.f, c.bins)),
      count: this.number(best.count, 0),
    });
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    const c = this.counts;
    const empty = !c || c.scored + c.inactive === 0;
    return this.figure(title, empty, () => this.#renderGrid(c!, title));
  }

  #renderGrid(c: RfmCounts, title: string) {
    const max = Math.max(1, ...c.cells.flat());
    const rows = Array.from({ length: c.bins }, (_, row) => row);
    // the summary is the grid's caption (its accessible name) and is shown above the scrolling
    // grid, so that a grid wider than a phone never cuts it
    return html`<p class="summary" aria-hidden="true">${this.summary}</p>
      <p class="axis-note" aria-hidden="true">↓ ${this.t('recency')} · → ${this.t('frequency')}</p>
      ${scrollRegion(
        title,
        html`<table part="grid" class="grid" role="grid" @keydown=${this.#onKeydown}>
          <caption class="visually-hidden">${this.summary}</caption>
          <thead>
            <tr>
              <th scope="col"><abbr title=${`${this.t('recency')} / ${this.t('frequency')}`}>${this.t('corner')}</abbr></th>
              ${rows.map((column) => html`<th scope="col" style=${styleMap({ width: `${Math.floor(1000 / c.bins) / 10}%` })}>${this.t('columnHeader', { score: column + 1 })}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${this.t('rowHeader', { score: c.bins - row })}</th>
                ${rows.map((column) => {
                  const { r, f } = this.#scoresOf({ row, column });
                  const count = c.cells[r - 1]![f - 1]!;
                  const focused = this.focusCell.row === row && this.focusCell.column === column;
                  const selected = this.selected?.row === row && this.selected.column === column;
                  return html`<td class="cell" data-row=${row} data-column=${column} tabindex=${focused ? 0 : -1}
                    aria-selected=${selected ? 'true' : 'false'}
                    @click=${() => this.#choose({ row, column })} @focus=${() => (this.focusCell = { row, column })}>
                    <span class="heat" style=${styleMap({ opacity: String(Math.round((count / max) * 35) / 100) })}></span>
                    <span class="count"><span class="n">${this.number(count, 0)}</span><span class="visually-hidden"> ${this.t('unit')}</span></span>
                    <span class="segment words">${wrapWords(this.#segmentLabel(rfmSegment(r, f, c.bins)), this.resolvedLocale)}</span>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>`,
      )}
      <p part="inactive">${this.t('inactive', { count: this.number(c.inactive, 0) })}</p>`;
  }

  #choose(cell: GridCell): void {
    const c = this.counts;
    if (!c) return;
    const { r, f } = this.#scoresOf(cell);
    this.focusCell = cell;
    const segment = rfmSegment(r, f, c.bins);
    const accepted = emit(this, new DossierRfmSelectEvent({ r, f, segment, count: c.cells[r - 1]![f - 1]! }));
    if (!accepted) return;
    const ids = this.rfm?.customerIds;
    const customerIds = ids ? ids.filter((_, i) => this.rfm!.r[i] === r && this.rfm!.f[i] === f) : undefined;
    if (this.drillDown('rfm', { segment, rfm: { r, f }, ...(customerIds ? { customerIds } : {}) }, this.#segmentLabel(segment))) this.selected = cell;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const c = this.counts;
    if (!c) return;
    gridKeydown(this, event, { cell: this.focusCell, size: c.bins, choose: (cell) => this.#choose(cell), move: (cell) => (this.focusCell = cell) });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-rfm-grid': DossierRfmGrid;
  }
  interface GlobalEventHandlersEventMap {
    'dossier-rfm-select': DossierRfmSelectEvent;
  }
}
