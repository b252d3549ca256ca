import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The size of a chart's plot box in CSS pixels. */
export interface PlotSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Measures a chart's plot box (the element matching `selector` in the host's shadow root) with
 * a `ResizeObserver` and re-renders the host when it changes, so that a chart can draw in CSS
 * pixels — one viewBox unit is one pixel at any width, and a 12 px label stays 12 px on a
 * phone — instead of scaling a fixed drawing down. Until the first measurement `size` is
 * `undefined` and the chart draws at its default width.
 *
 * @example
 * private readonly plot = new PlotSizeController(this);
 * // in render: const width = this.plot.size?.width ?? 640;
 */
export class PlotSizeController implements ReactiveController {
  /** The last measured size; `undefined` before the plot was laid out. */
  size: PlotSize | undefined;
  readonly #observer: ResizeObserver | undefined;
  #observed: Element | null = null;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly selector = '.plot',
  ) {
    host.addController(this);
    this.#observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(([entry]) => {
            if (!entry) return;
            const width = Math.round(entry.contentRect.width);
            const height = Math.round(entry.contentRect.height);
            if (width <= 0 || (width === this.size?.width && height === this.size.height)) return;
            // redraw in the next frame, not inside the observer's delivery: the redraw resizes
            // the plot (its height follows its width), which would otherwise end the observer's
            // loop with undelivered notifications (an error event on the window)
            cancelAnimationFrame(this.frame);
            this.frame = requestAnimationFrame(() => {
              this.size = { width, height };
              this.host.requestUpdate();
            });
          });
  }

  hostUpdated(): void {
    const plot = this.host.renderRoot.querySelector(this.selector);
    if (plot === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    this.#observed = plot;
    if (plot) this.#observer?.observe(plot);
  }

  hostConnected(): void {
    this.#observed = null;
    this.hostUpdated();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.#observer?.disconnect();
    this.#observed = null;
  }
}
