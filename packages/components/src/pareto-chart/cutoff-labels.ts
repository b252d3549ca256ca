/** A box in the chart's drawing (CSS pixels). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point of the drawing: `[x, y]`. */
export type Point = readonly [number, number];

/** A cut-off mark: its label and where its lines meet the curve. */
export interface CutoffMark {
  readonly text: string;
  /** Where the curve crosses the cut-off. */
  readonly at: Point;
}

/** Where a label goes: its box, and the text's anchor point (`x`, baseline `y`) and side. */
export interface LabelPlace {
  readonly box: Box;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

const inside = (p: Point, b: Box) => p[0] >= b.x && p[0] <= b.x + b.width && p[1] >= b.y && p[1] <= b.y + b.height;

/** Whether segment p–q meets segment a–b. */
function segmentsMeet(p: Point, q: Point, a: Point, b: Point): boolean {
  const side = (o: Point, s: Point, t: Point) => Math.sign((s[0] - o[0]) * (t[1] - o[1]) - (s[1] - o[1]) * (t[0] - o[0]));
  return side(p, q, a) !== side(p, q, b) && side(a, b, p) !== side(a, b, q);
}

/**
 * Whether a line through the points enters a box (a point inside it, or a segment across an edge).
 *
 * @example
 * lineEnters([[0, 0], [10, 10]], { x: 4, y: 0, width: 2, height: 2 }) // false
 */
export function lineEnters(points: readonly Point[], box: Box): boolean {
  const corners: Point[] = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (inside(p, box)) return true;
    const q = points[i + 1];
    if (!q) break;
    if (Math.max(p[0], q[0]) < box.x || Math.min(p[0], q[0]) > box.x + box.width) continue;
    if (Math.max(p[1], q[1]) < box.y || Math.min(p[1], q[1]) > box.y + box.height) continue;
    if (corners.some((c, k) => segmentsMeet(p, q, c, corners[(k + 1) % 4]!))) return true;
  }
  return false;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places the cut-off labels of a Pareto chart where nothing else is drawn: not on the curve, not
 * on any cut-off's lines, not on another label or on `avoid` (the zone letters), inside the
 * plot. Each label tries, in order: below its cut-off line right of the crossing (the curve is
 * above the line there), above the line left of the crossing (the curve is below it), then the
 * same sides pushed to the plot's edges. A label with no free place gets `undefined`: the chart
 * says it under the plot instead of drawing it over the curve.
 *
 * @example
 * placeCutoffLabels([{ text: 'A 80%', at: [120, 60] }], curve, { x: 64, y: 24, width: 300, height: 150 }, 14, (t) => t.length * 8)
 */
export function placeCutoffLabels(
  marks: readonly CutoffMark[],
  curve: readonly Point[],
  plot: Box,
  fontSize: number,
  widthOf: (text: string) => number,
  avoid: readonly Box[] = [],
): (LabelPlace | undefined)[] {
  const height = Math.ceil(fontSize * 1.25);
  const gap = 4;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  // every cut-off's lines: across from the y axis to the crossing, down from it to the x axis
  const lines: Point[][] = marks.flatMap(({ at: [x, y] }) => [
    [
      [plot.x, y],
      [x, y],
    ],
    [
      [x, y],
      [x, bottom],
    ],
  ]);
  const placed: Box[] = [];
  return marks.map(({ text, at: [x, y] }) => {
    const width = Math.ceil(widthOf(text));
    const below = y + gap;
    const above = y - gap - height;
    const start = (box: Box) => ({ ...box, anchor: 'start' as const });
    const end = (box: Box) => ({ ...box, anchor: 'end' as const });
    const candidates = [
      start({ x: x + gap + 2, y: below, width, height }),
      end({ x: x - gap - 2 - width, y: above, width, height }),
      end({ x: right - width, y: below, width, height }),
      start({ x: plot.x + gap, y: above, width, height }),
      start({ x: plot.x + gap, y: below, width, height }),
      start({ x: x + gap + 2, y: below + height, width, height }),
      end({ x: right - width, y: below + height, width, height }),
    ];
    const clear = (box: Box) => {
      if (box.x < plot.x || box.x + box.width > right || box.y < plot.y || box.y + box.height > bottom) return false;
      const pad = { x: box.x - 1, y: box.y - 1, width: box.width + 2, height: box.height + 2 };
      return !lineEnters(curve, pad) && !lines.some((line) => lineEnters(line, pad)) && ![...placed, ...avoid].some((other) => overlaps(other, pad));
    };
    const free = candidates.find(clear);
    if (!free) return undefined;
    const { anchor, ...box } = free;
    placed.push(box);
    return { box, x: anchor === 'end' ? box.x + width : box.x, y: box.y + Math.round(height * 0.8), anchor };
  });
}
