import { html, svg, nothing, type TemplateResult } from 'lit';
import { scrollRegion } from './scroll-region.js';
import { wrapWords } from './words.js';

/** One column of a report table. */
export interface ReportColumn<R> {
  /** Stable key (also the sort key). */
  readonly key: string;
  /** Header text. */
  readonly label: string;
  /** The value sorted on; `null` sorts last whatever the direction. */
  readonly value: (row: R) => number | string | null;
  /** The cell text (Intl, in the locale). */
  readonly format: (row: R) => string;
  /** Draw a small bar of `value / max` beside the number (decorative; hidden from screen readers). */
  readonly bar?: boolean | undefined;
  /** The cell's full text when `format` shortens it (`¥55.07万` → `¥550,722.35`): the cell's tooltip. */
  readonly title?: ((row: R) => string | undefined) | undefined;
}

/** Which column a table is sorted by. */
export interface SortState {
  readonly key: string;
  readonly descending: boolean;
}

/**
 * The sort after a column's header was chosen: the same column again reverses; another column
 * starts ascending when `ascendingFirst` (names, text), else descending (figures).
 *
 * @example
 * nextSort(undefined, 'sales', false) // { key: 'sales', descending: true }
 * nextSort({ key: 'sales', descending: true }, 'sales', false) // { key: 'sales', descending: false }
 */
export function nextSort(sort: SortState | undefined, key: string, ascendingFirst: boolean): SortState {
  return sort?.key === key ? { key, descending: !sort.descending } : { key, descending: !ascendingFirst };
}

/**
 * Rows sorted by a column: numbers numerically, text by the locale's collation, `null` last,
 * ties kept in their given order (the order core returned them in).
 *
 * @example
 * sortRows(rows, columns, { key: 'sales', descending: true }, 'zh-CN')
 */
export function sortRows<R>(rows: readonly R[], columns: readonly ReportColumn<R>[], sort: SortState | undefined, locale: string): R[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!column || !sort) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true });
  const direction = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : order * direction;
    })
    .map((x) => x.row);
}

/** Options of {@link reportTable}. */
export interface ReportTableOptions<R> {
  caption: string;
  columns: readonly ReportColumn<R>[];
  rows: readonly R[];
  sort: SortState | undefined;
  onSort: (key: string) => void;
  /** "Sort by {column}" in the locale. */
  sortLabel: (column: string) => string;
  /** A footer row (first cell is its header), if any. */
  footer?: readonly string[] | undefined;
  /**
   * What a row header does when chosen (click, Enter, Space): the row header becomes a button
   * (one tab stop per row) that calls it — the report's drill-down to the row's customers.
   */
  onRow?: ((row: R) => void) | undefined;
  /** The accessible description of a row's button ("Show these customers"). */
  rowAction?: string | undefined;
  /**
   * The locale of the row headers' text: given, a row header wraps only between its words
   * (终端安全/软件, never 终端安全软/件; {@link wrapWords}).
   */
  locale?: string | undefined;
}

/**
 * A report table: the first column is the row header, every header is a sort button with
 * `aria-sort`, numbers are right-aligned in tabular figures, the table scrolls sideways in a
 * focusable region on narrow screens. Cells are text, never markup. The caption (the report's
 * title, already shown above) is for screen readers only, so the title is not repeated.
 *
 * @example
 * reportTable({ caption: 'Sales force', columns, rows, sort, onSort: (key) => …, sortLabel: (c) => `Sort by ${c}` })
 */
export function reportTable<R>({ caption, columns, rows, sort, onSort, sortLabel, footer, onRow, rowAction, locale }: ReportTableOptions<R>): TemplateResult {
  const maxima = new Map<string, number>();
  for (const column of columns) {
    if (!column.bar) continue;
    let max = 0;
    for (const row of rows) {
      const v = column.value(row);
      if (typeof v === 'number' && Number.isFinite(v)) max = Math.max(max, v);
    }
    maxima.set(column.key, max);
  }
  // a row header breaks between words only
  const header = (column: ReportColumn<R>, row: R) => (locale ? html`<span class="words">${wrapWords(column.format(row), locale)}</span>` : cell(column, row));
  const cell = (column: ReportColumn<R>, row: R) => {
    const max = maxima.get(column.key);
    const v = column.value(row);
    const bar =
      max && typeof v === 'number' && v > 0
        ? html`<svg class="bar" aria-hidden="true" viewBox="0 0 48 8" width="48" height="8">${svg`<rect height="8" width=${Math.round((v / max) * 4800) / 100}></rect>`}</svg>`
        : nothing;
    const text = column.format(row);
    const full = column.title?.(row);
    return html`${bar}${full && full !== text ? html`<span title=${full}>${text}</span>` : text}`;
  };
  return scrollRegion(
    caption,
    html`<table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          ${columns.map((column) => {
            const sorted = sort?.key === column.key;
            const ariaSort = sorted ? (sort!.descending ? 'descending' : 'ascending') : 'none';
            return html`<th scope="col" aria-sort=${ariaSort}>
              <button type="button" class="sort" data-key=${column.key} title=${sortLabel(column.label)} @click=${() => onSort(column.key)}>
                ${column.label}<span aria-hidden="true" class="arrow">${sorted ? (sort!.descending ? ' ↓' : ' ↑') : ''}</span>
              </button>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${columns.map((column, i) =>
              i > 0
                ? html`<td>${cell(column, row)}</td>`
                : onRow
                  ? html`<th scope="row"><button type="button" class="drill" title=${rowAction ?? nothing} @click=${() => onRow(row)}>${header(column, row)}</button></th>`
                  : html`<th scope="row">${header(column, row)}</th>`,
            )}
          </tr>`,
        )}
      </tbody>
      ${footer
        ? html`<tfoot><tr>${footer.map((text, i) => (i === 0 ? html`<th scope="row">${text}</th>` : html`<td>${text}</td>`))}</tr></tfoot>`
        : nothing}
    </table>`,
  );
}

/**
 * The columns to show: a column is left out when no row has a figure in it (every `value` is
 * `null`) and `mayHide(column)` — the viewer may read it for every row, so that leaving it out
 * tells nothing the viewer could not read. Returns the shown columns and the left-out ones.
 *
 * @example
 * const { shown, hidden } = presentColumns(columns, rows, () => true);
 */
export function presentColumns<R>(
  columns: readonly ReportColumn<R>[],
  rows: readonly R[],
  mayHide: (column: ReportColumn<R>) => boolean,
): { shown: ReportColumn<R>[]; hidden: ReportColumn<R>[] } {
  const shown: ReportColumn<R>[] = [];
  const hidden: ReportColumn<R>[] = [];
  columns.forEach((column, i) => {
    const empty = i > 0 && rows.length > 0 && rows.every((row) => column.value(row) === null) && mayHide(column);
    (empty ? hidden : shown).push(column);
  });
  return { shown, hidden };
}
