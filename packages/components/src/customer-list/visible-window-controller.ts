import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scrollTopToShow, visibleWindow, type RowWindow, type WindowOptions } from './visible-window.js';

/**
 * Options of {@link VisibleWindowController}.
 *
 * @example
 * const options: VisibleWindowOptions = { rowHeight: 44, viewportHeight: 384, onScroll: () => loadMoreIfNeeded() };
 */
export interface VisibleWindowOptions extends WindowOptions {
  /** Row height assumed until a rendered row has been measured, in pixels. Default 44 (2.75rem). */
  readonly rowHeight?: number;
  /**
   * Viewport height assumed until the scroller has been measured, in pixels, so the first render
   * already fills it. Default 384 (24rem).
   */
  readonly viewportHeight?: number;
  /** Called after a scroll has been taken into account (at most once per frame). */
  readonly onScroll?: () => void;
}

/**
 * Follows a scroll container's position and height (scroll events coalesced to one per frame,
 * a ResizeObserver on the viewport and on one rendered row) and tells its host which rows to
 * render ({@link visibleWindow}). The host renders the rows and calls {@link observe} after
 * each update with the scroller and the first rendered row.
 *
 * @example
 * private readonly visible = new VisibleWindowController(this);
 * render() { const w = this.visible.windowFor(items.length); … }
 * updated() { this.visible.observe(this.scroller, this.scroller?.querySelector('[role=option]') ?? undefined); }
 */
export class VisibleWindowController implements ReactiveController {
  private scroller: HTMLElement | undefined;
  private row: Element | undefined;
  private scrollTop = 0;
  private viewportHeight: number;
  private measuredRowHeight: number;
  private frame = 0;
  private resizeObserver: ResizeObserver | undefined;
  private readonly onScrollEvent = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.syncScroll();
      this.options.onScroll?.();
    });
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VisibleWindowOptions = {},
  ) {
    this.measuredRowHeight = options.rowHeight ?? 44;
    this.viewportHeight = options.viewportHeight ?? 384;
    host.addController(this);
  }

  /** Height of one row in pixels: measured once a row is rendered, the assumed one before. */
  get rowHeight(): number {
    return this.measuredRowHeight;
  }

  /** Rows that fit in the viewport (at least 1): the step of PageUp and PageDown. */
  get pageRows(): number {
    return Math.max(1, Math.floor(this.viewportHeight / this.measuredRowHeight));
  }

  /** The rows to render for `count` rows at the current scroll position. */
  windowFor(count: number): RowWindow {
    return visibleWindow(this.geometry(count), this.options);
  }

  /** Scrolls the least needed to show row `index` of `count` whole. */
  reveal(index: number, count: number): void {
    if (this.scroller) this.scrollTop = this.scroller.scrollTop;
    const top = scrollTopToShow(index, this.geometry(count), this.options);
    if (top === this.scrollTop) return;
    this.scrollTop = top;
    if (this.scroller) this.scroller.scrollTop = top;
    this.host.requestUpdate();
  }

  /** Back to the first row (e.g. for a new search). Safe to call during the host's update. */
  scrollToTop(): void {
    this.scrollTop = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  /** Follows `scroller` (listens to its scroll, observes its size) and measures `row`. */
  observe(scroller: HTMLElement | undefined, row: Element | undefined): void {
    if (scroller !== this.scroller) {
      this.follow(false);
      this.scroller = scroller;
      this.follow(true);
    }
    if (row !== this.row) {
      if (this.row) this.resizeObserver?.unobserve(this.row);
      this.row = row;
      if (row) this.resizer().observe(row);
    }
  }

  hostConnected(): void {
    // Back in the document after a move: follow the same elements again.
    this.follow(true);
    if (this.row) this.resizer().observe(this.row);
  }

  hostDisconnected(): void {
    this.follow(false);
    this.resizeObserver?.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private geometry(count: number) {
    return { scrollTop: this.scrollTop, viewportHeight: this.viewportHeight, rowHeight: this.measuredRowHeight, count };
  }

  /**
   * Starts (or stops) following the scroller's scroll and size. Starting twice is harmless: the
   * same listener is added once, and observing an observed element changes nothing.
   */
  private follow(on: boolean): void {
    const scroller = this.scroller;
    if (!scroller) return;
    if (on) {
      scroller.addEventListener('scroll', this.onScrollEvent, { passive: true });
      this.resizer().observe(scroller);
    } else {
      scroller.removeEventListener('scroll', this.onScrollEvent);
      this.resizeObserver?.unobserve(scroller);
    }
  }

  private resizer(): ResizeObserver {
    this.resizeObserver ??= new ResizeObserver((entries) => this.onResize(entries));
    return this.resizeObserver;
  }

  private syncScroll(): void {
    const top = this.scroller?.scrollTop ?? 0;
    if (top === this.scrollTop) return;
    this.scrollTop = top;
    this.host.requestUpdate();
  }

  private onResize(entries: readonly ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      if (entry.target === this.scroller) {
        const height = this.scroller.clientHeight;
        if (height !== this.viewportHeight) {
          this.viewportHeight = height;
          changed = true;
        }
      } else if (entry.target === this.row) {
        // A row leaving the DOM reports 0: keep the last real height.
        const height = entry.borderBoxSize[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        if (height > 0 && height !== this.measuredRowHeight) {
          this.measuredRowHeight = height;
          changed = true;
        }
      }
    }
    if (changed) this.host.requestUpdate();
  }
}
