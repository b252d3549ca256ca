import { compareCodePoints } from '../grading/compare.js';
/**
 * Something that answers "what is the X of this id": a Map, a plain record, or a function.
 * Analyses accept all three so that a caller passes what it already has.
 */
export type Lookup<V> = ReadonlyMap<string, V> | Readonly<Record<string, V>> | ((id: string) => V | undefined);

/**
 * Turns a `Lookup` into a function. Own properties only for records (`toString` is not a key).
 *
 * @example
 * lookupFunction({ c1: 'A' })('c1') // 'A'
 * lookupFunction(new Map([['c1', 'A']]))('c2') // undefined
 */
export function lookupFunction<V>(lookup: Lookup<V> | undefined): (id: string) => V | undefined {
  if (lookup === undefined) return () => undefined;
  if (typeof lookup === 'function') return lookup;
  if (typeof (lookup as ReadonlyMap<string, V>).get === 'function' && typeof (lookup as ReadonlyMap<string, V>).has === 'function') {
    const map = lookup as ReadonlyMap<string, V>;
    return (id) => map.get(id);
  }
  const record = lookup as Readonly<Record<string, V>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}

/**
 * The quotient `numerator / denominator`, or `null` when it is not a finite number (a zero
 * denominator, a missing operand). Every rate of the analytics goes through this, so no
 * NaN or Infinity ever reaches a chart.
 *
 * @example
 * ratio(1, 4) // 0.25
 * ratio(1, 0) // null
 */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

/**
 * The product of two nullable factors, `null` when either is `null`.
 *
 * @example
 * times(0.5, 4) // 2
 * times(null, 4) // null
 */
export function times(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const value = a * b;
  return Number.isFinite(value) ? value : null;
}

/**
 * Orders group keys: ascending in code-point order (the tie rule of grading.md, shared through
 * `compareCodePoints`), `null` (unassigned) last.
 *
 * @example
 * ['b', null, 'a'].sort(compareKeys) // ['a', 'b', null]
 */
export function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareCodePoints(a, b);
}
