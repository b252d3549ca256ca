/**
 * Linear scales and "nice" ticks for the report charts: enough of d3-scale for axes drawn by
 * hand, without the dependency.
 */

/** A linear map from a data domain to a pixel range (in the SVG's viewBox units). */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * A linear scale. A zero-width domain maps everything to the start of the range rather than
 * dividing by zero.
 *
 * @example
 * const x = linearScale([0, 1], [40, 640]);
 * x(0.5) // 340
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  return Object.assign(scale, { domain, range });
}

/**
 * About `count` evenly spaced round tick values (steps of 1, 2 or 5 × 10ⁿ) covering
 * `[min, max]`; the first tick is at or below `min`, the last at or above `max`.
 *
 * @example
 * niceTicks(0, 0.42, 5) // [0, 0.1, 0.2, 0.3, 0.4, 0.5]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) return min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  // multiply rather than accumulate, so that 0.1 + 0.2 never shows as 0.30000000000000004
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * A coordinate rounded to hundredths of a viewBox unit: short attributes, stable tests.
 *
 * @example
 * px(12.3456) // 12.35
 */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
