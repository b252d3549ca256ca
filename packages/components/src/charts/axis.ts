import { svg, type SVGTemplateResult } from 'lit';
import { px, type LinearScale } from './scale.js';

/** Options of {@link xAxis} and {@link yAxis}. */
export interface AxisOptions {
  /** The scale of the axis' own direction. */
  scale: LinearScale;
  /** Tick values, in data units. */
  ticks: readonly number[];
  /** How a tick value is written (Intl, in the locale). */
  format: (value: number) => string;
  /** The axis title. */
  label: string;
  /** Where the axis line sits across it: the y of an x axis, the x of a y axis. */
  at: number;
  /** Gridlines reach from `at` to this coordinate (omit for none). */
  gridTo?: number | undefined;
}

/**
 * A horizontal axis at the bottom of a plot: line, ticks, tick labels, title and optional
 * vertical gridlines. Drawn with Lit's `svg` template, so labels are text, never markup.
 *
 * @example
 * svg`<svg viewBox="0 0 640 360">${xAxis({ scale: x, ticks: [0, 0.5, 1], format: String, label: 'Share', at: 320 })}</svg>`
 */
export function xAxis({ scale, ticks, format, label, at, gridTo }: AxisOptions): SVGTemplateResult {
  const [r0, r1] = scale.range;
  return svg`<g class="axis x-axis">
    ${gridTo === undefined ? null : ticks.map((t) => svg`<line class="grid" x1=${px(scale(t))} x2=${px(scale(t))} y1=${px(at)} y2=${px(gridTo)}></line>`)}
    <line class="axis-line" x1=${px(r0)} x2=${px(r1)} y1=${px(at)} y2=${px(at)}></line>
    ${ticks.map(
      (t) => svg`<g class="tick" transform="translate(${px(scale(t))},${px(at)})">
        <line y2="6"></line><text y="20" text-anchor="middle">${format(t)}</text></g>`,
    )}
    <text class="axis-title" x=${px((r0 + r1) / 2)} y=${px(at + 40)} text-anchor="middle">${label}</text>
  </g>`;
}

/**
 * A vertical axis at the left of a plot: line, ticks, tick labels, rotated title and optional
 * horizontal gridlines.
 *
 * @example
 * svg`<svg viewBox="0 0 640 360">${yAxis({ scale: y, ticks: [0, 0.5, 1], format: String, label: 'Revenue', at: 56 })}</svg>`
 */
export function yAxis({ scale, ticks, format, label, at, gridTo }: AxisOptions): SVGTemplateResult {
  const [r0, r1] = scale.range;
  return svg`<g class="axis y-axis">
    ${gridTo === undefined ? null : ticks.map((t) => svg`<line class="grid" y1=${px(scale(t))} y2=${px(scale(t))} x1=${px(at)} x2=${px(gridTo)}></line>`)}
    <line class="axis-line" y1=${px(r0)} y2=${px(r1)} x1=${px(at)} x2=${px(at)}></line>
    ${ticks.map(
      (t) => svg`<g class="tick" transform="translate(${px(at)},${px(scale(t))})">
        <line x2="-6"></line><text x="-9" dy="0.32em" text-anchor="end">${format(t)}</text></g>`,
    )}
    <text class="axis-title" transform="translate(${px(at - 44)},${px((r0 + r1) / 2)}) rotate(-90)" text-anchor="middle">${label}</text>
  </g>`;
}
