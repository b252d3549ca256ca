/**
 * Text measuring for the charts that lay out their labels (the Pareto chart's cut-off labels, the
 * composition chart's label and value columns): in the element's own font, on a canvas.
 */

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * The size a chart's SVG labels are drawn at in an element (CSS px): the chart styles'
 * `max(12px, 0.875em)`.
 *
 * @example
 * labelSize(chart) // 14 under a 16 px font
 */
export function labelSize(host: Element): number {
  return Math.max(12, (parseFloat(getComputedStyle(host).fontSize) || 16) * 0.875);
}

/**
 * About how wide a text is drawn at a font size where nothing can measure it: CJK characters a
 * full em, others 0.6 em (wide enough for digits and `%`). Generous rather than tight.
 *
 * @example
 * estimateWidth('A 类客户分界 80%', 14) // 2 CJK → 28 + 10 others × 8.4 → 112
 */
export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}

/**
 * How wide `text` is drawn (CSS px) in the element's font family at `size` (its label size
 * unless given): measured on a canvas, estimated where there is none.
 *
 * @example
 * textWidth(chart, '华东') // 28 at 14 px
 */
export function textWidth(host: Element, text: string, size = labelSize(host)): number {
  canvas ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!canvas) return estimateWidth(text, size);
  canvas.font = `${size}px ${getComputedStyle(host).fontFamily}`;
  return canvas.measureText(text).width;
}

/**
 * `text` as drawn in at most `max` px: whole when it fits, else cut (by code point, so CJK and
 * emoji are never split) with an ellipsis. The chart's data table has the full text.
 *
 * @example
 * fitText(chart, '华东区域销售总部直属大客户部', 60) // '华东区…'
 */
export function fitText(host: Element, text: string, max: number): string {
  if (textWidth(host, text) <= max) return text;
  const chars = [...text];
  let keep = chars.length - 1;
  while (keep > 1 && textWidth(host, `${chars.slice(0, keep).join('')}…`) > max) keep--;
  return `${chars.slice(0, keep).join('')}…`;
}
