// The arithmetic of a windowed list whose rows all have one height: which rows to render for a
// scroll position, where to put them, and where to scroll to show a row. Pure numbers, no DOM,
// so the edges (top, bottom, no rows, fewer rows than the viewport, huge lists) are unit-tested.

/**
 * The tallest scroll content the list lays out, in CSS pixels. Browsers cap an element's
 * height: Chromium and WebKit at 33,554,428 px (layout units are 1/64 px in a 32-bit integer),
 * Firefox at about 17,895,697 px. Below this cap the content is `count × rowHeight` and one
 * pixel of scroll is one pixel of rows; above it (e.g. more than ~340,000 rows of 44 px) the
 * content stays at this height and the scroll position is scaled onto the rows.
 *
 * @example
 * Math.min(1_000_000 * 44, maxContentHeight) // 15,000,000: a million rows still scroll
 */
export const maxContentHeight = 15_000_000;

/** Rows rendered beyond each edge of the viewport, so a fast scroll does not show a gap first. */
export const defaultOverscan = 2;

/**
 * Geometry of a scroll viewport over `count` rows of `rowHeight` pixels.
 *
 * @example
 * const geometry: ListGeometry = { scrollTop: 0, viewportHeight: 384, rowHeight: 44, count: 1000 };
 */
export interface ListGeometry {
  /** The scroller's `scrollTop` (clamped: rubber-band and stale values are tolerated). */
  readonly scrollTop: number;
  /** The scroller's `clientHeight`; 0 before it was measured (one row is then assumed visible). */
  readonly viewportHeight: number;
  /** Height of every row in pixels (values below 1 count as 1). */
  readonly rowHeight: number;
  /** Number of rows. */
  readonly count: number;
}

/**
 * Options of {@link visibleWindow}.
 *
 * @example
 * const options: WindowOptions = { overscan: 3, maxHeight: 1_000_000 };
 */
export interface WindowOptions {
  /** Rows rendered beyond each edge of the viewport. Default {@link defaultOverscan}. */
  readonly overscan?: number;
  /** Cap of the scroll content height. Default {@link maxContentHeight}. */
  readonly maxHeight?: number;
}

/**
 * The rows to render for a scroll position.
 *
 * @example
 * const w: RowWindow = { start: 0, end: 11, firstVisible: 0, lastVisible: 8, height: 44000, offset: 0 };
 */
export interface RowWindow {
  /** First row to render. */
  readonly start: number;
  /** One past the last row to render (`end - start` rows; 0 when there are none). */
  readonly end: number;
  /** First row at least partly inside the viewport (-1 when there are no rows). */
  readonly firstVisible: number;
  /** Last row at least partly inside the viewport (-1 when there are no rows). */
  readonly lastVisible: number;
  /** Height of the scroll content (the spacer) in pixels. */
  readonly height: number;
  /** Top of row `start` in the scroll content, in pixels; row `start + k` is at `offset + k × rowHeight`. */
  readonly offset: number;
}

interface Scale {
  readonly rowHeight: number;
  readonly viewportHeight: number;
  readonly count: number;
  /** Height the rows would take. */
  readonly virtual: number;
  /** Height actually laid out (capped). */
  readonly height: number;
  /** Highest `scrollTop` possible. */
  readonly maxScroll: number;
  /** Virtual pixels per scrolled pixel (1 below the cap). */
  readonly ratio: number;
}

function scaleOf(geometry: ListGeometry, maxHeight: number): Scale {
  const rowHeight = Math.max(1, finite(geometry.rowHeight));
  const viewportHeight = Math.max(0, finite(geometry.viewportHeight));
  const count = Math.max(0, Math.floor(finite(geometry.count)));
  const virtual = count * rowHeight;
  const height = Math.min(virtual, Math.max(1, maxHeight));
  const maxScroll = Math.max(0, height - viewportHeight);
  const ratio = maxScroll > 0 ? Math.max(0, virtual - viewportHeight) / maxScroll : 1;
  return { rowHeight, viewportHeight, count, virtual, height, maxScroll, ratio };
}

const finite = (n: number): number => (Number.isFinite(n) ? n : 0);
const clamp = (n: number, low: number, high: number): number => Math.min(high, Math.max(low, n));

/**
 * The rows to render at a scroll position: those inside the viewport plus `overscan` on each
 * side, the spacer height and where the first rendered row goes.
 *
 * @example
 * // 1000 rows of 44 px in a 384 px viewport scrolled to 440 px: rows 10…18 are visible
 * // (18 × 44 = 792 < 440 + 384 = 824), 8…20 rendered with two rows of overscan.
 * visibleWindow({ scrollTop: 440, viewportHeight: 384, rowHeight: 44, count: 1000 })
 * // → { start: 8, end: 21, firstVisible: 10, lastVisible: 18, height: 44000, offset: 352 }
 */
export function visibleWindow(geometry: ListGeometry, options: WindowOptions = {}): RowWindow {
  const overscan = Math.max(0, Math.floor(options.overscan ?? defaultOverscan));
  const s = scaleOf(geometry, options.maxHeight ?? maxContentHeight);
  if (s.count === 0) return { start: 0, end: 0, firstVisible: -1, lastVisible: -1, height: 0, offset: 0 };
  const scrollTop = clamp(finite(geometry.scrollTop), 0, s.maxScroll);
  // Where the viewport's top falls among the rows (equal to scrollTop below the cap).
  const top = scrollTop * s.ratio;
  const firstVisible = clamp(Math.floor(top / s.rowHeight), 0, s.count - 1);
  // A row is visible when it starts above the viewport's bottom edge.
  const bottom = top + Math.max(s.viewportHeight, 1);
  const lastVisible = clamp(Math.ceil(bottom / s.rowHeight) - 1, firstVisible, s.count - 1);
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(s.count, lastVisible + 1 + overscan);
  // Rows keep their true height: row i sits (i × rowHeight − top) below the viewport's top.
  const offset = scrollTop + start * s.rowHeight - top;
  return { start, end, firstVisible, lastVisible, height: s.height, offset };
}

/**
 * The `scrollTop` that brings row `index` into view with the least movement (like
 * `scrollIntoView({ block: 'nearest' })`): unchanged when the row is already fully visible.
 *
 * @example
 * // Row 20 of 44 px ends at 924 px; a 384 px viewport at 0 must scroll to 924 − 384 = 540.
 * scrollTopToShow(20, { scrollTop: 0, viewportHeight: 384, rowHeight: 44, count: 1000 }) // 540
 */
export function scrollTopToShow(index: number, geometry: ListGeometry, options: WindowOptions = {}): number {
  const s = scaleOf(geometry, options.maxHeight ?? maxContentHeight);
  const scrollTop = clamp(finite(geometry.scrollTop), 0, s.maxScroll);
  if (s.count === 0) return 0;
  const row = clamp(Math.floor(finite(index)), 0, s.count - 1);
  const top = scrollTop * s.ratio;
  const rowTop = row * s.rowHeight;
  const rowBottom = rowTop + s.rowHeight;
  // Rounded away from the row, so a browser that snaps scrollTop to whole pixels still shows it whole.
  if (rowTop < top) return clamp(Math.floor(rowTop / s.ratio), 0, s.maxScroll);
  // Below: align its bottom with the viewport's, or its top when the row is taller than the viewport.
  if (rowBottom > top + s.viewportHeight) return clamp(Math.ceil(Math.min(rowTop, rowBottom - s.viewportHeight) / s.ratio), 0, s.maxScroll);
  return scrollTop;
}
