/**
 * Keyboard movement for the charts' focusable points and the grids' cells (roving tabindex:
 * one tab stop per chart, arrow keys inside it).
 */

/**
 * The next index in a one-dimensional series for a key, or `undefined` when the key does not
 * move (so the caller lets it through). Arrow keys step by one, Page keys by `page`, Home and
 * End jump to the ends.
 *
 * @example
 * nextIndex('ArrowRight', 2, 10) // 3
 * nextIndex('End', 2, 10) // 9
 */
export function nextIndex(key: string, index: number, count: number, page = 10): number | undefined {
  if (count <= 0) return undefined;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** A cell of a grid, 0-based. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
}

/**
 * The next cell of a `rows × columns` grid for a key (the ARIA grid pattern), or `undefined`
 * when the key does not move. Home/End go to the ends of the row; with Ctrl, to the first and
 * last cell of the grid.
 *
 * @example
 * nextCell('ArrowDown', { row: 0, column: 1 }, 3, 3) // { row: 1, column: 1 }
 */
export function nextCell(key: string, cell: GridCell, rows: number, columns: number, ctrl = false): GridCell | undefined {
  if (rows <= 0 || columns <= 0) return undefined;
  const at = (row: number, column: number): GridCell => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    column: Math.max(0, Math.min(columns - 1, column)),
  });
  switch (key) {
    case 'ArrowRight':
      return at(cell.row, cell.column + 1);
    case 'ArrowLeft':
      return at(cell.row, cell.column - 1);
    case 'ArrowDown':
      return at(cell.row + 1, cell.column);
    case 'ArrowUp':
      return at(cell.row - 1, cell.column);
    case 'Home':
      return ctrl ? at(0, 0) : at(cell.row, 0);
    case 'End':
      return ctrl ? at(rows - 1, columns - 1) : at(cell.row, columns - 1);
    default:
      return undefined;
  }
}

/** What the keyboard handlers need of the element: to wait for its render and find the cell to focus. */
interface FocusHost {
  readonly updateComplete: Promise<unknown>;
  readonly renderRoot: ParentNode;
}

/**
 * The keys of a chart's points or bars (`.focus-layer [data-index]`): Enter or Space chooses the
 * one in focus; arrows, Page Up/Down (by `page`) and Home/End move to another, which `move`
 * makes the active one and which is focused once the chart has rendered.
 *
 * @example
 * private onKeydown = (e: KeyboardEvent) => seriesKeydown(this, e, { index, count, page: 5, choose: (i) => this.choose(i), move: (i) => (this.active = i) });
 */
export function seriesKeydown(
  host: FocusHost,
  event: KeyboardEvent,
  { index, count, page, choose, move }: { index: number; count: number; page: number; choose: (index: number) => void; move: (index: number) => void },
): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    choose(index);
    return;
  }
  const next = nextIndex(event.key, index, count, page);
  if (next === undefined) return;
  event.preventDefault();
  move(next);
  void host.updateComplete.then(() => host.renderRoot.querySelector<SVGElement>(`.focus-layer [data-index="${next}"]`)?.focus());
}

/**
 * The keys of a square grid of `size` × `size` cells (`td[data-row][data-column]`): Enter or
 * Space chooses the cell in focus; arrows and Home/End (with Ctrl: the grid's corners) move to
 * another, which `move` records and which is focused once the grid has rendered.
 *
 * @example
 * private onKeydown = (e: KeyboardEvent) => gridKeydown(this, e, { cell: this.focusCell, size: 5, choose: (c) => this.choose(c), move: (c) => (this.focusCell = c) });
 */
export function gridKeydown(
  host: FocusHost,
  event: KeyboardEvent,
  { cell, size, choose, move }: { cell: GridCell; size: number; choose: (cell: GridCell) => void; move: (cell: GridCell) => void },
): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    choose(cell);
    return;
  }
  const next = nextCell(event.key, cell, size, size, event.ctrlKey || event.metaKey);
  if (!next) return;
  event.preventDefault();
  move(next);
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`td[data-row="${next.row}"][data-column="${next.column}"]`)?.focus());
}
